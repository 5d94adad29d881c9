"""The membership matrix driven as a user would: double-click, Space, click, context menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.workbench.matrix_header import RotatedHeader, StatusLetterDelegate
from regio_desktop.app.workbench.membership_matrix import (
    MIN_COLUMN_WIDTH,
    EditedRole,
    MembershipMatrixView,
    StatusRole,
)
from regio_desktop.app.workbench.membership_menu import membership_choices
from tests.app.conftest import indicator_value


def _cell_centre(window: MainWindow, state: str, bloc: str):
    view = window.matrix
    index = view.matrix_model.index_of(state, bloc)
    return view, index, view.visualRect(index).center()


def test_double_click_leaves_the_bloc_and_recomputes(window: MainWindow, qtbot: QtBot) -> None:
    before = indicator_value(window, "security_coverage")
    view, index, centre = _cell_centre(window, "KAZ", "CSTO")
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    doc = window.document
    assert doc.scenario.membership_edit("KAZ", "CSTO") is not None
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Kazakhstan leaves CSTO"
    assert index.data(EditedRole) is True
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert index.data(StatusRole) == "withdrawn"
    assert "Baseline 2020: founding member" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert indicator_value(window, "security_coverage") < before
    window.undo_action.trigger()
    assert doc.scenario.is_empty
    assert index.data(EditedRole) is False
    assert indicator_value(window, "security_coverage") == before


def test_space_toggles_the_current_cell(window: MainWindow, qtbot: QtBot) -> None:
    view, index, _ = _cell_centre(window, "UZB", "EAEU")
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.document.status("UZB", "EAEU") == "member"
    assert index.data(Qt.ItemDataRole.DisplayRole) == "member"
    assert window.document.undo_stack.undoText() == "Uzbekistan becomes member of EAEU"


def test_clicking_a_row_selects_its_state(window: MainWindow, qtbot: QtBot) -> None:
    view, _, centre = _cell_centre(window, "KGZ", "SCO")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.document.selected_state == "KGZ"
    rows = window.indicator_panel.model.rows
    assert not rows.empty
    assert set(rows["entity"]) == {"KGZ"}
    assert "Kyrgyzstan" in window.arguments_panel.toPlainText()


def test_menu_offers_only_possible_statuses(window: MainWindow) -> None:
    doc = window.document
    uzb = {c.label: c for c in membership_choices(doc, "UZB", "CSTO")}
    assert not uzb["Leave CSTO"].enabled
    assert uzb["withdrawn"].checked and not uzb["withdrawn"].enabled
    assert uzb["member"].enabled
    kaz = {c.label: c for c in membership_choices(doc, "KAZ", "CSTO")}
    assert kaz["Leave CSTO"].enabled
    assert kaz["founding member"].checked


def test_menu_action_sets_a_status(window: MainWindow) -> None:
    view, index, _ = _cell_centre(window, "CHN", "EAEU")
    menu = view.build_menu(index)
    observer = next(a for a in menu.actions() if a.text() == "observer")
    observer.trigger()
    assert window.document.status("CHN", "EAEU") == "observer"
    assert window.document.undo_stack.undoText() == "China joins EAEU as observer"
    menu = view.build_menu(index)
    back = next(a for a in menu.actions() if a.text().startswith("Back to baseline"))
    back.trigger()
    assert window.document.scenario.is_empty


def test_columns_measured_at_start_match_qt_measure(
    document: ScenarioDocument, qtbot: QtBot
) -> None:
    """The matrix measures one cell per look of each column; its widths at construction (the
    start-up path, before any show) are those Qt's ResizeToContents gives over every cell,
    edited (bold) cells included."""
    document.toggle_membership("KAZ", "CSTO")
    document.set_membership("UZB", "EAEU", "member")
    view = MembershipMatrixView(document)
    reference = QTableView()
    reference.setModel(view.matrix_model)
    reference.setWordWrap(False)
    # The same compact header and letter cells as the matrix: Qt's own measure of what it paints.
    reference.setHorizontalHeader(RotatedHeader(reference))
    reference.horizontalHeader().setMinimumSectionSize(MIN_COLUMN_WIDTH)
    reference.setItemDelegate(StatusLetterDelegate(StatusRole, reference))
    for widget in (view, reference):
        qtbot.addWidget(widget)
    for column in range(view.matrix_model.columnCount()):
        reference.setColumnHidden(column, view.isColumnHidden(column))
    reference.resizeColumnsToContents()
    shown = [c for c in range(view.matrix_model.columnCount()) if not view.isColumnHidden(c)]
    assert shown
    assert [view.columnWidth(c) for c in shown] == [reference.columnWidth(c) for c in shown]
    for column in shown:
        assert view.sizeHintForColumn(column) == QTableView.sizeHintForColumn(reference, column)


def test_an_edit_widens_a_column_but_never_narrows_it(window: MainWindow, qtbot: QtBot) -> None:
    """Toggling a cell back and forth used to narrow and widen its column each time, moving
    every column right of it; a new scenario still fits the columns exactly."""
    view = window.matrix
    document = window.document
    column = view.matrix_model.blocs.index("CSTO")
    start = view.columnWidth(column)
    assert document.toggle_membership("KAZ", "CSTO")  # "withdrawn", bold: wider
    widened = view.columnWidth(column)
    assert widened > start
    assert document.toggle_membership("KAZ", "CSTO")  # back to the baseline
    assert view.columnWidth(column) == widened
    window.files.new_action.trigger()  # another scenario: the whole matrix is fitted again
    assert view.columnWidth(column) == start
