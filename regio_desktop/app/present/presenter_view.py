"""The presenter view: on the facilitator's own screen while the room sees the slides, the
step's speaker notes, what comes next, and the time since the presentation began.

It follows the presentation (``step_shown``) and hands every key it gets to it, so the laptop's
keyboard drives the slides whichever of the two windows has the focus.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from regio_desktop.app.present.deck_strings import shown_text
from regio_desktop.app.present.presentation import PresentationWindow

NOTES_PX = 22


def elapsed_text(seconds: float) -> str:
    """Minutes and seconds (hours too past the hour), as a stopwatch shows them."""
    whole = int(max(seconds, 0))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class PresenterView(QWidget):
    """Notes, next step and timer of ``presentation``; it closes when the presentation does."""

    def __init__(self, presentation: PresentationWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.presentation = presentation
        self.setObjectName("presenter_view")
        self.setWindowTitle(QCoreApplication.translate("PresenterView", "Presenter view"))
        self.started = time.monotonic()
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.timer_label = QLabel()
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.keys = QLabel(
            QCoreApplication.translate(
                "PresenterView",
                "Right, Space, PageDown: next · Left, PageUp: back · B: blank · "
                "1–9: a vote, Alt+1–9: one back · Esc: leave",
            )
        )
        self.keys.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.timer_label)
        layout.addWidget(self.current)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.next_label)
        layout.addWidget(self.keys)
        self.setStyleSheet(
            f"QWidget#presenter_view {{ background: #111111; }} QLabel {{ color: #f0f0f0; "
            f"font-size: {NOTES_PX}px; }}"
        )
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        presentation.step_shown.connect(self.show_step)
        presentation.left.connect(self.close)
        self.show_step(presentation.index)
        self.tick()

    def restart_clock(self) -> None:
        self.started = time.monotonic()
        self.tick()

    def tick(self) -> None:
        self.timer_label.setText(
            QCoreApplication.translate("PresenterView", "Elapsed {time}").format(
                time=elapsed_text(time.monotonic() - self.started)
            )
        )

    def show_step(self, index: int) -> None:
        steps = self.presentation.deck.deck.steps
        if not 0 <= index < len(steps):
            return
        step = steps[index]
        heading = QCoreApplication.translate("PresenterView", "Step {number} of {count}").format(
            number=index + 1, count=len(steps)
        )
        self.current.setText(
            f"<b>{html.escape(heading)}: {html.escape(shown_text(step.title))}</b><br>"
            f"{html.escape(shown_text(step.question))}"
        )
        self.notes.setText(
            step.notes or QCoreApplication.translate("PresenterView", "No notes for this step.")
        )
        if index + 1 < len(steps):
            text = QCoreApplication.translate("PresenterView", "Next: {title}").format(
                title=shown_text(steps[index + 1].title)
            )
        else:
            text = QCoreApplication.translate("PresenterView", "This is the last step.")
        self.next_label.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.presentation.keyPressEvent(event)
