"""Two windows on one profile: the second is told and opens it read-only, and an undo in one
never overwrites what the other wrote since (the step is dropped with a message instead)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.shell.launch import start_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from tests.app.evidence_helpers import user_argument


def _start(
    qtbot: QtBot, settings: AppSettings, profile: Path, shipped: Path, *, keep: bool = True
) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = start_window(app, settings, None, profile, shipped)
    if keep:
        qtbot.addWidget(window)
    return window


def test_a_second_window_on_the_profile_opens_it_read_only_and_says_so(
    tiny_db: Path, tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    profile = tmp_path / "profile"
    first = _start(qtbot, app_settings, profile, tiny_db)
    assert not first.evidence.readonly
    assert not first.library.banner.isVisible()

    second = _start(qtbot, app_settings, profile, tiny_db)
    assert second.evidence.readonly
    second.show()
    banner = second.library.banner
    assert banner.isVisible()
    assert "Another Regio Desktop is using your profile" in banner.text()
    assert "read-only" in banner.text()
    assert not second.library.new_action.isEnabled()
    # The first window goes on writing; the second sees what it wrote.
    assert first.evidence.add_argument(user_argument(claim="Written in the first."))
    assert "user_0001" in second.evidence.arguments().index
    first.close_discarding()
    second.close_discarding()


def test_a_window_after_the_first_closed_writes_again(
    tiny_db: Path, tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    profile = tmp_path / "profile"
    first = _start(qtbot, app_settings, profile, tiny_db, keep=False)
    first.close_discarding()
    first.deleteLater()  # the program ends with its window
    qtbot.waitUntil(lambda: not (profile / "regio-world.lock").exists())
    again = _start(qtbot, app_settings, profile, tiny_db)
    assert not again.evidence.readonly
    again.close_discarding()


def test_undo_never_overwrites_an_edit_made_in_another_window(
    window: MainWindow, evidence_db: Path, qtbot: QtBot
) -> None:
    evidence = window.evidence
    assert evidence.add_argument(user_argument(claim="First wording."))
    assert evidence.update_argument(user_argument(claim="Second wording."))
    other = api.ArgumentStore(evidence_db)  # the other window's store on the same file
    try:
        other.update_argument(user_argument(claim="The other window's wording."))
        stack = evidence.undo_stack
        with qtbot.waitSignal(evidence.refused) as refusal:
            stack.undo()  # would put back "First wording."
        assert other.argument("user_0001").claim == "The other window's wording."
        assert "changed elsewhere" in str(refusal.args[0])
        # The step is gone from the history: undoing again cannot overwrite the change either.
        assert stack.count() == 1
        assert stack.undoText() == "Add argument user_0001"
        stack.undo()  # the add: the argument is no longer what it added, so it stays
        assert other.argument("user_0001").claim == "The other window's wording."
        assert stack.count() == 0
    finally:
        other.close()


def test_redo_never_overwrites_an_edit_made_in_another_window(
    window: MainWindow, evidence_db: Path
) -> None:
    evidence = window.evidence
    record = user_argument(claim="Mine.")
    assert evidence.add_argument(record)
    stack = evidence.undo_stack
    stack.undo()
    other = api.ArgumentStore(evidence_db)
    try:
        other.add_argument(dataclasses.replace(record, claim="Theirs, under the same id."))
        stack.redo()  # would add "Mine." again
        assert other.argument("user_0001").claim == "Theirs, under the same id."
        assert stack.count() == 0
    finally:
        other.close()


def test_undoing_an_import_removes_all_it_added_or_nothing(
    window: MainWindow, evidence_db: Path, tmp_path: Path
) -> None:
    rows = tmp_path / "mine.json"
    rows.write_text(
        json.dumps(
            [
                dataclasses.asdict(user_argument(f"user_000{n}", f"Claim {n}.")) | {"states": "KAZ"}
                for n in (1, 2)
            ]
        ),
        encoding="utf-8",
    )
    evidence = window.evidence
    report = evidence.import_arguments(rows)
    assert sorted(report.added) == ["user_0001", "user_0002"]
    other = api.ArgumentStore(evidence_db)
    try:
        other.update_argument(user_argument("user_0002", "Changed in the other window."))
        evidence.undo_stack.undo()
        # Neither is deleted: the import's undo is one step, refused as a whole.
        assert other.argument("user_0001").claim == "Claim 1."
        assert other.argument("user_0002").claim == "Changed in the other window."
    finally:
        other.close()
