"""Explore's Discover tab: in which boxes of the explored choices a condition holds (PRIM).

The analyst writes a condition (``KAZ:autonomy>60 and KAZ:sanctions_exposure<30``) or builds it
part by part from lists (condition_builder.py), and finds the boxes among the combinations of the last run
(``api.discover_in``, off the GUI thread). The peeling trajectory is drawn as coverage against
density (discovery_chart.py); a click on a step, or the Box spin box, picks a box, and the box's
restrictions are listed: the choices it keeps for each state, "any" where it does not restrict.
``attach_discovery`` is the dialog's one hook: it puts the results and this panel in tabs, adds
the "Consistent only" tension filter (tension_filter.py) and feeds both when a run ends.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.bloc_labels import bloc_short_name
from regio_desktop.app.common.indicator_labels import Localized
from regio_desktop.app.common.problem_texts import problem_texts
from regio_desktop.app.common.vocabulary_labels import alignment_label
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.explore.call_thread import CallThread
from regio_desktop.app.explore.condition_builder import ConditionBuilder
from regio_desktop.app.explore.discovery_chart import TrajectoryChart
from regio_desktop.app.explore.table import toggle_action_label
from regio_desktop.app.explore.tension_filter import TensionFilter

if TYPE_CHECKING:  # the dialog imports this module to attach it
    from regio_desktop.app.explore.dialog import ExploreDialog


class DiscoveryPanel(QWidget):
    """Condition, Find boxes, the trajectory chart and the chosen box's restrictions."""

    discovery_finished = Signal(str)
    """A search ended: "done" or "failed" (its thread has finished by then)."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.exploration: api.Exploration | None = None
        self.base: api.Scenario | None = None
        self.discovery: api.Discovery | None = None
        self.world: api.World = document.world
        self.step = -1
        self._factors: pd.DataFrame | None = None
        self.tabs: QTabWidget | None = None
        self.tension_filter: TensionFilter | None = None
        """Set by ``attach_discovery``: the tabs it shares with the results, the table's filter."""
        self._thread: CallThread | None = None
        self._run_id = 0

        self.condition_edit = QLineEdit()
        self.condition_edit.setPlaceholderText("KAZ:autonomy>60 and KAZ:sanctions_exposure<30")
        self.condition_edit.setAccessibleName(self.tr("Condition the boxes should hold"))
        self.condition_edit.setToolTip(
            self.tr(
                "ENTITY:INDICATOR, one of >, >=, <, <= and a number, joined by “and”; the "
                "entity is a state code, a bloc code or “region”"
            )
        )
        self.condition_edit.returnPressed.connect(self.find_boxes)
        self.builder = ConditionBuilder(
            self.condition_edit, document.name, value_of=self._current_value
        )
        builder = self.builder
        self.entity_combo, self.indicator_combo = builder.entity_combo, builder.indicator_combo
        self.op_combo, self.value_spin = builder.op_combo, builder.value_spin
        self.unit_label, self.add_button = builder.unit_label, builder.add_button
        condition_label = QLabel(self.tr("&Condition:"))
        condition_label.setBuddy(self.condition_edit)
        self.find_button = QPushButton(self.tr("&Find boxes"))
        self.find_button.setAccessibleName(self.tr("Find the boxes where the condition holds"))
        self.find_button.clicked.connect(self.find_boxes)
        condition_row = QHBoxLayout()
        condition_row.addWidget(condition_label)
        condition_row.addWidget(self.condition_edit, 1)
        condition_row.addWidget(self.find_button)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("What the search found"))

        self.chart = TrajectoryChart()
        self.chart.step_clicked.connect(self.select_step)
        self.step_spin = QSpinBox()
        self.step_spin.setAccessibleName(self.tr("Box of the trajectory shown"))
        self.step_spin.valueChanged.connect(self.select_step)
        step_label = QLabel(self.tr("&Box:"))
        step_label.setBuddy(self.step_spin)
        step_row = QHBoxLayout()
        step_row.addWidget(step_label)
        step_row.addWidget(self.step_spin)
        step_row.addStretch(1)
        self.show_button = QPushButton(self.tr("&Show these combinations"))
        self.show_button.setAccessibleName(self.tr("Show the box's combinations in the table"))
        self.show_button.setToolTip(
            self.tr(
                "List only this box's combinations on the Combinations tab, to read or open one"
            )
        )
        self.show_button.clicked.connect(self.show_in_table)
        step_row.addWidget(self.show_button)
        self.box_label = QLabel()
        self.box_label.setWordWrap(True)
        self.box_label.setAccessibleName(self.tr("The box shown"))
        self.box_table = QTableWidget(0, 2)
        self.box_table.setHorizontalHeaderLabels([self.tr("Choice"), self.tr("Kept in the box")])
        self.box_table.setAccessibleName(self.tr("The choices the box keeps"))
        self.box_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.box_table.verticalHeader().hide()
        self.box_table.horizontalHeader().setStretchLastSection(True)
        box_side = QWidget()
        box_layout = QVBoxLayout(box_side)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addLayout(step_row)
        box_layout.addWidget(self.box_label)
        box_layout.addWidget(self.box_table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.chart)
        split.addWidget(box_side)
        split.setSizes([520, 360])
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(builder)
        layout.addLayout(condition_row)
        layout.addWidget(self.status_label)
        layout.addWidget(split, 1)
        self.set_exploration(None, None)

    # --- the exploration and the search --------------------------------------------------------
    def _current_value(self, entity: str, indicator: str) -> float | None:
        """The open scenario's figure for ``entity``'s ``indicator``, where it has one."""
        try:
            value = float(self.document.evaluation.value(indicator, entity))
        except (KeyError, IndexError, ValueError):
            return None
        return value if math.isfinite(value) else None

    def set_exploration(
        self,
        exploration: api.Exploration | None,
        base: api.Scenario | None,
        world: api.World | None = None,
    ) -> None:
        """Search among ``exploration``'s combinations (built on ``base`` in ``world``, the
        document's by default) from now on; None: nothing to search."""
        self.shutdown()
        self.exploration, self.base = exploration, base
        self.world = world if world is not None else self.document.world
        self.builder.fill(self.world, exploration.states if exploration is not None else ())
        self._show(None)
        self.find_button.setEnabled(exploration is not None and not exploration.streamed)
        if exploration is not None and exploration.streamed:
            # PRIM reads every combination; a streamed table keeps only some of them.
            refused = api.Problem(
                "discovery_needs_every_combination",
                {"evaluated": f"{exploration.evaluated:,}", "kept": f"{len(exploration.table):,}"},
            )
            self.status_label.setText(problem_texts([refused], self.document.name)[0])
        elif exploration is None:
            self.status_label.setText(
                self.tr("Run an exploration first: the boxes are found among its combinations.")
            )
        else:
            self.status_label.setText(
                self.tr("Write a condition and find the boxes of choices where it holds.")
            )

    @property
    def running(self) -> bool:
        return self._thread is not None

    def find_boxes(self) -> bool:
        """Read the condition and start the search; False (and why, inline) if it cannot."""
        if self.exploration is None or self.base is None or self.running:
            return False
        world, base, exploration = self.world, self.base, self.exploration
        try:
            conditions = api.parse_where(world, self.condition_edit.text())
        except api.DiscoveryRefused as refused:
            self._say_refused(refused)
            return False
        self._run_id += 1
        thread = CallThread(
            self._run_id, lambda: api.discover_in(world, base, exploration, conditions)
        )
        thread.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        self._thread = thread
        self.find_button.setEnabled(False)
        self.status_label.setText(self.tr("Finding boxes…"))
        thread.start()
        return True

    def _say_refused(self, refused: api.DiscoveryRefused) -> None:
        self._show(None)  # the last boxes answered another condition: none is shown for this one
        self.status_label.setText("\n".join(problem_texts(refused.problems, self.document.name)))

    def shutdown(self) -> None:
        """Wait for a search still running and drop it (closing must never leave a thread)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            self.find_button.setEnabled(self.exploration is not None)

    def _ended(self, run_id: int) -> None:
        thread = self._thread
        if thread is None or thread.run_id != run_id:
            return
        thread.wait()
        self._thread = None
        self.find_button.setEnabled(True)
        if isinstance(thread.error, api.DiscoveryRefused):
            self._say_refused(thread.error)
        elif thread.error is not None or not isinstance(thread.result, api.Discovery):
            self._show(None)
            self.status_label.setText(
                self.tr("The search failed: {error}").format(error=thread.error)
            )
        else:
            self._show(thread.result)
            trajectory = thread.result.trajectory
            self.status_label.setText(
                self.tr(
                    "The condition holds in {cases:,} of {total:,} combinations; the trajectory "
                    "has {steps} boxes. Pick one on the chart or with Box."
                ).format(
                    cases=Localized(trajectory.cases),
                    total=Localized(trajectory.total),
                    steps=len(trajectory.steps),
                )
            )
            self.discovery_finished.emit("done")
            return
        self.discovery_finished.emit("failed")

    # --- the trajectory and the box ------------------------------------------------------------
    def _show(self, discovery: api.Discovery | None) -> None:
        self.discovery = discovery
        self._factors = discovery.factors if discovery is not None else None
        self.step = -1
        self.step_spin.blockSignals(True)
        if discovery is None:
            self.chart.clear()
            self.step_spin.setRange(0, 0)
            self.step_spin.setEnabled(False)
            self.box_label.setText("")
            self.box_table.setRowCount(0)
            self.show_button.setEnabled(False)
            if self.tension_filter is not None:
                self.tension_filter.set_box(None)
        else:
            trajectory = discovery.trajectory
            chosen = trajectory.chosen_step()
            self.chart.show_trajectory(trajectory, chosen)
            self.step_spin.setRange(0, len(trajectory.steps) - 1)
            self.step_spin.setEnabled(True)
        self.step_spin.blockSignals(False)
        if discovery is not None:
            self.select_step(discovery.trajectory.chosen_step())

    def select_step(self, step: int) -> None:
        """Show box ``step`` of the trajectory: ringed on the chart, its choices listed."""
        if self.discovery is None or not 0 <= step < len(self.discovery.trajectory.steps):
            return
        self.step = step
        self.chart.select(step)
        if self.step_spin.value() != step:
            self.step_spin.blockSignals(True)
            self.step_spin.setValue(step)
            self.step_spin.blockSignals(False)
        trajectory = self.discovery.trajectory
        box = trajectory.steps[step]
        self.box_label.setText(
            self.tr(
                "Box {step} of the {count} on the trajectory: {combinations:,} combinations, "
                "{hits:,} of them hold the "
                "condition (density {density:.0%}); they are {coverage:.0%} of the {cases:,} "
                "combinations where it holds (coverage). Higher is better for both."
            ).format(
                step=step,
                count=len(trajectory.steps),
                combinations=Localized(box.combinations),
                hits=Localized(box.hits),
                density=Localized(box.density),
                coverage=Localized(box.coverage),
                cases=Localized(trajectory.cases),
            )
        )
        rows = [(f, box.restrictions.get(f)) for f in trajectory.levels]
        rows.sort(key=lambda row: row[1] is None)  # the restricted choices first
        self.box_table.setRowCount(len(rows))
        for r, (factor, kept) in enumerate(rows):
            choice = QTableWidgetItem(self.factor_text(factor))
            levels = QTableWidgetItem(
                ", ".join(self.level_text(level) for level in kept) if kept else self.tr("any")
            )
            if kept is None:
                levels.setForeground(Qt.GlobalColor.gray)
            self.box_table.setItem(r, 0, choice)
            self.box_table.setItem(r, 1, levels)
        self.box_table.resizeColumnToContents(0)
        self.show_button.setEnabled(True)
        if self.tension_filter is not None and self._factors is not None:
            self.tension_filter.set_box(box.contains(self._factors), step)

    def show_in_table(self) -> None:
        """Show only the picked box's combinations on the Combinations tab, and go there."""
        if self.discovery is None or self._factors is None or self.tension_filter is None:
            return
        box = self.discovery.trajectory.steps[self.step]
        self.tension_filter.set_box(box.contains(self._factors), self.step, only=True)
        if self.tabs is not None:
            self.tabs.setCurrentIndex(0)

    def factor_text(self, factor: str) -> str:
        """``KAZ`` as Kazakhstan's alignment, ``KAZ:CSTO`` as Kazakhstan in the CSTO."""
        state, _, bloc = factor.partition(":")
        if bloc:
            return self.tr("{state} in {bloc}").format(
                state=self.document.name(state), bloc=bloc_short_name(bloc)
            )
        return self.tr("{state}: alignment").format(state=self.document.name(state))

    def level_text(self, level: str) -> str:
        """An alignment, or a toggle's keeps, leaves or joins, as the table words them."""
        if level in ("keep", "leave", "join"):
            return toggle_action_label(level)
        return alignment_label(level)


