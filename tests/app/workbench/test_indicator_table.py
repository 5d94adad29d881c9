"""The indicator table: filtered to the selected state or to all, sortable, deltas coloured."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import SHOW_ALL_STATES, SHOW_BLOCS, format_number
from regio_desktop.app.common.palette import UP_COLOUR
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.workbench.indicator_table import (
    DELTA,
    TITLE,
    VALUE,
    IndicatorTableModel,
    SortRole,
)


def test_rows_follow_the_selected_state(document: ScenarioDocument) -> None:
    model = IndicatorTableModel(document)
    assert set(model.rows["entity"]) == {"KAZ"}
    titles = {model.index(r, TITLE).data() for r in range(model.rowCount())}
    assert "Security coverage" in titles
    document.select_state("UZB")
    assert set(model.rows["entity"]) == {"UZB"}


def test_all_states_and_blocs_modes(document: ScenarioDocument) -> None:
    model = IndicatorTableModel(document)
    model.set_mode(SHOW_ALL_STATES)
    assert set(model.rows["entity"]) == set(document.world.state_codes)
    model.set_mode(SHOW_BLOCS)
    assert set(model.rows["level"]) == {"bloc"}


def test_delta_is_shown_signed_and_coloured(document: ScenarioDocument) -> None:
    model = IndicatorTableModel(document)
    document.toggle_membership("KAZ", "CSTO")
    row = model.find_row("autonomy", "KAZ")
    delta = model.index(row, DELTA)
    assert float(model.rows.at[row, "delta"]) > 0
    assert delta.data().startswith("+")
    assert delta.data(Qt.ItemDataRole.ForegroundRole).color() == UP_COLOUR
    unchanged = model.index(model.find_row("market_access", "KAZ"), DELTA)
    assert unchanged.data(Qt.ItemDataRole.ForegroundRole) is None


def test_sorting_by_change_through_the_proxy(window: MainWindow) -> None:
    window.document.toggle_membership("KAZ", "CSTO")
    panel = window.indicator_panel
    panel.view.sortByColumn(DELTA, Qt.SortOrder.AscendingOrder)
    proxy = panel.proxy
    source_rows = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
    deltas = [float(panel.model.rows.at[r, "delta"]) for r in source_rows]
    assert deltas == sorted(deltas)
    assert deltas[0] < 0


def test_clicking_a_row_in_all_states_mode_selects_it(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.indicator_panel
    panel.mode.setCurrentIndex(panel.mode.findData(SHOW_ALL_STATES))
    assert not panel.view.isColumnHidden(0)
    proxy = panel.proxy
    row = next(
        r
        for r in range(proxy.rowCount())
        if panel.model.rows.at[proxy.mapToSource(proxy.index(r, 0)).row(), "entity"] == "UZB"
    )
    rect = panel.view.visualRect(proxy.index(row, TITLE))
    panel.view.scrollTo(proxy.index(row, TITLE))
    rect = panel.view.visualRect(proxy.index(row, TITLE))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document.selected_state == "UZB"


def test_format_number() -> None:
    assert format_number(float("nan")) == "–"
    assert format_number(2.5, signed=True) == "+2.50"
    assert format_number(-51.3) == "-51.3"


def test_the_table_and_the_bars_read_a_state_through_state_figures(
    document: ScenarioDocument, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The selected state's rows come from ``Evaluation.state_figures``, not its internals."""
    from regio_desktop.app.common.baseline_bars_chart import BaselineBarsChart

    def made_up(self: api.Evaluation, state: str, codes: list[str]) -> tuple[list, list]:
        return [1000.0 + k for k in range(len(codes))], [float(k) for k in range(len(codes))]

    monkeypatch.setattr(api.Evaluation, "state_figures", made_up)
    model = IndicatorTableModel(document)
    autonomy = model.find_row("autonomy", "KAZ")
    assert model.index(autonomy, VALUE).data(SortRole) >= 1000.0
    assert model.index(autonomy, DELTA).data(SortRole) == 1000.0
    chart = BaselineBarsChart(document)
    qtbot.addWidget(chart)
    chart.draw()
    assert [float(v) for v in chart.rows["delta"]] == [1000.0] * len(chart.rows)
