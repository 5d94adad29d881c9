"""The banner over the library that says what the profile database did or could not do.

A status-bar line fades after a few seconds; a write that failed for a reason outside the edit (a
read-only file or folder, a full disk, another program's lock, a damaged file) needs to stay in
sight until it is dealt with, with what to do and a way to try again. The banner shows that, and
what the start-up had to tell (a recovered profile, a profile open read-only because another
window holds it), until the user dismisses it; a failure goes away by itself once a write works.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from regio_desktop.app.documents.evidence_document import EvidenceDocument


class StorageBanner(QFrame):
    """Notices from the start and the last failed write, with Try again and Dismiss."""

    def __init__(self, evidence: EvidenceDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence = evidence
        self.setObjectName("storage_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._notices: list[str] = evidence.words(list(evidence.notices))
        self._failure = ""
        self.label = QLabel()
        self.label.setObjectName("storage_message")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file names are the user's text
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setToolTip(self.tr("Write the change that failed once more"))
        self.retry_button.clicked.connect(self.retry)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)
        buttons = QVBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addLayout(buttons)
        evidence.storage_failed.connect(self.show_failure)
        evidence.changed.connect(self.write_worked)
        self._update()

    def text(self) -> str:
        """What the banner says now."""
        return self.label.text()

    def show_failure(self, message: str) -> None:
        self._failure = message
        self._update()

    def write_worked(self) -> None:
        """A write went through: a failure shown before is over."""
        if self._failure and not self.evidence.can_retry:
            self._failure = ""
            self._update()

    def retry(self) -> None:
        self._failure = ""
        self.evidence.retry()
        self._update()

    def dismiss(self) -> None:
        self._notices = []
        self._failure = ""
        self._update()

    def _update(self) -> None:
        lines = self._notices + ([self._failure] if self._failure else [])
        self.label.setText("\n\n".join(lines))
        self.retry_button.setVisible(bool(self._failure) and self.evidence.can_retry)
        self.setVisible(bool(lines))
