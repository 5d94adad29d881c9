"""File > Team database...: which team database the window opens at start (#17), per user.

The address is remembered in the user's settings (``AppSettings.team_database``) and used at the
next start when neither ``--db`` nor ``REGIO_DB`` names a database; empty means the profile. A
password is refused here, so that it never lands in the settings file: it belongs in
``~/.pgpass``, which libpq reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.problem_texts import problem_text

if TYPE_CHECKING:
    from regio_desktop.app.shell.main_window import MainWindow


class TeamDatabaseDialog(QDialog):
    """Type a team database's address (or nothing, for the profile); OK only when it is valid."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team_database_dialog")
        self.setWindowTitle(self.tr("Team database"))
        intro = QLabel(
            self.tr(
                "Open the world and the arguments from a PostgreSQL database your team shares, "
                "from the next start on. Leave it empty to work on your own profile. Keep the "
                "password in ~/.pgpass, not here."
            )
        )
        intro.setWordWrap(True)
        self.address_edit = QLineEdit(current)
        self.address_edit.setPlaceholderText("postgresql://USER@HOST:5432/DATABASE")
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("team_database_problem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.address_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        for widget in (intro, self.address_edit, self.problem_label, self.buttons):
            layout.addWidget(widget)
        self.resize(560, 200)
        self._check()

    def address(self) -> str:
        return self.address_edit.text().strip()

    def _check(self) -> None:
        """Say what is wrong with the address as it is typed; OK waits for a valid one."""
        text, reason = self.address(), ""
        if text:
            try:
                api.team_address(text)
                if urlsplit(text).password is not None:
                    reason = self.tr(
                        "Leave the password out: put it in ~/.pgpass, where it is not stored "
                        "in the program's settings."
                    )
            except api.DatabaseError as exc:
                reason = problem_text(exc.problem, str) if exc.problem else str(exc)
        self.problem_label.setText(reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not reason)


def choose_team_database(window: MainWindow) -> TeamDatabaseDialog:
    """File > Team database...: the dialog, whose OK remembers the address for the next start."""
    dialog = TeamDatabaseDialog(window.settings.team_database, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _remember(window, dialog.address()))
    dialog.open()
    return dialog


def _remember(window: MainWindow, address: str) -> None:
    window.settings.team_database = address
    message = (
        QCoreApplication.translate(
            "TeamDatabaseDialog",
            "The team database will be opened when you start Regio Desktop again.",
        )
        if address
        else QCoreApplication.translate(
            "TeamDatabaseDialog",
            "Your own profile will be opened when you start Regio Desktop again.",
        )
    )
    window.statusBar().showMessage(message, 8000)
