"""A saved layout cannot leave panels unusable: docks squeezed before closing come back at a
usable size when the window starts again (#13 review item 6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.shell.dock_layout import MIN_DOCK_SIDE
from regio_desktop.app.shell.launch import open_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings


def _open(
    world: api.World,
    settings: AppSettings,
    store: api.ArgumentStore,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    window = open_window(world, settings, store=store)
    monkeypatch.setattr(
        window.files, "ask_unsaved", lambda names: QMessageBox.StandardButton.Discard
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def test_squeezed_docks_come_back_usable(
    tiny_world: api.World,
    app_settings: AppSettings,
    store: api.ArgumentStore,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = _open(tiny_world, app_settings, store, qtbot, monkeypatch)
    first.resize(1400, 900)
    docks = first.docks
    first.resizeDocks([docks["scenarios"]], [1], Qt.Orientation.Horizontal)
    first.resizeDocks([docks["scenarios"], docks["alignment"]], [1, 1], Qt.Orientation.Vertical)
    first.resizeDocks([docks["indicators"]], [1], Qt.Orientation.Horizontal)
    first.resizeDocks([docks["indicators"]], [1], Qt.Orientation.Vertical)
    QApplication.processEvents()
    squeezed = {
        k: (d.width(), d.height()) for k, d in docks.items() if not d.visibleRegion().isEmpty()
    }
    assert min(min(size) for size in squeezed.values()) < MIN_DOCK_SIDE  # really squeezed
    first.close()

    again = _open(tiny_world, app_settings, store, qtbot, monkeypatch)
    # What a user sees: the docks in front (a tab behind another has no visible region).
    shown = {k: d for k, d in again.docks.items() if not d.visibleRegion().isEmpty()}
    assert {"scenarios", "alignment", "indicators"} <= set(shown)
    for key, dock in shown.items():
        assert dock.width() >= MIN_DOCK_SIDE, (key, dock.width())
        assert dock.height() >= MIN_DOCK_SIDE, (key, dock.height())
