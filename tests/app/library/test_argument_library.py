"""The arguments library: live search (any language, any string), read-only shipped rows, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.documents.evidence_document import EvidenceDocument
from regio_desktop.app.library.argument_library import ArgumentLibrary
from regio_desktop.app.shell.main_window import MainWindow
from tests.app.evidence_helpers import click_ok, type_text, user_argument


@pytest.fixture
def library(evidence: EvidenceDocument, qtbot: QtBot) -> ArgumentLibrary:
    widget = ArgumentLibrary(evidence)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def test_empty_field_lists_everything_and_marks_shipped_rows(library: ArgumentLibrary) -> None:
    model = library.model
    assert model.ids() == ["t_001", "t_002", "t_003", "t_004", "t_005"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:5] == ["Id", "Stance", "Target", "Claim", "Source"]
    tooltip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "read-only" in str(tooltip)
    assert model.is_shipped(0)
    assert model.data(model.index(0, 2)) == "Multi-vector"
    assert model.data(model.index(2, 2)) == "EAEU"
    assert "read-only" in library.legend.text()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert "5 of 5" in library.count_label.text()


def test_live_search_narrows_the_table(library: ArgumentLibrary, qtbot: QtBot) -> None:
    qtbot.keyClicks(library.search_field, "balanc")
    assert library.model.ids() == ["t_001", "t_002"]
    assert "2 of 5" in library.count_label.text()
    library.search_field.clear()
    assert len(library.model.ids()) == 5


def test_search_in_russian_and_kazakh(
    library: ArgumentLibrary, evidence: EvidenceDocument, qtbot: QtBot
) -> None:
    assert evidence.add_argument(user_argument("user_0001", "Союз открывает российский рынок."))
    assert evidence.add_argument(user_argument("user_0002", "Одақ ресей нарығын ашады."))
    type_text(library.search_field, "рынок")
    assert library.model.ids() == ["user_0001"]
    library.search_field.clear()
    type_text(library.search_field, "НАРЫҒ")
    assert library.search_field.text() == "НАРЫҒ"
    assert library.model.ids() == ["user_0002"]
    assert not library.model.is_shipped(0)
    assert library.model.data(library.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None


@pytest.mark.parametrize(
    "hostile", ['"( OR *', "'; DROP TABLE arguments; --", "NEAR(", "*", '"', "\\", "a" * 500]
)
def test_hostile_strings_are_safe(
    library: ArgumentLibrary, store: api.ArgumentStore, qtbot: QtBot, hostile: str
) -> None:
    qtbot.keyClicks(library.search_field, hostile)
    assert library.search_field.text() == hostile
    assert library.model.rowCount() in (0, 5)
    assert len(store.arguments()) == 5


def test_shipped_argument_cannot_be_edited(
    library: ArgumentLibrary, evidence: EvidenceDocument, qtbot: QtBot
) -> None:
    library.select("t_001")
    assert library.selected_id() == "t_001"
    assert not library.edit_action.isEnabled()
    assert not library.delete_action.isEnabled()
    assert library.duplicate_action.isEnabled()
    assert library.edit_argument() is None
    record = evidence.argument("t_001")
    with qtbot.waitSignal(evidence.refused) as blocker:
        assert not evidence.update_argument(api.ArgumentRecord(**{**record.__dict__, "claim": "x"}))
    assert "cannot be changed" in blocker.args[0]
    assert evidence.undo_stack.count() == 0


def test_duplicate_makes_a_user_copy(
    library: ArgumentLibrary, evidence: EvidenceDocument, store: api.ArgumentStore, qtbot: QtBot
) -> None:
    library.select("t_003")
    editor = library.duplicate_argument()
    assert editor is not None
    assert editor.claim.toPlainText() == "The customs union opens the Russian market."
    assert editor.target.currentData() == "EAEU"
    click_ok(qtbot, editor)
    copy = store.argument("user_0001")
    assert copy.claim == "The customs union opens the Russian market."
    assert copy.origin == "user"
    assert evidence.undo_stack.undoText() == "Add argument user_0001"
    assert library.selected_id() == "user_0001"
    assert library.edit_action.isEnabled()


def test_delete_with_undo_and_redo(
    library: ArgumentLibrary, evidence: EvidenceDocument, store: api.ArgumentStore
) -> None:
    evidence.add_argument(user_argument())
    library.select("user_0001")
    assert library.delete_action.isEnabled()
    library.delete_action.trigger()
    assert "user_0001" not in store.arguments().index
    assert "user_0001" not in library.model.ids()
    stack = evidence.undo_stack
    assert stack.undoText() == "Delete argument user_0001"
    stack.undo()
    assert store.argument("user_0001") == user_argument()
    assert "user_0001" in library.model.ids()
    stack.redo()
    assert "user_0001" not in store.arguments().index


def test_delete_of_a_cited_source_is_refused(
    library: ArgumentLibrary, evidence: EvidenceDocument, qtbot: QtBot
) -> None:
    source = api.SourceRecord(id="user_mine", citation="Me (2025). Notes.")
    assert evidence.add_source(source)
    evidence.add_argument(api.ArgumentRecord(**{**user_argument().__dict__, "source": "user_mine"}))
    library.tabs.setCurrentWidget(library.source_table)
    library._select_row(library.source_table, library.source_model.row_of("user_mine"))
    assert library.delete_source_action.isEnabled()
    with qtbot.waitSignal(evidence.refused) as blocker:
        assert not library.delete_source()
    assert "cited by 1 argument" in blocker.args[0]
    assert evidence.undo_stack.count() == 2


def test_shortcuts_in_the_window(window: MainWindow, qtbot: QtBot) -> None:
    library = window.library
    assert library.focus_search_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert library.new_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    window.activateWindow()
    window.matrix.setFocus()
    qtbot.keyClick(window.matrix, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(library.search_field.hasFocus, timeout=2000)
    assert window.docks["library"].isVisible()
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(library.new_action))]
    clashes = {s for s in shortcuts if s and shortcuts.count(s) > 1}
    assert not clashes


def test_library_behind_its_tab_is_filled_when_first_shown(window: MainWindow) -> None:
    """At start the library is a tab behind the Arguments panel and its tables wait; raising
    its tab shows every argument and source, counted, as an eagerly filled library would."""
    library = window.library
    assert library.visibleRegion().isEmpty()
    assert library.count_label.text() == ""  # not filled yet
    assert library.table.model().rowCount() == 0
    window.docks["library"].raise_()
    QApplication.processEvents()
    assert not library.visibleRegion().isEmpty()
    assert library.table.model().rowCount() == 5
    assert library.source_table.model().rowCount() == len(window.evidence.sources())
    assert "5 of 5" in library.count_label.text()
    assert library.table.columnWidth(0) > 0
    assert not library.edit_action.isEnabled()  # nothing selected yet
    library.select("t_001")
    assert library.duplicate_action.isEnabled()


def test_library_read_before_it_is_shown_fills_itself(window: MainWindow) -> None:
    """Reading the library's rows (a script, a menu action) fills it without showing it."""
    library = window.library
    assert library.count_label.text() == ""  # not filled yet
    assert library.model.ids() == ["t_001", "t_002", "t_003", "t_004", "t_005"]
    assert library.source_model.rowCount() == len(window.evidence.sources())
    assert "5 of 5" in library.count_label.text()
