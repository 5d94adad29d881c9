"""The main window's actions, toolbar and menus, declared in one place.

Menus and the toolbar list actions that the rooms and ScenarioFileActions own; this module only
arranges them and makes the few actions that belong to the window itself. Texts keep the
"MainWindow" translation context they had when this code lived in the window class.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

from regio_desktop.app.common.actions import make_action
from regio_desktop.app.present.deck_actions import DeckActions
from regio_desktop.app.replay.replay_actions import ReplayActions
from regio_desktop.app.shell.help_menu import build_help_menu
from regio_desktop.app.shell.scenario_file_actions import ScenarioFileActions
from regio_desktop.app.shell.team_database_dialog import choose_team_database
from regio_desktop.app.shell.team_scenarios import TeamScenarioActions
from regio_desktop.app.shell.theme import THEMES
from regio_desktop.app.shell.translation import LANGUAGE_NAMES

if TYPE_CHECKING:
    from regio_desktop.app.shell.main_window import MainWindow


def file_toolbar(window: MainWindow) -> QToolBar:
    """The File toolbar: new, open and save with their standard icons."""
    bar = QToolBar(QCoreApplication.translate("MainWindow", "File"), window)
    bar.setObjectName("file_toolbar")
    style = window.style()
    icons = {
        window.files.new_action: QStyle.StandardPixmap.SP_FileIcon,
        window.files.open_action: QStyle.StandardPixmap.SP_DialogOpenButton,
        window.files.save_action: QStyle.StandardPixmap.SP_DialogSaveButton,
    }
    for action, pixmap in icons.items():
        action.setIcon(style.standardIcon(pixmap))
        bar.addAction(action)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return bar


def build_actions(window: MainWindow) -> None:
    """The window's own actions (undo and redo of the active history, quit, languages, themes,
    compare, explore), set on the window; the file actions come from ScenarioFileActions."""
    group = window.document.undo_group
    window.undo_action = group.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "Undo")
    )
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = group.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "Redo")
    )
    # The toolbar buttons keep their short label (the menu and the tooltip name the edit), so
    # the toolbar does not change width, and re-lay out the window, with every edit.
    window.undo_action.setIconText(QCoreApplication.translate("MainWindow", "Undo"))
    window.redo_action.setIconText(QCoreApplication.translate("MainWindow", "Redo"))
    window.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    window.files = ScenarioFileActions(window.session, window.settings, window)
    window.decks = DeckActions(
        window.session, window, window.evidence.store.team, window.evidence.readonly
    )
    window.replays = ReplayActions(window.document, window)
    window.open_action = window.files.open_action
    window.save_action = window.files.save_action
    window.quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
    window.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    window.quit_action.triggered.connect(window.close)
    window.quit_action.setStatusTip(
        QCoreApplication.translate(
            "MainWindow", "Close Regio Desktop (asks about unsaved scenarios)"
        )
    )
    window.undo_action.setStatusTip(
        QCoreApplication.translate(
            "MainWindow",
            "Take back the last edit: of the scenario, or of the arguments in the Library",
        )
    )
    window.redo_action.setStatusTip(
        QCoreApplication.translate("MainWindow", "Do again the edit last taken back")
    )
    window.language_group = QActionGroup(window)
    window.language_group.setExclusive(True)
    window.language_actions: dict[str, QAction] = {}
    for code, name in LANGUAGE_NAMES.items():
        action = QAction(name, window, checkable=True)
        action.setChecked(code == window.settings.language)
        action.setData(code)
        action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "Language of the window and of state and bloc names"
            )
        )
        action.triggered.connect(lambda _=False, c=code: window.choose_language(c))
        window.language_group.addAction(action)
        window.language_actions[code] = action
    window.compare_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Compare scenarios…"),
        window.show_compare,
        QKeySequence("Ctrl+Shift+C"),
    )
    window.compare_action.setStatusTip(
        QCoreApplication.translate(
            "MainWindow", "Two to four open scenarios side by side: deltas, changes, arguments"
        )
    )
    window.explore_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "E&xplore combinations…"),
        window.show_explore,
        QKeySequence("Ctrl+Shift+E"),
    )
    window.explore_action.setStatusTip(
        QCoreApplication.translate(
            "MainWindow", "Evaluate every combination of alignment choices for chosen states"
        )
    )
    window.theme_group = QActionGroup(window)
    window.theme_group.setExclusive(True)
    names = {
        "system": QCoreApplication.translate("MainWindow", "Follow the system"),
        "light": QCoreApplication.translate("MainWindow", "Light"),
        "dark": QCoreApplication.translate("MainWindow", "Dark"),
    }
    window.theme_actions: dict[str, QAction] = {}
    for code in THEMES:
        action = QAction(names[code], window, checkable=True)
        action.setChecked(code == window.settings.theme)
        action.setStatusTip(QCoreApplication.translate("MainWindow", "Colours of the whole window"))
        action.triggered.connect(lambda _=False, c=code: window.choose_theme(c))
        window.theme_group.addAction(action)
        window.theme_actions[code] = action


def build_menus(window: MainWindow) -> None:
    """The menu bar, in the order a user reads it: File, Edit, Scenario, Deck, Arguments, View,
    Language."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    files = window.files
    for action in (
        files.new_action,
        files.open_action,
        files.presets_action,
        "recent",
        None,
        files.save_action,
        files.save_as_action,
        files.rename_action,
        files.duplicate_action,
        files.close_action,
        None,
        files.next_action,
        files.previous_action,
        None,
        files.report_action,
        files.table_action,
        None,
    ):
        if action is None:
            file_menu.addSeparator()
        elif action == "recent":
            window.recent_menu = file_menu.addMenu(
                QCoreApplication.translate("MainWindow", "Open &recent")
            )
            window.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(window))
            fill_recent_menu(window)
        else:
            file_menu.addAction(action)
    file_menu.addAction(window.reader.import_action)
    file_menu.addAction(window.library.import_action)
    file_menu.addAction(window.library.export_action)
    file_menu.addSeparator()
    team = file_menu.addAction(QCoreApplication.translate("MainWindow", "Team data&base…"))
    team.setObjectName("team_database_action")
    team.setStatusTip(
        QCoreApplication.translate(
            "MainWindow", "Open a PostgreSQL database your team shares from the next start on"
        )
    )
    team.triggered.connect(lambda: choose_team_database(window))
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    window.scenario_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Scenario"))
    window.scenario_menu.addAction(window.compare_action)
    window.scenario_menu.addAction(window.explore_action)
    window.scenario_menu.addSeparator()
    window.team_scenarios = TeamScenarioActions(window)
    window.scenario_menu.addAction(window.team_scenarios.save_action)
    window.scenario_menu.addAction(window.team_scenarios.open_action)
    deck_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Deck"))
    for deck_action in window.decks.menu_actions():
        if deck_action is None:
            deck_menu.addSeparator()
        else:
            deck_menu.addAction(deck_action)
    arguments_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Arguments"))
    library = window.library
    for action in (
        library.focus_search_action,
        None,
        library.new_action,
        library.edit_action,
        library.duplicate_action,
        library.delete_action,
        library.provenance_action,
        None,
        library.new_source_action,
        window.reader.import_action,
        window.reader.make_argument_action,
        None,
        library.import_action,
        library.export_action,
    ):
        if action is None:
            arguments_menu.addSeparator()
        else:
            arguments_menu.addAction(action)
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for number, dock in enumerate(window.docks.values(), start=1):
        toggle = dock.toggleViewAction()
        toggle.setStatusTip(
            QCoreApplication.translate("MainWindow", "Show or hide the {panel} panel").format(
                panel=dock.windowTitle()
            )
        )
        if number <= 9:
            toggle.setShortcut(QKeySequence(f"Alt+{number}"))
        view_menu.addAction(toggle)
    for toolbar in (window.file_toolbar, window.toolbar):
        toggle = toolbar.toggleViewAction()
        toggle.setStatusTip(
            QCoreApplication.translate("MainWindow", "Show or hide the {bar} toolbar").format(
                bar=toolbar.windowTitle()
            )
        )
        view_menu.addAction(toggle)
    view_menu.addSeparator()
    view_menu.addAction(window.decks.present_action)
    view_menu.addAction(window.replays.replay_action)
    view_menu.addSeparator()
    window.outside_members_action = view_menu.addAction(
        QCoreApplication.translate("MainWindow", "Show &outside members")
    )
    window.outside_members_action.setCheckable(True)
    window.outside_members_action.setChecked(window.document.state_filter.outside)
    window.outside_members_action.setStatusTip(
        QCoreApplication.translate(
            "MainWindow",
            "List and draw the members of the blocs outside the Eurasian focus states too; "
            "bloc totals always count them",
        )
    )
    window.outside_members_action.toggled.connect(lambda on: show_outside_members(window, on))
    window.reset_layout_action = view_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Reset layout")
    )
    window.reset_layout_action.setStatusTip(
        QCoreApplication.translate("MainWindow", "Put every panel back where it was at first start")
    )
    window.reset_layout_action.triggered.connect(window.reset_layout)
    theme_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Theme"))
    for action in window.theme_actions.values():
        theme_menu.addAction(action)
    language_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    for action in window.language_actions.values():
        language_menu.addAction(action)
    build_help_menu(window)


def fill_recent_menu(window: MainWindow) -> None:
    """The recent scenario files, newest first; missing files are shown disabled."""
    menu = window.recent_menu
    menu.clear()
    recent = window.settings.recent_scenarios
    for number, name in enumerate(recent, start=1):
        path = Path(name)
        action = menu.addAction(f"&{number} {path.name}")
        action.setToolTip(str(path))
        action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Open {path}").format(path=path)
        )
        action.setEnabled(path.exists())
        action.triggered.connect(lambda _=False, p=path: window.open_scenario_file(p))
    if not recent:
        menu.addAction(QCoreApplication.translate("MainWindow", "No recent scenarios")).setEnabled(
            False
        )


def show_outside_members(window: MainWindow, on: bool) -> None:
    """View > Show outside members: a view setting, remembered, not an undoable edit."""
    window.document.state_filter.set_outside(on)
    window.settings.show_outside_members = on
