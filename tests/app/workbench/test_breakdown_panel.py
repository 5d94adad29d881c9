"""The breakdown of a change, opened as a user opens it: a double-click on an indicator row, on a
chart bar, on a state of the map; and the one colour rule drawing an improvement as better in
each of those views (a fall in sanctions exposure when Kazakhstan leaves the EAEU)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.common.baseline_bars_chart import STATE_INDICATOR_CODES
from regio_desktop.app.common.palette import bar_colour, is_dark, judgement_colour, judgement_hex
from regio_desktop.app.map.colouring import COLOUR_BY_DELTA
from regio_desktop.app.shell.launch import open_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.app.workbench.indicator_table import BETTER, DELTA, TITLE, UNIT
from regio_desktop.world.builder import build
from tests.conftest import TINY_WORLD_DIR

BETTER_LIGHT = judgement_colour("better", dark=False)


@pytest.fixture
def window(
    tmp_path: Path,
    app_settings: AppSettings,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    """A window on the tiny world brought to 2023 (an Uzbek WTO observership that year), so
    that the sanctions on Russia (from 2022) are in force and leaving the EAEU lowers
    Kazakhstan's sanctions exposure."""
    data = tmp_path / "world"
    shutil.copytree(TINY_WORLD_DIR, data)
    with (data / "memberships.csv").open("a", encoding="utf-8") as rows:
        rows.write("UZB,WTO,observer,2023-01-01,,fixture,0,\n")
    build(data, tmp_path / "world.sqlite")
    world = api.load_world(tmp_path / "world.sqlite", today=dt.date(2026, 6, 30))
    assert world.latest_year == 2023
    store = api.ArgumentStore(tmp_path / "world.sqlite")
    win = open_window(world, app_settings, store=store)
    monkeypatch.setattr(win.files, "ask_unsaved", lambda names: QMessageBox.StandardButton.Discard)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.document.select_state("KAZ")
    yield win
    win.close_discarding()
    store.close()


def _leave_eaeu(window: MainWindow, qtbot: QtBot) -> None:
    """Kazakhstan leaves the EAEU by a double-click on its matrix cell."""
    view = window.matrix
    index = view.matrix_model.index_of("KAZ", "EAEU")
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert window.document.scenario.membership_edit("KAZ", "EAEU") is not None


def _exposure_falls(window: MainWindow) -> float:
    ev = window.document.evaluation
    change = ev.value("sanctions_exposure", "KAZ") - ev.baseline("sanctions_exposure", "KAZ")
    assert change < 0  # the edit lowers Kazakhstan's sanctions exposure: an improvement
    return change


def _shows_the_exposure_breakdown(window: MainWindow, change: float) -> None:
    panel = window.breakdown_panel
    assert panel.isVisible()
    shown = panel.change
    assert shown is not None
    assert (shown.indicator, shown.entity) == ("sanctions_exposure", "KAZ")
    assert shown.change == pytest.approx(change)
    assert sum(s.value for s in shown.steps) == pytest.approx(change, abs=1e-9)
    eaeu = [s for s in shown.steps if s.phrase.params.get("bloc") == "EAEU"]
    assert eaeu and eaeu[0].scenario_phrase is None  # the EAEU's part is what goes
    model = panel.steps_model
    row = shown.steps.index(eaeu[0])
    assert "EAEU" in str(model.index(row, 0).data()) or "Eurasian" in str(
        model.index(row, 0).data()
    )
    cell = model.index(row, 1)
    assert "▲" in cell.data() and cell.data(Qt.ItemDataRole.ForegroundRole).color() == (
        judgement_colour("better")
    )
    steps = [r for r in panel.waterfall.rows if not r.total]
    assert steps and panel.waterfall.step_colour(steps[0]) == judgement_colour("better")
    assert panel.waterfall.rows[0].end == pytest.approx(shown.baseline)
    assert panel.waterfall.rows[-1].end == pytest.approx(shown.value)
    # The scenario's total is in its own colour, never the better blue nor the worse orange.
    total = panel.waterfall.step_colour(panel.waterfall.rows[-1])
    assert total == bar_colour("scenario", is_dark(panel.waterfall.palette()))
    assert total not in (judgement_colour("better"), judgement_colour("worse"))
    assert "Formula:" in panel.details.text() and "▲" in panel.summary.text()


def test_breakdown_from_the_indicator_table(window: MainWindow, qtbot: QtBot) -> None:
    _leave_eaeu(window, qtbot)
    change = _exposure_falls(window)
    indicators = window.indicator_panel
    table = indicators.view
    proxy = indicators.proxy
    rows = [r for r in range(proxy.rowCount()) if "Sanctions" in str(proxy.index(r, TITLE).data())]
    assert len(rows) == 1
    delta = proxy.index(rows[0], DELTA)
    assert "▲" in delta.data()
    assert delta.data(Qt.ItemDataRole.ForegroundRole).color() == judgement_colour("better")
    assert "better" in delta.data(Qt.ItemDataRole.ToolTipRole)
    assert proxy.index(rows[0], UNIT).data() == "index"
    assert proxy.index(rows[0], BETTER).data() == "↓"
    assert "lower is better" in proxy.index(rows[0], BETTER).data(Qt.ItemDataRole.ToolTipRole)
    shown = window.breakdown_panel.change
    assert shown is None or shown.indicator != "sanctions_exposure"
    table.scrollTo(delta)
    centre = table.visualRect(delta).center()
    # A double-click as the window gets it: a click, then the second press (QTest's double
    # click alone has no first press, which item views need).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    _shows_the_exposure_breakdown(window, change)


