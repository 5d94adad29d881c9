"""The exploration's scatter: every combination on two chosen objectives, the Pareto front stands out.

Dominated combinations are drawn faint and small so that tens of thousands of them read as a cloud
behind the front; the efficient ones are drawn solid on top. Axes of indicators where lower is
better are reversed, so "better" is always up and to the right and the front always bulges that
way. A click picks the nearest combination within a few pixels (efficient ones first, as they are
the ones drawn on top); the chart only reports the row, the dialog decides what selecting means.
When the table is filtered (``set_shown``) the combinations it hides are drawn as a faint cloud
and cannot be picked.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Signal
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

from regio_desktop import api
from regio_desktop.app.common.chart_canvas import TEXT_COLOUR, chart_font, style_plot
from regio_desktop.app.common.indicator_labels import indicator_title

FRONT_COLOUR = (31, 95, 191)
OTHER_COLOUR = (120, 120, 120, 70)
SELECTED_COLOUR = (214, 96, 0)
CURRENT_COLOUR = (20, 20, 20)
RANKED_COLOUR = (0, 150, 100)
HIDDEN_COLOUR = (190, 190, 190, 40)
"""Combinations a table filter hides ("Consistent only", "Only box N"): a faint cloud, not
picked by a click, so the front of the whole space still reads behind the ones kept."""
PICK_PIXELS = 8.0
"""How far from a point (in screen pixels) a click still picks it."""


class LocaleAxis(pg.AxisItem):
    """An axis whose tick numbers take the user's decimal sign ("32,4" in Russian), as every
    other number of the dialog does."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        point = QLocale().decimalPoint()
        return [text.replace(".", point) for text in super().tickStrings(values, scale, spacing)]


def axis_label(code: str) -> str:
    """The indicator's title, saying which way is better (and so why the axis may be reversed)."""
    title = indicator_title(code)
    higher_is = api.indicator_info(code).higher_is
    if higher_is == "worse":
        return QCoreApplication.translate(
            "ExplorationChart", "{title} (lower is better, axis reversed)"
        ).format(title=title)
    if higher_is == "better":
        return QCoreApplication.translate("ExplorationChart", "{title} (higher is better)").format(
            title=title
        )
    return QCoreApplication.translate(
        "ExplorationChart", "{title} (higher counted as better)"
    ).format(title=title)


def default_axes(exploration: api.Exploration) -> tuple[str, str]:
    """The two objectives that show the sharpest trade-off: of those that vary at all across the
    combinations, the pair whose better directions are least correlated. An objective that does
    not move (market access depends on memberships, not alignments) would draw a bare line."""
    objectives = exploration.objectives
    oriented = np.column_stack(
        [
            exploration.table[code].to_numpy(float)
            * (-1.0 if api.indicator_info(code).judge(1.0) == "worse" else 1.0)
            for code in objectives
        ]
    )
    varying = [j for j in range(len(objectives)) if np.ptp(oriented[:, j]) > 1e-9]
    if len(varying) >= 2:
        correlation = np.corrcoef(oriented[:, varying], rowvar=False)
        best = min(
            ((a, b) for i, a in enumerate(varying) for b in varying[i + 1 :]),
            key=lambda pair: correlation[varying.index(pair[0]), varying.index(pair[1])],
        )
        return objectives[best[0]], objectives[best[1]]
    ordered = varying + [j for j in range(len(objectives)) if j not in varying]
    return objectives[ordered[0]], objectives[ordered[min(1, len(ordered) - 1)]]


