"""A main window over the shipped world, and the edit the analyst of issue 13 made through it:
Kazakhstan leaves the EAEU, by a double-click on its cell of the matrix."""

from __future__ import annotations

from functools import cache

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.shell.launch import open_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings


@cache
def shipped_world() -> api.World:
    return api.load_world()


def open_shipped_window(
    settings: AppSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    """The window on the shipped world, Kazakhstan selected, shown at a laptop's size."""
    window = open_window(shipped_world(), settings)
    monkeypatch.setattr(
        window.files, "ask_unsaved", lambda names: QMessageBox.StandardButton.Discard
    )
    qtbot.addWidget(window)
    window.resize(1600, 950)
    window.show()
    qtbot.waitExposed(window)
    window.document.select_state("KAZ")
    return window


def leave_by_double_click(window: MainWindow, qtbot: QtBot, state: str, bloc: str) -> None:
    """Double-click the state's cell of the bloc in the matrix, as the analyst does."""
    view = window.matrix
    index = view.matrix_model.index_of(state, bloc)
    view.scrollTo(index)
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    # the undo text names the state and the bloc as the analyst reads them
    name = window.document.name(state)
    assert window.document.undo_stack.undoText().startswith(f"{name} leaves ")
