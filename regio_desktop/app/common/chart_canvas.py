"""What every chart of the charts panel shares: a white pyqtgraph canvas, redrawing only when seen,
export to PNG and SVG, and horizontal scenario-beside-baseline bars with the change written at the end.

Charts only draw what the document's evaluation already holds; they never compute indicators.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QShowEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regio_desktop.api import write_atomically
from regio_desktop.app.common.image_export import export_with_dialog
from regio_desktop.app.common.indicator_labels import format_number, judge, judgement_mark
from regio_desktop.app.common.palette import bar_hex, judgement_hex

if TYPE_CHECKING:  # a type only: common/ sits below documents/ and never imports it
    from regio_desktop import api
    from regio_desktop.app.documents.scenario_document import ScenarioDocument

SCENARIO_COLOUR = bar_hex("scenario", dark=False)
BASELINE_COLOUR = bar_hex("baseline", dark=False)
"""The paired bars' colours (palette.bar_hex), the light ones: the canvas is always white."""
TEXT_COLOUR = "#202020"
FONT_POINTS = 10
EXPORT_SIZE = (900, 560)
"""Pixels of a chart exported while it is not on screen (a hidden tab, a test)."""

QUALITATIVE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#555555",
    "#bcbd22",
    "#17becf",
    "#000080",
)
"""Distinguishable line colours (matplotlib's tab10 plus navy) for up to eleven series."""


def chart_font(bold: bool = False, points: int = FONT_POINTS) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def style_plot(plot: pg.PlotItem) -> None:
    """Black axes and readable tick labels on the white canvas; no mouse panning."""
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(TEXT_COLOUR)
        axis.setTextPen(TEXT_COLOUR)
        axis.setTickFont(chart_font())
        axis.label.setFont(chart_font())
    plot.setMouseEnabled(False, False)
    plot.hideButtons()
    plot.setMenuEnabled(False)


def text_width(texts: Sequence[str]) -> int:
    """Pixels needed by the widest text in the chart font (for the left axis)."""
    metrics = QFontMetrics(chart_font())
    return max((metrics.horizontalAdvance(t) for t in texts), default=0)


def set_category_axis(plot: pg.PlotItem, labels: Sequence[str], width: int | None = None) -> None:
    """Put ``labels`` on the left axis, first label on top (row ``len-1``) down to row 0."""
    rows = list(range(len(labels)))[::-1]
    left = plot.getAxis("left")
    left.setTicks([[(r, label) for r, label in zip(rows, labels, strict=True)]])
    left.setWidth(width if width is not None else text_width(labels) + 16)


def delta_text(delta: float) -> str:
    """The change written at a bar's end: the indicator table's signed figure."""
    return format_number(delta, signed=True)


@dataclass
class PairedBars:
    """The items of a scenario-beside-baseline bar chart, kept so that new figures for the same
    rows can be shown by moving them (``update``) rather than by building a new plot, which costs
    pyqtgraph ten times as much."""

    baseline: pg.BarGraphItem
    scenario: pg.BarGraphItem
    labels: dict[int, pg.TextItem]
    """The change labels by input row."""
    describe: Callable[[float], str]
    indicators: Sequence[str]
    """The indicator of each row, whose judgement colours and marks its change."""
    points: int = FONT_POINTS
    """The size of the change labels (presentation mode makes them projector-sized)."""

    def update(self, values: Sequence[float], baselines: Sequence[float]) -> None:
        """Show new figures for the same rows (as many as the bars were made with)."""
        if len(values) != len(self.labels) or len(baselines) != len(self.labels):
            raise ValueError("PairedBars.update needs one value and one baseline per row")
        self.baseline.setOpts(width=[_number(b) for b in baselines])
        self.scenario.setOpts(width=[_number(v) for v in values])
        rows = list(range(len(values)))[::-1]
        for i, (row, value, base) in enumerate(zip(rows, values, baselines, strict=True)):
            code = self.indicators[i]
            _show_change(self.labels[i], row, value, base, self.describe, code, self.points)


