"""The status bar's summary of the scenario: one line of plain text, drawn as a QLabel draws it.

A QLabel asks its parent to lay out again on every ``setText``, and QStatusBar answers any new
layout by repainting the whole bar, the window's background under it and the size grip: on every
edit (the summary counts the edits), for a text that mostly keeps its width. This widget asks for
a new layout only when its size hint changes, and repaints only itself.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QStyle, QWidget

ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
"""A QLabel's default alignment."""


def is_right_to_left(text: str) -> bool:
    """Whether the first strongly directional character is right-to-left (as
    QString::isRightToLeft, which a QLabel follows for plain text)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


class StatusText(QWidget):
    """Plain text on one line; same size hint, policy, painting and accessible name as a QLabel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(
            QSizePolicy(
                QSizePolicy.Policy.Preferred,
                QSizePolicy.Policy.Preferred,
                QSizePolicy.ControlType.Label,
            )
        )

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        hint = self.sizeHint()
        self._text = text
        self.setAccessibleName(text)
        if self.sizeHint() != hint:
            self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        """A QLabel's: the text's bounding box with the contents margins (an empty text
        one average character wide)."""
        metrics = self.fontMetrics()
        box = metrics.boundingRect(
            QRect(0, 0, 2000, 2000), int(Qt.AlignmentFlag.AlignLeft), self._text
        )
        if not self._text:
            box.setWidth(metrics.averageCharWidth())
        margins = self.contentsMargins()
        size = QSize(
            box.width() + margins.left() + margins.right(),
            box.height() + margins.top() + margins.bottom(),
        )
        return size.expandedTo(self.minimumSize())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()  # a QLabel that does not wrap cannot be narrower than its text

    def paintEvent(self, _event: QPaintEvent) -> None:
        direction = (
            Qt.LayoutDirection.RightToLeft
            if is_right_to_left(self._text)
            else Qt.LayoutDirection.LeftToRight
        )
        flags = int(QStyle.visualAlignment(direction, ALIGNMENT)) | int(
            Qt.TextFlag.TextForceRightToLeft
            if direction == Qt.LayoutDirection.RightToLeft
            else Qt.TextFlag.TextForceLeftToRight
        )
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            flags,
            self.palette(),
            self.isEnabled(),
            self._text,
            self.foregroundRole(),
        )
        painter.end()
