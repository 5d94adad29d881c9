"""Timeline: full members of the main blocs per year from 1991 to the scenario year (step lines),
and below it the selected state's membership periods as a Gantt-like chart coloured by status.

The history comes from the engine's timeline module; the scenario's own figures for its year (from
the evaluation) are marked where they differ from history.
"""

from __future__ import annotations

import pandas as pd
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QWidget

from regio_desktop import api
from regio_desktop.api import MAIN_BLOCS, bloc_sizes, membership_spans
from regio_desktop.app.common.chart_canvas import (
    QUALITATIVE,
    TEXT_COLOUR,
    ChartView,
    chart_font,
    set_category_axis,
    style_plot,
    text_width,
)
from regio_desktop.app.common.vocabulary_labels import status_label
from regio_desktop.app.documents.scenario_document import ScenarioDocument

TIMELINE_BLOCS = tuple(bloc for bloc in MAIN_BLOCS if bloc != "EAP")
"""The main blocs whose size the timeline draws (in this order in the legend); the Eastern
Partnership has partners, not members, so its "size" would always read zero."""

STATUS_COLOURS = {
    "founding_member": "#1f4e9c",
    "member": "#4a86d9",
    "associate": "#2a9d8f",
    "observer": "#e9a23b",
    "dialogue_partner": "#f2d16b",
    "partner_country": "#9b6fc2",
    "suspended": "#d1495b",
    "withdrawn": "#d0d0d0",
}


