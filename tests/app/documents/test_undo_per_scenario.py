"""One undo history per open scenario, one for the evidence; Undo follows the focus and the last
edit; Compare follows scenarios by id."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regio_desktop.app.compare.dialog import CompareDialog
from regio_desktop.app.shell.main_window import MainWindow
from tests.app.evidence_helpers import user_argument


def _two_scenarios(window: MainWindow) -> None:
    """Scenario 0 with a CSTO edit, scenario 1 (current) with an alignment choice."""
    window.document.toggle_membership("KAZ", "CSTO")
    window.files.new_action.trigger()
    window.document.set_alignment("KAZ", "china-centred")
    assert window.session.current == 1


def test_switching_scenarios_keeps_each_ones_history(window: MainWindow) -> None:
    _two_scenarios(window)
    session, doc = window.session, window.document
    first, second = session.entries[0].history, session.entries[1].history
    assert first is not second
    session.switch(0)
    assert doc.undo_stack is first
    assert first.count() == 1 and first.undoText() == "Kazakhstan leaves CSTO"
    session.switch(1)
    assert doc.undo_stack is second
    assert second.count() == 1 and second.undoText() == "Kazakhstan: China-centred"


def test_undo_after_switching_undoes_that_scenarios_last_edit(window: MainWindow) -> None:
    _two_scenarios(window)
    window.session.switch(0)
    assert window.undo_action.text() == "Undo Kazakhstan leaves CSTO"
    window.undo_action.trigger()
    assert window.document.scenario.membership_edit("KAZ", "CSTO") is None
    assert window.session.entries[0].scenario.membership_edit("KAZ", "CSTO") is None
    # The other scenario's edit is untouched, and its history is still there.
    assert window.session.entries[1].scenario.alignment_map == {"KAZ": "china-centred"}
    window.session.switch(1)
    assert window.undo_action.text() == "Undo Kazakhstan: China-centred"


def test_an_argument_edit_does_not_mark_the_scenario_and_survives_a_switch(
    window: MainWindow,
) -> None:
    assert not window.session.entry.dirty and not window.isWindowModified()
    assert window.evidence.add_argument(user_argument())
    assert not window.session.entry.dirty and not window.isWindowModified()
    assert window.document.undo_stack.count() == 0
    assert window.undo_action.text() == "Undo Add argument user_0001"  # the last edit
    window.files.new_action.trigger()
    window.session.switch(0)
    assert window.evidence.undo_stack.undoText() == "Add argument user_0001"
    window.evidence.undo_stack.undo()
    assert "user_0001" not in window.evidence.arguments().index


def test_the_modified_mark_is_the_clean_index_of_the_scenarios_history(
    window: MainWindow,
) -> None:
    window.document.toggle_membership("KAZ", "CSTO")
    assert window.session.entry.dirty and window.isWindowModified()
    window.undo_action.trigger()
    assert not window.session.entry.dirty and not window.isWindowModified()


def test_undo_follows_the_focus_between_the_library_and_the_matrix(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.document.toggle_membership("KAZ", "CSTO")
    window.evidence.add_argument(user_argument())
    window.activateWindow()
    window.matrix.setFocus()
    QApplication.processEvents()
    window.library.search_field.setFocus()
    qtbot.waitUntil(lambda: window.undo_action.text() == "Undo Add argument user_0001")
    window.matrix.setFocus()
    qtbot.waitUntil(lambda: window.undo_action.text() == "Undo Kazakhstan leaves CSTO")
    qtbot.keyClick(window.matrix, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.scenario.membership_edit("KAZ", "CSTO") is None
    assert "user_0001" in window.evidence.arguments().index


def test_undo_comes_back_to_the_scenario_once_the_arguments_have_nothing_to_undo(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The analyst edits in the matrix, adds an argument (from a menu, the focus stays in the
    matrix), presses Undo twice: the argument goes, then the scenario's edit."""
    window.activateWindow()
    window.matrix.setFocus()
    QApplication.processEvents()
    window.document.toggle_membership("KAZ", "CSTO")
    window.evidence.add_argument(user_argument())
    qtbot.keyClick(window.matrix, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "user_0001" not in window.evidence.arguments().index
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "Undo Kazakhstan leaves CSTO"
    qtbot.keyClick(window.matrix, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.scenario.membership_edit("KAZ", "CSTO") is None


def test_switching_scenario_leaves_an_empty_arguments_history(window: MainWindow) -> None:
    window.files.new_action.trigger()
    window.document.toggle_membership("KAZ", "CSTO")
    window.session.switch(0)
    window.evidence.add_argument(user_argument())
    window.evidence.undo_stack.undo()  # nothing left to take back among the arguments
    window.session.switch(1)
    assert window.document.undo_group.activeStack() is window.document.undo_stack
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "Undo Kazakhstan leaves CSTO"


def test_closing_a_scenario_in_compare_removes_exactly_that_one(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.files.rename("A")
    for name in ("B", "C"):
        window.files.new_action.trigger()
        window.files.rename(name)
    dialog = CompareDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_checked([0, 2])  # A and C
    window.session.switch(1)
    window.session.close_current()  # B goes
    names = [dialog.scenario_list.item(r).text() for r in range(dialog.scenario_list.count())]
    assert [n.split("  (")[0].lstrip("★ ") for n in names] == ["A", "C"]
    assert dialog.checked_indices() == [0, 1]
    assert dialog.comparison is not None and dialog.comparison.names == ("A", "C")
