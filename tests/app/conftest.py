"""Fixtures for the window's tests: a document and a main window over the tiny world."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from regio_desktop.app.launch import open_window
from regio_desktop.app.main_window import MainWindow
from regio_desktop.app.scenario_document import ScenarioDocument
from regio_desktop.app.settings import AppSettings
from regio_desktop.world.loaded_world import World


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    """Settings in a temporary INI file, never the user's profile."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def document(tiny_world: World, qtbot: QtBot) -> ScenarioDocument:
    doc = ScenarioDocument(tiny_world)
    doc.select_state("KAZ")
    return doc


@pytest.fixture
def window(tiny_world: World, app_settings: AppSettings, qtbot: QtBot) -> MainWindow:
    win = open_window(tiny_world, app_settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def indicator_value(window: MainWindow, indicator: str, entity: str = "KAZ") -> float:
    """The scenario value the indicator table shows for an indicator (selected-state mode)."""
    model = window.indicator_panel.model
    row = model.find_row(indicator, entity)
    assert row >= 0, f"{indicator} of {entity} is not in the indicator table"
    return float(model.rows.at[row, "value"])
