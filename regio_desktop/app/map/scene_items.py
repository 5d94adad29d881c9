"""What the map scene is made of: country outlines, state labels, and the colours they are drawn in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene, QWidget

from regio_desktop.app.map.colouring import HATCH, wants_light_text
from regio_desktop.app.map.geometry import anchor_point, country_path

SEA = QColor("#dbe6ee")
CONTEXT_FILL = QColor("#eeece6")
CONTEXT_BORDER = QColor("#c9c7bf")
STATE_BORDER = QColor("#5f5f5f")
SELECTED_BORDER = QColor("#111111")
LABEL_POINTS = 8.0
EXPORT_SIZE = QSize(1000, 680)
"""The map's size in an export made while the panel is hidden (no viewport to copy)."""
MIN_ZOOM, MAX_ZOOM = 0.05, 40.0


class CountryItem(QGraphicsPathItem):
    """One country's outline; ``code`` is its ISO3 code, ``is_state`` whether the world has it."""

    def __init__(self, code: str, path: QPainterPath, is_state: bool) -> None:
        super().__init__(path)
        self.code = code
        self.is_state = is_state
        self.hatch = QGraphicsPathItem(path, self)
        self.hatch.setPen(QPen(Qt.PenStyle.NoPen))
        self.hatch.setBrush(QBrush(HATCH, Qt.BrushStyle.BDiagPattern))
        self.hatch.setVisible(False)
        self.hatch.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class MapLabel(QGraphicsItem):
    """A state's name at a fixed size in pixels, centred on its anchor, with a halo of the
    state's own fill so that a name running over a border or the sea stays readable."""

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self.font = font
        self.text = ""
        self.colour = QColor("#1e1e1e")
        self.halo = QColor("#ffffff")
        self._path = QPainterPath()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # Stroking the halo around the glyphs is the costliest part of a map repaint; the label
        # is drawn once into a pixmap and reused until its text or colours change.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_text(self, text: str) -> None:
        if text == self.text:
            return
        self.prepareGeometryChange()
        self.text = text
        metrics = QFontMetricsF(self.font)
        path = QPainterPath()
        baseline = (metrics.ascent() - metrics.descent()) / 2
        path.addText(-metrics.horizontalAdvance(text) / 2, baseline, self.font, text)
        self._path = path
        self.update()  # the cached pixmap may have the same size but shows the old text

    def set_colours(self, fill: QColor) -> None:
        """White text on dark fills, near-black on light ones; the halo is the fill itself."""
        colour = QColor("#ffffff") if wants_light_text(fill) else QColor("#1e1e1e")
        halo = QColor(fill)
        halo.setAlpha(210)
        if colour == self.colour and halo == self.halo:
            return
        self.colour, self.halo = colour, halo
        self.update()

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, _option: object, _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        halo = QPen(self.halo, 3.0)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(self._path, halo)
        painter.fillPath(self._path, self.colour)


def pen(colour: QColor, width: float) -> QPen:
    """A cosmetic pen: outlines keep their width in pixels at any zoom."""
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def add_countries(
    scene: QGraphicsScene, outlines: dict[str, Any], states: set[str], label_font: QFont
) -> tuple[dict[str, CountryItem], dict[str, QPointF], dict[str, MapLabel]]:
    """Add every country of ``outlines`` to ``scene``: the states of the world with a border
    and a label at their anchor point, the others light grey as context with their name as a
    tooltip. Returns the items, the anchors and the labels by code."""
    items: dict[str, CountryItem] = {}
    anchors: dict[str, QPointF] = {}
    labels: dict[str, MapLabel] = {}
    for code, country in outlines["countries"].items():
        rings = country["rings"]
        if not rings:
            continue
        item = CountryItem(code, country_path(rings), code in states)
        if item.is_state:
            item.setPen(pen(STATE_BORDER, 0.8))
            item.setZValue(1)
            anchors[code] = anchor_point(rings)
            label = MapLabel(label_font)
            label.setPos(anchors[code])
            label.setZValue(4)
            scene.addItem(label)
            labels[code] = label
        else:
            item.setPen(pen(CONTEXT_BORDER, 0.6))
            item.setBrush(CONTEXT_FILL)
            item.setToolTip(str(country.get("name", code)))
        scene.addItem(item)
        items[code] = item
    return items, anchors, labels
