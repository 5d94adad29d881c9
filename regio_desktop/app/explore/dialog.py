"""Explore: every combination of alignment choices for chosen states, in a non-modal dialog.

The analyst picks states and objective indicators and runs the engine's ``explore`` (on a worker
thread, so the dialog stays responsive and a run can be cancelled; see explore_worker.py). The
result is shown two ways that stay in step: a scatter of all combinations on two chosen objectives
with the Pareto front highlighted, and a table headed by the robust winners (the combinations that
rank first under most weightings of the objectives). Any combination can be opened as a scenario:
the dialog emits ``open_combination`` and the window decides where it goes (a new session entry,
see ``open_in_session``), so the dialog never edits the document it explores.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import (
    format_number,
    indicator_description,
    indicator_title,
)
from regio_desktop.app.common.vocabulary_labels import alignment_label
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.documents.scenario_session import ScenarioSession
from regio_desktop.app.explore.chart import ExplorationChart, default_axes
from regio_desktop.app.explore.table import ExplorationTableModel, share_text
from regio_desktop.app.explore.worker import (
    ExplorationRequest,
    ExplorationThread,
    ExploreFunction,
)

MAX_STATES = 10
"""3^10 = 59,049 combinations: still a fraction of a second, and a scatter one can read."""
MIN_OBJECTIVES = 2
"""With one objective there is no trade-off: the front is a single best combination."""
DEFAULT_REGION = "central_asia"
"""Pre-checked: the selected state and the post-Soviet states of this region."""
WARNING_STYLE = "color: #b4441b;"


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

        left = self._build_inputs()
        right = self._build_results()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.run)
        document.changed.connect(self._document_changed)
        self._fill_states()
        self._update_counts()
        self._set_running(False)
        self.resize(1200, 750)

    # --- building ------------------------------------------------------------------------------
    def _build_inputs(self) -> QWidget:
        panel = QWidget()
        panel.setMinimumWidth(250)
        panel.setMaximumWidth(340)
        states_box = QGroupBox(self.tr("States"))
        self.state_list = QListWidget()
        self.state_list.setAccessibleName(self.tr("States to explore"))
        self.state_list.setToolTip(
            self.tr(
                "Every combination of Russia-led, China-centred and multi-vector alignment is "
                "evaluated for the checked states (at most {max})."
            ).format(max=MAX_STATES)
        )
        self.state_list.itemChanged.connect(self._update_counts)
        self.combination_label = QLabel()
        self.combination_label.setWordWrap(True)
        self.combination_label.setAccessibleName(self.tr("Number of combinations"))
        box = QVBoxLayout(states_box)
        box.addWidget(self.state_list)
        box.addWidget(self.combination_label)

        objectives_box = QGroupBox(self.tr("Objectives"))
        self.objective_list = QListWidget()
        self.objective_list.setAccessibleName(self.tr("Objective indicators"))
        self.objective_list.setToolTip(
            self.tr(
                "The indicators a combination is judged on, averaged over the checked states "
                "(at least {min})."
            ).format(min=MIN_OBJECTIVES)
        )
        defaults = set(api.DEFAULT_OBJECTIVES)
        for info in api.INDICATORS:
            if info.level != "state":
                continue
            item = QListWidgetItem(indicator_title(info.code))
            item.setData(Qt.ItemDataRole.UserRole, info.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if info.code in defaults else Qt.CheckState.Unchecked
            )
            item.setToolTip(self._objective_tooltip(info))
            self.objective_list.addItem(item)
        self.objective_list.itemChanged.connect(self._update_counts)
        self.objective_label = QLabel()
        self.objective_label.setWordWrap(True)
        box = QVBoxLayout(objectives_box)
        box.addWidget(self.objective_list)
        box.addWidget(self.objective_label)

        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setToolTip(self.tr("Evaluate every combination (Ctrl+Return)"))
        self.run_button.setAccessibleName(self.tr("Run the exploration"))
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the running exploration (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the exploration"))
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.run_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Progress of the exploration"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Exploration status"))

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(states_box, 3)
        layout.addWidget(objectives_box, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        return panel

    def _build_results(self) -> QWidget:
        panel = QWidget()
        self.x_combo = QComboBox()
        self.y_combo = QComboBox()
        self.x_combo.setAccessibleName(self.tr("Objective on the horizontal axis"))
        self.y_combo.setAccessibleName(self.tr("Objective on the vertical axis"))
        self.x_combo.setToolTip(self.tr("The objective shown across"))
        self.y_combo.setToolTip(self.tr("The objective shown upwards"))
        for combo in (self.x_combo, self.y_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._axes_changed)
        x_label = QLabel(self.tr("&Across:"))
        x_label.setBuddy(self.x_combo)
        y_label = QLabel(self.tr("&Up:"))
        y_label.setBuddy(self.y_combo)
        axes = QHBoxLayout()
        axes.addWidget(x_label)
        axes.addWidget(self.x_combo)
        axes.addSpacing(12)
        axes.addWidget(y_label)
        axes.addWidget(self.y_combo)
        axes.addStretch(1)

        self.chart = ExplorationChart()
        self.chart.row_clicked.connect(self.select_row)

        self.table_model = ExplorationTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(self.tr("Combinations, robust winners first"))
        self.table.setToolTip(
            self.tr(
                "All combinations, those ranking first under the most weightings of the "
                "objectives on top. Click a column header to sort; double-click a row to open it."
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        # Size columns from the first rows only: the robust winners head the table anyway.
        self.table.verticalHeader().setResizeContentsPrecision(200)
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._table_row_changed)
        self.table.doubleClicked.connect(self._table_double_clicked)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setSizes([380, 260])
        split.setChildrenCollapsible(False)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("The selected combination"))
        self.open_button = QPushButton(self.tr("Open as scenario"))
        self.open_button.setAccessibleName(self.tr("Open the selected combination as a scenario"))
        self.open_button.setToolTip(
            self.tr(
                "Open the selected combination as a new scenario: its alignment choices on top "
                "of the scenario that was explored"
            )
        )
        self.open_button.clicked.connect(self._open_selected)
        self.open_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the dialog (a running exploration stops)"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.open_button, self.close_button):
            button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.details, 1)
        bottom.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(axes)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        return panel

    def _objective_tooltip(self, info: api.IndicatorInfo) -> str:
        description = indicator_description(info.code)
        if info.higher_is == "worse":
            direction = self.tr("Lower is better: the exploration minimises it.")
        elif info.higher_is == "better":
            direction = self.tr("Higher is better: the exploration maximises it.")
        else:
            direction = self.tr(
                "Neither direction is better in itself; the exploration counts higher as better."
            )
        return f"{description}\n{direction}"

    # --- inputs --------------------------------------------------------------------------------
    def explorable_states(self) -> tuple[str, ...]:
        """States with an alignment to choose (the poles Russia, China and the West have none)."""
        evaluation = self.document.evaluation
        known = set(evaluation.baseline_alignment) | set(evaluation.alignment)
        return tuple(s for s in self.document.world.state_codes if s in known)

    def _default_states(self, states: tuple[str, ...]) -> set[str]:
        frame = self.document.world.states
        chosen = {
            s
            for s in states
            if s in frame.index
            and frame.at[s, "region"] == DEFAULT_REGION
            and bool(frame.at[s, "post_soviet"])
        }
        if self.document.selected_state in states:
            chosen.add(self.document.selected_state)
        return chosen

    def _fill_states(self) -> None:
        """(Re)list the explorable states, keeping what was checked."""
        states = self.explorable_states()
        if states == tuple(self._item_codes(self.state_list)):
            return
        checked = set(self.checked_states()) if self.state_list.count() else None
        if checked is None:
            checked = self._default_states(states)
        self.state_list.blockSignals(True)
        self.state_list.clear()
        for state in states:
            item = QListWidgetItem(
                self.tr("{name} ({code})").format(name=self.document.name(state), code=state)
            )
            item.setData(Qt.ItemDataRole.UserRole, state)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if state in checked else Qt.CheckState.Unchecked
            )
            self.state_list.addItem(item)
        self.state_list.blockSignals(False)
        self._update_counts()

    @staticmethod
    def _item_codes(widget: QListWidget, checked_only: bool = False) -> list[str]:
        codes = []
        for i in range(widget.count()):
            item = widget.item(i)
            if not checked_only or item.checkState() == Qt.CheckState.Checked:
                codes.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return codes

    def checked_states(self) -> tuple[str, ...]:
        return tuple(self._item_codes(self.state_list, checked_only=True))

    def checked_objectives(self) -> tuple[str, ...]:
        return tuple(self._item_codes(self.objective_list, checked_only=True))

    def set_checked_states(self, states: list[str] | tuple[str, ...]) -> None:
        self._set_checked(self.state_list, set(states))

    def set_checked_objectives(self, objectives: list[str] | tuple[str, ...]) -> None:
        self._set_checked(self.objective_list, set(objectives))

    def _set_checked(self, widget: QListWidget, codes: set[str]) -> None:
        widget.blockSignals(True)
        for i in range(widget.count()):
            item = widget.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        widget.blockSignals(False)
        self._update_counts()

    def combination_count(self) -> int:
        return len(api.EXPLORATION_ALIGNMENTS) ** len(self.checked_states())

    def input_problem(self) -> str:
        """Why the checked states and objectives cannot be run ('' when they can)."""
        n_states = len(self.checked_states())
        if n_states == 0:
            return self.tr("Check at least one state.")
        if n_states > MAX_STATES:
            return self.tr(
                "Too many states: at most {max} can be explored at once ({count:,} combinations "
                "would not fit in a readable chart)."
            ).format(max=MAX_STATES, count=self.combination_count())
        if len(self.checked_objectives()) < MIN_OBJECTIVES:
            return self.tr(
                "Check at least {min} objectives: with fewer there is no trade-off to explore."
            ).format(min=MIN_OBJECTIVES)
        return ""

    def _update_counts(self, *_args: object) -> None:
        """Say live how many combinations a run would evaluate, and what stops it."""
        n_states = len(self.checked_states())
        choices = len(api.EXPLORATION_ALIGNMENTS)
        if n_states == 0:
            text, warn = self.tr("Check the states whose alignment may change."), False
        elif n_states > MAX_STATES:
            text = self.tr("{states} states: too many, at most {max}.").format(
                states=n_states, max=MAX_STATES
            )
            warn = True
        else:
            text = self.tr("{count:,} combinations ({choices}^{states})").format(
                count=self.combination_count(), choices=choices, states=n_states
            )
            warn = False
        self.combination_label.setText(text)
        self.combination_label.setStyleSheet(WARNING_STYLE if warn else "")
        n_objectives = len(self.checked_objectives())
        if n_objectives < MIN_OBJECTIVES:
            self.objective_label.setText(
                self.tr("Check at least {min} objectives.").format(min=MIN_OBJECTIVES)
            )
            self.objective_label.setStyleSheet(WARNING_STYLE)
        else:
            self.objective_label.setText(self.tr("{count} objectives").format(count=n_objectives))
            self.objective_label.setStyleSheet("")

    def _show_status(self, text: str, warning: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(WARNING_STYLE if warning else "")

    # --- running -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.state_list.setEnabled(not running)
        self.objective_list.setEnabled(not running)

    def run(self) -> bool:
        """Start a run on a worker thread; False (and an inline message) when it cannot start."""
        if self.running:
            return False
        problem = self.input_problem()
        if problem:
            self._show_status(problem, warning=True)
            return False
        states, objectives = self.checked_states(), self.checked_objectives()
        request = ExplorationRequest(
            self.document.world,
            self.document.scenario,
            states,
            objectives,
            self.samples,
            self.seed,
        )
        evaluation = self.document.evaluation
        # The base scenario's own position, computed now: the document may move during the run.
        self.current_values = {
            code: sum(evaluation.value(code, s) for s in states) / len(states)
            for code in objectives
        }
        self._clear_results()
        self._run_id += 1
        thread = ExplorationThread(self._run_id, request, self.run_exploration)
        # Queued explicitly: the slots must run in the GUI thread whatever emits them.
        thread.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        thread.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        self._thread = thread
        self._set_running(True)
        self.progress.setValue(0)
        self._show_status(
            self.tr("Evaluating {count:,} combinations…").format(count=self.combination_count())
        )
        self._started = time.perf_counter()
        thread.start()
        return True

    def cancel(self) -> None:
        """Ask the running exploration to stop; the dialog says so once it has."""
        if self._thread is not None and not self._thread.cancel_requested:
            self._thread.cancel()
            self.cancel_button.setEnabled(False)
            self._show_status(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        """Stop any run and wait for its thread (closing must never leave a thread running)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.cancel()
            thread.wait()
            self._set_running(False)
            self.progress.setValue(0)
            self._show_status(self.tr("Cancelled: no results."))

    def _progressed(self, percent: int) -> None:
        if self._thread is not None:
            self.progress.setValue(percent)

    def _ended(self, run_id: int) -> None:
        thread = self._thread
        if thread is None or thread.run_id != run_id:
            return  # a run already shut down
        thread.wait()  # it has emitted its last signal; this returns at once
        self._thread = None
        self._set_running(False)
        outcome = thread.outcome
        if outcome == "done" and thread.result is not None:
            self.progress.setValue(100)
            self._show_results(thread.request, thread.result)
            seconds = time.perf_counter() - self._started
            table = thread.result.table
            self._show_status(
                self.tr(
                    "{count:,} combinations evaluated in {seconds:.1f} s; {front:,} are "
                    "Pareto-efficient."
                ).format(count=len(table), seconds=seconds, front=int(table["pareto"].sum()))
            )
        elif outcome == "cancelled":
            self.progress.setValue(0)
            self._show_status(self.tr("Cancelled: no results."))
        else:
            self.progress.setValue(0)
            self._show_status(
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
        self.details.setText("")
        self.open_button.setEnabled(False)
        for combo in (self.x_combo, self.y_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)

    def _show_results(self, request: ExplorationRequest, exploration: api.Exploration) -> None:
        self.exploration = exploration
        self.request = request
        names = {s: self.document.name(s) for s in exploration.states}
        self.table_model.set_exploration(exploration, names)
        wins_column = len(exploration.states) + 1
        self.table.horizontalHeader().setSortIndicator(wins_column, Qt.SortOrder.DescendingOrder)
        self.table.resizeColumnsToContents()
        x_code, y_code = default_axes(exploration)
        for combo, code in ((self.x_combo, x_code), (self.y_combo, y_code)):
            combo.blockSignals(True)
            combo.clear()
            for objective in exploration.objectives:
                combo.addItem(indicator_title(objective), objective)
            combo.setCurrentIndex(combo.findData(code))
            combo.blockSignals(False)
        self.chart.show_exploration(exploration, x_code, y_code, self.current_values)
        if len(exploration.table):
            self.select_row(self.table_model.exploration_row(0))

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
        self.details.setText(self._details_html(row))
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

    def _details_html(self, row: int) -> str:
        assert self.exploration is not None
        record = self.exploration.table.iloc[row]
        efficient = bool(record["pareto"])
        head = self.tr("Combination {row:,} of {total:,}").format(
            row=row + 1, total=len(self.exploration.table)
        )
        flags = [
            self.tr("Pareto-efficient") if efficient else self.tr("dominated"),
            self.tr("ranks first under {share} of weightings").format(
                share=share_text(float(record["wins"]))
            )
            if record["wins"] > 0
            else self.tr("never ranks first"),
        ]
        choices = ", ".join(
            f"{html.escape(s)} {html.escape(alignment_label(str(record[f'alignment_{s}'])))}"
            for s in self.exploration.states
        )
        values = []
        for code in self.exploration.objectives:
            value = float(record[code])
            text = (
                f"{html.escape(indicator_title(code))} <b>{html.escape(format_number(value))}</b>"
            )
            if code in self.current_values:
                delta = value - self.current_values[code]
                text += f" ({html.escape(format_number(delta, signed=True))})"
            values.append(text)
        change = html.escape(self.tr("change against the current scenario in brackets"))
        return (
            f"<b>{html.escape(head)}</b> · {html.escape(' · '.join(flags))}<br>{choices}<br>"
            f"{' · '.join(values)} <span style='color:#707070'>({change})</span>"
        )

    # --- opening -------------------------------------------------------------------------------
    def combination_scenario(self, row: int) -> api.Scenario:
        """Combination ``row`` as a scenario on the explored base, with a name that says what it is."""
        if self.exploration is None or self.request is None:
            raise ValueError("no exploration to open a combination from")
        record = self.exploration.table.iloc[row]
        scenario = self.exploration.scenario(self.request.base, row)
        choices = ", ".join(
            f"{s} {alignment_label(str(record[f'alignment_{s}']))}" for s in self.exploration.states
        )
        name = self.tr("Explored: {choices}").format(choices=choices)
        efficiency = (
            self.tr("It is Pareto-efficient") if record["pareto"] else self.tr("It is dominated")
        )
        description = self.tr(
            "Combination {row} of {total} from an exploration of “{base}” on {objectives}. "
            "{efficiency} and ranks first under {share:.1%} of sampled weightings."
        ).format(
            row=row + 1,
            total=len(self.exploration.table),
            base=self.request.base.name,
            objectives=", ".join(indicator_title(c) for c in self.exploration.objectives),
            efficiency=efficiency,
            share=float(record["wins"]),
        )
        return scenario.renamed(name, description)

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
        self._fill_states()
        request = self.request
        if request is not None and not self.running and self.document.scenario != request.base:
            self._show_status(
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
