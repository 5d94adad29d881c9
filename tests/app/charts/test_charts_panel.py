"""The charts panel: what each chart draws follows the document; every chart exports PNG and SVG."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from regio_desktop.app.charts.panel import ChartsPanel
from regio_desktop.app.common.bloc_labels import bloc_short_name
from regio_desktop.app.common.chart_canvas import delta_text
from regio_desktop.app.common.palette import bar_hex, judgement_colour
from regio_desktop.app.documents.scenario_document import ScenarioDocument

BASELINE_BARS, STATE_PROFILE, BLOC_INDICATORS, TIMELINE = range(4)


@pytest.fixture
def panel(document: ScenarioDocument, qtbot: QtBot) -> ChartsPanel:
    widget = ChartsPanel(document)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_baseline_bars_show_an_alignment_change(
    panel: ChartsPanel, document: ScenarioDocument
) -> None:
    chart = panel.baseline_bars
    before = chart.rows.set_index("indicator").loc["dependence_china"]
    assert before["value"] == pytest.approx(before["baseline"])

    assert document.set_alignment("KAZ", "china-centred")

    row = chart.rows.set_index("indicator").loc["dependence_china"]
    assert row["value"] != pytest.approx(row["baseline"])
    delta = document.evaluation.value("dependence_china", "KAZ") - document.evaluation.baseline(
        "dependence_china", "KAZ"
    )
    assert row["delta"] == pytest.approx(delta)
    assert chart.delta_labels["dependence_china"].textItem.toPlainText() == delta_text(delta)
    assert delta_text(delta).startswith("+")


def test_selecting_another_state_redraws_the_bars(
    panel: ChartsPanel, document: ScenarioDocument
) -> None:
    chart = panel.baseline_bars
    assert set(chart.rows["value"]) == {
        document.evaluation.value(code, "KAZ") for code in chart.rows["indicator"]
    }
    document.select_state("KGZ")
    assert not chart.stale
    expected = [document.evaluation.value(code, "KGZ") for code in chart.rows["indicator"]]
    assert list(chart.rows["value"]) == pytest.approx(expected)
    assert "Kyrgyz" in chart.caption.text() or "KGZ" in chart.caption.text()


def test_hidden_charts_wait_until_shown(panel: ChartsPanel, document: ScenarioDocument) -> None:
    panel.tabs.setCurrentIndex(BASELINE_BARS)
    document.set_alignment("KAZ", "china-centred")
    assert panel.timeline.stale
    panel.tabs.setCurrentIndex(TIMELINE)
    assert not panel.timeline.stale


def test_state_profile_compares_chosen_states(
    panel: ChartsPanel, document: ScenarioDocument
) -> None:
    panel.tabs.setCurrentIndex(STATE_PROFILE)
    chart = panel.state_profile
    chart.set_compared(["RUS", "KAZ", "UZB"])
    assert list(chart.profile.columns) == ["KAZ", "RUS", "UZB"]
    assert chart.profile.at["autonomy", "RUS"] == pytest.approx(
        document.evaluation.value("autonomy", "RUS")
    )


def test_bloc_chart_counts_eaeu_members(panel: ChartsPanel, document: ScenarioDocument) -> None:
    panel.tabs.setCurrentIndex(BLOC_INDICATORS)
    chart = panel.bloc_indicators
    chart.set_indicator("bloc_members")
    assert document.evaluation.year == 2020
    eaeu = chart.rows.set_index("entity").loc["EAEU"]
    assert eaeu["value"] == 3
    assert eaeu["baseline"] == 3

    document.set_membership("KAZ", "EAEU", None)
    eaeu = chart.rows.set_index("entity").loc["EAEU"]
    assert (eaeu["value"], eaeu["baseline"]) == (2, 3)
    assert chart.delta_labels["EAEU"].textItem.toPlainText() == "-1"

    chart.set_indicator("bloc_gdp")
    assert chart.rows.set_index("entity").loc["EAEU", "baseline"] == pytest.approx(
        document.evaluation.baseline("bloc_gdp", "EAEU")
    )


def test_timeline_has_bloc_sizes_and_the_scenario_year(
    panel: ChartsPanel, document: ScenarioDocument
) -> None:
    panel.tabs.setCurrentIndex(TIMELINE)
    chart = panel.timeline
    assert chart.sizes.at[2014, "EAEU"] == 0
    assert chart.sizes.at[2015, "EAEU"] == 3
    assert chart.sizes.index.min() == 1991
    assert chart.sizes.index.max() == 2020
    assert chart.year_line is not None
    assert chart.year_line.value() == document.evaluation.year == 2020
    assert {"EAEU", "CSTO", "SCO"} <= set(chart.sizes.columns)
    assert "WTO" not in chart.sizes.columns  # not one of the main blocs
    assert set(chart.spans["bloc"]) >= {"EAEU", "CSTO", "SCO", "WTO"}

    document.set_year(2012)
    assert chart.sizes.index.max() == 2012
    assert chart.year_line.value() == 2012


def test_timeline_without_a_selected_state(panel: ChartsPanel, document: ScenarioDocument) -> None:
    panel.tabs.setCurrentIndex(TIMELINE)
    document.select_state("")
    assert panel.timeline.spans.empty
    assert panel.baseline_bars.stale  # hidden: redrawn when shown
    panel.tabs.setCurrentIndex(BASELINE_BARS)
    assert panel.baseline_bars.rows.empty


@pytest.mark.parametrize("index", [BASELINE_BARS, STATE_PROFILE, BLOC_INDICATORS, TIMELINE])
def test_every_chart_exports_png_and_svg(panel: ChartsPanel, tmp_path: Path, index: int) -> None:
    chart = panel.charts[index]
    png = chart.export_png(tmp_path / "chart.png")
    svg = chart.export_svg(tmp_path / "chart.svg")
    assert png.read_bytes().startswith(b"\x89PNG")
    assert "<svg" in svg.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png", "chart.svg"]


def test_failed_export_leaves_no_file(panel: ChartsPanel, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        panel.baseline_bars.export_png(tmp_path / "missing" / "chart.png")
    assert list(tmp_path.iterdir()) == []


def test_the_scenario_bars_are_not_in_the_better_blue(
    panel: ChartsPanel, document: ScenarioDocument
) -> None:
    """A worse result must not end in a better-looking bar: the scenario's bars have their own
    colour (palette.bar_hex), named in the caption."""
    assert document.set_alignment("KAZ", "china-centred")
    chart = panel.baseline_bars
    bars = chart._bars
    assert bars is not None
    scenario = bars.scenario.opts["brush"]
    assert pg.mkColor(scenario) == QColor(bar_hex("scenario", dark=False))
    assert pg.mkColor(bars.baseline.opts["brush"]) == QColor(bar_hex("baseline", dark=False))
    assert "dark slate" in chart.caption.text() and "blue" not in chart.caption.text()
    panel.tabs.setCurrentIndex(BLOC_INDICATORS)
    assert "dark slate" in panel.bloc_indicators.caption.text()


@pytest.mark.parametrize("dark", [False, True])
def test_the_scenario_colour_stands_apart(dark: bool) -> None:
    """Apart from better and worse by hue and from the baseline's grey by lightness (which
    colour-blind readers see too)."""
    scenario = QColor(bar_hex("scenario", dark))
    for judgement in ("better", "worse"):
        other = judgement_colour(judgement, dark)
        distance = sum(
            abs(a - b) for a, b in zip(scenario.getRgb()[:3], other.getRgb()[:3], strict=True)
        )
        assert distance > 120, judgement
    baseline = QColor(bar_hex("baseline", dark))
    assert abs(scenario.lightness() - baseline.lightness()) > 50


def test_bloc_bars_are_named_by_short_names_with_the_code_in_the_tooltip(
    panel: ChartsPanel, document: ScenarioDocument, qtbot: QtBot
) -> None:
    panel.tabs.setCurrentIndex(BLOC_INDICATORS)
    chart = panel.bloc_indicators
    chart.set_indicator("bloc_members")
    chart.ensure_current()
    codes = [str(c) for c in chart.rows["entity"]]
    assert chart.axis_labels == [bloc_short_name(c) for c in codes]
    assert "EAEU" in chart.axis_labels and not any("_" in label for label in chart.axis_labels)
    line = codes.index("EAEU")
    box = next(iter(chart.canvas.ci.items)).getViewBox()
    position = chart.canvas.mapFromScene(box.mapViewToScene(QPointF(0.5, len(codes) - 1 - line)))
    viewport = chart.canvas.viewport()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, position, viewport.mapToGlobal(position))
    )
    assert QToolTip.text() == f"{document.name('EAEU')} (EAEU)"


@pytest.mark.parametrize("width", [260, 420, 900])
def test_a_change_label_at_a_full_bar_stays_inside_the_plot(qtbot: QtBot, width: int) -> None:
    """The widest label ("+49.1 ▲" at 99 on the 0–100 index) ends inside the plot, however
    narrow (a fixed range to 112 cut it off in a 500-pixel dock)."""
    from regio_desktop.app.common.chart_canvas import chart_font, style_plot
    from regio_desktop.app.common.label_room import keep_label_room

    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    plot = widget.addPlot()
    style_plot(plot)
    label = pg.TextItem("+49.1 ▲", anchor=(0, 0.5))
    label.setFont(chart_font(bold=True))
    label.setPos(99.0, 0)
    plot.addItem(label)
    keep_label_room(plot, 100.0, start=-0.5)
    widget.resize(width, 200)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(20)
    view = plot.getViewBox()
    assert label.sceneBoundingRect().right() <= view.sceneBoundingRect().right() + 1
    assert view.viewRange()[0][1] > 100  # the full bar still shows


def test_the_baseline_bars_keep_room_for_their_labels(panel: ChartsPanel) -> None:
    view = panel.baseline_bars._plot.getViewBox()  # type: ignore[union-attr]
    width = view.width()
    low, high = view.viewRange()[0]
    assert (high - 100) / (high - low) * width == pytest.approx(76, abs=2)


def test_right_edge_leaves_the_asked_pixels() -> None:
    from regio_desktop.app.common.label_room import right_edge

    edge = right_edge(100.0, 400.0, 80.0)  # 80 px of 400 beyond 100
    assert (edge - 100.0) / edge * 400.0 == pytest.approx(80.0)
    assert right_edge(100.0, 50.0, 80.0) == 400.0  # too narrow: the bars still show