class ExplorationChart(QWidget):
    """A pyqtgraph scatter of an exploration; emits ``row_clicked`` with the engine's row."""

    row_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exploration: api.Exploration | None = None
        self.x_code = ""
        self.y_code = ""
        self.current_values: dict[str, float] = {}
        self.selected_row = -1
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground("w")
        self.canvas.setAccessibleName(self.tr("Scatter plot of the explored combinations"))
        self.canvas.viewport().setAccessibleName(
            self.tr("Scatter plot of the explored combinations")
        )
        self.canvas.setToolTip(
            self.tr(
                "Each point is one combination of alignment choices. Blue points are "
                "Pareto-efficient on all the objectives run, not only the two shown; click a "
                "point to select its combination."
            )
        )
        # The legend is rows of its own above the plot, so it never hides a point; three to a row
        # fit beside the inputs on a 1280-pixel screen in Russian too.
        self.legend = pg.LegendItem(colCount=3, labelTextColor=TEXT_COLOUR)
        self.canvas.addItem(self.legend, row=0, col=0)
        axes = {name: LocaleAxis(name) for name in ("bottom", "left")}
        self.plot: pg.PlotItem = self.canvas.addPlot(row=1, col=0, axisItems=axes)
        self.canvas.ci.layout.setRowStretchFactor(1, 1)
        style_plot(self.plot)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.others = pg.ScatterPlotItem(
            size=5, pen=None, brush=pg.mkBrush(*OTHER_COLOUR), name=self.tr("Dominated")
        )
        self.front = pg.ScatterPlotItem(
            size=9,
            pen=pg.mkPen("w", width=0.8),
            brush=pg.mkBrush(*FRONT_COLOUR),
            name=self.tr("Pareto-efficient (on the objectives that move)"),
        )
        self.current = pg.ScatterPlotItem(
            size=14,
            symbol="x",
            pen=None,
            brush=pg.mkBrush(*CURRENT_COLOUR),
            name=self.tr("Current scenario"),
        )
        self.ranked = pg.ScatterPlotItem(
            size=11,
            symbol="d",
            pen=pg.mkPen("w", width=0.8),
            brush=pg.mkBrush(*RANKED_COLOUR),
            name=self.tr("Best under your weights"),
        )
        self.ranked_rows = np.zeros(0, dtype=int)
        self.shown: np.ndarray | None = None
        """Which combinations the table's filters keep (None: all)."""
        self.hidden = pg.ScatterPlotItem(
            size=4, pen=None, brush=pg.mkBrush(*HIDDEN_COLOUR), name=self.tr("Hidden by the filter")
        )
        self.hidden.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plot.addItem(self.hidden)
        self.selected = pg.ScatterPlotItem(
            size=18,
            pen=pg.mkPen(SELECTED_COLOUR, width=2.5),
            brush=None,
            name=self.tr("Selected"),
        )
        for item in (self.others, self.front, self.ranked, self.current, self.selected):
            self.plot.addItem(item)
            self.legend.addItem(item, item.name())
        # The cloud and the front are painted once into a pixmap and reused while only the
        # marks move (a weight drag, a selection): 3^10 points repainted would cost a frame.
        for item in (self.others, self.front):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # So are the axes: their grid lines span the plot, so every move of a mark repainted
        # them, text and all (a third of a drag step's drawing).
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.empty_text = pg.TextItem(
            self.tr("Run an exploration to see its combinations here."),
            color=TEXT_COLOUR,
            anchor=(0.5, 0.5),
        )
        self.empty_text.setFont(chart_font())
        self.plot.addItem(self.empty_text, ignoreBounds=True)
        self.canvas.scene().sigMouseClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.clear()

    # --- content -------------------------------------------------------------------------------
    def clear(self) -> None:
        """No exploration: empty items and a line saying what to do."""
        self.exploration = None
        self.selected_row = -1
        self.ranked_rows = np.zeros(0, dtype=int)
        self._set_hidden_legend(False)
        self.shown = None
        for item in (
            self.others,
            self.front,
            self.ranked,
            self.current,
            self.selected,
            self.hidden,
        ):
            item.setData(x=[], y=[])
        self.plot.setLabel("bottom", "")
        self.plot.setLabel("left", "")
        self.plot.getViewBox().invertX(False)
        self.plot.getViewBox().invertY(False)
        self.plot.setXRange(-1, 1, padding=0)
        self.plot.setYRange(-1, 1, padding=0)
        self.empty_text.setPos(0, 0)
        self.empty_text.show()

    def show_exploration(
        self,
        exploration: api.Exploration,
        x_code: str,
        y_code: str,
        current_values: dict[str, float] | None = None,
    ) -> None:
        """Draw ``exploration`` on ``x_code`` × ``y_code``; ``current_values`` marks the base."""
        self.exploration = exploration
        self.current_values = dict(current_values or {})
        self.selected_row = -1
        self.ranked_rows = np.zeros(0, dtype=int)
        self.shown = None
        self.set_axes(x_code, y_code)

    def set_axes(self, x_code: str, y_code: str) -> None:
        """Re-draw on two other objectives (keeps the selection)."""
        self.x_code, self.y_code = x_code, y_code
        if self.exploration is None:
            return
        self.empty_text.hide()
        self._draw_points()
        if x_code in self.current_values and y_code in self.current_values:
            self.current.setData(x=[self.current_values[x_code]], y=[self.current_values[y_code]])
        else:
            self.current.setData(x=[], y=[])
        view = self.plot.getViewBox()
        view.invertX(api.indicator_info(x_code).higher_is == "worse")
        view.invertY(api.indicator_info(y_code).higher_is == "worse")
        self.plot.setLabel("bottom", axis_label(x_code))
        self.plot.setLabel("left", axis_label(y_code))
        for name in ("bottom", "left"):
            self.plot.getAxis(name).label.setFont(chart_font())
        self.plot.enableAutoRange()
        self.plot.autoRange(padding=0.06)
        # Fitted once: left on, auto range re-fits and repaints both axes at every move of the
        # marks (a weight drag, a selection), which was most of a drag step's drawing.
        self.plot.disableAutoRange()
        self.show_ranked(self.ranked_rows)
        self.select(self.selected_row)

    def _draw_points(self) -> None:
        x, y = self.values()
        efficient = self.efficient_mask()
        shown = self.shown_mask()
        # No per-point data: picking works on the arrays (row_at), and pyqtgraph builds a
        # record per point for data, which costs a noticeable pause at 3^10 points.
        self.others.setData(x=x[~efficient & shown], y=y[~efficient & shown])
        self.front.setData(x=x[efficient & shown], y=y[efficient & shown])
        self.hidden.setData(x=x[~shown], y=y[~shown])
        self._set_hidden_legend(not shown.all())

    def set_shown(self, shown: np.ndarray | None) -> None:
        """Draw only the combinations ``shown`` keeps (one boolean each) as the front and the
        cloud, the others faint; None: all. The axes stay those of the whole space."""
        if shown is None and self.shown is None:
            return
        self.shown = None if shown is None else np.asarray(shown, dtype=bool)
        if self.exploration is not None:
            self._draw_points()

    def shown_mask(self) -> np.ndarray:
        n = len(self.exploration.table) if self.exploration is not None else 0
        if self.shown is None or len(self.shown) != n:
            return np.ones(n, dtype=bool)
        return self.shown

    def _set_hidden_legend(self, on: bool) -> None:
        listed = any(sample.item is self.hidden for sample, _label in self.legend.items)
        if on and not listed:
            self.legend.addItem(self.hidden, self.hidden.name())
        elif listed and not on:
            self.legend.removeItem(self.hidden)

    def values(self) -> tuple[np.ndarray, np.ndarray]:
        """The x and y value of every combination, in the engine's row order."""
        if self.exploration is None:
            return np.zeros(0), np.zeros(0)
        table = self.exploration.table
        return table[self.x_code].to_numpy(float), table[self.y_code].to_numpy(float)

    def efficient_mask(self) -> np.ndarray:
        if self.exploration is None:
            return np.zeros(0, dtype=bool)
        return self.exploration.table["pareto"].to_numpy(bool)

    def show_ranked(self, rows: np.ndarray) -> None:
        """Mark ``rows`` (the best under the weight sliders; empty: none). Only these few points
        are redrawn, so a drag does not touch the tens of thousands of others."""
        self.ranked_rows = np.asarray(rows, dtype=int)
        if self.exploration is None or not len(self.ranked_rows):
            self.ranked.setData(x=[], y=[])
            return
        x, y = self.values()
        self.ranked.setData(x=x[self.ranked_rows], y=y[self.ranked_rows])

    def select(self, row: int) -> None:
        """Ring the combination ``row`` (-1: none)."""
        self.selected_row = row
        if self.exploration is None or not 0 <= row < len(self.exploration.table):
            self.selected.setData(x=[], y=[])
            return
        x, y = self.values()
        self.selected.setData(x=[x[row]], y=[y[row]])

    # --- picking -------------------------------------------------------------------------------
    def row_at(self, scene_pos: QPointF) -> int:
        """The combination drawn nearest ``scene_pos`` within a few pixels (-1: none)."""
        view = self.plot.getViewBox()
        if self.exploration is None or not view.sceneBoundingRect().contains(scene_pos):
            return -1
        point = view.mapSceneToView(scene_pos)
        pixel_w, pixel_h = view.viewPixelSize()
        if not pixel_w or not pixel_h:
            return -1
        x, y = self.values()
        distance = np.hypot((x - point.x()) / pixel_w, (y - point.y()) / pixel_h)
        near = (distance <= PICK_PIXELS) & self.shown_mask()
        if not near.any():
            return -1
        efficient = self.efficient_mask() & near
        pool = efficient if efficient.any() else near
        candidates = np.flatnonzero(pool)
        return int(candidates[np.argmin(distance[candidates])])

    def scene_position(self, row: int) -> QPointF:
        """Where combination ``row`` is drawn, in scene coordinates (for tests and tooltips)."""
        x, y = self.values()
        return self.plot.getViewBox().mapViewToScene(QPointF(float(x[row]), float(y[row])))

    def _clicked(self, event: object) -> None:
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        row = self.row_at(scene_pos)
        if row >= 0:
            self.row_clicked.emit(row)
