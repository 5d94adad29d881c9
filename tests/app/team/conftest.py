"""Windows on team databases of the session's server: a fresh database per test with an editor
and a viewer (tests/postgres_server.py), and windows started as the program starts them."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.shell.launch import start_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from tests.postgres_server import PostgresServer

_numbers = itertools.count(1)


def team_on(server: PostgresServer, template: str) -> tuple[str, str, str]:
    """A fresh team database copied from ``template``: (owner's, an editor's, a viewer's)."""
    n = next(_numbers)
    database = f"live_team_{n}"
    owner = server.create_database(database, template=template)
    urls = [owner]
    for role in ("editor", "viewer"):
        name = f"live_{role}_{n}"
        server.sql(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') "
            f"THEN CREATE ROLE {name} LOGIN PASSWORD 'pw'; END IF; END $$"
        )
        api.grant_team_role(api.team_address(owner), name, role)
        urls.append(server.url(database, name, "pw"))
    return urls[0], urls[1], urls[2]


@pytest.fixture
def team(postgres: PostgresServer, tiny_team_template: str) -> tuple[str, str, str]:
    return team_on(postgres, tiny_team_template)


@pytest.fixture
def start(qtbot: QtBot, app_settings: AppSettings) -> Iterator[Callable[[str, Path], MainWindow]]:
    """Start a window on ``url`` with the profile folder ``profile``, shown."""
    opened: list[MainWindow] = []

    def open_window(url: str, profile: Path) -> MainWindow:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        window = start_window(app, app_settings, url, profile)
        qtbot.addWidget(window)
        window.show()
        window.library.bring_to_front()
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield open_window
    for window in opened:
        window.close_discarding()


def run_sql(url: str, statement: str, params: tuple[object, ...] = ()) -> None:
    """One statement from another client (psql, a script): not the window's store."""
    with psycopg.connect(url, autocommit=True) as con:
        con.execute(statement, params)  # type: ignore[arg-type]


SHOTS_VARIABLE = "REGIO_TEAM_SHOTS"
"""A folder to save the windows' pictures in (looked at by a person; unset in CI: none)."""


def shoot(widget: QWidget, name: str) -> None:
    """Save a picture of ``widget`` as NAME.png in the folder REGIO_TEAM_SHOTS names, if any."""
    folder = os.environ.get(SHOTS_VARIABLE)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"{name}.png"))
