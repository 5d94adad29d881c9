"""The main window: the membership matrix in the middle, the other panels as docks around it.

The window only assembles: each panel lives in its own module and listens to the document.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyle,
    QTabBar,
    QToolBar,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.documents.evidence_document import EvidenceDocument
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.documents.scenario_session import ScenarioSession
from regio_desktop.app.library.argument_library import ArgumentLibrary
from regio_desktop.app.library.source_reader import SourceReader
from regio_desktop.app.shell.scenario_file_actions import ScenarioFileActions
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.app.shell.theme import THEMES, apply_theme
from regio_desktop.app.shell.translation import LANGUAGE_NAMES
from regio_desktop.app.workbench.alignment_panel import AlignmentPanel
from regio_desktop.app.workbench.arguments_panel import ArgumentsPanel
from regio_desktop.app.workbench.indicator_table import IndicatorPanel
from regio_desktop.app.workbench.membership_matrix import MembershipMatrixView
from regio_desktop.app.workbench.scenario_list_panel import ScenarioListPanel
from regio_desktop.app.workbench.scenario_toolbar import ScenarioToolbar
from regio_desktop.app.workbench.warnings_panel import WarningsPanel

if TYPE_CHECKING:
    from regio_desktop.app.blocs.overlap_view import BlocOverlapPanel
    from regio_desktop.app.charts.panel import ChartsPanel
    from regio_desktop.app.compare.dialog import CompareDialog
    from regio_desktop.app.explore.dialog import ExploreDialog
    from regio_desktop.app.library.provenance_dialog import ProvenanceDialog
    from regio_desktop.app.map.view import MapPanel

# The minimum width of the charts and the map, which could otherwise widen the window past a
# laptop screen.
WIDE_PANEL_MIN_WIDTH = 320

SCENARIO_FILTER = "*.regio.json"


class MainWindow(QMainWindow):
    def __init__(
        self,
        document: ScenarioDocument,
        settings: AppSettings,
        evidence: EvidenceDocument,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.evidence = evidence
        self.provenance_dialog: ProvenanceDialog | None = None
        self._shown_once = False
        self._discard_on_close = False
        self.setObjectName("main_window")
        self.matrix = MembershipMatrixView(document, self)
        self.setCentralWidget(self.matrix)
        self.alignment_panel = AlignmentPanel(document)
        self.indicator_panel = IndicatorPanel(document)
        self.arguments_panel = ArgumentsPanel(document)
        self.warnings_panel = WarningsPanel(document)
        self.library = ArgumentLibrary(evidence)
        self.reader = SourceReader(evidence)
        self.session = ScenarioSession(document, self)
        self.scenario_list = ScenarioListPanel(self.session)
        # The charts, map and bloc diagram are built when their tab is first shown (or a caller
        # asks for them), not while the window starts: at first only the map is in front.
        self._lazy_panels: dict[str, QWidget] = {}
        # Explicit minimum widths (instead of the panels' natural ones) keep the whole window
        # within a 1366-pixel laptop screen; the panels scroll or elide below their natural size.
        self.indicator_panel.setMinimumWidth(260)
        self.docks: dict[str, QDockWidget] = {}
        # Side panels run the full height; the charts sit under the matrix only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self._add_dock(
            "scenarios",
            self.tr("Scenarios"),
            self.scenario_list,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self._add_dock(
            "alignment",
            self.tr("Alignment"),
            self.alignment_panel,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self._add_dock(
            "indicators",
            self.tr("Indicators"),
            self.indicator_panel,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self._add_dock(
            "arguments",
            self.tr("Arguments"),
            self.arguments_panel,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self._add_dock(
            "warnings",
            self.tr("Warnings"),
            self.warnings_panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self._add_lazy_dock(
            "charts",
            self.tr("Charts"),
            lambda: self.charts,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.docks["charts"].widget().setMinimumWidth(WIDE_PANEL_MIN_WIDTH)
        self._add_lazy_dock(
            "map", self.tr("Map"), lambda: self.map_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self._add_lazy_dock(
            "blocs",
            self.tr("Blocs"),
            lambda: self.blocs_panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.docks["map"].widget().setMinimumWidth(WIDE_PANEL_MIN_WIDTH)
        self._add_dock(
            "library",
            self.tr("Arguments library"),
            self.library,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self.docks["library"].visibilityChanged.connect(self.library.dock_visibility_changed)
        self._add_dock(
            "reader", self.tr("Source reader"), self.reader, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.splitDockWidget(
            self.docks["scenarios"], self.docks["alignment"], Qt.Orientation.Vertical
        )
        self.resizeDocks([self.docks["scenarios"]], [170], Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.docks["arguments"], self.docks["library"])
        self.tabifyDockWidget(self.docks["arguments"], self.docks["reader"])
        self.docks["arguments"].raise_()
        self.tabifyDockWidget(self.docks["warnings"], self.docks["charts"])
        self.tabifyDockWidget(self.docks["warnings"], self.docks["map"])
        self.tabifyDockWidget(self.docks["warnings"], self.docks["blocs"])
        self.docks["map"].raise_()
        self.resizeDocks([self.docks["alignment"]], [380], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["indicators"]], [430], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["warnings"]], [280], Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["indicators"]], [330], Qt.Orientation.Vertical)
        self._build_actions()
        self.file_toolbar = self._file_toolbar()
        self.addToolBar(self.file_toolbar)
        self.toolbar = ScenarioToolbar(document, self.undo_action, self.redo_action, self)
        self.addToolBar(self.toolbar)
        self._build_menus()
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        document.changed.connect(self._update_status)
        document.edit_refused.connect(self._edit_refused)
        evidence.refused.connect(self._edit_refused)
        self.arguments_panel.provenance_requested.connect(self.show_provenance)
        self.library.provenance_requested.connect(self.show_provenance)
        self.library.source_requested.connect(self.show_source)
        document.undo_stack.cleanChanged.connect(self._clean_changed)
        self._restore()
        self._update_status()

    # --- building ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.hide_stray_tab_bars()

    def hide_stray_tab_bars(self) -> None:
        """Hide dock tab bars that match no current group of tabbed docks.

        Tabifying docks before the window is shown can leave an intermediate tab bar (e.g. one
        with only two of three tabs) floating over a panel; Qt keeps it but no longer uses it.
        """
        groups = set()
        for dock in self.docks.values():
            others = self.tabifiedDockWidgets(dock)
            if others:
                groups.add(frozenset([dock.windowTitle(), *(o.windowTitle() for o in others)]))
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            texts = frozenset(bar.tabText(i) for i in range(bar.count()))
            if bar.isVisible() and texts not in groups:
                bar.hide()

    def _add_dock(self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{key}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[key] = dock

    def _add_lazy_dock(
        self, key: str, title: str, build: Callable[[], QWidget], area: Qt.DockWidgetArea
    ) -> None:
        """A dock holding an empty placeholder until it is first shown; ``build`` then makes
        the panel (and puts it in the dock)."""
        self._add_dock(key, title, QWidget(), area)
        dock = self.docks[key]

        def first_shown(visible: bool) -> None:
            if visible:
                dock.visibilityChanged.disconnect(first_shown)
                build()

        dock.visibilityChanged.connect(first_shown)

    def _panel(self, key: str, make: Callable[[], QWidget]) -> QWidget:
        """The panel of a lazy dock, made (and put in place of the placeholder, keeping its
        minimum width) the first time anyone asks for it."""
        panel = self._lazy_panels.get(key)
        if panel is None:
            dock = self.docks[key]
            panel = self._lazy_panels[key] = make()
            panel.setMinimumWidth(dock.widget().minimumWidth())
            dock.setWidget(panel)
        return panel

    def is_built(self, key: str) -> bool:
        """Whether the panel of a lazy dock has been made yet."""
        return key in self._lazy_panels

    @property
    def charts(self) -> ChartsPanel:
        """The charts (pyqtgraph is imported when they are first made, not at start-up)."""
        from regio_desktop.app.charts.panel import ChartsPanel

        return cast(ChartsPanel, self._panel("charts", lambda: ChartsPanel(self.document)))

    @property
    def map_panel(self) -> MapPanel:
        from regio_desktop.app.map.view import MapPanel

        return cast(MapPanel, self._panel("map", lambda: MapPanel(self.document)))

    @property
    def blocs_panel(self) -> BlocOverlapPanel:
        from regio_desktop.app.blocs.overlap_view import BlocOverlapPanel

        return cast(BlocOverlapPanel, self._panel("blocs", lambda: BlocOverlapPanel(self.document)))

    def _file_toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("File"), self)
        bar.setObjectName("file_toolbar")
        style = self.style()
        icons = {
            self.files.new_action: QStyle.StandardPixmap.SP_FileIcon,
            self.files.open_action: QStyle.StandardPixmap.SP_DialogOpenButton,
            self.files.save_action: QStyle.StandardPixmap.SP_DialogSaveButton,
        }
        for action, pixmap in icons.items():
            action.setIcon(style.standardIcon(pixmap))
            bar.addAction(action)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return bar

    def _build_actions(self) -> None:
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.files = ScenarioFileActions(self.session, self.settings, self)
        self.open_action = self.files.open_action
        self.save_action = self.files.save_action
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.quit_action.setStatusTip(self.tr("Close Regio Desktop (asks about unsaved scenarios)"))
        self.undo_action.setStatusTip(self.tr("Take back the last edit of the scenario"))
        self.redo_action.setStatusTip(self.tr("Do again the edit last taken back"))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.settings.language)
            action.setData(code)
            action.setStatusTip(self.tr("Language of the window and of state and bloc names"))
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.compare_dialog: CompareDialog | None = None
        self.compare_action = QAction(self.tr("&Compare scenarios…"), self)
        self.compare_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.compare_action.setStatusTip(
            self.tr("Two to four open scenarios side by side: deltas, changes, arguments")
        )
        self.compare_action.setToolTip(self.tr("Compare scenarios (Ctrl+Shift+C)"))
        self.compare_action.triggered.connect(self.show_compare)
        self.explore_dialog: ExploreDialog | None = None
        self.explore_action = QAction(self.tr("E&xplore combinations…"), self)
        self.explore_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.explore_action.setStatusTip(
            self.tr("Evaluate every combination of alignment choices for chosen states")
        )
        self.explore_action.setToolTip(self.tr("Explore combinations (Ctrl+Shift+E)"))
        self.explore_action.triggered.connect(self.show_explore)
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        names = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        self.theme_actions: dict[str, QAction] = {}
        for code in THEMES:
            action = QAction(names[code], self, checkable=True)
            action.setChecked(code == self.settings.theme)
            action.setStatusTip(self.tr("Colours of the whole window"))
            action.triggered.connect(lambda _=False, c=code: self.choose_theme(c))
            self.theme_group.addAction(action)
            self.theme_actions[code] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        files = self.files
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
                self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
                self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
                self._fill_recent_menu()
            else:
                file_menu.addAction(action)
        file_menu.addAction(self.reader.import_action)
        file_menu.addAction(self.library.import_action)
        file_menu.addAction(self.library.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.scenario_menu = bar.addMenu(self.tr("&Scenario"))
        self.scenario_menu.addAction(self.compare_action)
        self.scenario_menu.addAction(self.explore_action)
        arguments_menu = bar.addMenu(self.tr("&Arguments"))
        library = self.library
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
            self.reader.import_action,
            self.reader.make_argument_action,
            None,
            library.import_action,
            library.export_action,
        ):
            if action is None:
                arguments_menu.addSeparator()
            else:
                arguments_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&View"))
        for number, dock in enumerate(self.docks.values(), start=1):
            toggle = dock.toggleViewAction()
            toggle.setStatusTip(
                self.tr("Show or hide the {panel} panel").format(panel=dock.windowTitle())
            )
            if number <= 9:
                toggle.setShortcut(QKeySequence(f"Alt+{number}"))
            view_menu.addAction(toggle)
        for toolbar in (self.file_toolbar, self.toolbar):
            toggle = toolbar.toggleViewAction()
            toggle.setStatusTip(
                self.tr("Show or hide the {bar} toolbar").format(bar=toolbar.windowTitle())
            )
            view_menu.addAction(toggle)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        for action in self.theme_actions.values():
            theme_menu.addAction(action)
        language_menu = bar.addMenu(self.tr("&Language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)

    def _restore(self) -> None:
        geometry = self.settings.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            # First run: most of the screen, so every panel is readable without resizing.
            screen = self.screen().availableGeometry()
            self.resize(min(1600, int(screen.width() * 0.9)), min(1000, int(screen.height() * 0.9)))
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)

    # --- reacting ----------------------------------------------------------------------------
    def _update_status(self) -> None:
        doc = self.document
        self.status_label.setText(
            self.tr("Scenario: {name} · {count} edit(s) · baseline {year}").format(
                name=doc.scenario.name, count=doc.edit_count, year=doc.evaluation.year
            )
        )
        self.setWindowTitle(
            self.tr("Regio Desktop — {name}").format(name=doc.scenario.name) + "[*]"
        )
        self.setWindowModified(not doc.undo_stack.isClean())

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _edit_refused(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Not possible: {reason}").format(reason=message), 8000)

    def _provenance(self) -> ProvenanceDialog:
        from regio_desktop.app.library.provenance_dialog import ProvenanceDialog

        if self.provenance_dialog is None:
            self.provenance_dialog = ProvenanceDialog(self.evidence, self)
            self.provenance_dialog.read_source_requested.connect(self.read_source)
        return self.provenance_dialog

    def show_provenance(self, argument_id: str) -> ProvenanceDialog | None:
        """Open the provenance of an argument (non-modal, one dialog reused)."""
        try:
            self.evidence.argument(argument_id)
        except api.EvidenceError as exc:
            self._edit_refused(str(exc))
            return None
        dialog = self._provenance()
        dialog.show_argument(argument_id)
        dialog.show()
        dialog.raise_()
        return dialog

    def show_source(self, source_id: str) -> ProvenanceDialog:
        dialog = self._provenance()
        dialog.show_source(source_id)
        dialog.show()
        dialog.raise_()
        return dialog

    def read_source(self, source_id: str) -> None:
        dock = self.docks["reader"]
        dock.show()
        dock.raise_()
        self.reader.show_source(source_id)

    def choose_language(self, language: str) -> None:
        """Remember the language; it takes effect at the next start (the window says so)."""
        if language == self.settings.language:
            return
        self.settings.language = language
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr("The new language will be used when you start Regio Desktop again."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_compare(self) -> CompareDialog:
        """The comparison dialog (non-modal, one kept; it follows the open scenarios)."""
        from regio_desktop.app.compare.dialog import CompareDialog

        if self.compare_dialog is None:
            self.compare_dialog = CompareDialog(self.session, self)
        self.compare_dialog.show()
        self.compare_dialog.raise_()
        return self.compare_dialog

    def show_explore(self) -> ExploreDialog:
        """The exploration dialog (non-modal, one kept); combinations open as new scenarios."""
        from regio_desktop.app.explore.dialog import ExploreDialog, open_in_session

        if self.explore_dialog is None:
            self.explore_dialog = ExploreDialog(self.document, self)
            self.explore_dialog.open_combination.connect(
                lambda scenario: open_in_session(self.session, scenario)
            )
        self.explore_dialog.show()
        self.explore_dialog.raise_()
        return self.explore_dialog

    def _fill_recent_menu(self) -> None:
        """The recent scenario files, newest first; missing files are shown disabled."""
        menu = self.recent_menu
        menu.clear()
        recent = self.settings.recent_scenarios
        for number, name in enumerate(recent, start=1):
            path = Path(name)
            action = menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(self.tr("Open {path}").format(path=path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _=False, p=path: self.open_scenario_file(p))
        if not recent:
            menu.addAction(self.tr("No recent scenarios")).setEnabled(False)

    def choose_theme(self, theme: str) -> None:
        """Switch between the system, light and dark palettes at once, and remember it."""
        self.settings.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.theme_actions[self.settings.theme].setChecked(True)

    def open_scenario_file(self, path: Path) -> bool:
        """Open a scenario file into the session (used by --scenario and recent files)."""
        return self.files.open_scenario(path)

    def close_discarding(self) -> None:
        """Close without asking about unsaved scenarios: for windows the program drove itself
        (self-test, screenshots), whose edits are throwaway."""
        self._discard_on_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._discard_on_close and not self.files.confirm_quit():
            event.ignore()
            return
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        if self.document.selected_state:
            self.settings.selected_state = self.document.selected_state
        self.settings.sync()
        super().closeEvent(event)
