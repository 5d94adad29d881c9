"""After an edit the views update only what changed, and show what a full re-read would show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QTextBrowser
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.charts.panel import ChartsPanel
from regio_desktop.app.common.indicator_labels import SHOW_ALL_STATES, format_number
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.workbench import indicator_table_model
from regio_desktop.app.workbench.arguments_panel import ArgumentsPanel
from regio_desktop.app.workbench.indicator_table import (
    BASELINE,
    DELTA,
    ENTITY,
    MIN_ENTITY_WIDTH,
    TITLE,
    VALUE,
    IndicatorPanel,
    IndicatorTableModel,
    SortRole,
)
from regio_desktop.app.workbench.matrix_header import RotatedHeader, StatusLetterDelegate
from regio_desktop.app.workbench.membership_matrix import (
    MIN_COLUMN_WIDTH,
    EditedRole,
    MembershipMatrixModel,
    MembershipMatrixView,
    StatusRole,
)
from regio_desktop.app.workbench.warnings_panel import WarningListModel

Ranges = list[tuple[int, int, int, int]]


def _record_ranges(model: MembershipMatrixModel | IndicatorTableModel) -> Ranges:
    ranges: Ranges = []

    def record(top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object) -> None:
        ranges.append(
            (top_left.row(), top_left.column(), bottom_right.row(), bottom_right.column())
        )

    model.dataChanged.connect(record)
    return ranges


def test_lookup_agrees_with_the_evaluation(document: ScenarioDocument) -> None:
    document.toggle_membership("KAZ", "CSTO")
    document.set_membership("UZB", "EAEU", "member")
    ev = document.evaluation
    for state in document.world.state_codes:
        for bloc in document.world.bloc_codes:
            now = ev.status.at[state, bloc]
            base = ev.baseline_status.at[state, bloc]
            assert document.status(state, bloc) == (now if isinstance(now, str) else "")
            assert document.baseline_status(state, bloc) == (base if isinstance(base, str) else "")
            edited = document.scenario.membership_edit(state, bloc) is not None
            assert document.is_edited(state, bloc) == edited
    for bloc in document.world.bloc_codes:
        expected = any(
            bool((frame[bloc].fillna("") != "").any()) for frame in (ev.status, ev.baseline_status)
        )
        assert document.bloc_has_members(bloc) == expected
    assert document.status("XXX", "CSTO") == "" and not document.is_edited("XXX", "CSTO")


def test_matrix_announces_only_the_toggled_cell(document: ScenarioDocument) -> None:
    model = MembershipMatrixModel(document)
    ranges = _record_ranges(model)
    document.toggle_membership("KAZ", "CSTO")
    index = model.index_of("KAZ", "CSTO")
    assert ranges == [(index.row(), index.column(), index.row(), index.column())]
    assert index.data(StatusRole) == "withdrawn"
    assert index.data(EditedRole) is True

    ranges.clear()
    document.set_alignment("KAZ", "china-centred")
    assert ranges == []  # an alignment changes no cell of the matrix

    ranges.clear()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert ranges == [(index.row(), index.column(), index.row(), index.column())]
    assert index.data(EditedRole) is False


def test_matrix_merges_neighbouring_cells_of_a_row(document: ScenarioDocument) -> None:
    model = MembershipMatrixModel(document)
    ranges = _record_ranges(model)
    row = model.states.index("KAZ")
    first, second = model.blocs[0], model.blocs[1]
    scenario = document.scenario
    for bloc in (first, second):
        target = document.toggle_target("KAZ", bloc)
        scenario = scenario.with_membership(
            api.MembershipEdit("KAZ", bloc, "leave")
            if target is None
            else api.MembershipEdit(
                "KAZ", bloc, "set_status" if document.status("KAZ", bloc) else "join", target
            )
        )
    document.replace_scenario(scenario)
    assert ranges == [(row, 0, row, 1)]


def test_matrix_cells_match_the_document_after_a_year_change(
    document: ScenarioDocument,
) -> None:
    model = MembershipMatrixModel(document)
    document.toggle_membership("KAZ", "CSTO")
    document.set_year(2000)
    for r, state in enumerate(model.states):
        for c, bloc in enumerate(model.blocs):
            index = model.index(r, c)
            assert index.data(StatusRole) == document.status(state, bloc)
            assert index.data(EditedRole) == document.is_edited(state, bloc)


def test_indicator_table_announces_changed_figures_without_a_reset(
    document: ScenarioDocument, qtbot: QtBot
) -> None:
    model = IndicatorTableModel(document)
    ranges = _record_ranges(model)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    before = list(model.rows["value"])

    document.toggle_membership("KAZ", "CSTO")

    assert resets == []
    after = list(model.rows["value"])
    changed = [r for r, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert changed
    assert ranges == [(row, VALUE, row, DELTA) for row in changed]
    for row in range(model.rowCount()):
        indicator = str(model.rows.at[row, "indicator"])
        value = document.evaluation.value(indicator, "KAZ")
        assert model.index(row, VALUE).data() == format_number(value)
        assert model.index(row, VALUE).data(SortRole) == pytest.approx(value)

    document.select_state("UZB")  # other rows: a reset
    assert resets == [True]
    assert set(model.rows["entity"]) == {"UZB"}


def test_warnings_are_not_reset_when_unchanged(document: ScenarioDocument) -> None:
    model = WarningListModel(document)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    document.toggle_membership("KAZ", "CSTO")
    document.toggle_membership("KAZ", "CSTO")
    entries = list(model.entries)
    resets.clear()
    document.replace_scenario(document.scenario)
    assert resets == [] and model.entries == entries


def test_baseline_bars_move_in_place_and_match_a_fresh_drawing(
    document: ScenarioDocument, qtbot: QtBot
) -> None:
    panel = ChartsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    chart = panel.baseline_bars
    labels = dict(chart.delta_labels)

    document.set_alignment("KAZ", "china-centred")

    assert chart.delta_labels == labels  # the same items, moved
    fresh = ChartsPanel(document)
    qtbot.addWidget(fresh)
    fresh.resize(900, 600)
    fresh.show()
    qtbot.waitExposed(fresh)
    redrawn = fresh.baseline_bars
    assert chart.rows.equals(redrawn.rows)
    for code, label in chart.delta_labels.items():
        other = redrawn.delta_labels[code]
        assert label.textItem.toPlainText() == other.textItem.toPlainText()
        assert label.color == other.color
        assert label.textItem.font() == other.textItem.font()
        assert label.pos() == other.pos()
    assert chart._bars is not None and redrawn._bars is not None
    for mine, theirs in (
        (chart._bars.scenario, redrawn._bars.scenario),
        (chart._bars.baseline, redrawn._bars.baseline),
    ):
        assert list(mine.opts["width"]) == list(theirs.opts["width"])


def test_arguments_panel_keeps_and_reuses_pages(document: ScenarioDocument, qtbot: QtBot) -> None:
    panel = ArgumentsPanel(document)
    qtbot.addWidget(panel)
    first_text = panel.toPlainText()
    first_page = panel.browser

    document.toggle_membership("UZB", "EAEU")  # another state's edit: nothing to redo
    assert panel.browser is first_page

    document.set_alignment("KAZ", "china-centred")
    assert "Alignment: China-centred" in panel.toPlainText()
    assert set(panel.rows["choice"]) >= {"alignment:china-centred"}
    assert panel.browser is not first_page

    first_page.verticalScrollBar().setValue(first_page.verticalScrollBar().maximum())
    document.undo_stack.undo()
    assert panel.toPlainText() == first_text
    assert panel.browser is first_page  # brought back, not laid out again
    assert panel.browser.verticalScrollBar().value() == 0  # from the top, as a new text


def test_arguments_page_looks_like_a_plain_browser(
    document: ScenarioDocument, qtbot: QtBot
) -> None:
    panel = ArgumentsPanel(document)
    reference = QTextBrowser()
    for widget in (panel, reference):
        qtbot.addWidget(widget)
        widget.resize(400, 500)
        widget.show()
    for state in ("KAZ", "UZB", "KAZ"):
        document.select_state(state)
        reference.setHtml(panel.browser.toHtml())
        QApplication.processEvents()
        assert panel.grab().toImage() == reference.grab().toImage()


def _reference_view(model: object, stretch: int | None = None) -> QTableView:
    """A plain table in ResizeToContents mode: the widths the views' own fitting must match."""
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def test_matrix_columns_fit_like_resize_to_contents(
    document: ScenarioDocument, qtbot: QtBot
) -> None:
    view = MembershipMatrixView(document)
    reference = _reference_view(view.matrix_model)
    # The same compact header and letter cells as the matrix: Qt's own fit of what it paints.
    reference.setHorizontalHeader(RotatedHeader(reference))
    reference.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    reference.horizontalHeader().setMinimumSectionSize(MIN_COLUMN_WIDTH)
    reference.setItemDelegate(StatusLetterDelegate(StatusRole, reference))
    for widget in (view, reference):
        qtbot.addWidget(widget)
        widget.resize(900, 500)
        widget.show()
    edits = [("KAZ", "CSTO"), ("UZB", "EAEU"), ("KAZ", "CSTO"), ("KGZ", "SCO")]
    QApplication.processEvents()
    widest = {c: reference.columnWidth(c) for c in range(view.matrix_model.columnCount())}
    for state, bloc in edits:
        document.toggle_membership(state, bloc)
        for column in range(view.matrix_model.columnCount()):
            reference.setColumnHidden(column, view.isColumnHidden(column))
        QApplication.processEvents()
        shown = [c for c in range(view.matrix_model.columnCount()) if not view.isColumnHidden(c)]
        for c in shown:
            widest[c] = max(widest[c], reference.columnWidth(c))
        # After edits a column is as wide as Qt's own fit was at its widest: contents always
        # fit, and a column never narrows under the pointer (MembershipMatrixView docstring).
        assert [view.columnWidth(c) for c in shown] == [widest[c] for c in shown]


