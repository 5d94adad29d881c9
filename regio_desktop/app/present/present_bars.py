"""The indicator changes of a step as a few large bars: the charts' scenario-beside-baseline bars
(``chart_canvas.paired_bars``), only for the indicators the step moves most, in projector type."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from regio_desktop import api
from regio_desktop.app.common.chart_canvas import (
    chart_font,
    paired_bars,
    set_category_axis,
    style_plot,
)
from regio_desktop.app.common.indicator_short_titles import indicator_short_title

STATE_INDICATORS = tuple(info.code for info in api.INDICATORS if info.level == "state")
MOST_BARS = 4
"""A room reads four pairs of bars at a glance; the indicator table has the rest."""
LEVELS = ("dependence_russia", "dependence_china", "dependence_west", "autonomy")
"""What a step that changes nothing shows: where the state stands between the poles."""


def biggest_changes(
    evaluation: api.Evaluation, state: str, most: int = MOST_BARS
) -> tuple[list[str], list[float], list[float]]:
    """The state indicators ``state`` changes most (by size of the change, ties in catalogue
    order), at most ``most``, with their values and baselines; none when nothing changes."""
    figures = evaluation.state_figures(state, list(STATE_INDICATORS))
    if figures is None:
        return [], [], []
    values, baselines = figures
    moved = [
        (abs(v - b), i)
        for i, (v, b) in enumerate(zip(values, baselines, strict=True))
        if api.is_change(v - b)
    ]
    chosen = sorted(i for _size, i in sorted(moved, key=lambda m: (-m[0], m[1]))[:most])
    return (
        [STATE_INDICATORS[i] for i in chosen],
        [values[i] for i in chosen],
        [baselines[i] for i in chosen],
    )


class PresentBars(pg.GraphicsLayoutWidget):
    """The largest indicator changes of one state, scenario (dark slate) beside baseline (grey),
    the change written at the end in the judgement's colour and mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.shown: list[str] = []
        """The indicators on show, top first."""
        self.plot: pg.PlotItem | None = None
        self.points = 0
        self.setAccessibleName(QCoreApplication.translate("Presentation", "Indicator changes"))

    def _plot(self, points: int) -> pg.PlotItem:
        """The one plot, made once (a PlotItem costs tens of milliseconds to build), its axes
        set in type of ``points``."""
        if self.plot is None:
            self.plot = self.addPlot()
            style_plot(self.plot)
        if points != self.points:
            self.points = points
            for axis_name in ("left", "bottom"):
                axis = self.plot.getAxis(axis_name)
                axis.setTickFont(chart_font(points=points))
                axis.label.setFont(chart_font(points=points))
        self.plot.clear()
        return self.plot

    def show_state(self, evaluation: api.Evaluation, state: str, name: str, pixels: int) -> str:
        """Draw the biggest changes of ``state`` (named ``name``) with text of ``pixels``;
        returns the caption that says what the bars are."""
        points = max(8, round(pixels * 0.75))
        codes, values, baselines = biggest_changes(evaluation, state)
        plot = self._plot(points)
        levels = not codes
        if levels:
            figures = evaluation.state_figures(state, list(LEVELS))
            if figures is None:  # a state the evaluation does not have
                self.shown = []
                return ""
            codes = list(LEVELS)
            values, baselines = figures
        self.shown = codes
        paired_bars(plot, values, baselines, codes, points=points)
        # The room reads the short titles; a title still too long for 40 % of the width is
        # cut with an ellipsis, so the bars and the changes at their ends keep their room.
        metrics = QFontMetrics(chart_font(points=points))
        room = max(120, int(self.width() * 0.4))
        titles = [
            metrics.elidedText(indicator_short_title(code), Qt.TextElideMode.ElideRight, room)
            for code in codes
        ]
        width = max(metrics.horizontalAdvance(title) for title in titles)
        set_category_axis(plot, titles, min(width, room) + 24)
        plot.setXRange(-0.5, 140, padding=0)
        # Fewer rows than four keep the four rows' thickness, at the top.
        plot.setYRange(len(codes) - MOST_BARS - 0.6, len(codes) - 0.4, padding=0)
        plot.getAxis("bottom").setTicks([[(x, str(x)) for x in range(0, 101, 25)]])
        plot.setLabel("bottom", QCoreApplication.translate("Presentation", "index (0–100)"))
        if levels:
            return QCoreApplication.translate(
                "Presentation",
                "{state} in {year}: this step changes none of its indicators; the bars are "
                "where it stands",
            ).format(state=name, year=evaluation.year)
        return QCoreApplication.translate(
            "Presentation",
            "{state}: scenario (dark) beside baseline {year} (grey); ▲ better, ▼ worse",
        ).format(state=name, year=evaluation.year)
