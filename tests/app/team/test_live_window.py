"""A window on a team database is live (#17): what another client writes appears within two
seconds, the reader's selection, scroll position and unsaved edits stay, and the window's own
writes are not announced back to it."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.shell.main_window import MainWindow
from tests.app.evidence_helpers import type_text, user_argument
from tests.app.team.conftest import run_sql, shoot

Start = Callable[[str, Path], MainWindow]


def _another_client(url: str) -> api.ArgumentStore:
    """A second connection writing to the team database, as a colleague's program would."""
    return api.ArgumentStore(url)


def test_an_argument_another_client_adds_appears_and_the_selection_stays(
    team: tuple[str, str, str], tmp_path: Path, start: Start, qtbot: QtBot
) -> None:
    _, as_editor, _ = team
    window = start(as_editor, tmp_path / "alice")
    library = window.library
    shipped = library.model.ids()
    library.select(shipped[1])
    colleague = _another_client(as_editor)
    try:
        began = time.perf_counter()
        colleague.add_argument(user_argument(claim="Added by a colleague."))
        qtbot.waitUntil(lambda: library.model.row_of("user_0001") >= 0, timeout=2000)
        seconds = time.perf_counter() - began
        print(f"argument shown {seconds * 1000:.0f} ms after the commit")
        assert seconds < 2.0
        assert library.selected_id() == shipped[1]
        assert "user_0001" in window.document.world.arguments.index  # the panel's world too
        assert window.team_live is not None
        assert "1 record(s) changed by live_editor_" in window.team_live.last_message
        # an edit and a deletion elsewhere arrive as well
        colleague.update_argument(user_argument(claim="Reworded by the colleague."))
        qtbot.waitUntil(
            lambda: (
                window.evidence.arguments().at["user_0001", "claim"] == "Reworded by the colleague."
            ),
            timeout=2000,
        )
        colleague.delete_argument("user_0001")
        qtbot.waitUntil(lambda: library.model.row_of("user_0001") < 0, timeout=2000)
        assert library.selected_id() == shipped[1]
    finally:
        colleague.close()


def test_the_row_at_the_top_stays_at_the_top_when_rows_arrive_above_it(
    team: tuple[str, str, str], tmp_path: Path, start: Start, qtbot: QtBot
) -> None:
    _, as_editor, _ = team
    colleague = _another_client(as_editor)
    try:
        for n in range(2, 62):
            colleague.add_argument(user_argument(f"user_{n:04d}", claim=f"Claim {n}."))
        window = start(as_editor, tmp_path / "alice")
        library = window.library
        table = library.table
        library.select("user_0030")
        table.scrollTo(library.model.index(library.model.row_of("user_0030"), 0))
        table.verticalScrollBar().setValue(library.model.row_of("user_0030"))
        top = library.model.row_id(table.rowAt(0))
        assert top.startswith("user_") and table.rowAt(0) > 0, top
        colleague.add_argument(user_argument("user_0001", claim="Sorted above the rest."))
        qtbot.waitUntil(lambda: library.model.row_of("user_0001") >= 0, timeout=2000)
        assert library.model.row_id(table.rowAt(0)) == top
        assert library.selected_id() == "user_0030"
    finally:
        colleague.close()


def test_an_open_editor_keeps_its_unsaved_text_and_says_the_record_changed_elsewhere(
    team: tuple[str, str, str], tmp_path: Path, start: Start, qtbot: QtBot
) -> None:
    _, as_editor, _ = team
    colleague = _another_client(as_editor)
    try:
        colleague.add_argument(user_argument(claim="The first wording."))
        window = start(as_editor, tmp_path / "alice")
        library = window.library
        library.select("user_0001")
        editor = library.edit_argument()
        assert editor is not None
        editor.claim.clear()
        type_text(editor.claim, "My unsaved wording.")
        record = dataclasses.replace(user_argument(claim="Their wording."), strength=3)
        colleague.update_argument(record)
        qtbot.waitUntil(
            lambda: (
                (n := editor.findChild(QLabel, "changed_elsewhere")) is not None and n.isVisible()
            ),
            timeout=2000,
        )
        notice = editor.findChild(QLabel, "changed_elsewhere")
        assert notice is not None
        assert "changed user_0001 in the team database after you opened it" in notice.text()
        assert editor.claim.toPlainText() == "My unsaved wording."
        assert editor.strength.value() == 2  # the fields are the user's, not overwritten
        shoot(editor, "7-editor-told-of-a-change-elsewhere")
        colleague.delete_argument("user_0001")
        qtbot.waitUntil(lambda: "deleted user_0001" in notice.text(), timeout=2000)
        editor.reject()
    finally:
        colleague.close()


def test_a_scenario_version_saved_elsewhere_is_named_and_own_writes_are_not_echoed(
    team: tuple[str, str, str], tmp_path: Path, start: Start, qtbot: QtBot
) -> None:
    _, as_editor, _ = team
    window = start(as_editor, tmp_path / "alice")
    live = window.team_live
    assert live is not None
    heard: list[list[api.team_live.TeamChange]] = []
    live.link.changes_arrived.connect(heard.append)
    assert window.evidence.add_argument(user_argument(claim="My own."))
    api.save_team_scenario(api.team_address(as_editor), api.Scenario(name="Desk view"), "first")
    qtbot.waitUntil(lambda: "version 1 was saved" in live.last_message, timeout=2000)
    assert "“Desk view” version 1 was saved to the team database by live_editor_" in (
        live.last_message
    )
    assert [(c.kind, c.record_id) for burst in heard for c in burst] == [("scenario", "Desk view")]


def test_an_open_list_of_team_scenarios_shows_a_version_saved_elsewhere(
    team: tuple[str, str, str], tmp_path: Path, start: Start, qtbot: QtBot
) -> None:
    _, as_editor, _ = team
    address = api.team_address(as_editor)
    api.save_team_scenario(address, api.Scenario(name="Desk view"), "first")
    window = start(as_editor, tmp_path / "alice")
    chooser = window.team_scenarios.open()
    assert chooser is not None and chooser.table.rowCount() == 1
    api.save_team_scenario(address, api.Scenario(name="Desk view"), "second")
    qtbot.waitUntil(lambda: chooser.table.rowCount() == 2, timeout=2000)
    assert [(v.version, v.comment) for v in chooser.versions] == [(2, "second"), (1, "first")]
    chosen = chooser.chosen()
    assert chosen is not None and chosen.version == 1  # the row the reader had selected
    chooser.reject()


def test_a_database_prepared_before_the_announcements_says_so_and_upgrade_adds_them(
    team: tuple[str, str, str], tmp_path: Path, start: Start, qtbot: QtBot
) -> None:
    owner, as_editor, _ = team
    run_sql(owner, "DROP FUNCTION regio_notify_change() CASCADE")  # as before the triggers
    window = start(as_editor, tmp_path / "alice")
    live = window.team_live
    assert live is not None and live.banner.isVisible()
    assert "does not announce changes yet" in live.banner.text()
    report = api.upgrade_team_database(api.team_address(owner), tmp_path / "backups")
    assert report.backup is None  # the schema was current: no migration, only the triggers
    colleague = _another_client(as_editor)
    try:
        colleague.add_argument(user_argument(claim="Announced after the upgrade."))
        qtbot.waitUntil(lambda: window.library.model.row_of("user_0001") >= 0, timeout=2000)
        assert not live.banner.isVisible()
    finally:
        colleague.close()
