"""A team address without a password, on a server that wants one (scram-sha-256 on 127.0.0.1,
tests/postgres_server.py) and no ~/.pgpass entry: the window asks for the password out of
sight, asks again when it is wrong, never stores it, and Cancel is the usual refusal; the
command line does not ask and says in one line where the password goes."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from regio_desktop import api, cli
from regio_desktop.app.shell.launch import start_or_explain
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.app.team.password_prompt import PasswordDialog
from tests.app.team.conftest import shoot
from tests.postgres_server import PostgresServer

_numbers = itertools.count(1)
Answer = Callable[[PasswordDialog | QMessageBox], None]


@pytest.fixture
def no_password_url(
    postgres: PostgresServer, tiny_team_template: str, monkeypatch: pytest.MonkeyPatch
) -> str:
    """An editor's address without its password ('secret'), with no ~/.pgpass to find it in."""
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    n = next(_numbers)
    database = f"password_team_{n}"
    owner = postgres.create_database(database, template=tiny_team_template)
    name = f"asked_{n}"
    postgres.create_login(name, "secret")
    api.grant_team_role(api.team_address(owner), name, "editor")
    return postgres.url(database, name)


@pytest.fixture
def answering(qtbot: QtBot) -> Iterator[Callable[[list[Answer]], list[str]]]:
    """Answer the modal dialogs that come up, in order, with the given functions; returns what
    each dialog said (its text), for the assertions."""
    timer = QTimer()

    def start(answers: list[Answer]) -> list[str]:
        said: list[str] = []

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if not answers or not isinstance(dialog, PasswordDialog | QMessageBox):
                return
            labels = dialog.findChildren(QLabel)
            said.append(" ".join(lab.text() for lab in labels if lab.isVisible()))
            answers.pop(0)(dialog)

        timer.timeout.connect(poll)
        timer.start(50)
        return said

    yield start
    timer.stop()


def _type(password: str) -> Answer:
    def answer(dialog: PasswordDialog | QMessageBox) -> None:
        assert isinstance(dialog, PasswordDialog)
        field = dialog.findChild(QLineEdit, "team_password")
        assert field is not None and field.echoMode() == QLineEdit.EchoMode.Password
        field.setText(password)
        shoot(
            dialog, f"8-password-prompt-{'again' if dialog.refused_label.isVisible() else 'first'}"
        )
        dialog.accept()

    return answer


def _cancel(dialog: PasswordDialog | QMessageBox) -> None:
    dialog.reject()


def _start(app_settings: AppSettings, url: str, profile: Path) -> MainWindow | None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return start_or_explain(app, app_settings, url, profile)


def test_the_window_asks_for_the_password_again_when_wrong_and_never_stores_it(
    no_password_url: str,
    tmp_path: Path,
    app_settings: AppSettings,
    qtbot: QtBot,
    answering: Callable[[list[Answer]], list[str]],
) -> None:
    said = answering([_type("wrong"), _type("secret")])
    window = _start(app_settings, no_password_url, tmp_path / "alice")
    assert window is not None
    qtbot.addWidget(window)
    assert "asks for the password of asked_" in said[0]
    assert "refused that password" not in said[0]
    assert "The server refused that password. Try again." in said[1]
    assert window.evidence.store.team is not None and window.evidence.add_argument(
        api.ArgumentRecord(
            id="user_0001",
            claim="Written after typing the password.",
            stance="for",
            target_kind="membership",
            target="EAEU",
            source="fixture",
        )
    )
    label = window.findChild(QLabel, "team_database_label")
    assert label is not None and "secret" not in label.text()
    window.close_discarding()
    app_settings.sync()
    ini = tmp_path / "settings.ini"  # the app_settings fixture's file
    stored = QSettings(str(ini), QSettings.Format.IniFormat)
    assert stored.allKeys() and all("secret" not in str(stored.value(k)) for k in stored.allKeys())
    assert "secret" not in ini.read_text(errors="replace")


def test_cancel_gives_the_usual_refusal(
    no_password_url: str,
    tmp_path: Path,
    app_settings: AppSettings,
    answering: Callable[[list[Answer]], list[str]],
) -> None:
    said = answering([_cancel, _cancel])
    assert _start(app_settings, no_password_url, tmp_path / "bob") is None
    assert "The world database cannot be opened." in said[1]
    assert "asks for the password of asked_" in said[1]


def test_the_command_line_does_not_ask_and_says_where_the_password_goes(
    no_password_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["scenarios", "list", "--db", no_password_url]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "asks for the password of asked_" in err and "~/.pgpass or in PGPASSWORD" in err
