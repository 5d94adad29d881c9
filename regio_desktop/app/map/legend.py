"""The map's legend: a title, a gradient bar for continuous colourings, swatches, a source note.

It paints on any QPainter so that the same legend appears beside the map on screen and in an
exported PNG or SVG, which is what makes an exported map usable on its own (on a slide).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from regio_desktop.app.common.indicator_labels import format_number
from regio_desktop.app.map.colouring import HATCH, Colouring, ColourScale, LegendEntry

LEGEND_WIDTH = 210
MARGIN = 10
SWATCH_WIDTH, SWATCH_HEIGHT = 24, 15
TEXT = QColor("#222222")
FRAME = QColor("#777777")


def end_label(value: float, signed: bool) -> str:
    """A scale end: whole numbers without decimals, positive ends of a signed scale with '+'."""
    if value == int(value):
        text = QLocale().toString(int(value))
        return "+" + text if signed and value > 0 else text
    return format_number(value, signed=signed)


class MapLegend(QWidget):
    """Swatches with their labels and, for a continuous colouring, a gradient bar with its ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[LegendEntry] = []
        self.scale: ColourScale | None = None
        self.title = ""
        self.note = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setFixedWidth(LEGEND_WIDTH)
        # paintEvent covers every pixel, so the panel, dock and window under the legend need not
        # be painted first (they were, on every edit that changed the legend).
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_colouring(self, title: str, colouring: Colouring, note: str = "") -> None:
        """Show the legend of ``colouring`` under ``title``; ``note`` is the small print.

        The same legend again (most recolourings) is neither laid out nor painted again.
        """
        entries = list(colouring.legend)
        if (title, entries, colouring.scale, note) == (
            self.title,
            self.entries,
            self.scale,
            self.note,
        ):
            return
        self.title = title
        self.entries = entries
        self.scale = colouring.scale
        self.note = note
        self.setAccessibleDescription("; ".join([title, *(entry.label for entry in self.entries)]))
        height = self.content_height()
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.updateGeometry()
            # Take the new height now, as the panel's layout will give it (its size hint, the
            # stretch below taking the rest): painted once at the new size, not once before the
            # layout catches up and again after.
            self.resize(LEGEND_WIDTH, height)
        self.update()

    @property
    def labels(self) -> list[str]:
        """The swatches' labels, top to bottom."""
        return [entry.label for entry in self.entries]

    def _text_height(self, text: str, font: QFont, width: int) -> int:
        if not text:
            return 0
        box = QRect(0, 0, width, 1000)
        return QFontMetrics(font).boundingRect(box, int(Qt.TextFlag.TextWordWrap), text).height()

    def _label_width(self) -> int:
        return LEGEND_WIDTH - 2 * MARGIN - SWATCH_WIDTH - 8

    def content_height(self) -> int:
        """How tall the painted legend is (the widget's minimum and the export's legend)."""
        inner = LEGEND_WIDTH - 2 * MARGIN
        height = MARGIN + self._text_height(self.title, self._title_font(), inner) + 10
        if self.scale is not None:
            height += 46
        for entry in self.entries:
            height += max(SWATCH_HEIGHT + 6, self._entry_height(entry.label)) + 2
        if self.note:
            height += 10 + self._text_height(self.note, self._note_font(), inner)
        return height + MARGIN

    def _entry_height(self, label: str) -> int:
        return self._text_height(label, self.font(), self._label_width()) + 4

    def sizeHint(self) -> QSize:
        return QSize(LEGEND_WIDTH, self.content_height())

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _note_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() - 1.5))
        return font

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        below = self.height() - self.content_height()
        if below > 0:  # as the panel's background would show (the legend is opaque)
            painter.fillRect(0, self.height() - below, self.width(), below, self.palette().window())
        self.paint(painter)
        painter.end()

    def paint(self, painter: QPainter) -> None:
        """Draw the legend on any painter (the widget, a PNG or an SVG export)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, LEGEND_WIDTH, self.content_height()), QColor("#ffffff"))
        inner = LEGEND_WIDTH - 2 * MARGIN
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )
        painter.setFont(self._title_font())
        painter.setPen(TEXT)
        title_height = self._text_height(self.title, self._title_font(), inner)
        painter.drawText(QRectF(MARGIN, MARGIN, inner, title_height + 2), flags, self.title)
        y = MARGIN + title_height + 10.0
        painter.setFont(self.font())
        if self.scale is not None:
            self._paint_scale(painter, self.scale, y, inner)
            y += 46
        for entry in self.entries:
            height = max(SWATCH_HEIGHT + 6, self._entry_height(entry.label))
            self._paint_swatch(painter, entry, QRectF(MARGIN, y + 2, SWATCH_WIDTH, SWATCH_HEIGHT))
            painter.setPen(TEXT)
            left = MARGIN + SWATCH_WIDTH + 8
            painter.drawText(QRectF(left, y + 1, self._label_width(), height), flags, entry.label)
            y += height + 2
        if self.note:
            painter.setFont(self._note_font())
            painter.setPen(QColor("#666666"))
            note_height = self._text_height(self.note, self._note_font(), inner)
            painter.drawText(QRectF(MARGIN, y + 10, inner, note_height + 2), flags, self.note)

    @staticmethod
    def _paint_scale(painter: QPainter, scale: ColourScale, y: float, width: int) -> None:
        bar = QRectF(MARGIN, y, width, 16)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for i, colour in enumerate(scale.stops):
            gradient.setColorAt(i / (len(scale.stops) - 1), colour)
        painter.setPen(QPen(FRAME, 1))
        painter.setBrush(QBrush(gradient))
        painter.drawRect(bar)
        painter.setPen(TEXT)
        labels = QRectF(MARGIN, y + 18, width, 20)
        signed = scale.low < 0
        painter.drawText(labels, Qt.AlignmentFlag.AlignLeft, end_label(scale.low, signed))
        painter.drawText(labels, Qt.AlignmentFlag.AlignRight, end_label(scale.high, signed))
        if signed:
            painter.drawText(labels, Qt.AlignmentFlag.AlignHCenter, "0")

    @staticmethod
    def _paint_swatch(painter: QPainter, entry: LegendEntry, swatch: QRectF) -> None:
        if entry.outline:
            painter.setPen(QPen(entry.colour, 2.5))
            painter.setBrush(QColor("#f3f3f3"))
            painter.drawRect(swatch.adjusted(1, 1, -1, -1))
            return
        painter.setPen(QPen(FRAME, 1))
        painter.setBrush(entry.colour)
        painter.drawRect(swatch)
        if entry.hatched:
            painter.setBrush(QBrush(HATCH, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(swatch)
