"""The Help menu: Getting started, the keyboard shortcuts (read from the window's own actions)
and About.

The shortcut list is made from the actions themselves, so it cannot fall behind a new shortcut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QTableWidget,
    QTableWidgetItem,
)

from regio_desktop.app.shell.about_dialog import about_dialog
from regio_desktop.app.shell.getting_started import getting_started_dialog
from regio_desktop.app.shell.info_dialog import info_dialog

if TYPE_CHECKING:
    from regio_desktop.app.shell.main_window import MainWindow


def build_help_menu(window: MainWindow) -> None:
    """Help, last in the menu bar: Getting started, Keyboard shortcuts (F1) and About."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
    window.getting_started_action = QAction(
        QCoreApplication.translate("HelpMenu", "&Getting started"), window
    )
    window.getting_started_action.setStatusTip(
        QCoreApplication.translate("HelpMenu", "The analyst's loop in a few lines")
    )
    window.getting_started_action.triggered.connect(lambda: _show_getting_started(window))
    window.shortcuts_action = QAction(
        QCoreApplication.translate("HelpMenu", "&Keyboard shortcuts"), window
    )
    window.shortcuts_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    window.shortcuts_action.setStatusTip(
        QCoreApplication.translate("HelpMenu", "Every keyboard shortcut of the window")
    )
    window.shortcuts_action.triggered.connect(lambda: shortcuts_dialog(window).exec())
    window.about_action = QAction(
        QCoreApplication.translate("HelpMenu", "&About Regio Desktop"), window
    )
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.about_action.setStatusTip(
        QCoreApplication.translate("HelpMenu", "Version, licence and the sources of the data")
    )
    window.about_action.triggered.connect(lambda: _show_about(window))
    menu.addAction(window.getting_started_action)
    menu.addAction(window.shortcuts_action)
    menu.addSeparator()
    menu.addAction(window.about_action)


def _show_about(window: MainWindow) -> None:
    """Open the About dialog (one kept and reused, as the guide is)."""
    dialog = getattr(window, "about_dialog", None)
    if dialog is None:
        dialog = about_dialog(window, window.document.world)
        window.about_dialog = dialog
    dialog.show()
    dialog.raise_()


def _show_getting_started(window: MainWindow) -> None:
    """Show the guide beside the window (one kept, non-modal: it can stay open while working)."""
    dialog = getattr(window, "getting_started", None)
    if dialog is None:
        dialog = getting_started_dialog(window)
        window.getting_started = dialog
    dialog.show()
    dialog.raise_()


def shortcut_rows(window: MainWindow) -> list[tuple[str, str]]:
    """(what the action does, its keys) for every action of the window that has a shortcut,
    sorted by the action's name, each action once."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
        if keys and name:
            rows.setdefault(name, keys)
    return sorted(rows.items(), key=lambda row: row[0].casefold())


def shortcuts_dialog(window: MainWindow) -> QDialog:
    """A dialog with the shortcut table (not shown: the caller shows or executes it)."""
    rows = shortcut_rows(window)
    table = QTableWidget(len(rows), 2)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("HelpMenu", "Action"),
            QCoreApplication.translate("HelpMenu", "Keys"),
        ]
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    for row, (name, keys) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(keys))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    title = QCoreApplication.translate("HelpMenu", "Keyboard shortcuts")
    dialog = info_dialog(window, title, table, (520, 560))
    dialog.table = table  # type: ignore[attr-defined]
    return dialog