def _show_change(
    label: pg.TextItem,
    row: int,
    value: float,
    base: float,
    describe: Callable[[float], str],
    indicator: str,
    points: int = FONT_POINTS,
) -> None:
    """Write the change on ``label`` and place it at the longer bar's end of line ``row``,
    coloured and marked by whether it is better or worse (the canvas is white: light colours).

    Only what differs is set: re-setting a TextItem's text or font lays it out again.
    """
    delta = _number(value) - _number(base)
    judgement = judge(indicator, delta)
    changed = judgement != "same"
    mark = judgement_mark(judgement)
    text = describe(delta) + (f" {mark}" if mark else "")
    colour = judgement_hex(judgement, dark=False)
    if label.textItem.toPlainText() != text:
        label.setText(text)
    if label.color != pg.mkColor(colour):
        label.setColor(colour)
    font = chart_font(bold=changed, points=points)
    if label.textItem.font() != font:
        label.setFont(font)
    label.setPos(max(_number(value), _number(base), 0.0), row)


def paired_bars(
    plot: pg.PlotItem,
    values: Sequence[float],
    baselines: Sequence[float],
    indicators: Sequence[str],
    describe: Callable[[float], str] = delta_text,
    points: int = FONT_POINTS,
) -> PairedBars:
    """Scenario (dark slate) beside baseline (grey) bars per row, the change at the longer bar's end.

    Row ``i`` of the inputs is drawn on the ``i``-th line from the top; ``indicators`` names
    each row's indicator (the same code for every row of a one-indicator chart).
    """
    rows = list(range(len(values)))[::-1]
    clean = [_number(v) for v in values]
    clean_base = [_number(b) for b in baselines]
    baseline = pg.BarGraphItem(
        x0=0,
        y=[r + 0.19 for r in rows],
        height=0.36,
        width=clean_base,
        brush=BASELINE_COLOUR,
        pen=None,
    )
    scenario = pg.BarGraphItem(
        x0=0,
        y=[r - 0.19 for r in rows],
        height=0.36,
        width=clean,
        brush=SCENARIO_COLOUR,
        pen=None,
    )
    plot.addItem(baseline)
    plot.addItem(scenario)
    labels: dict[int, pg.TextItem] = {}
    for i, (row, value, base) in enumerate(zip(rows, values, baselines, strict=True)):
        label = pg.TextItem("", anchor=(0, 0.5))
        _show_change(label, row, value, base, describe, indicators[i], points)
        plot.addItem(label)
        labels[i] = label
    return PairedBars(baseline, scenario, labels, describe, list(indicators), points)


def add_paired_bars(
    plot: pg.PlotItem,
    values: Sequence[float],
    baselines: Sequence[float],
    indicators: Sequence[str],
    describe: Callable[[float], str] = delta_text,
) -> dict[int, pg.TextItem]:
    """``paired_bars``, returning only the change labels by input row (what tests read)."""
    return paired_bars(plot, values, baselines, indicators, describe).labels


def _number(value: float) -> float:
    return 0.0 if value is None or math.isnan(value) else float(value)


def render_svg(item: pg.GraphicsLayout, name: str | Path) -> None:
    """Draw ``item``'s part of its scene into an SVG file through Qt's own SVG generator.

    pyqtgraph's SVGExporter cannot parse the path syntax that recent Qt writes (pyqtgraph issue
    #3485: "x,y = c.split(',')" fails), so the scene is rendered directly; text stays text.
    """
    source = item.sceneBoundingRect()
    width, height = round(source.width()), round(source.height())
    generator = QSvgGenerator()
    generator.setFileName(str(name))
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle("Regio Desktop chart")
    painter = QPainter(generator)
    try:
        painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
        item.scene().render(painter, QRectF(0, 0, width, height), source)
    finally:
        painter.end()


