"""Each view updates from the document's ``ScenarioChanges``: an edit that cannot affect it
leaves it untouched, one that does is shown as a fresh view would show it, and a new year or
scenario (``everything``) rebuilds it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.blocs.overlap_layout import bloc_lanes
from regio_desktop.app.blocs.overlap_view import BlocOverlapPanel
from regio_desktop.app.charts.panel import ChartsPanel
from regio_desktop.app.common.chart_canvas import ChartView
from regio_desktop.app.common.indicator_labels import (
    SHOW_ALL_STATES,
    SHOW_BLOCS,
    SHOW_REGION,
    SHOW_SELECTED,
)
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.documents.scenario_session import ScenarioSession
from regio_desktop.app.workbench.alignment_panel import AlignmentPanel
from regio_desktop.app.workbench.arguments_panel import ArgumentsPanel
from regio_desktop.app.workbench.indicator_table import (
    DELTA,
    VALUE,
    EntityRole,
    IndicatorTableModel,
)
from regio_desktop.app.workbench.scenario_list_panel import ScenarioListModel
from regio_desktop.app.workbench.warnings_panel import WarningListModel


def _counter(target: object, name: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Record the calls of ``target.name`` (a Python method), still calling it."""
    calls: list[tuple] = []
    original: Callable[..., object] = getattr(target, name)

    def counted(*args: object) -> object:
        calls.append(args)
        return original(*args)

    monkeypatch.setattr(target, name, counted)
    return calls


def _spy_model(model: IndicatorTableModel | ScenarioListModel) -> tuple[list[int], list[bool]]:
    """The source rows announced by dataChanged, and the resets."""
    rows: list[int] = []
    resets: list[bool] = []

    def changed(top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        rows.extend(range(top.row(), bottom.row() + 1))

    model.dataChanged.connect(changed)
    model.modelReset.connect(lambda: resets.append(True))
    return rows, resets


def _figures(model: IndicatorTableModel) -> list[tuple[object, ...]]:
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def _fresh_table(document: ScenarioDocument, mode: str) -> IndicatorTableModel:
    fresh = ScenarioDocument(document.world, document.scenario)
    fresh.select_state(document.selected_state)
    model = IndicatorTableModel(fresh)
    model.set_mode(mode)
    return model


# --- the indicator table ------------------------------------------------------------------------
@pytest.mark.parametrize("mode", [SHOW_SELECTED, SHOW_ALL_STATES, SHOW_BLOCS, SHOW_REGION])
def test_indicator_table_updates_only_moved_rows(document: ScenarioDocument, mode: str) -> None:
    model = IndicatorTableModel(document)
    model.set_mode(mode)
    rows, resets = _spy_model(model)

    document.rename("Renamed")  # nothing shown moves
    assert rows == [] and resets == []

    # Kyrgyzstan lies on no corridor of the fixture (which has no C5): its choice moves
    # Kyrgyzstan, the blocs it belongs to fully and the region, not Kazakhstan.
    document.set_alignment("KGZ", "china-centred")
    entities = {str(model.index(row, 0).data(EntityRole)) for row in rows}
    expected = {
        SHOW_SELECTED: set(),
        SHOW_ALL_STATES: {"KGZ"},
        SHOW_BLOCS: {"CSTO", "EAEU", "SCO", "WTO"},
        SHOW_REGION: {"region"},
    }[mode]
    assert resets == []
    assert entities == expected
    assert _figures(model) == _figures(_fresh_table(document, mode))

    rows.clear()
    document.toggle_membership("KAZ", "CSTO")
    assert resets == []
    if mode == SHOW_REGION:
        assert rows == []  # a membership moves no region figure
    else:
        assert rows
    assert _figures(model) == _figures(_fresh_table(document, mode))


def test_indicator_table_announces_only_changed_cells_of_moved_rows(
    document: ScenarioDocument,
) -> None:
    model = IndicatorTableModel(document)
    ranges: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, *_: ranges.append((a.row(), a.column(), b.row(), b.column()))
    )
    document.set_alignment("KAZ", "china-centred")
    assert ranges and all(r[1] == VALUE and r[3] == DELTA and r[0] == r[2] for r in ranges)


def test_indicator_table_resets_for_everything(document: ScenarioDocument) -> None:
    model = IndicatorTableModel(document)
    _rows, resets = _spy_model(model)
    document.set_year(2015)
    assert resets == [True]
    assert _figures(model) == _figures(_fresh_table(document, SHOW_SELECTED))


