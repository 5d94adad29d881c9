"""Writes the profile database refuses (read-only, full disk, locked, damaged), as the user meets
them in the window: a message saying what happened and what to do, nothing typed lost, the
edit kept in the editor or the history, and trying again working once the cause is gone.

Faults are made with SQLite itself where a root test run could not make them with permissions:
``PRAGMA query_only`` on the store's own connection (a file that refuses writes), ``PRAGMA
max_page_count`` (a full disk), a write lock held by a second connection (another program), and
garbage written over the file's pages (damage).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.library.argument_editor import ArgumentEditor
from regio_desktop.app.shell.launch import open_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.world.loaded_world import World
from tests.app.evidence_helpers import click_ok, user_argument

CLAIM = "Transit fees across the steppe pay for the union."


def store_connection(store: api.ArgumentStore) -> sqlite3.Connection:
    """The store's own connection: some faults SQLite shows only to the connection that meets
    them (a database set to refuse writes, a size limit)."""
    return store._connection()


@pytest.fixture
def quick_store(evidence_db: Path) -> Iterator[api.ArgumentStore]:
    """A store that gives up on another program's lock at once, not after five seconds."""
    opened = api.ArgumentStore(evidence_db, busy_timeout=0.05)
    yield opened
    opened.close()


@pytest.fixture
def quick_window(
    tiny_world: World,
    app_settings: AppSettings,
    quick_store: api.ArgumentStore,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    win = open_window(tiny_world, app_settings, store=quick_store)
    monkeypatch.setattr(win.files, "ask_unsaved", lambda names: QMessageBox.StandardButton.Discard)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def other_program(evidence_db: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the write lock of the profile until the test lets it go."""
    con = sqlite3.connect(evidence_db, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    yield con
    if con.in_transaction:
        con.execute("ROLLBACK")
    con.close()


def _fill_editor(window: MainWindow, qtbot: QtBot, claim: str = CLAIM) -> ArgumentEditor:
    window.library.new_action.trigger()
    editor = window.library.editor
    assert editor is not None and editor.isVisible()
    editor.claim.setPlainText(claim)
    editor.target_kind.setCurrentIndex(editor.target_kind.findData("membership"))
    editor.target.setCurrentIndex(editor.target.findData("EAEU"))
    editor.source.setCurrentIndex(editor.source.findData("fixture"))
    qtbot.keyClicks(editor.states, "KAZ")
    return editor


def _assert_kept_open(editor: ArgumentEditor, claim: str, *words: str) -> None:
    assert editor.isVisible(), "the editor closed: what the user typed is gone"
    assert editor.claim.toPlainText() == claim
    problems = editor.problems.text()
    for word in words:
        assert word in problems, problems


def test_a_database_that_refuses_writes_keeps_the_editor_open_and_ok_retries(
    window: MainWindow, store: api.ArgumentStore, qtbot: QtBot
) -> None:
    store_connection(store).execute("PRAGMA query_only = ON")
    editor = _fill_editor(window, qtbot)
    click_ok(qtbot, editor)
    _assert_kept_open(editor, CLAIM, "was not saved", "then try again")
    assert "user_0001" not in store.arguments().index
    assert window.evidence.undo_stack.count() == 0
    assert "was not saved" in window.library.banner.text()

    store_connection(store).execute("PRAGMA query_only = OFF")
    click_ok(qtbot, editor)  # OK again: the same argument, written now
    assert not editor.isVisible()
    assert store.argument("user_0001").claim == CLAIM
    assert window.evidence.undo_stack.count() == 1
    assert not window.library.banner.isVisible()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to a read-only file regardless")
def test_a_read_only_file_is_named_as_such(
    tiny_world: World, evidence_db: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    store = api.ArgumentStore(evidence_db)
    store.arguments()  # opened while still writable, as a file made read-only under the program
    evidence_db.chmod(0o444)
    try:
        window = open_window(tiny_world, app_settings, store=store)
        qtbot.addWidget(window)
        editor = _fill_editor(window, qtbot)
        click_ok(qtbot, editor)
        _assert_kept_open(editor, CLAIM, "read-only", "Make the file writable")
        editor.reject()
    finally:
        evidence_db.chmod(0o644)
        store.close()


def test_a_full_disk_is_named_and_nothing_typed_is_lost(
    window: MainWindow, store: api.ArgumentStore, qtbot: QtBot
) -> None:
    con = store_connection(store)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.execute(f"PRAGMA max_page_count = {pages}")  # no page more: the disk is full
    long_claim = "The union pays for itself in transit fees. " * 1500
    editor = _fill_editor(window, qtbot, long_claim)
    click_ok(qtbot, editor)
    _assert_kept_open(editor, long_claim, "is full", "Free some space")
    assert "user_0001" not in store.arguments().index
    assert "damaged" not in editor.problems.text()
    editor.reject()


def test_a_lock_held_by_another_program_is_named_and_ok_retries(
    quick_window: MainWindow,
    quick_store: api.ArgumentStore,
    other_program: sqlite3.Connection,
    qtbot: QtBot,
) -> None:
    editor = _fill_editor(quick_window, qtbot)
    click_ok(qtbot, editor)
    _assert_kept_open(editor, CLAIM, "Another program is writing", "then try again")
    other_program.execute("ROLLBACK")
    click_ok(qtbot, editor)
    assert not editor.isVisible()
    assert quick_store.argument("user_0001").claim == CLAIM


def test_an_undo_that_cannot_write_stays_in_the_history_and_try_again_does_it(
    quick_window: MainWindow, quick_store: api.ArgumentStore, evidence_db: Path, qtbot: QtBot
) -> None:
    evidence = quick_window.evidence
    assert evidence.add_argument(user_argument(claim="Mine."))
    stack = evidence.undo_stack
    other = sqlite3.connect(evidence_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        stack.undo()
        # The step is still to be undone, and the argument is still there.
        assert stack.index() == 1
        assert quick_window.undo_action.text() == "Undo Add argument user_0001"
        assert "user_0001" in quick_store.arguments().index
        banner = quick_window.library.banner
        assert banner.isVisible() and "Another program is writing" in banner.text()
        assert banner.retry_button.isVisible()
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    assert stack.index() == 0
    assert "user_0001" not in quick_store.arguments().index
    assert not banner.isVisible()
    stack.redo()
    assert quick_store.argument("user_0001").claim == "Mine."


def test_a_delete_that_cannot_write_says_so_and_try_again_deletes(
    quick_window: MainWindow, quick_store: api.ArgumentStore, evidence_db: Path, qtbot: QtBot
) -> None:
    evidence = quick_window.evidence
    assert evidence.add_argument(user_argument())
    library = quick_window.library
    library.select("user_0001")
    other = sqlite3.connect(evidence_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    library.delete_action.trigger()
    other.execute("ROLLBACK")
    other.close()
    assert "user_0001" in quick_store.arguments().index
    assert library.banner.retry_button.isVisible()
    qtbot.mouseClick(library.banner.retry_button, Qt.MouseButton.LeftButton)
    assert "user_0001" not in quick_store.arguments().index
    assert evidence.undo_stack.undoText() == "Delete argument user_0001"


def test_a_file_damaged_under_the_program_says_so_and_what_to_do(
    window: MainWindow, store: api.ArgumentStore, evidence_db: Path, qtbot: QtBot
) -> None:
    editor = _fill_editor(window, qtbot)
    with evidence_db.open("r+b") as f:
        f.seek(3 * 4096)
        f.write(b"garbage!" * 40960)
    click_ok(qtbot, editor)
    _assert_kept_open(editor, CLAIM, "is damaged", "Restart Regio Desktop")
    assert window.evidence.undo_stack.count() == 0
    editor.reject()


def test_searching_a_file_damaged_under_the_program_says_so_and_keeps_the_list(
    window: MainWindow, store: api.ArgumentStore, evidence_db: Path, qtbot: QtBot
) -> None:
    library = window.library
    library.refresh()
    listed = library.model.ids()
    size = evidence_db.stat().st_size
    with evidence_db.open("r+b") as f:
        f.seek(4096)  # every page after the schema's
        f.write(b"garbage!" * (size // 8))
    store.close()  # the next read opens the file afresh (no page is served from memory)
    qtbot.keyClicks(library.search_field, "union")
    assert not library.banner.isHidden()
    assert "is damaged" in library.banner.text()
    library.search_field.clear()
    assert library.model.ids() == listed, "the arguments read before are still listed"
