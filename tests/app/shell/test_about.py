"""Help > About shows the icon, the version, the licence and the sources' licences, in the
window's language; the installed program's icon, translations and presets are found."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

import regio_desktop
from regio_desktop import api
from regio_desktop.app.diagnostics.packaged_files import missing_pieces
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.translation import install_translators


def _open_about(window: MainWindow, qtbot: QtBot) -> QDialog:
    window.about_action.trigger()
    dialog = window.about_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_about_names_version_licence_and_data_sources(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _open_about(window, qtbot)
    text = dialog.text.text()
    assert f"Regio Desktop {regio_desktop.__version__}" in text
    assert "MIT" in text
    assert "World Bank" in text and "CC BY 4.0" in text
    assert "Natural Earth" in text and "public domain" in text
    assert not dialog.icon.pixmap().isNull()
    table = dialog.table
    counted = {
        table.item(r, 0).text(): int(table.item(r, 1).text()) for r in range(table.rowCount())
    }
    # Every source of the loaded world is counted under its licence, once.
    assert sum(counted.values()) == len(window.document.world.sources)
    assert all(counted.values())
    window.about_action.trigger()
    assert window.about_dialog is dialog  # reused, not a second window


def test_about_is_translated(window: MainWindow, qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translators(app, "ru")
    try:
        dialog = _open_about(window, qtbot)
        assert "Лицензия" in dialog.text.text()
        assert dialog.windowTitle() == QCoreApplication.translate(
            "AboutDialog", "About Regio Desktop"
        )
        assert dialog.windowTitle() != "About Regio Desktop"
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_the_icon_draws_and_the_package_is_whole(qtbot: QtBot) -> None:
    icon = QIcon(str(api.application_icon_path()))
    for size in (16, 32, 256):
        assert icon.pixmap(size, size).width() == size
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.windowIcon()
    app.setWindowIcon(icon)
    try:
        assert missing_pieces(app) == []
    finally:
        app.setWindowIcon(before)
