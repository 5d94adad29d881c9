"""Fixtures for the window's tests: a document and a main window over the tiny world."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.documents.evidence_document import EvidenceDocument
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.shell.launch import open_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
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
def evidence_db(tiny_db: Path, tmp_path: Path) -> Path:
    """A writable copy of the tiny database: the session file itself is never written."""
    copy = tmp_path / "user.sqlite"
    shutil.copyfile(tiny_db, copy)
    return copy


@pytest.fixture
def store(evidence_db: Path) -> Iterator[api.ArgumentStore]:
    opened = api.ArgumentStore(evidence_db)
    yield opened
    opened.close()


@pytest.fixture
def evidence(document: ScenarioDocument, store: api.ArgumentStore) -> EvidenceDocument:
    return EvidenceDocument(document, store)


@pytest.fixture
def window(
    tiny_world: World,
    app_settings: AppSettings,
    store: api.ArgumentStore,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    win = open_window(tiny_world, app_settings, store=store)
    # Closing at teardown must not wait on the unsaved-changes question: answer "Discard".
    monkeypatch.setattr(win.files, "ask_unsaved", lambda names: QMessageBox.StandardButton.Discard)
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
