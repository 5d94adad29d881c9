"""A panel that scrolls up and down instead of being squeezed when the screen is too low."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def vertical_scroll(panel: QWidget, name: str) -> QScrollArea:
    """``panel`` in a frameless scroll area as wide as the panel needs, so only its height
    scrolls: a layout squeezed below its minimum height draws its widgets over each other (the
    Explore dialog's inputs at 720 pixels, with a streamed run's notes or Russian wording)."""
    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setWidget(panel)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(panel.minimumSizeHint().width() + bar)
    return scroll