def attach_discovery(dialog: ExploreDialog, splitter: QSplitter) -> DiscoveryPanel:
    """Put the dialog's results and a Discover panel in tabs, add the tension filter to the
    results, and feed both when a run ends; they stop with the dialog."""
    results = dialog.results
    tabs = QTabWidget()
    tabs.setAccessibleName(
        QCoreApplication.translate("ExploreDialog", "Combinations or scenario discovery")
    )
    splitter.replaceWidget(splitter.indexOf(results), tabs)
    panel = DiscoveryPanel(dialog.document)
    tabs.addTab(results, QCoreApplication.translate("ExploreDialog", "Co&mbinations"))
    tabs.addTab(panel, QCoreApplication.translate("ExploreDialog", "&Discover"))
    results.show()
    tension_filter = TensionFilter(
        results, lambda: dialog.selected_row, dialog.select_row, parent=panel
    )
    panel.tabs, panel.tension_filter = tabs, tension_filter

    def run_ended(outcome: str) -> None:
        if outcome == "done" and dialog.exploration is not None and dialog.request is not None:
            base = dialog.request.base
            panel.set_exploration(dialog.exploration, base, dialog.request.world)
            tension_filter.start(dialog.request.world, base, dialog.exploration)
        else:
            panel.set_exploration(None, None)
            tension_filter.clear()

    def stop() -> None:
        panel.shutdown()
        tension_filter.shutdown()

    dialog.run_finished.connect(run_ended)
    dialog.finished.connect(stop)
    return panel