class TimelineChart(ChartView):
    """Bloc sizes per year with a line at the scenario year; the selected state's spans below."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.caption = QLabel()
        self.controls.addWidget(self.caption, 1)
        self.sizes = pd.DataFrame()
        """Full members per year (index) and bloc (columns), as drawn."""
        self.spans = pd.DataFrame()
        """The selected state's membership periods (bloc, status, start, end), as drawn."""
        self.year_line: pg.InfiniteLine | None = None
        self.sizes_plot: pg.PlotItem | None = None
        self.spans_plot: pg.PlotItem | None = None

    def main_blocs(self) -> list[str]:
        present = set(self.document.world.bloc_codes)
        return [bloc for bloc in TIMELINE_BLOCS if bloc in present]

    def shows(self, changes: api.ScenarioChanges) -> bool:
        """History depends on the year alone; the scenario adds its member counts of the main
        blocs and the selected state's edited statuses: cells in those blocs or of that state."""
        if changes.whole:
            return True
        blocs, state = set(self.main_blocs()), self.document.selected_state
        return any(bloc in blocs or code == state for code, bloc in changes.cells)

    def draw(self) -> None:
        world = self.document.world
        year = self.document.evaluation.year
        state = self.document.selected_state
        self.sizes = bloc_sizes(world, until=year, blocs=self.main_blocs())[self.main_blocs()]
        spans = membership_spans(world, state) if state else pd.DataFrame()
        if not spans.empty:
            spans = spans[spans["start"] <= year].copy()
            spans["end"] = spans["end"].clip(upper=year)
        self.spans = spans
        self.caption.setText(
            self.tr("{first}–{year}; dashed line: scenario year").format(
                first=world.first_year, year=year
            )
        )
        left_width = text_width(list(spans["bloc"]) if not spans.empty else []) + 16
        left_width = max(left_width, 48)
        self.sizes_plot = self._draw_sizes(year, left_width)
        self.canvas.nextRow()
        self.spans_plot = self._draw_spans(state, year, left_width)
        self.spans_plot.setXLink(self.sizes_plot)
        self.canvas.ci.layout.setRowStretchFactor(0, 1)
        self.canvas.ci.layout.setRowStretchFactor(1, 1)

    def _draw_sizes(self, year: int, left_width: int) -> pg.PlotItem:
        plot = self.canvas.addPlot()
        style_plot(plot)
        plot.setTitle(self.tr("Full members per bloc"), color=TEXT_COLOUR, size="11pt")
        legend = plot.addLegend(offset=(8, 2), labelTextColor=TEXT_COLOUR, colCount=6)
        legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        legend.setPen(pg.mkPen("#999999"))
        years = list(self.sizes.index)
        edges = [y - 0.5 for y in years] + [years[-1] + 0.5] if years else []
        ev = self.document.evaluation
        table = ev.indicators
        members = table[(table["level"] == "bloc") & (table["indicator"] == "bloc_members")]
        scenario_counts = dict(zip(members["entity"], members["value"], strict=True))
        for i, bloc in enumerate(self.sizes.columns):
            colour = QUALITATIVE[i % len(QUALITATIVE)]
            plot.addItem(
                pg.PlotDataItem(
                    x=edges,
                    y=self.sizes[bloc].to_numpy(dtype=float),
                    stepMode="center",
                    pen=pg.mkPen(colour, width=2.2),
                    name=bloc,
                )
            )
            scenario = scenario_counts.get(bloc)
            if scenario is not None and years and scenario != self.sizes.at[year, bloc]:
                plot.addItem(
                    pg.ScatterPlotItem(
                        x=[year],
                        y=[scenario],
                        symbol="o",
                        size=10,
                        brush=pg.mkBrush("w"),
                        pen=pg.mkPen(colour, width=2.5),
                    )
                )
        for item in legend.items:
            item[1].setText(item[1].text, size="9pt")
        self.year_line = pg.InfiniteLine(
            pos=year,
            angle=90,
            pen=pg.mkPen("#444444", width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine),
            label=str(year),
            labelOpts={"position": 0.96, "color": TEXT_COLOUR, "anchors": [(1, 0), (1, 0)]},
        )
        plot.addItem(self.year_line)
        top = float(self.sizes.to_numpy().max()) if self.sizes.size else 1.0
        # The upper third holds the legend, clear of the lines.
        plot.setYRange(0, top * 1.65 + 1, padding=0)
        plot.setXRange(self.document.world.first_year - 0.5, year + 6.5, padding=0)
        plot.setLabel("left", self.tr("members"))
        plot.getAxis("left").setWidth(left_width)
        plot.showGrid(x=True, y=True, alpha=0.2)
        return plot

    def _draw_spans(self, state: str, year: int, left_width: int) -> pg.PlotItem:
        plot = self.canvas.addPlot()
        style_plot(plot)
        if not state:
            plot.setTitle(self.tr("Select a state to see its memberships."), color=TEXT_COLOUR)
            plot.getAxis("left").setWidth(left_width)
            return plot
        blocs = list(dict.fromkeys(self.spans["bloc"]))
        row_of = {bloc: len(blocs) - 1 - i for i, bloc in enumerate(blocs)}
        keys = []
        for status, colour in STATUS_COLOURS.items():
            chosen = self.spans[self.spans["status"] == status]
            if chosen.empty:
                continue
            plot.addItem(
                pg.BarGraphItem(
                    x0=[s - 0.5 for s in chosen["start"]],
                    x1=[e + 0.5 for e in chosen["end"]],
                    y=[row_of[b] for b in chosen["bloc"]],
                    height=0.35 if status == "withdrawn" else 0.72,
                    brush=colour,
                    pen=pg.mkPen("#ffffff", width=0.5),
                )
            )
            keys.append(f'<span style="color:{colour}">&#9632;</span>&nbsp;{status_label(status)}')
        # The status key sits in the title: the rows below are too narrow for a legend box.
        plot.setTitle(
            self.tr("Memberships of {state}").format(state=self.document.name(state))
            + "&nbsp;&nbsp;&nbsp;"
            + "&nbsp;&nbsp;".join(keys),
            color=TEXT_COLOUR,
            size="10pt",
        )
        self._mark_scenario_statuses(plot, state, row_of, year)
        plot.addItem(
            pg.InfiniteLine(
                pos=year,
                angle=90,
                pen=pg.mkPen("#444444", width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine),
            )
        )
        set_category_axis(plot, blocs, width=left_width)
        plot.getAxis("left").setTickFont(chart_font(points=9))
        plot.setYRange(-0.6, max(len(blocs), 1) - 0.4, padding=0)
        plot.showGrid(x=True, y=False, alpha=0.2)
        return plot

    def _mark_scenario_statuses(
        self, plot: pg.PlotItem, state: str, row_of: dict[str, int], year: int
    ) -> None:
        """Write the scenario's status after the year line where it differs from the baseline."""
        for bloc, row in row_of.items():
            after = self.document.status(state, bloc)
            if after == self.document.baseline_status(state, bloc):
                continue
            text = status_label(after) or self.tr("leaves")
            label = pg.TextItem("→ " + text, color="#b4441b", anchor=(0, 0.5))
            label.setFont(chart_font(bold=True))
            label.setPos(year + 0.6, row)
            plot.addItem(label)
