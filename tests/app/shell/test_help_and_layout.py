"""Help > Keyboard shortcuts lists the window's own shortcuts; Help > About names the version;
View > Reset layout brings every panel back."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import regio_desktop
from regio_desktop.app.shell.about_dialog import about_text
from regio_desktop.app.shell.getting_started import getting_started_html
from regio_desktop.app.shell.help_menu import shortcut_rows, shortcuts_dialog
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.translation import install_translators


def test_the_help_menu_offers_shortcuts_and_about(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    assert window.shortcuts_action.shortcut().toString() == "F1"
    assert regio_desktop.__version__ in about_text()
    assert "World Bank" in about_text() and "Natural Earth" in about_text()


def test_the_shortcut_list_is_read_from_the_actions(window: MainWindow, qtbot: QtBot) -> None:
    rows = dict(shortcut_rows(window))
    assert rows["New scenario"] == "Ctrl+N"
    assert rows["Compare scenarios"] == "Ctrl+Shift+C"
    assert rows["Keyboard shortcuts"] == "F1"
    dialog = shortcuts_dialog(window)
    qtbot.addWidget(dialog)
    table = dialog.table  # type: ignore[attr-defined]
    assert table.rowCount() == len(rows)
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert shown == rows


def test_reset_layout_brings_every_panel_back(window: MainWindow) -> None:
    window.docks["map"].hide()
    window.docks["indicators"].setFloating(True)
    window.removeDockWidget(window.docks["scenarios"])
    QApplication.processEvents()
    window.reset_layout_action.trigger()
    QApplication.processEvents()
    for key, dock in window.docks.items():
        assert not dock.isHidden(), key
        assert not dock.isFloating(), key
    assert not window.docks["map"].visibleRegion().isEmpty()  # in front of its tabs again


def test_a_new_language_offers_a_restart(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        "regio_desktop.app.shell.main_window.QProcess.startDetached",
        lambda program, arguments: started.append((program, list(arguments))) or True,
    )
    window.choose_language("ru")
    box = window.findChild(QMessageBox, "language_box")
    assert box is not None and box.isVisible()
    assert window.settings.language == "ru"
    qtbot.mouseClick(window.restart_button, Qt.MouseButton.LeftButton)
    assert started == [(sys.executable, sys.argv)]
    assert not window.isVisible()  # closed (the fixture answers Discard to unsaved scenarios)


def test_restarting_later_keeps_the_window(window: MainWindow, qtbot: QtBot) -> None:
    window.choose_language("kk")
    box = window.findChild(QMessageBox, "language_box")
    later = next(b for b in box.buttons() if b is not window.restart_button)
    qtbot.mouseClick(later, Qt.MouseButton.LeftButton)
    assert window.isVisible() and window.settings.language == "kk"


def test_getting_started_opens_from_the_help_menu(window: MainWindow, qtbot: QtBot) -> None:
    help_menu = window.menuBar().actions()[-1].menu()
    assert help_menu.actions()[0] is window.getting_started_action
    window.getting_started_action.trigger()
    dialog = window.getting_started  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    assert not dialog.isModal() and dialog.windowTitle() == "Getting started"
    text = dialog.browser.toPlainText()
    for words in ("double-click", "Alignment", "Breakdown", "Arguments", "Who else moves"):
        assert words in text, words
    for words in ("Compare", "Ctrl+Shift+C", "Explore", "Export report"):
        assert words in text, words
    assert 6 <= dialog.browser.document().toHtml().count("<li") <= 10
    window.getting_started_action.trigger()  # one dialog, raised again
    assert window.getting_started is dialog  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_getting_started_is_translated(language: str, qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    english = getting_started_html()
    translators = install_translators(app, language)
    try:
        translated = getting_started_html()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translators(app, "en")
    assert translated.count("<li>") == english.count("<li>")
    assert "double-click" not in translated and "Breakdown" not in translated
