"""State profile: the selected state's indices beside up to three other states, one line per index.

A dot plot (one row per indicator, one marker per state) stays readable with four states, where
grouped bars would give 36 thin bars. Scenario values; the selected state's marker is the largest.
"""

from __future__ import annotations

import pandas as pd
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from regio_desktop import api
from regio_desktop.app.common.baseline_bars_chart import STATE_INDICATOR_CODES
from regio_desktop.app.common.chart_canvas import (
    TEXT_COLOUR,
    ChartView,
    chart_font,
    set_category_axis,
    style_plot,
)
from regio_desktop.app.common.indicator_labels import indicator_title
from regio_desktop.app.common.ranges_control import RangeBars, RangesControl, intervals
from regio_desktop.app.documents.scenario_document import ScenarioDocument

COMPARED = 3
PROFILE_COLOURS = ("#1f5fbf", "#e07b00", "#2a9d3a", "#c0267a")
PROFILE_SYMBOLS = ("o", "s", "t", "d")


class StateProfileChart(ChartView):
    """The selected state's profile across all state indicators against up to three others."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.controls.addWidget(QLabel(self.tr("Compare with:")))
        self.compare_boxes: list[QComboBox] = []
        for _ in range(COMPARED):
            box = QComboBox()
            box.currentIndexChanged.connect(self.invalidate)
            box.setMinimumContentsLength(10)
            self.controls.addWidget(box)
            self.compare_boxes.append(box)
        self.controls.addStretch(1)
        self.ranges = RangesControl(document)
        self.ranges.ready.connect(self.invalidate)
        self.controls.addWidget(self.ranges)
        self.range_bars: list[RangeBars] = []
        """Each drawn state's error bars, while the Ranges box is on and done."""
        self._fill_boxes()
        document.state_filter.changed.connect(self._fill_boxes)
        self.profile = pd.DataFrame()
        """What the chart shows: indicators (rows, top first) x states (columns), scenario values."""

    def _fill_boxes(self) -> None:
        """Offer the states the window shows (View > Show outside members), keeping each
        box's choice while its state is still offered."""
        chosen = [str(box.currentData() or "") for box in self.compare_boxes]
        for box in self.compare_boxes:
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(none)"), "")
            for code in self.document.state_filter.states:
                box.addItem(self.document.name(code), code)
            box.blockSignals(False)
        self.set_compared(chosen)

    def set_compared(self, states: list[str]) -> None:
        """Choose the states compared with the selected one (up to three; extra ones ignored)."""
        for box, state in zip(self.compare_boxes, [*states, "", "", ""], strict=False):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(state), 0))
            box.blockSignals(False)
        self.invalidate()

    def states(self) -> list[str]:
        """The selected state first, then the compared ones (no repeats)."""
        chosen = [self.document.selected_state] + [
            str(box.currentData()) for box in self.compare_boxes
        ]
        return list(dict.fromkeys(s for s in chosen if s))

    def shows(self, changes: api.ScenarioChanges) -> bool:
        """Only the figures of the states drawn (and the year in the axis label) matter."""
        return changes.whole or any(state in changes.states for state in self.states())

    def draw(self) -> None:
        states = self.states()
        self.range_bars = []
        if not self.document.selected_state:
            self.profile = pd.DataFrame()
            self.message(self.tr("Select a state to see its profile across the indices."))
            return
        table = self.document.evaluation.indicators
        mine = table[(table["level"] == "state") & table["entity"].isin(states)]
        profile = mine.pivot(index="indicator", columns="entity", values="value")
        self.profile = profile.reindex(index=list(STATE_INDICATOR_CODES), columns=states)
        plot = self.canvas.addPlot()
        style_plot(plot)
        rows = list(range(len(self.profile)))[::-1]
        for row in rows:
            plot.addItem(pg.InfiniteLine(pos=row, angle=0, pen=pg.mkPen("#dddddd", width=1)))
        legend = plot.addLegend(offset=(8, 2), labelTextColor=TEXT_COLOUR, colCount=4)
        legend.setBrush(pg.mkBrush(255, 255, 255, 230))
        legend.setPen(pg.mkPen("#999999"))
        result = self.ranges.result()
        for i, state in enumerate(states):
            values = self.profile[state].to_numpy(dtype=float)
            # Spread the markers a little so that equal values stay visible.
            offset = (i - (len(states) - 1) / 2) * 0.12
            if result is not None:  # under the markers, in the state's colour
                bars = RangeBars(plot, PROFILE_COLOURS[i], beam=0.08)
                bars.show(
                    *intervals(result, list(self.profile.index), state), [r + offset for r in rows]
                )
                self.range_bars.append(bars)
            plot.addItem(
                pg.ScatterPlotItem(
                    x=values,
                    y=[r + offset for r in rows],
                    symbol=PROFILE_SYMBOLS[i],
                    size=14 if i == 0 else 11,
                    brush=pg.mkBrush(PROFILE_COLOURS[i]),
                    pen=pg.mkPen("w", width=1),
                    name=self.document.name(state),
                )
            )
        for item in legend.items:
            item[1].setText(item[1].text, size=f"{chart_font().pointSize()}pt")
        set_category_axis(plot, [indicator_title(code) for code in self.profile.index])
        label = self.tr("0–100: indices, market access in % of world GDP; scenario {year}").format(
            year=self.document.evaluation.year
        )
        if result is not None:
            label += "<br>" + self.tr("error bars: 90 % of 1,000 draws")
        plot.setLabel("bottom", label)
        plot.setXRange(0, 100, padding=0.03)
        # One empty row on top holds the legend, clear of the markers.
        plot.setYRange(-0.6, len(rows) + 0.4, padding=0)
        plot.getAxis("bottom").setTicks([[(x, str(x)) for x in range(0, 101, 20)]])
        plot.showGrid(x=True, y=False, alpha=0.25)
