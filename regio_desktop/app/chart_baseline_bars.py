"""Against the baseline: the selected state's indices, scenario beside baseline, change at the end."""

from __future__ import annotations

import pandas as pd
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QWidget

from regio_desktop import api
from regio_desktop.app.chart_canvas import (
    ChartView,
    add_paired_bars,
    set_category_axis,
    style_plot,
)
from regio_desktop.app.indicator_table import indicator_title
from regio_desktop.app.scenario_document import ScenarioDocument

STATE_INDICATOR_CODES = tuple(info.code for info in api.INDICATORS if info.level == "state")


class BaselineBarsChart(ChartView):
    """Horizontal bars of every state indicator of the selected state: scenario and baseline."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.caption = QLabel()
        self.controls.addWidget(self.caption)
        self.rows = pd.DataFrame()
        """What the chart shows: indicator, title, value, baseline, delta (top row first)."""
        self.delta_labels: dict[str, pg.TextItem] = {}

    def draw(self) -> None:
        state = self.document.selected_state
        self.delta_labels = {}
        if not state:
            self.rows = pd.DataFrame()
            self.caption.setText("")
            self.message(self.tr("Select a state to compare its indices with the baseline."))
            return
        table = self.document.evaluation.indicators
        mine = table[(table["level"] == "state") & (table["entity"] == state)]
        rows = mine.set_index("indicator").reindex(list(STATE_INDICATOR_CODES)).reset_index()
        rows["title"] = [indicator_title(code) for code in rows["indicator"]]
        self.rows = rows[["indicator", "title", "value", "baseline", "delta"]]
        self.caption.setText(
            self.tr("{state}: scenario (blue) and baseline {year} (grey)").format(
                state=self.document.name(state), year=self.document.evaluation.year
            )
        )
        plot = self.canvas.addPlot()
        style_plot(plot)
        labels = add_paired_bars(plot, list(rows["value"]), list(rows["baseline"]))
        self.delta_labels = {str(code): labels[i] for i, code in enumerate(self.rows["indicator"])}
        set_category_axis(plot, list(self.rows["title"]))
        plot.setLabel("bottom", self.tr("index (0–100)"))
        plot.setXRange(-0.5, 112, padding=0)
        plot.setYRange(-0.6, len(rows) - 0.4, padding=0)
        plot.getAxis("bottom").setTicks([[(x, str(x)) for x in range(0, 101, 20)]])
