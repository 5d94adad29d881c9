"""No lost update in the window (#17): an edit of an argument someone changed since the editor
read it is refused, the dialog shows both versions field by field, and each choice does what it
says. On both back-ends: the other writer is a second store on the same profile or team database;
on the server, also two windows of two roles."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.documents.evidence_document import EvidenceDocument
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.library.argument_editor import ArgumentEditor
from regio_desktop.app.library.conflict_dialog import ConflictDialog
from regio_desktop.app.library.deletion_conflicts import DeletionConflicts
from regio_desktop.app.shell.launch import start_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from tests.app.evidence_helpers import click_ok, user_argument
from tests.postgres_server import PostgresServer

THEIR_CLAIM = "Their wording: the corridor needs Chinese money."
MY_CLAIM = "My wording: the corridor needs European money."


@pytest.fixture
def shared(
    document: ScenarioDocument, tiny_store_location: Path | str, qtbot: QtBot
) -> Iterator[tuple[EvidenceDocument, api.ArgumentStore]]:
    """The window's evidence and another writer's store on the same database, holding one user
    argument both have read at version 1."""
    mine, theirs = api.ArgumentStore(tiny_store_location), api.ArgumentStore(tiny_store_location)
    mine.add_argument(user_argument(claim="The first wording."))
    evidence = EvidenceDocument(document, mine)
    evidence.arguments()  # what the window shows
    yield evidence, theirs
    mine.close()
    theirs.close()


def _editing(evidence: EvidenceDocument, qtbot: QtBot) -> ArgumentEditor:
    editor = ArgumentEditor(evidence, evidence.argument("user_0001"), editing=True)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _they_write(theirs: api.ArgumentStore) -> None:
    read = theirs.argument("user_0001")
    theirs.update_argument(dataclasses.replace(read, claim=THEIR_CLAIM, strength=3))


def _refused(editor: ArgumentEditor, qtbot: QtBot) -> ConflictDialog:
    editor.claim.setPlainText(MY_CLAIM)
    editor.stance.setCurrentIndex(editor.stance.findData("against"))
    click_ok(qtbot, editor)
    dialog = editor.conflict_dialog
    assert dialog is not None and dialog.isVisible() and editor.isVisible()
    return dialog


def test_a_refused_edit_shows_both_versions_and_keep_theirs_discards_mine(
    shared: tuple[EvidenceDocument, api.ArgumentStore], qtbot: QtBot
) -> None:
    evidence, theirs = shared
    editor = _editing(evidence, qtbot)
    _they_write(theirs)
    dialog = _refused(editor, qtbot)
    assert dialog.differing() == ["claim", "stance", "strength"]
    model = dialog.model
    cells = {
        model.data(model.index(r, 0)): (
            model.data(model.index(r, 1)),
            model.data(model.index(r, 2)),
        )
        for r in range(model.rowCount())
    }
    assert cells["≠ Claim"] == (THEIR_CLAIM, MY_CLAIM)
    assert cells["≠ Stance"] == ("For", "Against") and cells["≠ Strength"] == ("3", "2")
    assert cells["States"] == ("KAZ", "KAZ")  # the same in both: not marked
    assert model.headers[1:] == ["Theirs (version 2)", "Yours (read at version 1)"]
    assert "was changed by someone else since you opened it" in dialog.explanation.text()
    assert "Last changed by" in dialog.explanation.text()
    assert evidence.store.argument("user_0001").claim == THEIR_CLAIM  # nothing of mine written
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert evidence.arguments().at["user_0001", "claim"] == THEIR_CLAIM
    assert evidence.undo_stack.count() == 0


def test_overwrite_writes_mine_at_their_version_and_undo_brings_theirs_back(
    shared: tuple[EvidenceDocument, api.ArgumentStore], qtbot: QtBot
) -> None:
    evidence, theirs = shared
    editor = _editing(evidence, qtbot)
    _they_write(theirs)
    dialog = _refused(editor, qtbot)
    qtbot.mouseClick(dialog.overwrite_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    stored = theirs.argument("user_0001")
    assert (stored.claim, stored.stance, stored.strength) == (MY_CLAIM, "against", 2)
    assert stored.row_version == 3
    evidence.undo_stack.undo()
    assert theirs.argument("user_0001").claim == THEIR_CLAIM


def test_merge_by_hand_keeps_mine_in_the_editor_with_theirs_shown(
    shared: tuple[EvidenceDocument, api.ArgumentStore], qtbot: QtBot
) -> None:
    evidence, theirs = shared
    editor = _editing(evidence, qtbot)
    _they_write(theirs)
    dialog = _refused(editor, qtbot)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.claim.toPlainText() == MY_CLAIM
    shown = editor.findChild(QLabel, "theirs")
    assert shown is not None and shown.isVisible()
    assert THEIR_CLAIM in shown.text() and "version 2" in shown.text()
    editor.claim.setPlainText("Merged: the corridor needs Chinese and European money.")
    editor.strength.setValue(3)
    click_ok(qtbot, editor)
    assert not editor.isVisible()
    stored = theirs.argument("user_0001")
    assert stored.claim.startswith("Merged:") and stored.strength == 3 and stored.row_version == 3


def test_closing_the_dialog_keeps_my_edit_in_the_editor(
    shared: tuple[EvidenceDocument, api.ArgumentStore], qtbot: QtBot
) -> None:
    evidence, theirs = shared
    editor = _editing(evidence, qtbot)
    _they_write(theirs)
    dialog = _refused(editor, qtbot)
    dialog.reject()
    assert editor.isVisible() and editor.claim.toPlainText() == MY_CLAIM
    assert theirs.argument("user_0001").claim == THEIR_CLAIM


def test_a_deletion_of_a_changed_argument_is_refused_and_offers_the_choice(
    shared: tuple[EvidenceDocument, api.ArgumentStore], qtbot: QtBot
) -> None:
    evidence, theirs = shared
    host = QLabel()
    qtbot.addWidget(host)
    conflicts = DeletionConflicts(evidence, host)
    _they_write(theirs)
    assert not evidence.delete_argument("user_0001")  # the window showed version 1
    dialog = conflicts.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.merge_button.isVisible()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert theirs.argument("user_0001").claim == THEIR_CLAIM
    _they_write(theirs)
    assert not evidence.delete_argument("user_0001", read_at=2)
    dialog = conflicts.dialog
    assert dialog is not None and dialog.overwrite_button.text() == "Delete anyway"
    qtbot.mouseClick(dialog.overwrite_button, Qt.MouseButton.LeftButton)
    assert "user_0001" not in theirs.arguments().index


def test_two_windows_of_two_editors_on_one_server(
    postgres: PostgresServer,
    tiny_team_template: str,
    tmp_path: Path,
    app_settings: AppSettings,
    qtbot: QtBot,
) -> None:
    database = "conflict_windows"
    owner = postgres.create_database(database, template=tiny_team_template)
    postgres.create_login("conflict_alice", "pw")
    api.grant_team_role(api.team_address(owner), "conflict_alice", "editor")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    windows: list[MainWindow] = []
    for url, folder in ((postgres.url(database, "conflict_alice", "pw"), "alice"), (owner, "boss")):
        window = start_window(app, app_settings, url, tmp_path / folder)
        qtbot.addWidget(window)
        windows.append(window)
    alice, boss = windows
    assert alice.evidence.add_argument(user_argument(claim="The first wording."))
    editor = _editing(alice.evidence, qtbot)
    read = boss.evidence.argument("user_0001")
    assert boss.evidence.update_argument(dataclasses.replace(read, claim=THEIR_CLAIM))
    dialog = _refused(editor, qtbot)
    assert "Last changed by regio_admin" in dialog.explanation.text()
    dialog.resize(760, 420)
    dialog.grab().save(str(tmp_path / "conflict.png"))
    qtbot.mouseClick(dialog.overwrite_button, Qt.MouseButton.LeftButton)
    history = boss.evidence.store.history(api.ARGUMENT_KIND, "user_0001")
    assert [(r.who, r.action, r.row_version) for r in history] == [
        ("conflict_alice", "update", 3),
        ("regio_admin", "update", 2),
        ("conflict_alice", "insert", 1),
    ]
    provenance = boss.show_provenance("user_0001")
    assert provenance is not None
    shown = provenance.browser.toPlainText()
    assert "changed by conflict_alice (version 3)" in shown
    assert "changed by regio_admin (version 2)" in shown
    for window in windows:
        window.close_discarding()
