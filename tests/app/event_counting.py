"""Counting what Qt does to widgets: Paint events (and the area they cover) and LayoutRequests.

Wall times are noisy; whether an edit repaints or re-lays out a widget is not. Tests pin the
repaints an edit must not cause with this counter.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget


class EventCounter(QObject):
    """Counts the Paint events (``paints``, and their region's area in ``painted``) and the
    LayoutRequest events (``layouts``) each of ``widgets`` receives from now on."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.paints: Counter[QWidget] = Counter()
        self.painted: Counter[QWidget] = Counter()
        self.layouts: Counter[QWidget] = Counter()
        self._widgets = widgets
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget):
            if isinstance(event, QPaintEvent):
                self.paints[watched] += 1
                self.painted[watched] += sum(r.width() * r.height() for r in event.region())
            elif event.type() == QEvent.Type.LayoutRequest:
                self.layouts[watched] += 1
        return False

    def remove(self) -> None:
        for widget in self._widgets:
            widget.removeEventFilter(self)
