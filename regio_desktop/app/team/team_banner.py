"""The banner over the library that says the team database's server is gone, or back.

A status-bar line fades; an outage must stay in sight while it lasts, with the server named,
what still works (the world and the arguments already loaded, read-only), when the next attempt
to reconnect is, and a way to try at once. When the link is back the banner says so for a few
seconds and goes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

BACK_SHOWN_MS = 8000
"""Milliseconds the banner says the connection is back before it goes."""
OFFLINE_STYLE = "QFrame#team_banner { background: #fbe3d6; border: 1px solid #b4441b; }"
BACK_STYLE = "QFrame#team_banner { background: #dcefdc; border: 1px solid #2e7d32; }"


class TeamBanner(QFrame):
    """Offline with the reason and the next attempt (and Try now), or back online."""

    try_requested = Signal()

    def __init__(self, server: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.server = server
        self.setObjectName("team_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setObjectName("team_banner_message")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.try_button = QPushButton(self.tr("Try &now"))
        self.try_button.setToolTip(self.tr("Try to reach the team database server at once"))
        self.try_button.clicked.connect(self.try_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.try_button, 0, Qt.AlignmentFlag.AlignTop)
        self._reason = ""
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped text needs at the label's width: a dock's layout asks a
        wrapping label for its height at another width and cut the last lines off."""
        width = self.label.width()
        if width > 0:
            self.label.setMinimumHeight(self.label.heightForWidth(width))

    def show_offline(self, reason: str) -> None:
        """The server is gone: why (the server's words, or the problem in the user's) and
        what still works."""
        self._reason = reason
        self._hide_timer.stop()
        self.setStyleSheet(OFFLINE_STYLE)
        self.try_button.show()
        self._say(None)
        self.show()

    def show_next_attempt(self, when: dt.datetime) -> None:
        if self._reason:
            self._say(when)

    def _say(self, when: dt.datetime | None) -> None:
        lines = [
            self.tr("Offline: the team database server {server} cannot be reached ({reason}).")
            .format(server=self.server, reason=self._reason)
            .replace(" ()", ""),
            self.tr(
                "Read-only on the world and the arguments already loaded until the window "
                "reconnects: a change is refused, and kept."
            ),
        ]
        if when is not None:
            lines[-1] += " " + self.tr("Next attempt at {time}.").format(
                time=when.strftime("%H:%M:%S")
            )
        self.label.setText("\n".join(lines))
        self._fit()

    def show_notice(self, text: str) -> None:
        """A lasting remark that is no outage (a database that announces no changes)."""
        self._reason = ""
        self._hide_timer.stop()
        self.setStyleSheet("")
        self.try_button.hide()
        self.label.setText(text)
        self._fit()
        self.show()

    def show_back(self) -> None:
        """Reconnected: say so for a few seconds."""
        self._reason = ""
        self.setStyleSheet(BACK_STYLE)
        self.try_button.hide()
        self.label.setText(
            self.tr(
                "Reconnected to the team database server {server}; the library is up to date."
            ).format(server=self.server)
        )
        self._fit()
        self.show()
        self._hide_timer.start(BACK_SHOWN_MS)