class ChartView(QWidget):
    """One chart: a canvas that redraws when the document changes what it shows (only while it
    is visible, otherwise when it is next shown) and two export buttons.

    Subclasses fill ``self.canvas`` (a GraphicsLayoutWidget) in ``draw()`` and say in
    ``shows()`` which changes can alter it; ``follows_selection`` whether it shows the selected
    state.
    """

    follows_selection = True
    """The chart draws the selected state: a new selection redraws it."""

    breakdown_requested = Signal(str, str)
    """A bar was double-clicked: the breakdown of this indicator for this entity is wanted."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.stale = True
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground("w")
        self.canvas.setAccessibleName(self.tr("Chart"))
        self.canvas.viewport().setAccessibleName(self.tr("Chart"))
        self.controls = QHBoxLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        self.export_png_button = QPushButton(self.tr("Export PNG…"))
        self.export_svg_button = QPushButton(self.tr("Export SVG…"))
        self.export_png_button.clicked.connect(lambda: self._ask_and_export("png"))
        self.export_svg_button.clicked.connect(lambda: self._ask_and_export("svg"))
        buttons = QHBoxLayout()
        buttons.addLayout(self.controls, 1)
        buttons.addWidget(self.export_png_button)
        buttons.addWidget(self.export_svg_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.canvas, 1)
        document.changed.connect(self._document_changed)
        document.selection_changed.connect(self._selection_changed)
        self.canvas.viewport().installEventFilter(self)

    # --- double-clicking a bar ----------------------------------------------------------------
    def breakdown_of_row(self, row: int) -> tuple[str, str] | None:
        """The indicator and entity of the ``row``-th bar from the top (None: no breakdown)."""
        return None

    def row_at(self, position: QPointF) -> int:
        """The bar line (0 the top one) under a viewport position, or -1."""
        plots = [item for item in self.canvas.ci.items if isinstance(item, pg.PlotItem)]
        if not plots:
            return -1
        box = plots[0].getViewBox()
        point = box.mapSceneToView(self.canvas.mapToScene(position.toPoint()))
        lines = round(box.viewRange()[1][1] + 0.4)  # the y range ends 0.4 above the top line
        line = round(point.y())
        return lines - 1 - line if 0 <= line < lines else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick and isinstance(event, QMouseEvent):
            wanted = self.breakdown_of_row(self.row_at(event.position()))
            if wanted is not None:
                self.breakdown_requested.emit(*wanted)
                return True
        return super().eventFilter(watched, event)

    # --- redrawing ----------------------------------------------------------------------------
    def shows(self, changes: api.ScenarioChanges) -> bool:
        """Whether ``changes`` can alter what the chart draws (here: any edit of a membership or
        an alignment, a new year or scenario; not a rename)."""
        return changes.whole or bool(changes.cells or changes.alignments)

    def _document_changed(self, changes: api.ScenarioChanges) -> None:
        if self.shows(changes):
            self.invalidate()

    def _selection_changed(self, _state: str) -> None:
        if self.follows_selection:
            self.invalidate()

    def invalidate(self, *_args: object) -> None:
        """The document moved: redraw now if visible, otherwise when next shown."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if not self.redraw_in_place():
            self.canvas.clear()
            self.draw()
        self.stale = False

    def redraw_in_place(self) -> bool:
        """Show the document's new figures by updating the items already drawn, when the chart
        allows it (same rows); False means the chart must be drawn anew by ``draw()``."""
        return False

    def ensure_current(self) -> None:
        if self.stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_current()

    def draw(self) -> None:
        raise NotImplementedError

    def message(self, text: str) -> pg.PlotItem:
        """An empty plot saying why there is nothing to draw (e.g. no state selected)."""
        plot = self.canvas.addPlot()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        item = pg.TextItem(text, color=TEXT_COLOUR, anchor=(0.5, 0.5))
        item.setFont(chart_font())
        plot.addItem(item)
        plot.setXRange(-1, 1)
        plot.setYRange(-1, 1)
        return plot

    # --- exporting ----------------------------------------------------------------------------
    def _export_item(self) -> pg.GraphicsLayout:
        self.ensure_current()
        if not self.canvas.isVisible():
            # A hidden canvas gets no resize events: lay the chart out at a readable size
            # directly, so that axes and labels are placed before rendering.
            width = max(self.canvas.width(), EXPORT_SIZE[0])
            height = max(self.canvas.height(), EXPORT_SIZE[1])
            self.canvas.resize(width, height)
            self.canvas.ci.setGeometry(QRectF(0, 0, width, height))
        QApplication.processEvents()
        return self.canvas.ci

    def export_png(self, path: Path) -> Path:
        """Write the chart as a PNG image to ``path`` (via a temporary file)."""
        item = self._export_item()

        def write(partial: Path) -> None:
            exporter = ImageExporter(item)
            exporter.parameters()["background"] = pg.mkColor("w")
            exporter.export(str(partial))

        return write_atomically(path, write)

    def export_svg(self, path: Path) -> Path:
        """Write the chart as an SVG drawing to ``path`` (via a temporary file)."""
        item = self._export_item()
        return write_atomically(path, lambda partial: render_svg(item, partial))

    def _ask_and_export(self, kind: str) -> None:
        title = self.tr("Export chart as PNG") if kind == "png" else self.tr("Export chart as SVG")
        export = self.export_png if kind == "png" else self.export_svg
        export_with_dialog(self, title, f"chart.{kind}", export)
