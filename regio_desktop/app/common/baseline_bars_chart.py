"""Against the baseline: the selected state's indices, scenario beside baseline, change at the end."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QToolTip, QWidget

from regio_desktop import api
from regio_desktop.app.common.chart_canvas import (
    ChartView,
    PairedBars,
    paired_bars,
    set_category_axis,
    style_plot,
)
from regio_desktop.app.common.indicator_labels import indicator_title
from regio_desktop.app.common.label_room import keep_label_room
from regio_desktop.app.common.ranges_control import (
    RangeBars,
    RangesControl,
    intervals,
    range_tooltip,
)

if TYPE_CHECKING:  # a type only: common/ sits below documents/ and never imports it
    from regio_desktop.app.documents.scenario_document import ScenarioDocument

STATE_INDICATOR_CODES = tuple(info.code for info in api.INDICATORS if info.level == "state")


class BaselineBarsChart(ChartView):
    """Horizontal bars of every state indicator of the selected state: scenario and baseline."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        # The caption on a line of its own, wrapped: beside the buttons a narrow dock cut it to
        # "Kazakhstan: scenario (dark slate), ba".
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(1, self.caption)
        self.ranges = RangesControl(document)
        self.ranges.ready.connect(self.invalidate)
        self.controls.addWidget(self.ranges)
        self.controls.addStretch(1)
        self._columns: dict[str, list[object]] = {}
        self._rows: pd.DataFrame | None = pd.DataFrame()
        self.delta_labels: dict[str, pg.TextItem] = {}
        self._bars: PairedBars | None = None
        """The bars on the canvas, while it shows a state's bars (not a message)."""
        self._plot: pg.PlotItem | None = None
        self.range_bars: RangeBars | None = None
        """The error bars on the scenario's bars, while the Ranges box is on and done."""

    @property
    def rows(self) -> pd.DataFrame:
        """What the chart shows: indicator, title, value, baseline, delta (top row first).

        Made on first use: after an edit the chart itself only needs the lists.
        """
        if self._rows is None:
            self._rows = pd.DataFrame(self._columns)
        return self._rows

    def _show_rows(self, columns: dict[str, list[object]], rows: pd.DataFrame | None) -> None:
        self._columns, self._rows = columns, rows

    def _read_rows(self, state: str) -> tuple[dict[str, list[object]], pd.DataFrame | None]:
        """indicator, title, value, baseline, delta of ``state`` in STATE_INDICATOR_CODES order,
        as lists (and as a frame when one was made on the way).

        Read from the evaluation's arrays when it has them all (a filter of the long indicator
        table and a new frame cost a millisecond per edit); the table is the fallback.
        """
        evaluation = self.document.evaluation
        codes = list(STATE_INDICATOR_CODES)
        figures = evaluation.state_figures(state, codes)
        if figures is not None:
            values, baselines = figures
            columns: dict[str, list[object]] = {
                "indicator": list(codes),
                "title": [indicator_title(code) for code in codes],
                "value": list(values),
                "baseline": list(baselines),
                "delta": [v - b for v, b in zip(values, baselines, strict=True)],
            }
            return columns, None
        table = evaluation.indicators
        mine = table[(table["level"] == "state") & (table["entity"] == state)]
        rows = mine.set_index("indicator").reindex(list(STATE_INDICATOR_CODES)).reset_index()
        rows["title"] = [indicator_title(code) for code in rows["indicator"]]
        rows = rows[["indicator", "title", "value", "baseline", "delta"]]
        return {name: rows[name].tolist() for name in rows.columns}, rows

    def breakdown_of_row(self, row: int) -> tuple[str, str] | None:
        codes = self._columns.get("indicator", [])
        state = self.document.selected_state
        return (str(codes[row]), state) if state and 0 <= row < len(codes) else None

    def tooltip_of_row(self, row: int) -> str | None:
        """With the ranges on, the range of the figure on the ``row``-th line and the estimates
        that move it most (None: no ranges, no bar)."""
        result = self.ranges.result()
        codes = self._columns.get("indicator", [])
        state = self.document.selected_state
        if result is None or not state or not 0 <= row < len(codes):
            return None
        return range_tooltip(result, str(codes[row]), state, self.document.name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_of_row(self.row_at(QPointF(event.pos())))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.canvas)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def shows(self, changes: api.ScenarioChanges) -> bool:
        """Only the selected state's figures (and the year in the caption) are drawn."""
        return changes.whole or self.document.selected_state in changes.states

    def _show_caption(self, state: str) -> None:
        text = self.tr(
            "{state}: scenario (dark slate), baseline {year} (grey); ▲ better, ▼ worse"
        ).format(state=self.document.name(state), year=self.document.evaluation.year)
        self.caption.setText(text)
        self.caption.setToolTip(text)  # the whole caption where a narrow dock cuts it

    def _axis_label(self) -> str:
        # Every state indicator fits one 0–100 axis; market access is a % of world GDP, not
        # an index, and the axis says so.
        label = self.tr("0–100: indices, market access in % of world GDP")
        result = self.ranges.result()
        if result is not None:
            label += "<br>" + self.tr("error bars: 90 % of {draws:,} draws").format(
                draws=result.draws
            )
        return label

    def _show_ranges(self, plot: pg.PlotItem, state: str) -> None:
        """Error bars on the scenario's bars when the analysis is done, none otherwise."""
        result = self.ranges.result()
        if result is None:
            if self.range_bars is not None:
                self.range_bars.remove()
                self.range_bars = None
            return
        codes = [str(code) for code in self._columns["indicator"]]
        low, high = intervals(result, codes, state)
        if self.range_bars is None:
            self.range_bars = RangeBars(plot)
        rows = [r - 0.19 for r in range(len(codes))[::-1]]
        self.range_bars.show(low, high, rows)
        if self._bars is not None:  # a change label starts after a whisker reaching past its bar
            for i, label in self._bars.labels.items():
                position = label.pos()
                if high[i] > position.x():
                    label.setPos(float(high[i]), position.y())

    def redraw_in_place(self) -> bool:
        """The rows are always the same indicators: after an edit only the bars and the labels
        move, so the plot, its axes and items are kept."""
        state = self.document.selected_state
        if not state or self._bars is None:
            return False
        columns, rows = self._read_rows(state)
        if columns["title"] != self._columns.get("title"):
            return False
        self._show_rows(columns, rows)
        self._show_caption(state)
        self._bars.update(columns["value"], columns["baseline"])  # type: ignore[arg-type]
        if self._plot is not None:
            self._show_ranges(self._plot, state)
            self._plot.setLabel("bottom", self._axis_label())
        return True

    def draw(self) -> None:
        state = self.document.selected_state
        self.delta_labels = {}
        self._bars = None
        self.range_bars = None
        self._plot = None
        if not state:
            self._show_rows({}, pd.DataFrame())
            self.caption.setText("")
            self.message(self.tr("Select a state to compare its indices with the baseline."))
            return
        columns, rows = self._read_rows(state)
        self._show_rows(columns, rows)
        self._show_caption(state)
        plot = self._plot = self.canvas.addPlot()
        style_plot(plot)
        codes = [str(code) for code in columns["indicator"]]
        self._bars = paired_bars(plot, columns["value"], columns["baseline"], codes)  # type: ignore[arg-type]
        labels = self._bars.labels
        self.delta_labels = {str(code): labels[i] for i, code in enumerate(columns["indicator"])}
        set_category_axis(plot, [str(title) for title in columns["title"]])
        plot.setLabel("bottom", self._axis_label())
        keep_label_room(plot, 100.0, start=-0.5)
        plot.setYRange(-0.6, len(columns["indicator"]) - 0.4, padding=0)
        plot.getAxis("bottom").setTicks([[(x, str(x)) for x in range(0, 101, 20)]])
        self._show_ranges(plot, state)
