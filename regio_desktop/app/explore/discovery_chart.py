"""PRIM's peeling trajectory as a chart: each box of the trajectory at its coverage and density.

The trade-off the analyst weighs when picking a box: a box that holds more of the combinations
where the condition holds (coverage, across) usually also holds more where it does not (density,
upwards, falls). Both are shares in per cent and higher is better for both, so the best boxes lie
up and to the right. A click on a step picks that box; the chart only reports the step.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from regio_desktop import api
from regio_desktop.app.common.chart_canvas import TEXT_COLOUR, chart_font, style_plot

STEP_COLOUR = (31, 95, 191)
CHOSEN_COLOUR = (214, 96, 0)
PICK_PIXELS = 10.0
"""How far from a step (in screen pixels) a click still picks it."""


class TrajectoryChart(QWidget):
    """Coverage against density of every step; emits ``step_clicked`` with the step's number."""

    step_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trajectory: api.Trajectory | None = None
        self.chosen = -1
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground("w")
        name = self.tr("Peeling trajectory: coverage against density of each box")
        self.canvas.setAccessibleName(name)
        self.canvas.viewport().setAccessibleName(name)
        self.canvas.setToolTip(
            self.tr(
                "Each point is one box of the peeling trajectory, from all combinations (right, "
                "low) to the smallest box (left, high). Click a point to pick its box."
            )
        )
        self.plot: pg.PlotItem = self.canvas.addPlot(row=0, col=0)
        style_plot(self.plot)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setLabel(
            "bottom", self.tr("Coverage: share of the cases inside the box (%, higher is better)")
        )
        self.plot.setLabel(
            "left", self.tr("Density: share of the box that are cases (%, higher is better)")
        )
        for axis in ("bottom", "left"):
            self.plot.getAxis(axis).label.setFont(chart_font())
        self.line = pg.PlotDataItem(pen=pg.mkPen(STEP_COLOUR, width=1.2))
        self.steps = pg.ScatterPlotItem(
            size=9, pen=pg.mkPen("w", width=0.8), brush=pg.mkBrush(*STEP_COLOUR)
        )
        self.selected = pg.ScatterPlotItem(
            size=18, pen=pg.mkPen(CHOSEN_COLOUR, width=2.5), brush=None
        )
        for item in (self.line, self.steps, self.selected):
            self.plot.addItem(item)
        self.labels: list[pg.TextItem] = []
        self.empty_text = pg.TextItem(
            self.tr("Find boxes to see the trajectory here."), color=TEXT_COLOUR, anchor=(0.5, 0.5)
        )
        self.empty_text.setFont(chart_font())
        self.plot.addItem(self.empty_text, ignoreBounds=True)
        self.canvas.scene().sigMouseClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.clear()

    def clear(self) -> None:
        self.trajectory = None
        self.chosen = -1
        for item in (self.line, self.steps, self.selected):
            item.setData(x=[], y=[])
        for label in self.labels:
            self.plot.removeItem(label)
        self.labels = []
        self.plot.setXRange(0, 100, padding=0.05)
        self.plot.setYRange(0, 100, padding=0.05)
        self.empty_text.setPos(50, 50)
        self.empty_text.show()

    def show_trajectory(self, trajectory: api.Trajectory, chosen: int) -> None:
        self.clear()
        self.trajectory = trajectory
        self.empty_text.hide()
        x, y = self.values()
        self.line.setData(x=x, y=y)
        self.steps.setData(x=x, y=y)
        for step, (px, py) in enumerate(zip(x, y, strict=True)):
            label = pg.TextItem(str(step), color=TEXT_COLOUR, anchor=(-0.3, 1.1))
            label.setFont(chart_font())
            label.setPos(float(px), float(py))
            self.plot.addItem(label, ignoreBounds=True)
            self.labels.append(label)
        self.plot.setXRange(0, 105, padding=0.02)
        self.plot.setYRange(0, 105, padding=0.02)
        self.select(chosen)

    def values(self) -> tuple[np.ndarray, np.ndarray]:
        """Coverage and density of every step, in per cent."""
        if self.trajectory is None:
            return np.zeros(0), np.zeros(0)
        steps = self.trajectory.steps
        return (
            np.array([s.coverage * 100 for s in steps]),
            np.array([s.density * 100 for s in steps]),
        )

    def select(self, step: int) -> None:
        """Ring step ``step`` (-1: none)."""
        self.chosen = step
        x, y = self.values()
        if not 0 <= step < len(x):
            self.selected.setData(x=[], y=[])
            return
        self.selected.setData(x=[x[step]], y=[y[step]])

    def step_at(self, scene_pos: QPointF) -> int:
        """The step drawn nearest ``scene_pos`` within a few pixels (-1: none); of steps drawn on
        one spot, the last (the smallest such box)."""
        view = self.plot.getViewBox()
        if self.trajectory is None or not view.sceneBoundingRect().contains(scene_pos):
            return -1
        point = view.mapSceneToView(scene_pos)
        pixel_w, pixel_h = view.viewPixelSize()
        if not pixel_w or not pixel_h:
            return -1
        x, y = self.values()
        distance = np.hypot((x - point.x()) / pixel_w, (y - point.y()) / pixel_h)
        if distance.min() > PICK_PIXELS:
            return -1
        nearest = np.flatnonzero(distance <= distance.min() + 1e-9)
        return int(nearest[-1])

    def scene_position(self, step: int) -> QPointF:
        """Where step ``step`` is drawn, in scene coordinates (for tests)."""
        x, y = self.values()
        return self.plot.getViewBox().mapViewToScene(QPointF(float(x[step]), float(y[step])))

    def _clicked(self, event: object) -> None:
        step = self.step_at(event.scenePos())  # type: ignore[attr-defined]
        if step >= 0:
            self.step_clicked.emit(step)
