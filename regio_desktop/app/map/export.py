"""The map as a picture for a slide: PNG or SVG, with its legend, written atomically."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from regio_desktop.api import write_atomically
from regio_desktop.app.common.image_export import export_with_dialog
from regio_desktop.app.map.legend import LEGEND_WIDTH
from regio_desktop.app.map.scene_items import EXPORT_SIZE, SEA

if TYPE_CHECKING:
    from regio_desktop.app.map.view import MapPanel


def ask_and_export(panel: MapPanel, kind: str) -> None:
    title = (
        QCoreApplication.translate("MapPanel", "Export map as PNG")
        if kind == "png"
        else QCoreApplication.translate("MapPanel", "Export map as SVG")
    )
    export = panel.export_png if kind == "png" else panel.export_svg
    export_with_dialog(panel, title, f"map.{kind}", export)


def _export_frame(panel: MapPanel) -> tuple[QRectF, QSize]:
    """The scene rectangle to draw and the map's size in pixels: what the view shows, or
    the whole map at a readable size when the panel is hidden."""
    viewport = panel.view.viewport().rect()
    if panel.view.isVisible() and viewport.width() > 200 and viewport.height() > 150:
        return panel.view.mapToScene(viewport).boundingRect(), viewport.size()
    home = panel.view.home
    height = round(EXPORT_SIZE.width() * home.height() / max(home.width(), 1.0))
    return home, QSize(EXPORT_SIZE.width(), max(height, 200))


def _paint_export(panel: MapPanel, painter: QPainter, source: QRectF, size: QSize) -> None:
    """The map at ``size`` with the legend to its right, on a white page."""
    width, height = size.width(), size.height()
    page = QRectF(0, 0, width + LEGEND_WIDTH, max(height, panel.legend.content_height()))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(page, QColor("#ffffff"))
    painter.fillRect(QRectF(0, 0, width, height), SEA)
    # Labels are cached as pixmaps on screen; an export draws them as paths, so that SVG
    # labels stay sharp at any size.
    labels = list(panel.labels.values())
    for label in labels:
        label.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        panel.scene.render(painter, QRectF(0, 0, width, height), source)
    finally:
        for label in labels:
            label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    painter.translate(width, 0)
    panel.legend.paint(painter)


def export_size(panel: MapPanel) -> QSize:
    """The size in pixels (before any scale) of an exported map with its legend."""
    _source, size = _export_frame(panel)
    return QSize(size.width() + LEGEND_WIDTH, max(size.height(), panel.legend.content_height()))


def export_png(panel: MapPanel, path: Path, scale: float = 2.0) -> Path:
    """Write the map and its legend as a PNG image (``scale`` × the screen size, so that it
    stays sharp on a slide), via a temporary file so that a failure leaves none."""
    source, size = _export_frame(panel)
    total = export_size(panel)
    image = QImage(
        round(total.width() * scale), round(total.height() * scale), QImage.Format.Format_RGB32
    )
    # A device pixel ratio (not a painter scale) so that outlines and labels, which are
    # sized in pixels, grow with the map.
    image.setDevicePixelRatio(scale)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    _paint_export(panel, painter, source, size)
    painter.end()

    def write(partial: Path) -> None:
        if not image.save(str(partial), "PNG"):
            raise OSError(
                QCoreApplication.translate("MapPanel", "Could not write {path}").format(
                    path=str(path)
                )
            )

    return write_atomically(path, write)


def export_svg(panel: MapPanel, path: Path) -> Path:
    """Write the map and its legend as an SVG drawing (text stays text)."""
    source, size = _export_frame(panel)
    total = export_size(panel)

    def write(partial: Path) -> None:
        generator = QSvgGenerator()
        generator.setFileName(str(partial))
        generator.setSize(total)
        generator.setViewBox(QRectF(0, 0, total.width(), total.height()))
        generator.setTitle(panel.title())
        generator.setDescription(panel._note())
        painter = QPainter(generator)
        try:
            _paint_export(panel, painter, source, size)
        finally:
            painter.end()

    return write_atomically(path, write)
