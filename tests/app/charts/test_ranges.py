"""The charts' Ranges box: the analysis runs in a thread with progress, then error bars show each
figure's range; an edit computes the new scenario's, and unticking takes them away."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.charts.panel import ChartsPanel
from regio_desktop.app.common.indicator_labels import format_number
from regio_desktop.app.common.ranges_control import estimate_text
from regio_desktop.app.documents import uncertainty_runner
from regio_desktop.app.documents.scenario_document import ScenarioDocument

STATE_PROFILE = 1


@pytest.fixture
def panel(
    document: ScenarioDocument, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ChartsPanel]:
    monkeypatch.setattr(uncertainty_runner, "DRAWS", 150)  # the tiny world; the figures are alike
    widget = ChartsPanel(document)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    document.ranges.wait()


def _expected(document: ScenarioDocument, codes: list[str]) -> list[tuple[float, float]]:
    result = api.uncertainty(document.world, document.scenario, draws=150, seed=0)
    return [result.interval(code, "KAZ")[1:] for code in codes]


def test_ticking_ranges_draws_error_bars_after_the_analysis(
    panel: ChartsPanel, document: ScenarioDocument, qtbot: QtBot
) -> None:
    chart = panel.baseline_bars
    assert chart.range_bars is None and not chart.ranges.box.isChecked()
    percents: list[int] = []
    document.ranges.progressed.connect(percents.append)
    with qtbot.waitSignal(document.ranges.ready, timeout=60_000):
        chart.ranges.box.setChecked(True)
        assert document.ranges.running  # in a thread: the click returned at once
    assert percents[0] == 0 and percents[-1] == 100
    assert chart.range_bars is not None
    codes = [str(code) for code in chart.rows["indicator"]]
    spans = chart.range_bars.spans
    for (low, high), (want_low, want_high) in zip(spans, _expected(document, codes), strict=True):
        assert low == pytest.approx(want_low) and high == pytest.approx(want_high)
    autonomy = spans[codes.index("autonomy")]
    assert autonomy[1] - autonomy[0] > 1.0  # autonomy rests on estimates: a visible bar
    assert "error bars" in chart._plot.getAxis("bottom").labelText
    assert not chart.ranges.progress.isVisible()


def test_an_edit_computes_the_new_scenarios_ranges_and_unticking_removes_them(
    panel: ChartsPanel, document: ScenarioDocument, qtbot: QtBot
) -> None:
    chart = panel.baseline_bars
    with qtbot.waitSignal(document.ranges.ready, timeout=60_000):
        chart.ranges.box.setChecked(True)
    before = chart.range_bars.spans if chart.range_bars else []
    with qtbot.waitSignal(document.ranges.ready, timeout=60_000):
        assert document.set_alignment("KAZ", "china-centred")
    assert chart.range_bars is not None and chart.range_bars.spans != before
    codes = [str(code) for code in chart.rows["indicator"]]
    drawn = [end for span in chart.range_bars.spans for end in span]
    assert drawn == pytest.approx([end for span in _expected(document, codes) for end in span])
    # The state profile's box follows, and its markers carry bars too.
    profile = panel.state_profile
    panel.tabs.setCurrentIndex(STATE_PROFILE)
    assert profile.ranges.box.isChecked() and len(profile.range_bars) == 1
    chart.ranges.box.setChecked(False)
    assert not profile.ranges.box.isChecked() and profile.range_bars == []
    panel.tabs.setCurrentIndex(0)
    assert chart.range_bars is None
    assert "error bars" not in chart._plot.getAxis("bottom").labelText


def test_a_bar_lines_tooltip_names_its_range_and_what_moves_it(
    panel: ChartsPanel, document: ScenarioDocument, qtbot: QtBot
) -> None:
    chart = panel.baseline_bars
    assert chart.tooltip_of_row(0) is None  # no ranges yet
    with qtbot.waitSignal(document.ranges.ready, timeout=60_000):
        chart.ranges.box.setChecked(True)
    codes = [str(code) for code in chart.rows["indicator"]]
    line = codes.index("autonomy")
    box = next(iter(chart.canvas.ci.items)).getViewBox()
    position = chart.canvas.mapFromScene(box.mapViewToScene(QPointF(10, len(codes) - 1 - line)))
    viewport = chart.canvas.viewport()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, position, viewport.mapToGlobal(position))
    )
    tip = QToolTip.text()
    result = api.uncertainty(document.world, document.scenario, draws=150, seed=0)
    first, effect = result.ranking("autonomy", "KAZ")[0]
    assert tip.startswith("Autonomy: ") and "90 % of 150 draws" in tip
    assert f"{estimate_text(first, document.name)}: {format_number(effect)}" in tip
    market = chart.tooltip_of_row(codes.index("market_access"))
    assert market is not None and market.startswith("Preferential market access: ")


def test_a_change_label_starts_after_a_whisker_that_reaches_past_its_bar(
    panel: ChartsPanel, document: ScenarioDocument, qtbot: QtBot
) -> None:
    """Fresh-eyes review of #14: the whiskers ran into the labels ("+0.26 ▲")."""
    chart = panel.baseline_bars
    assert document.set_alignment("KAZ", "china-centred")
    with qtbot.waitSignal(document.ranges.ready, timeout=60_000):
        chart.ranges.box.setChecked(True)
    assert chart.range_bars is not None
    spans = chart.range_bars.spans
    rows = chart.rows
    past = 0
    for i, code in enumerate(rows["indicator"]):
        bar_end = max(float(rows["value"][i]), float(rows["baseline"][i]), 0.0)
        label_x = chart.delta_labels[str(code)].pos().x()
        assert label_x >= spans[i][1] - 1e-9 and label_x >= bar_end - 1e-9
        past += spans[i][1] > bar_end + 1e-9
    assert past  # some whisker reaches past its bars, and its label moved
    # Unticked, the labels go back to the bars' ends.
    chart.ranges.box.setChecked(False)
    QApplication.processEvents()
    for i, code in enumerate(rows["indicator"]):
        bar_end = max(float(rows["value"][i]), float(rows["baseline"][i]), 0.0)
        assert chart.delta_labels[str(code)].pos().x() == pytest.approx(bar_end)
    assert chart.caption.wordWrap() and chart.caption.text()


