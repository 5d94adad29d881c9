"""The issue's "done when" (#17): two windows on two profiles against one server, an argument
added in one (through its editor, as the analyst does it) appears in the other by itself, within
two seconds, while the other's reader keeps their selection. With REGIO_TEAM_SHOTS set, the
windows are saved as pictures to look at."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from regio_desktop.app.shell.main_window import MainWindow
from tests.app.evidence_helpers import click_ok, type_text
from tests.app.team.conftest import shoot

Start = Callable[[str, Path], MainWindow]


def test_an_argument_added_in_one_window_appears_in_the_other(
    team: tuple[str, str, str], tmp_path: Path, start: Start, qtbot: QtBot
) -> None:
    _, as_editor, as_viewer = team
    alice = start(as_editor, tmp_path / "alice")
    bob = start(as_viewer, tmp_path / "bob")
    for window in (alice, bob):
        window.resize(1400, 860)
    reading = bob.library
    chosen = reading.model.ids()[0]
    reading.select(chosen)
    editor = alice.library.new_argument()
    type_text(editor.claim, "Kazakhstan's transit revenue grows with the Middle Corridor.")
    editor.target_kind.setCurrentIndex(editor.target_kind.findData("membership"))
    editor.target.setCurrentIndex(editor.target.findData("EAEU"))
    editor.source.setCurrentIndex(editor.source.findData("fixture"))
    editor.states.setText("KAZ")
    shoot(alice, "1-alice-writes-an-argument")
    click_ok(qtbot, editor)
    added = editor.saved_id
    began = time.perf_counter()
    assert added and alice.library.model.row_of(added) >= 0
    qtbot.waitUntil(lambda: reading.model.row_of(added) >= 0, timeout=2000)
    print(f"shown in the other window {1000 * (time.perf_counter() - began):.0f} ms after OK")
    assert reading.selected_id() == chosen
    assert bob.evidence.arguments().at[added, "claim"].startswith("Kazakhstan's transit")
    assert bob.team_live is not None and "changed by live_editor_" in bob.team_live.last_message
    reading.select(added)
    shoot(alice, "2-alice-after-saving")
    shoot(bob, "3-bob-sees-it-without-doing-anything")
