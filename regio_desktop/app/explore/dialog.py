"""Explore: every combination of alignment choices for chosen states, in a non-modal dialog.

The analyst picks states and objective indicators (inputs_panel.py) and runs the engine's
``explore`` (on a worker thread, so the dialog stays responsive and a run can be cancelled; see
worker.py). The
result is shown two ways that stay in step: a scatter of all combinations on two chosen objectives
with the Pareto front highlighted, and a table headed by the robust winners (the combinations that
rank first under most weightings of the objectives), which the weight sliders re-rank by the
analyst's own weighting as they are dragged (weight_sliders.py); a Drivers tab says which choice
moves each objective most (drivers_heatmap.py). Any combination can be opened as a scenario:
the dialog emits ``open_combination`` and the window decides where it goes (a new session entry,
see ``open_in_session``), so the dialog never edits the document it explores. What a
combination says about itself (its details, its name as a scenario) is in combination_text.py.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import Localized, indicator_title
from regio_desktop.app.common.vertical_scroll import vertical_scroll
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.documents.scenario_session import ScenarioSession
from regio_desktop.app.explore.chart import default_axes
from regio_desktop.app.explore.combination_text import (
    combination_details_html,
    combination_scenario,
)
from regio_desktop.app.explore.discovery_panel import attach_discovery
from regio_desktop.app.explore.inputs_panel import ExplorationInputs
from regio_desktop.app.explore.results_panel import ExplorationResults
from regio_desktop.app.explore.run_options import aggregation_text
from regio_desktop.app.explore.table_texts import run_status_text, streamed_texts
from regio_desktop.app.explore.weight_sliders import WeightSliders
from regio_desktop.app.explore.weighting import Weighting
from regio_desktop.app.explore.worker import (
    ExplorationRequest,
    ExplorationThread,
    ExploreFunction,
)


def open_in_session(session: ScenarioSession, scenario: api.Scenario) -> int:
    """Add ``scenario`` to the session as a new, never-saved entry and make it current.

    For the window to connect to ``ExploreDialog.open_combination``: the explored combination
    opens beside the scenario it was built on, which stays as it was.
    """
    return session.add_unsaved(scenario)


class ExploreDialog(QDialog):
    """Pick states and objectives, run, read the front and the robust winners, open one."""

    open_combination = Signal(object)
    """An ``api.Scenario``: the analyst asked to open this combination as a scenario."""
    run_finished = Signal(str)
    """A run ended: "done", "cancelled" or "failed" (the thread has finished by then)."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.run_exploration: ExploreFunction = api.explore
        """The engine call; a stand-in with the same keywords can replace it (tests)."""
        self.samples = 500
        self.seed = 0
        self.exploration: api.Exploration | None = None
        self.request: ExplorationRequest | None = None
        self.current_values: dict[str, float] = {}
        self.selected_row = -1
        self._thread: ExplorationThread | None = None
        self._run_id = 0
        self._started = 0.0
        self._syncing = False
        self.setModal(False)
        self.setWindowTitle(self.tr("Explore combinations"))
        self.setAccessibleName(self.tr("Explore combinations of alignment choices"))

        self.inputs = ExplorationInputs(document)
        # The inputs' widgets by their old names: the window's tests and shortcuts use them.
        inputs = self.inputs
        self.state_list, self.objective_list = inputs.state_list, inputs.objective_list
        self.combination_label, self.objective_label = (
            inputs.combination_label,
            inputs.objective_label,
        )
        self.run_button, self.cancel_button = inputs.run_button, inputs.cancel_button
        self.progress, self.status_label = inputs.progress, inputs.status_label
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        right = self.results = ExplorationResults()
        # The results' widgets by their old names, as for the inputs.
        self.x_combo, self.y_combo, self.chart = right.x_combo, right.y_combo, right.chart
        self.table_model, self.table, self.details = right.table_model, right.table, right.details
        self.open_button, self.close_button = right.open_button, right.close_button
        self.method_label = right.method_label
        self.tabs, self.drivers = right.tabs, right.drivers
        self.weights: WeightSliders = right.weights
        self.weighting = Weighting(
            self.weights, self.table_model, self.table, self.chart, self.select_row
        )
        for combo in (self.x_combo, self.y_combo):
            combo.currentIndexChanged.connect(self._axes_changed)
        self.chart.row_clicked.connect(self.select_row)
        self.table.selectionModel().currentRowChanged.connect(self._table_row_changed)
        self.table.doubleClicked.connect(self._table_double_clicked)
        self.open_button.clicked.connect(self._open_selected)
        self.close_button.clicked.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        name = self.tr("What to explore")
        splitter.addWidget(vertical_scroll(inputs, name))  # scrolls rather than overlaps
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # Scenario discovery and the "Consistent only" filter (discovery_panel.py): a tab beside
        # the results and a check box over the table, fed when a run ends.
        self.discovery = attach_discovery(self, splitter)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.run)
        document.changed.connect(self._document_changed)
        self.resize(1200, 750)

    # --- building ------------------------------------------------------------------------------
    # --- the inputs, as the panel has them ----------------------------------------------------
    def explorable_states(self) -> tuple[str, ...]:
        return self.inputs.explorable_states()

    def checked_states(self) -> tuple[str, ...]:
        return self.inputs.checked_states()

    def checked_objectives(self) -> tuple[str, ...]:
        return self.inputs.checked_objectives()

    def set_checked_states(self, states: list[str] | tuple[str, ...]) -> None:
        self.inputs.set_checked_states(states)

    def set_checked_objectives(self, objectives: list[str] | tuple[str, ...]) -> None:
        self.inputs.set_checked_objectives(objectives)

    # --- running -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None

    def run(self) -> bool:
        """Start a run on a worker thread; False (and an inline message) when it cannot start."""
        if self.running:
            return False
        problem = self.inputs.input_problem()
        if problem:
            self.inputs.show_status(problem, warning=True)
            return False
        states, objectives = self.inputs.checked_states(), self.inputs.checked_objectives()
        request = ExplorationRequest(
            self.document.world,
            self.document.scenario,
            states,
            objectives,
            self.samples,
            self.seed,
            self.inputs.options.choices(),
            self.inputs.options.aggregation(),
            self.inputs.toggles(),
            self.inputs.options.pareto_draws(),
            self.inputs.streamed(),
        )
        # The base scenario's own position, computed now (the document may move during the run)
        # and aggregated over the states as the combinations will be.
        self.current_values = api.exploration_position(
            self.document.evaluation, states, objectives, request.aggregation
        )
        self.inputs.toggle_picker.clear_problem()  # the run goes ahead: an old refusal is moot
        self._clear_results()
        self._run_id += 1
        thread = ExplorationThread(self._run_id, request, self.run_exploration)
        # Queued explicitly: the slots must run in the GUI thread whatever emits them.
        thread.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        thread.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        self._thread = thread
        self.inputs.set_running(True)
        self.progress.setValue(0)
        self.inputs.show_status(
            self.tr("Evaluating {count:,} combinations…").format(
                count=Localized(self.inputs.combination_count())
            )
        )
        self._started = time.perf_counter()
        thread.start()
        return True

    def cancel(self) -> None:
        """Ask the running exploration to stop; the dialog says so once it has."""
        if self._thread is not None and not self._thread.cancel_requested:
            self._thread.cancel()
            self.cancel_button.setEnabled(False)
            self.inputs.show_status(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        """Stop any run and wait for its thread (closing must never leave a thread running)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.cancel()
            thread.wait()
            self.inputs.set_running(False)
            self.progress.setValue(0)
            self.inputs.show_status(self.tr("Cancelled: no results."))

    def _progressed(self, percent: int) -> None:
        if self._thread is not None:
            self.progress.setValue(percent)

    def _ended(self, run_id: int) -> None:
        thread = self._thread
        if thread is None or thread.run_id != run_id:
            return  # a run already shut down
        thread.wait()  # it has emitted its last signal; this returns at once
        self._thread = None
        self.inputs.set_running(False)
        outcome = thread.outcome
        if outcome == "done" and thread.result is not None:
            self.progress.setValue(100)
            self._show_results(thread.request, thread.result)
            self.drivers.set_drivers(thread.result, thread.drivers, self._names(thread.result))
            seconds = time.perf_counter() - self._started
            table = thread.result.table
            # A streamed run is not tested (streamed_texts says why): no draws to report.
            draws = 0 if thread.result.streamed else thread.request.pareto_draws
            status = run_status_text(
                thread.result.evaluated,
                seconds,
                int(table["pareto"].sum()),
                draws,
                thread.draw_seconds if draws else 0.0,
            )
            request = thread.request
            streamed = streamed_texts(thread.result, self.document.name, request.pareto_draws)
            # The drivers' refusal (streamed[1]) stands on the Drivers tab: the status under
            # Run overflowed 1280x720 with it.
            self.inputs.show_status(" ".join([status, *streamed[:1], *streamed[2:]]))
            if thread.result.streamed:
                self.drivers.legend.setText(html.escape(streamed[1]))
        elif outcome == "cancelled":
            self.progress.setValue(0)
            self.inputs.show_status(self.tr("Cancelled: no results."))
        else:
            self.progress.setValue(0)
            self.inputs.show_status(
                self.tr("The exploration failed: {error}").format(error=thread.error),
                warning=True,
            )
        self.run_finished.emit(outcome)

    # --- results -------------------------------------------------------------------------------
    def _clear_results(self) -> None:
        self.exploration = None
        self.request = None
        self.selected_row = -1
        self.table_model.set_exploration(None)
        self.chart.clear()
        self.drivers.set_drivers(None, None)
        self.weighting.set_exploration(None)
        self.details.setText("")
        self.method_label.setText("")
        self.open_button.setEnabled(False)
        self.results.fill_axes(None, "", "")

    def _show_results(self, request: ExplorationRequest, exploration: api.Exploration) -> None:
        self.exploration = exploration
        self.request = request
        self.table_model.set_exploration(exploration, self._names(exploration))
        self.table.horizontalHeader().setSortIndicator(
            self.table_model.wins_column(), Qt.SortOrder.DescendingOrder
        )
        self.weighting.set_exploration(exploration)
        self.table.resizeColumnsToContents()
        self.method_label.setText(self.method_text(exploration))
        x_code, y_code = default_axes(exploration)
        self.results.fill_axes(exploration, x_code, y_code)
        self.chart.show_exploration(exploration, x_code, y_code, self.current_values)
        if len(exploration.table):
            self.select_row(self.table_model.exploration_row(0))

    def _names(self, exploration: api.Exploration) -> dict[str, str]:
        return {s: self.document.name(s) for s in exploration.states}

    def method_text(self, exploration: api.Exploration) -> str:
        """What the results mean: how objectives were combined, what was tried, what was left out."""
        parts = [aggregation_text(exploration.aggregation, exploration.states, self.document.name)]
        if "west-oriented" in exploration.choices:
            parts.append(self.tr("West-oriented was tried besides the three usual choices."))
        if exploration.constant:
            parts.append(
                self.tr(
                    "Constant in every combination, so left out of the Pareto front and the "
                    "weightings: {objectives}."
                ).format(objectives=", ".join(indicator_title(c) for c in exploration.constant))
            )
        return " ".join(parts)

    def _axes_changed(self) -> None:
        x, y = self.x_combo.currentData(), self.y_combo.currentData()
        if self.exploration is not None and isinstance(x, str) and isinstance(y, str):
            self.chart.set_axes(x, y)

    def select_row(self, row: int) -> None:
        """Select combination ``row`` (the engine's row) in the chart, the table and the details."""
        if self.exploration is None or not 0 <= row < len(self.exploration.table):
            return
        self.selected_row = row
        self.chart.select(row)
        if not self._syncing:
            self._syncing = True
            try:
                index = self.table_model.index(self.table_model.view_row(row), 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
            finally:
                self._syncing = False
        self.details.setText(combination_details_html(self.exploration, row, self.current_values))
        self.open_button.setEnabled(True)

    def _table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self._syncing = True
        try:
            self.select_row(self.table_model.exploration_row(current.row()))
        finally:
            self._syncing = False

    def _table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(self.table_model.exploration_row(index.row()))

    # --- opening -------------------------------------------------------------------------------
    def combination_scenario(self, row: int) -> api.Scenario:
        """Combination ``row`` as a scenario on the explored base, with a name that says what it is."""
        if self.exploration is None or self.request is None:
            raise ValueError("no exploration to open a combination from")
        return combination_scenario(self.exploration, self.request.base, row)

    def open_row(self, row: int) -> api.Scenario:
        """Emit ``open_combination`` with combination ``row`` (the engine's row) and return it."""
        scenario = self.combination_scenario(row)
        self.open_combination.emit(scenario)
        return scenario

    def _open_selected(self) -> None:
        if self.selected_row >= 0:
            self.open_row(self.selected_row)

    # --- the document and closing --------------------------------------------------------------
    def _document_changed(self) -> None:
        self.inputs.fill_states()
        request = self.request
        if request is not None and not self.running and self.document.scenario != request.base:
            self.inputs.show_status(
                self.tr(
                    "The scenario changed since this exploration: run again to explore it. "
                    "Opening a combination still builds on the scenario explored."
                )
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc stops a run (it does not close the dialog while something runs)."""
        if event.key() == Qt.Key.Key_Escape and self.running:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        self.shutdown()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
