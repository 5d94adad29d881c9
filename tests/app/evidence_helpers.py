"""Helpers shared by the evidence tests: a valid user argument and the editor's OK button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.library.argument_editor import ArgumentEditor


def user_argument(argument_id: str = "user_0001", claim: str = "A claim.") -> api.ArgumentRecord:
    return api.ArgumentRecord(
        id=argument_id,
        claim=claim,
        stance="for",
        target_kind="membership",
        target="EAEU",
        source="fixture",
        states=("KAZ",),
    )


def ok_button(dialog: ArgumentEditor | QDialogButtonBox) -> QPushButton:
    box = dialog if isinstance(dialog, QDialogButtonBox) else dialog.buttons
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def click_ok(qtbot: QtBot, dialog: ArgumentEditor) -> None:
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, key by key (QTest.keyClicks aborts on characters beyond Latin-1)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
