"""The map's graphics view: fits itself to the panel until the user zooms, a click selects a state,
a double-click asks for its breakdown."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from regio_desktop.app.map.scene_items import MAX_ZOOM, MIN_ZOOM, SEA, CountryItem


class MapView(QGraphicsView):
    """Wheel zoom and drag pan; a click that did not drag reports the state under the mouse."""

    state_clicked = Signal(str)
    state_double_clicked = Signal(str)
    """A double-click on a state: its breakdown is wanted."""
    zoomed = Signal()
    """The scale changed (fit, wheel or resize): labels are placed anew."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(SEA)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self._press: QPoint | None = None
        self.user_zoomed = False
        self.home = QRectF()

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        """Show the home rectangle (the world's states with a margin) whole."""
        self.user_zoomed = False
        if not self.home.isNull():
            self.fitInView(self.home, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoomed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            factor = 1.2**steps
            if MIN_ZOOM < self.zoom * factor < MAX_ZOOM:
                self.scale(factor, factor)
                self.user_zoomed = True
                self.zoomed.emit()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        position = event.position().toPoint()
        if press is None or (position - press).manhattanLength() > 4:
            return  # a drag (pan), not a click
        if event.button() == Qt.MouseButton.LeftButton:
            code = self.state_at(position)
            if code:
                self.state_clicked.emit(code)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        code = self.state_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and code:
            self.state_double_clicked.emit(code)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def state_at(self, position: QPoint) -> str:
        """The world state under a viewport position, or ''."""
        for item in self.items(position):
            if isinstance(item, CountryItem) and item.is_state:
                return item.code
        return ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.user_zoomed:
            self.fit()
