"""The main window: the membership matrix in the middle, the other panels as docks around it.

The window only assembles: each panel lives in its own module and listens to the document.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QModelIndex, QProcess, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.documents.evidence_document import EvidenceDocument
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.documents.scenario_session import ScenarioSession
from regio_desktop.app.library.argument_library import ArgumentLibrary
from regio_desktop.app.library.deletion_conflicts import DeletionConflicts
from regio_desktop.app.library.source_reader import SourceReader
from regio_desktop.app.shell.dock_layout import (
    add_docks,
    enforce_minimum_sizes,
    hide_stray_tab_bars,
)
from regio_desktop.app.shell.history_routing import HistoryRouting
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.app.shell.status_text import StatusText
from regio_desktop.app.shell.theme import apply_theme
from regio_desktop.app.shell.window_menus import build_actions, build_menus, file_toolbar
from regio_desktop.app.workbench.alignment_panel import AlignmentPanel
from regio_desktop.app.workbench.arguments_panel import ArgumentsPanel
from regio_desktop.app.workbench.breakdown_panel import BreakdownPanel
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
    from regio_desktop.app.spillovers.panel import SpilloversPanel
    from regio_desktop.app.team.live_window import LiveWindow


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
        self.compare_dialog: CompareDialog | None = None
        self.explore_dialog: ExploreDialog | None = None
        self.team_live: LiveWindow | None = None
        """The live link of a window on a team database (app/team), set by the launch."""
        self._shown_once = False
        self._discard_on_close = False
        self.setObjectName("main_window")
        # Before the panels are built, so that each lists the right states from the start.
        document.state_filter.set_outside(settings.show_outside_members)
        self.matrix = MembershipMatrixView(document, self)
        self.setCentralWidget(self.matrix)
        self.alignment_panel = AlignmentPanel(document)
        self.indicator_panel = IndicatorPanel(document)
        self.arguments_panel = ArgumentsPanel(document)
        self.warnings_panel = WarningsPanel(document)
        self.breakdown_panel = BreakdownPanel(document)
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
        add_docks(self)
        # Qt calls a tab behind another visible: the library fills when its dock comes in view.
        self.docks["library"].visibilityChanged.connect(self.library.dock_visibility_changed)
        self.docks["breakdown"].visibilityChanged.connect(
            self.breakdown_panel.dock_visibility_changed
        )
        build_actions(self)
        self.file_toolbar = file_toolbar(self)
        self.addToolBar(self.file_toolbar)
        self.toolbar = ScenarioToolbar(document, self.undo_action, self.redo_action, self)
        self.addToolBar(self.toolbar)
        build_menus(self)
        self.status_label = StatusText()
        self.statusBar().addPermanentWidget(self.status_label)
        document.changed.connect(self._update_status)
        document.edit_refused.connect(self._edit_refused)
        evidence.refused.connect(self._edit_refused)
        self.deletion_conflicts = DeletionConflicts(evidence, self)
        self.arguments_panel.provenance_requested.connect(self.show_provenance)
        self.indicator_panel.view.selectionModel().currentRowChanged.connect(
            self._indicator_selected
        )
        self.indicator_panel.breakdown_requested.connect(self.show_breakdown)
        self.library.provenance_requested.connect(self.show_provenance)
        self.library.source_requested.connect(self.show_source)
        self.session.entries_changed.connect(self._clean_changed)
        self.history_routing = HistoryRouting(self)
        self._first_layout = self.saveState()
        self._restore()
        self._update_status()

    # --- building ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.hide_stray_tab_bars()
            # A saved layout may have squeezed panels: once laid out, grow them back.
            enforce_minimum_sizes(self)

    def reset_layout(self) -> None:
        """Every panel back where it was at first start (View > Reset layout): a layout saved
        at another scale factor or by accident can leave panels too small to use."""
        self.restoreState(self._first_layout)
        for dock in self.docks.values():
            dock.setFloating(False)
            dock.show()
        self.docks["indicators"].raise_()
        self.docks["arguments"].raise_()
        self.docks["map"].raise_()
        self.hide_stray_tab_bars()

    def hide_stray_tab_bars(self) -> None:
        """Hide dock tab bars that match no current group of tabbed docks (``dock_layout``)."""
        hide_stray_tab_bars(self)

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

        def make() -> ChartsPanel:
            panel = ChartsPanel(self.document)
            for chart in panel.charts:
                chart.breakdown_requested.connect(self.show_breakdown)
            return panel

        return cast(ChartsPanel, self._panel("charts", make))

    @property
    def map_panel(self) -> MapPanel:
        from regio_desktop.app.map.view import MapPanel

        def make() -> MapPanel:
            panel = MapPanel(self.document)
            panel.view.state_double_clicked.connect(self._map_breakdown)
            return panel

        return cast(MapPanel, self._panel("map", make))

    def show_breakdown(self, indicator: str, entity: str) -> None:
        """Bring the breakdown forward with the change of ``indicator`` for ``entity``."""
        dock = self.docks["breakdown"]
        dock.show()
        dock.raise_()
        self.breakdown_panel.in_view = True
        self.breakdown_panel.show_change(indicator, entity)

    def _map_breakdown(self, state: str) -> None:
        """A state double-clicked on the map: the indicator the map shows, else the one the
        breakdown shows (when it is a state's), else autonomy."""
        key = self.map_panel.key
        if not (key and api.indicator_info(key).level == "state"):
            shown = self.breakdown_panel.indicator
            key = shown if api.indicator_info(shown).level == "state" else "autonomy"
        self.show_breakdown(key, state)

    @property
    def spillovers_panel(self) -> SpilloversPanel:
        """Who else the scenario moves (built when its tab is first shown)."""
        from regio_desktop.app.spillovers.panel import SpilloversPanel

        return cast(
            SpilloversPanel, self._panel("spillovers", lambda: SpilloversPanel(self.document))
        )

    @property
    def blocs_panel(self) -> BlocOverlapPanel:
        from regio_desktop.app.blocs.overlap_view import BlocOverlapPanel

        return cast(BlocOverlapPanel, self._panel("blocs", lambda: BlocOverlapPanel(self.document)))

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
        self.setWindowModified(self.session.entry.dirty)

    def _clean_changed(self) -> None:
        """The mark is the current scenario's alone (not the evidence's, not the group's)."""
        self.setWindowModified(self.session.entry.dirty)

    def _indicator_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The arguments panel marks the arguments about the indicator selected in the table."""
        panel = self.indicator_panel
        code = ""
        if current.isValid():
            row = panel.proxy.mapToSource(current).row()
            code = str(panel.model.value(row, "indicator"))
        self.arguments_panel.highlight_indicator(code)

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
            self._edit_refused(self.evidence.reason(exc))
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
        """Remember the language; it takes effect at the next start, which the window offers
        to make now (after the usual question about unsaved scenarios)."""
        if language == self.settings.language:
            return
        self.settings.language = language
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr("The new language will be used when you start Regio Desktop again."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("language_box")
        self.restart_button = box.addButton(
            self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: button is self.restart_button and self.restart())
        box.open()

    def restart(self) -> bool:
        """Close (asking about unsaved scenarios) and start the program again with the same
        arguments; False when the analyst cancels the close."""
        if not self.close():
            return False
        QProcess.startDetached(sys.executable, sys.argv)
        return True

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
