"""Bloc indicators: one bloc indicator (members, GDP, population, dominance, cohesion) for every
bloc with full members in the scenario year, scenario beside baseline."""

from __future__ import annotations

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QComboBox, QLabel, QToolTip, QWidget

from regio_desktop import api
from regio_desktop.app.common.bloc_labels import bloc_short_name
from regio_desktop.app.common.chart_canvas import (
    ChartView,
    add_paired_bars,
    delta_text,
    set_category_axis,
    style_plot,
)
from regio_desktop.app.common.indicator_labels import indicator_title
from regio_desktop.app.common.label_room import keep_label_room
from regio_desktop.app.documents.scenario_document import ScenarioDocument

BLOC_INDICATOR_INFO = tuple(info for info in api.INDICATORS if info.level == "bloc")


def count_delta_text(delta: float) -> str:
    """A change in a number of members: a signed whole number."""
    return f"{round(delta):+d}" if round(delta) else "0"


class BlocIndicatorsChart(ChartView):
    """Horizontal bars per bloc of the indicator chosen in the combo: scenario and baseline."""

    follows_selection = False

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.indicator_box = QComboBox()
        for info in BLOC_INDICATOR_INFO:
            self.indicator_box.addItem(indicator_title(info.code), info.code)
        self.indicator_box.currentIndexChanged.connect(self.invalidate)
        self.caption = QLabel()
        self.controls.addWidget(QLabel(self.tr("Indicator:")))
        self.controls.addWidget(self.indicator_box)
        self.controls.addWidget(self.caption, 1)
        self.rows = pd.DataFrame()
        """What the chart shows: entity (bloc), value, baseline, delta (top row first)."""
        self.delta_labels: dict[str, pg.TextItem] = {}
        self.axis_labels: list[str] = []
        """The bloc names on the left axis, top first."""

    @property
    def indicator(self) -> str:
        return str(self.indicator_box.currentData())

    def set_indicator(self, code: str) -> None:
        self.indicator_box.setCurrentIndex(max(self.indicator_box.findData(code), 0))

    def breakdown_of_row(self, row: int) -> tuple[str, str] | None:
        blocs = list(self.rows["entity"]) if "entity" in self.rows else []
        return (self.indicator, str(blocs[row])) if 0 <= row < len(blocs) else None

    def tooltip_of_row(self, row: int) -> str | None:
        """The full name and code of the bloc on the ``row``-th bar line (None: no bar)."""
        blocs = list(self.rows["entity"]) if "entity" in self.rows else []
        if not 0 <= row < len(blocs):
            return None
        code = str(blocs[row])
        return f"{self.document.name(code)} ({code})"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A tooltip over a bar line names its bloc in full, with its code."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_of_row(self.row_at(QPointF(event.pos())))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.canvas)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def shows(self, changes: api.ScenarioChanges) -> bool:
        """Only bloc figures are drawn: the blocs whose indicators the edit moved."""
        return changes.whole or bool(changes.blocs)

    def draw(self) -> None:
        code = self.indicator
        info = api.indicator_info(code)
        table = self.document.evaluation.indicators
        rows = table[(table["level"] == "bloc") & (table["indicator"] == code)]
        rows = rows.sort_values(["baseline", "entity"], ascending=[False, True])
        self.rows = rows[["entity", "value", "baseline", "delta"]].reset_index(drop=True)
        self.caption.setText(
            self.tr("scenario (dark slate) and baseline {year} (grey)").format(
                year=self.document.evaluation.year
            )
        )
        if self.rows.empty:
            self.delta_labels = {}
            self.message(self.tr("No bloc has full members in this year."))
            return
        plot = self.canvas.addPlot()
        style_plot(plot)
        labels = add_paired_bars(
            plot,
            list(self.rows["value"]),
            list(self.rows["baseline"]),
            [code] * len(self.rows),
            count_delta_text if info.unit == "states" else delta_text,
        )
        self.delta_labels = {str(bloc): labels[i] for i, bloc in enumerate(self.rows["entity"])}
        # Short translated names on the axis (the codes are no words); name and code in the
        # tooltip of each bar line.
        self.axis_labels = [bloc_short_name(str(b)) for b in self.rows["entity"]]
        set_category_axis(plot, self.axis_labels)
        unit = QCoreApplication.translate("Units", info.unit)
        plot.setLabel("bottom", f"{indicator_title(code)} ({unit})")
        top = float(max(self.rows["value"].max(), self.rows["baseline"].max(), 1.0))
        if info.scale == "0-100":
            top = 100.0
        keep_label_room(plot, top, start=-top * 0.005)
        plot.setYRange(-0.6, len(self.rows) - 0.4, padding=0)