def test_indicator_columns_fit_like_resize_to_contents(
    document: ScenarioDocument, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Long figures, wider than the headers, so that edits change the columns' widths.
    monkeypatch.setattr(
        indicator_table_model,
        "format_number",
        lambda value, signed=False: f"{value:+.6f}" if signed else f"{value:.6f}",
    )
    panel = IndicatorPanel(document)
    reference = _reference_view(panel.proxy, stretch=TITLE)
    reference.verticalHeader().hide()
    reference.setSortingEnabled(True)  # the sort indicator widens the header
    reference.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    for widget in (panel, reference):
        qtbot.addWidget(widget)
        widget.resize(600, 400)
        widget.show()
    widths = set()
    for edit in (
        lambda: document.set_alignment("KAZ", "russia-led"),
        lambda: document.set_alignment("KAZ", "multi-vector"),
        lambda: document.toggle_membership("KAZ", "CSTO"),
        lambda: document.set_alignment("KAZ", "china-centred"),
        lambda: document.select_state("UZB"),
        lambda: panel.mode.setCurrentIndex(panel.mode.findData(SHOW_ALL_STATES)),
        lambda: document.toggle_membership("UZB", "EAEU"),
    ):
        edit()
        reference.setColumnHidden(ENTITY, panel.view.isColumnHidden(ENTITY))
        reference.resize(panel.view.size())
        QApplication.processEvents()
        for column in (VALUE, BASELINE, DELTA):
            assert panel.view.columnWidth(column) == reference.columnWidth(column)
        if not panel.view.isColumnHidden(ENTITY):
            # The entity's name gives way to the title (elided), never wider than it needs.
            width = panel.view.columnWidth(ENTITY)
            assert MIN_ENTITY_WIDTH <= width <= reference.columnWidth(ENTITY)
        widths.add(panel.view.columnWidth(DELTA))
    assert len(widths) > 1  # the edits did change a width


def test_indicator_rows_are_the_evaluation_table_rows(document: ScenarioDocument) -> None:
    model = IndicatorTableModel(document)
    document.set_alignment("KAZ", "china-centred")
    table = document.evaluation.indicators
    expected = table[(table["level"] == "state") & (table["entity"] == "KAZ")]
    assert model.rows.equals(expected.reset_index(drop=True))
    for row in range(model.rowCount()):
        assert model.index(row, VALUE).data() == format_number(float(expected.iloc[row]["value"]))
    assert model.find_row("autonomy", "KAZ") == list(expected["indicator"]).index("autonomy")


def test_map_recolours_only_moved_states_and_matches_a_fresh_map(
    document: ScenarioDocument, qtbot: QtBot
) -> None:
    from regio_desktop.app.map.colouring import COLOUR_BY_DELTA
    from regio_desktop.app.map.view import MapPanel

    panel = MapPanel(document)
    qtbot.addWidget(panel)
    set_brush: list[str] = []
    for code, item in panel.items.items():
        original = item.setBrush
        item.setBrush = lambda brush, c=code, f=original: (set_brush.append(c), f(brush))  # type: ignore[method-assign]
    # Coloured by alignment, leaving a bloc changes no state's look: nothing is repainted.
    document.toggle_membership("KAZ", "CSTO")
    assert set_brush == []
    # A new alignment repaints that state alone, though other states' indicators move too.
    current = document.evaluation.alignment.get("KAZ")
    choice = "china-centred" if current != "china-centred" else "russia-led"
    assert document.set_alignment("KAZ", choice)
    assert set(set_brush) == {"KAZ"}
    panel.set_colouring(COLOUR_BY_DELTA, "security_coverage")
    set_brush.clear()
    document.toggle_membership("KAZ", "CSTO")  # back: security coverage moves again
    assert set_brush and set(set_brush) <= {"KAZ"} | set(document.evaluation.snapshot.states)
    fresh = MapPanel(document)
    qtbot.addWidget(fresh)
    fresh.set_colouring(COLOUR_BY_DELTA, "security_coverage")
    for code, item in panel.items.items():
        if item.is_state:
            assert item.brush().color() == fresh.items[code].brush().color()
            assert item.toolTip() == fresh.items[code].toolTip()
