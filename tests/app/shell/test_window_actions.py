"""The window's actions as data: every menu entry explains itself in the status bar, frequent
actions have shortcuts and no two shortcuts collide; every control has an accessible name; the
light and dark palettes switch at once and keep cells readable; recent files reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from regio_desktop.app.common.palette import cell_background
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.app.workbench.membership_matrix import EditedRole


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            found += _menu_actions(action.menu())
        else:
            found.append(action)
    return found


def _all_menu_actions(window: MainWindow) -> list[QAction]:
    actions: list[QAction] = []
    for top in window.menuBar().actions():
        actions += _menu_actions(top.menu())
    return actions


def test_every_menu_action_has_a_status_tip(window: MainWindow) -> None:
    window.recent_menu.aboutToShow.emit()
    missing = [
        a.text() for a in _all_menu_actions(window) if a.isEnabled() and not a.statusTip().strip()
    ]
    assert missing == []


def test_frequent_actions_have_shortcuts_and_none_collide(window: MainWindow) -> None:
    frequent = {
        "new": window.files.new_action,
        "open": window.files.open_action,
        "save": window.files.save_action,
        "save as": window.files.save_as_action,
        "undo": window.undo_action,
        "redo": window.redo_action,
        "next": window.files.next_action,
        "previous": window.files.previous_action,
        "export report": window.files.report_action,
        "export table": window.files.table_action,
        "search": window.library.focus_search_action,
    }
    without = [name for name, action in frequent.items() if action.shortcut().isEmpty()]
    assert without == []
    seen: dict[str, str] = {}
    clashes = []
    for action in {id(a): a for a in _all_menu_actions(window)}.values():
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue  # a shortcut bound to one widget (Delete in the library) cannot clash
        for sequence in action.shortcuts():
            key = sequence.toString()
            if key in seen and seen[key] != action.text():
                clashes.append((key, seen[key], action.text()))
            seen[key] = action.text()
    assert clashes == []
    # Tooltips name the shortcut, so a user hovering a toolbar button learns it.
    assert "Ctrl+N" in window.files.new_action.toolTip()


def test_every_focusable_control_has_an_accessible_name(window: MainWindow) -> None:
    unnamed = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the spin box's own line edit: the spin box carries the name
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name):
            unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    assert unnamed == []


def test_dock_toggles_have_alt_number_shortcuts(window: MainWindow, qtbot: QtBot) -> None:
    toggle = window.docks["scenarios"].toggleViewAction()
    assert toggle.shortcut() == QKeySequence("Alt+1")
    toggle.trigger()
    assert not window.docks["scenarios"].isVisible()
    toggle.trigger()
    assert window.docks["scenarios"].isVisible()


def test_dark_theme_switches_now_and_is_remembered(
    window: MainWindow, app_settings: AppSettings
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        window.theme_actions["dark"].trigger()
        assert app_settings.theme == "dark"
        assert app.palette().color(QPalette.ColorRole.Base).lightness() < 100
        window.document.toggle_membership("KAZ", "CSTO")
        model = window.matrix.matrix_model
        index = model.index_of("KAZ", "CSTO")
        assert model.data(index, EditedRole)
        brush = model.data(index, Qt.ItemDataRole.BackgroundRole)
        assert brush.color() == cell_background("edited", dark=True)
        assert brush.color().lightness() < 128
        window.theme_actions["light"].trigger()
        assert app.palette().color(QPalette.ColorRole.Base).lightness() > 200
        brush = model.data(index, Qt.ItemDataRole.BackgroundRole)
        assert brush.color() == cell_background("edited", dark=False)
    finally:
        window.choose_theme("system")


def test_recent_files_menu_reopens_a_saved_scenario(window: MainWindow, tmp_path: Path) -> None:
    window.document.toggle_membership("KAZ", "CSTO")
    window.files.save_as(tmp_path / "recent.regio.json")
    window.files.new_action.trigger()
    window.files.close_action.trigger()  # the new, empty one: closes without a question
    window.files.close_action.trigger()  # the saved one
    assert window.document.scenario.is_empty
    window.recent_menu.aboutToShow.emit()
    entries = window.recent_menu.actions()
    assert entries[0].text() == "&1 recent.regio.json"
    entries[0].trigger()
    assert window.document.scenario.membership_edit("KAZ", "CSTO") is not None


def test_explore_from_the_scenario_menu_opens_a_combination(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.explore_action.shortcut() == QKeySequence("Ctrl+Shift+E")
    window.explore_action.trigger()
    dialog = window.explore_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.run_finished, timeout=20000) as finished:
        dialog.run()
    assert finished.args == ["done"]
    before = len(window.session.entries)
    dialog.open_row(0)
    assert len(window.session.entries) == before + 1
    assert window.session.current == before
    assert window.document.scenario.alignment_map
    dialog.close()


def test_compare_from_the_scenario_menu(window: MainWindow) -> None:
    window.document.set_alignment("KAZ", "china-centred")
    window.files.duplicate_action.trigger()
    window.document.toggle_membership("KAZ", "CSTO")
    window.compare_action.trigger()
    dialog = window.compare_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.checked_indices() == [1, 0] or sorted(dialog.checked_indices()) == [0, 1]
    comparison = dialog.comparison
    assert comparison is not None
    assert set(comparison.changes["what"]) == {"membership:CSTO"}
    dialog.close()


def test_no_stray_dock_tab_bars(window: MainWindow) -> None:
    """Every visible tab bar of the window belongs to a group of tabbed docks."""
    from PySide6.QtWidgets import QTabBar

    visible = [
        sorted(bar.tabText(i) for i in range(bar.count()))
        for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if bar.isVisible()
    ]
    assert sorted(visible) == [
        ["Arguments", "Arguments library", "Breakdown", "Source reader"],
        ["Blocs", "Charts", "Map", "Warnings"],
        ["Indicators", "Who else moves"],
    ]


def test_compare_and_explore_tooltips_name_their_shortcut(window: MainWindow) -> None:
    assert window.compare_action.toolTip() == "Compare scenarios (Ctrl+Shift+C)"
    assert window.explore_action.toolTip() == "Explore combinations (Ctrl+Shift+E)"
    assert window.library.new_action.toolTip() == "New argument (Ctrl+Shift+N)"
