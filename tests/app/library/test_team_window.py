"""The window on a team database (#17): two windows on two profiles against one server share
their arguments; a viewer's window is refused by the server and says so; File > Team database
remembers an address (never a password) for the next start."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.shell.launch import start_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.app.shell.team_database_dialog import TeamDatabaseDialog
from tests.app.evidence_helpers import user_argument
from tests.postgres_server import PostgresServer

_numbers = itertools.count(1)


@pytest.fixture
def team(postgres: PostgresServer, tiny_team_template: str) -> tuple[str, str, str]:
    """A fresh team database holding the tiny world: (owner's, an editor's, a viewer's) URLs."""
    n = next(_numbers)
    database = f"window_team_{n}"
    owner = postgres.create_database(database, template=tiny_team_template)
    urls = [owner]
    for role in ("editor", "viewer"):
        name = f"window_{role}_{n}"
        postgres.create_login(name, "pw")
        api.grant_team_role(api.team_address(owner), name, role)
        urls.append(postgres.url(database, name, "pw"))
    return urls[0], urls[1], urls[2]


def _start(qtbot: QtBot, settings: AppSettings, url: str, profile: Path) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = start_window(app, settings, url, profile)
    qtbot.addWidget(window)
    return window


def test_two_windows_on_one_server_share_what_an_editor_adds(
    team: tuple[str, str, str], tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    _, as_editor, as_viewer = team
    editing = _start(qtbot, app_settings, as_editor, tmp_path / "alice")
    reading = _start(qtbot, app_settings, as_viewer, tmp_path / "bob")
    assert editing.document.world.location.startswith("postgresql://")
    assert "KAZ" in editing.document.world.state_codes
    label = editing.findChild(QLabel, "team_database_label")
    assert label is not None and label.text().startswith("Team database: postgresql://window_")
    assert ":pw@" not in label.text()
    assert editing.evidence.add_argument(user_argument(claim="Added by the editor's window."))
    assert "user_0001" in reading.evidence.arguments().index
    assert reading.evidence.arguments().at["user_0001", "claim"] == "Added by the editor's window."
    editing.close_discarding()
    reading.close_discarding()


def test_a_viewers_window_is_refused_by_the_server_and_says_so(
    team: tuple[str, str, str], tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    _, _, as_viewer = team
    window = _start(qtbot, app_settings, as_viewer, tmp_path / "bob")
    said: list[str] = []
    window.evidence.refused.connect(said.append)
    window.evidence.storage_failed.connect(said.append)
    assert not window.evidence.add_argument(user_argument(claim="A viewer tries."))
    assert len(said) == 1
    assert "refused the change" in said[0] and "may not write arguments" in said[0]
    assert "user_0001" not in window.evidence.arguments().index
    window.close_discarding()


def test_the_team_database_entry_checks_and_remembers_an_address(
    team: tuple[str, str, str], tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    owner, _, _ = team
    window = _start(qtbot, app_settings, owner, tmp_path / "owner")
    action = window.findChild(QAction, "team_database_action")
    assert action is not None
    action.trigger()
    dialog = window.findChild(TeamDatabaseDialog, "team_database_dialog")
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.address_edit.setText("postgresql:///nowhere")
    assert not ok.isEnabled() and "names no server" in dialog.problem_label.text()
    dialog.address_edit.setText("postgresql://alice:secret@db.example.org/regio")
    assert not ok.isEnabled() and "~/.pgpass" in dialog.problem_label.text()
    dialog.address_edit.setText("postgresql://alice@db.example.org/regio")
    assert ok.isEnabled() and not dialog.problem_label.text()
    ok.click()
    assert app_settings.team_database == "postgresql://alice@db.example.org/regio"
    assert "when you start Regio Desktop again" in window.statusBar().currentMessage()
    window.close_discarding()