def test_a_chart_shows_an_analysis_it_is_given_without_running_one(
    document: ScenarioDocument, qtbot: QtBot
) -> None:
    """The report's charts: the document's runner adopts the report's own analysis, and the
    chart draws its error bars at once, saying how many draws they span."""
    from regio_desktop.app.common.baseline_bars_chart import BaselineBarsChart

    result = api.uncertainty(document.world, document.scenario, draws=40, seed=0)
    document.ranges.adopt(result)
    assert not document.ranges.running and document.ranges.result() is result
    chart = BaselineBarsChart(document)
    qtbot.addWidget(chart)
    chart.draw()
    assert chart.range_bars is not None
    codes = [str(code) for code in chart.rows["indicator"]]
    expected = [result.interval(code, "KAZ")[1:] for code in codes]
    for (low, high), (want_low, want_high) in zip(chart.range_bars.spans, expected, strict=True):
        assert low == pytest.approx(want_low) and high == pytest.approx(want_high)
    assert "error bars: 90 % of 40 draws" in chart._axis_label()


def test_every_drawn_parameter_and_constant_has_a_name_in_words() -> None:
    from regio_desktop.app.common.estimate_strings import ESTIMATE_STRINGS, estimate_name
    from regio_desktop.engine.uncertainty_design import NOT_DRAWN

    assert ESTIMATE_STRINGS == api.ESTIMATE_NAMES
    drawn = {a.name for a in api.ASSUMPTIONS if a.kind != "status weight"} - NOT_DRAWN
    assert drawn == set(api.ESTIMATE_NAMES)
    assert estimate_text("weight_alignment", str) == estimate_name("weight_alignment")
    assert estimate_text("CORRIDOR_SCALE", str) != "CORRIDOR_SCALE"
