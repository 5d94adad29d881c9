"""Asking for a team database's password in the window (#17), never storing it.

A team address names a user but, by design, no password (File > Team database refuses one, so
that settings never hold it); libpq then looks in ``~/.pgpass``. When the server still wants a
password, the window asks for it in a dialog whose field hides what is typed, and starts again
with it: the password lives in the memory of this window's connections and nowhere else. A
refused password asks again, saying so; Cancel gives the usual refusal. The command line never
asks: it says in one line where to put the password.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.library.record_editor import PROBLEM_COLOUR

T = TypeVar("T")


def asks_for_password(error: Exception) -> bool:
    """Whether starting failed only because the server wants a password it was not given."""
    problem = getattr(error, "problem", None)
    return isinstance(problem, api.Problem) and problem.code == "team_password_needed"


class PasswordDialog(QDialog):
    """The password of one login on one server, typed out of sight."""

    def __init__(
        self, address: api.TeamAddress, refused: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team_password_dialog")
        self.setWindowTitle(self.tr("Team database password"))
        asked = QLabel(
            self.tr(
                "The team database server {server} asks for the password of {user} "
                "(database {database})."
            ).format(server=address.server, user=address.login, database=address.database)
        )
        asked.setWordWrap(True)
        self.refused_label = QLabel(self.tr("The server refused that password. Try again."))
        self.refused_label.setObjectName("password_refused")
        self.refused_label.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.refused_label.setVisible(refused)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("team_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        kept = QLabel(
            self.tr(
                "The password is used for this session only and never saved. To start without "
                "typing it, put it in ~/.pgpass."
            )
        )
        kept.setWordWrap(True)
        kept.setStyleSheet("color: #6b6b6b")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(asked)
        form.addRow(self.refused_label)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(kept)
        form.addRow(self.buttons)
        self.resize(460, 160)

    def password(self) -> str:
        return self.password_edit.text()


def start_with_password(url: str, attempt: Callable[[str], T], parent: QWidget | None = None) -> T:
    """Ask for the password of ``url`` and ``attempt`` the address with it, until the server
    takes it; Cancel raises the last refusal (a DatabaseError) for the caller to show."""
    address = api.team_address(url)
    found = api.Problem("team_password_needed", {"user": address.login, "server": address.server})
    refusal = api.DatabaseError(found.message, problem=found)
    refused = False
    while True:
        dialog = PasswordDialog(address, refused, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        typed = dialog.password()
        dialog.deleteLater()
        if not accepted:
            raise refusal
        try:
            return attempt(dataclasses.replace(address, password=typed).libpq_url())
        except api.DatabaseError as exc:
            problem = getattr(exc, "problem", None)
            if not (isinstance(problem, api.Problem) and problem.code == "team_login_refused"):
                raise
            refusal, refused = exc, True