def test_bloc_rows_that_come_and_go_reset_the_table(document: ScenarioDocument) -> None:
    document.set_year(2000)  # before the EAEU: it has no full members, so no rows
    model = IndicatorTableModel(document)
    model.set_mode(SHOW_BLOCS)
    _rows, resets = _spy_model(model)
    entities = {model.index(row, 0).data(EntityRole) for row in range(model.rowCount())}
    assert "EAEU" not in entities

    document.set_membership("RUS", "EAEU", "member")

    assert resets == [True]
    entities = {model.index(row, 0).data(EntityRole) for row in range(model.rowCount())}
    assert "EAEU" in entities
    assert _figures(model) == _figures(_fresh_table(document, SHOW_BLOCS))


# --- the alignment panel --------------------------------------------------------------------------
def test_alignment_panel_ignores_memberships_and_updates_the_chosen_row(
    document: ScenarioDocument, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = AlignmentPanel(document)
    qtbot.addWidget(panel)
    body = panel.widget()
    shown = _counter(panel, "_show_row", monkeypatch)

    document.toggle_membership("KAZ", "CSTO")
    document.rename("Renamed")
    assert shown == []

    document.set_alignment("UZB", "russia-led")
    assert shown == [("UZB",)]
    assert panel.combos["UZB"].chosen() == "russia-led" and panel.combos["UZB"].font().bold()

    shown.clear()
    document.set_year(2015)
    assert {args[0] for args in shown} == set(panel.combos)
    assert panel.widget() is body  # the same states: the rows are kept


# --- the arguments panel --------------------------------------------------------------------------
def test_arguments_panel_skips_edits_of_other_states(
    document: ScenarioDocument, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = ArgumentsPanel(document)
    qtbot.addWidget(panel)
    page = panel.browser
    asked = _counter(panel, "choices_of", monkeypatch)

    document.set_alignment("UZB", "china-centred")  # KAZ's choices are the same
    document.rename("Renamed")
    assert asked == [] and panel.browser is page

    document.set_alignment("KAZ", "china-centred")
    assert asked == [("KAZ",)] and panel.browser is not page
    fresh_doc = ScenarioDocument(document.world, document.scenario)
    fresh_doc.select_state("KAZ")
    fresh = ArgumentsPanel(fresh_doc)
    qtbot.addWidget(fresh)
    assert panel.toPlainText() == fresh.toPlainText()


def test_arguments_panel_rereads_new_arguments(
    document: ScenarioDocument, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = ArgumentsPanel(document)
    qtbot.addWidget(panel)
    page = panel.browser
    read = _counter(panel, "framed", monkeypatch)
    document.replace_arguments(document.world)
    assert read == [("KAZ",)]
    assert panel.browser is not page and panel.count() == 1


# --- the warnings ---------------------------------------------------------------------------------
def test_warnings_recheck_only_after_edits_that_can_change_them(
    document: ScenarioDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = WarningListModel(document)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    checked = _counter(document, "tensions", monkeypatch)

    document.rename("Renamed")
    assert checked == [] and resets == []

    document.set_alignment("KAZ", "china-centred")
    assert len(checked) == 1
    assert resets == [True]
    assert (
        model.entries
        == WarningListModel(ScenarioDocument(document.world, document.scenario)).entries
    )


# --- the scenario list ----------------------------------------------------------------------------
def test_scenario_list_repaints_only_rows_that_read_differently(document: ScenarioDocument) -> None:
    session = ScenarioSession(document)
    model = ScenarioListModel(session)
    rows, resets = _spy_model(model)

    document.toggle_membership("KAZ", "CSTO")  # now unsaved: the mark appears
    assert rows == [0] and resets == []
    assert "•" in model.data(model.index(0))
    rows.clear()
    document.toggle_membership("UZB", "EAEU")  # still unsaved: nothing to repaint
    assert rows == [] and resets == []

    document.rename("Kazakhstan leaves")
    assert rows == [0] and model.data(model.index(0)).startswith("Kazakhstan leaves")

    rows.clear()
    session.new("Second")
    assert resets == [True] and model.rowCount() == 2
    assert set(rows) == {0, 1}  # the bold current row moves
    assert [model.data(model.index(r)) for r in range(2)] == [
        model.data(model.index(r)) for r in range(ScenarioListModel(session).rowCount())
    ]


# --- the charts -----------------------------------------------------------------------------------
@pytest.fixture
def charts(document: ScenarioDocument, qtbot: QtBot) -> ChartsPanel:
    panel = ChartsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _show(charts: ChartsPanel, chart: ChartView) -> None:
    charts.tabs.setCurrentWidget(chart)
    chart.ensure_current()


def test_charts_redraw_only_for_changes_they_show(
    charts: ChartsPanel, document: ScenarioDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    for chart in charts.charts:
        _show(charts, chart)
        drawn = _counter(chart, "refresh", monkeypatch)
        document.rename(f"Renamed for {type(chart).__name__}")
        assert drawn == [], type(chart).__name__

    _show(charts, charts.baseline_bars)
    drawn = _counter(charts.baseline_bars, "refresh", monkeypatch)
    document.set_alignment("KGZ", "china-centred")  # KAZ's figures do not move
    assert drawn == []
    document.set_alignment("KAZ", "china-centred")
    assert len(drawn) == 1

    _show(charts, charts.bloc_indicators)
    drawn = _counter(charts.bloc_indicators, "refresh", monkeypatch)
    document.select_state("UZB")  # the bloc chart draws no state
    assert drawn == []
    document.toggle_membership("KAZ", "CSTO")
    assert len(drawn) == 1

    _show(charts, charts.timeline)
    drawn = _counter(charts.timeline, "refresh", monkeypatch)
    document.set_alignment("KGZ", "china-centred")  # no history nor status moves
    assert drawn == []
    document.toggle_membership("KAZ", "SCO")
    assert len(drawn) == 1


def test_redrawn_charts_match_fresh_ones(
    charts: ChartsPanel, document: ScenarioDocument, qtbot: QtBot
) -> None:
    for chart in charts.charts:
        _show(charts, chart)
    charts.state_profile.set_compared(["UZB"])
    document.toggle_membership("KAZ", "CSTO")
    document.set_alignment("UZB", "china-centred")
    document.set_year(2015)
    document.toggle_membership("KGZ", "EAEU")
    for chart in charts.charts:
        _show(charts, chart)
    fresh_doc = ScenarioDocument(document.world, document.scenario)
    fresh_doc.select_state(document.selected_state)
    fresh = ChartsPanel(fresh_doc)
    qtbot.addWidget(fresh)
    fresh.resize(900, 600)
    fresh.show()
    fresh.state_profile.set_compared(["UZB"])
    for chart in fresh.charts:
        _show(fresh, chart)
    assert charts.baseline_bars.rows.equals(fresh.baseline_bars.rows)
    assert charts.state_profile.profile.equals(fresh.state_profile.profile)
    assert charts.bloc_indicators.rows.equals(fresh.bloc_indicators.rows)
    assert charts.timeline.sizes.equals(fresh.timeline.sizes)
    assert charts.timeline.spans.equals(fresh.timeline.spans)


# --- the bloc diagram -----------------------------------------------------------------------------
@pytest.fixture
def blocs(document: ScenarioDocument, qtbot: QtBot) -> BlocOverlapPanel:
    panel = BlocOverlapPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _updates(widget: QWidget, monkeypatch: pytest.MonkeyPatch) -> list[QRect]:
    rects: list[QRect] = []
    monkeypatch.setattr(widget, "update", lambda *args: rects.append(args[0] if args else None))
    return rects


def test_bloc_diagram_repaints_only_the_edited_lanes(
    blocs: BlocOverlapPanel, document: ScenarioDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    diagram = blocs.diagram
    laid_out = _counter(blocs.canvas, "set_diagram", monkeypatch)
    repainted = _updates(blocs.canvas, monkeypatch)

    document.toggle_membership("KAZ", "WTO")  # WTO has no lane
    document.rename("Renamed")
    assert laid_out == [] and repainted == []

    document.toggle_membership("KAZ", "CSTO")
    assert laid_out == [] and repainted == [blocs.canvas.lane_rect("CSTO")]
    assert blocs.diagram is diagram
    assert blocs.diagram == bloc_lanes(document)

    repainted.clear()
    document.set_alignment("KAZ", "china-centred")
    assert repainted == [blocs.canvas.header_rect("KAZ")]
    assert laid_out == []


def test_bloc_diagram_lays_out_again_when_a_column_comes_or_for_everything(
    blocs: BlocOverlapPanel, document: ScenarioDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    laid_out = _counter(blocs.canvas, "set_diagram", monkeypatch)
    document.set_membership("USA", "CSTO", "member")  # the USA gets a column
    assert len(laid_out) == 1 and "USA" in blocs.diagram.states
    document.set_year(2015)
    assert len(laid_out) == 2
    assert blocs.diagram == bloc_lanes(document)


def test_scenario_changes_name_moved_blocs(document: ScenarioDocument) -> None:
    seen: list[api.ScenarioChanges] = []
    document.changed.connect(seen.append)
    document.set_alignment("UZB", "china-centred")
    assert seen[-1].blocs == frozenset({"SCO"}) and seen[-1].region
    document.toggle_membership("KAZ", "CSTO")
    assert "CSTO" in seen[-1].blocs and not seen[-1].region