def test_breakdown_from_a_chart_bar(window: MainWindow, qtbot: QtBot) -> None:
    _leave_eaeu(window, qtbot)
    change = _exposure_falls(window)
    charts = window.charts
    window.docks["charts"].raise_()
    chart = charts.baseline_bars
    qtbot.waitUntil(chart.isVisible)
    chart.ensure_current()
    label = chart.delta_labels["sanctions_exposure"]
    assert label.color == BETTER_LIGHT and "▲" in label.textItem.toPlainText()
    line = len(STATE_INDICATOR_CODES) - 1 - STATE_INDICATOR_CODES.index("sanctions_exposure")
    box = chart.canvas.ci.items and next(iter(chart.canvas.ci.items)).getViewBox()
    scene = box.mapViewToScene(QPointF(5.0, line))
    position = chart.canvas.mapFromScene(scene)
    qtbot.mouseDClick(chart.canvas.viewport(), Qt.MouseButton.LeftButton, pos=position)
    _shows_the_exposure_breakdown(window, change)


def test_breakdown_from_the_map(window: MainWindow, qtbot: QtBot) -> None:
    _leave_eaeu(window, qtbot)
    change = _exposure_falls(window)
    panel = window.map_panel
    window.docks["map"].raise_()
    qtbot.waitUntil(panel.isVisible)
    panel.indicator_combo.setCurrentIndex(panel.indicator_combo.findData("sanctions_exposure"))
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData(COLOUR_BY_DELTA))
    # A fall is the better end of the scale for an indicator where lower is better.
    assert panel.colouring.scale is not None
    assert panel.colouring.scale.stops[0] == BETTER_LIGHT
    fill = panel.items["KAZ"].brush().color()
    assert fill.blue() > fill.red()  # towards the better end, not the worse (orange) one
    assert "▲" in panel.colouring.values["KAZ"]
    assert panel.legend.labels[0].startswith("▲")
    panel.view.fit()
    position = panel.view.mapFromScene(panel.anchors["KAZ"])
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    _shows_the_exposure_breakdown(window, change)


def test_the_breakdown_follows_the_selected_state_and_the_edits(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_breakdown("autonomy", "KAZ")
    panel = window.breakdown_panel
    assert panel.change is not None and panel.change.steps == []
    assert "does not change" in panel.details.text()
    _leave_eaeu(window, qtbot)
    assert panel.change is not None and panel.change.judgement == "better"
    window.document.select_state("KGZ")
    assert panel.change is not None and panel.change.entity == "KGZ"
    panel.indicator_box.setCurrentIndex(panel.indicator_box.findData("market_access"))
    panel.indicator_box.activated.emit(panel.indicator_box.currentIndex())
    assert panel.change.indicator == "market_access"
    window.undo_action.trigger()
    assert panel.change is not None and panel.change.steps == []


def test_bloc_bars_open_the_bloc_breakdown(window: MainWindow, qtbot: QtBot) -> None:
    _leave_eaeu(window, qtbot)
    chart = window.charts.bloc_indicators
    window.docks["charts"].raise_()
    window.charts.tabs.setCurrentWidget(chart)
    qtbot.waitUntil(chart.isVisible)
    chart.set_indicator("bloc_gdp")
    chart.ensure_current()
    line = list(chart.rows["entity"]).index("EAEU")
    box = next(iter(chart.canvas.ci.items)).getViewBox()
    position = chart.canvas.mapFromScene(
        box.mapViewToScene(QPointF(1.0, len(chart.rows) - 1 - line))
    )
    qtbot.mouseDClick(chart.canvas.viewport(), Qt.MouseButton.LeftButton, pos=position)
    shown = window.breakdown_panel.change
    assert shown is not None and (shown.indicator, shown.entity) == ("bloc_gdp", "EAEU")
    assert [s.phrase.params["member"] for s in shown.steps] == ["KAZ"]
    assert api.indicator_info("bloc_gdp").judge(shown.change) == "neutral"
    assert chart.delta_labels["EAEU"].color.name() == judgement_hex("neutral", dark=False)


def test_a_breakdown_behind_another_tab_waits_until_it_is_raised(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Edits cost nothing in a breakdown nobody sees; raising its tab shows the current one."""
    real = api.explain_change
    calls: list[tuple[str, str]] = []

    def counted(world: api.World, scenario: api.Scenario, code: str, entity: str):  # type: ignore[no-untyped-def]
        calls.append((code, entity))
        return real(world, scenario, code, entity)

    monkeypatch.setattr(api, "explain_change", counted)
    window.docks["arguments"].raise_()
    qtbot.waitUntil(lambda: not window.breakdown_panel.in_view)
    _leave_eaeu(window, qtbot)
    window.document.set_alignment("KAZ", "china-centred")
    assert calls == []
    window.docks["breakdown"].raise_()
    qtbot.waitUntil(lambda: window.breakdown_panel.in_view)
    assert calls == [("autonomy", "KAZ")]
    shown = window.breakdown_panel.change
    assert shown is not None and shown.value == window.document.evaluation.value("autonomy", "KAZ")
