"""The inputs of an exploration: which states may change alignment, which objectives count.

The left side of the Explore dialog: two checkable lists, the membership toggles
(toggle_picker.py), how the run judges (run_options.py:
the aggregation over the states, West-oriented or not), live counts of what a run would
evaluate and why it cannot (``input_problem``), Run and Cancel, the progress bar and the status
line. It holds no run and no result; the dialog reads the checks and drives the buttons.
Its words are translated in the dialog's context ("ExploreDialog").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import (
    Localized,
    indicator_description,
    indicator_title,
)
from regio_desktop.app.common.problem_texts import problem_texts
from regio_desktop.app.common.wrapping_label import WrappingLabel
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.explore.run_options import RunOptions
from regio_desktop.app.explore.toggle_picker import TogglePicker

MAX_COMBINATIONS = 3**10
"""59,049 combinations (ten states with three choices, seven with four): still a fraction of a
second, and a scatter one can read. A larger space is streamed (``api.explore(stream=True)``):
the table and the scatter keep the Pareto front and the best combinations on each objective,
up to ``api.STREAM_LIMIT`` combinations."""
MIN_OBJECTIVES = 2
"""With one objective there is no trade-off: the front is a single best combination."""
DEFAULT_REGION = "central_asia"
"""Pre-checked: the selected state and the post-Soviet states of this region."""
WARNING_STYLE = "color: #b4441b;"


class ExplorationInputs(QWidget):
    """The checked states and objectives of the next run, with what they would cost."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._running = False
        # At least as wide as its longest check box needs ("Test the front against the
        # estimates" in Russian: no fixed minimum, which would win over that), within reason.
        self.setMaximumWidth(420)
        states_box = QGroupBox(QCoreApplication.translate("ExploreDialog", "States"))
        self.state_list = QListWidget()
        self.state_list.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "States to explore")
        )
        self.state_list.setToolTip(
            QCoreApplication.translate(
                "ExploreDialog",
                "Every combination of Russia-led, China-centred and multi-vector alignment (and "
                "West-oriented, if asked) is evaluated for the checked states (at most {limit:,} "
                "combinations). Beyond {max:,} the run is streamed: the results keep the Pareto "
                "front and the best combinations on each objective.",
            ).format(max=Localized(MAX_COMBINATIONS), limit=Localized(api.STREAM_LIMIT))
        )
        self.state_list.itemChanged.connect(self.update_counts)
        self.combination_label = QLabel()
        self.combination_label.setWordWrap(True)
        self.combination_label.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Number of combinations")
        )
        box = QVBoxLayout(states_box)
        box.addWidget(self.state_list)
        box.addWidget(self.combination_label)

        objectives_box = QGroupBox(QCoreApplication.translate("ExploreDialog", "Objectives"))
        self.objective_list = QListWidget()
        self.objective_list.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Objective indicators")
        )
        self.objective_list.setToolTip(
            QCoreApplication.translate(
                "ExploreDialog",
                "The indicators a combination is judged on, combined over the checked states as "
                "chosen under Judging (at least {min}).",
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
        self.objective_list.itemChanged.connect(self.update_counts)
        self.toggle_picker = TogglePicker(document)
        self.toggle_picker.changed.connect(self.update_counts)
        self.options = RunOptions(document.name)
        self.options.changed.connect(self.update_counts)
        self.objective_label = QLabel()
        self.objective_label.setWordWrap(True)
        box = QVBoxLayout(objectives_box)
        box.addWidget(self.objective_list)
        box.addWidget(self.objective_label)

        self.run_button = QPushButton(QCoreApplication.translate("ExploreDialog", "Run"))
        self.run_tooltip = QCoreApplication.translate(
            "ExploreDialog", "Evaluate every combination (Ctrl+Return)"
        )
        self.run_button.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Run the exploration")
        )
        self.cancel_button = QPushButton(QCoreApplication.translate("ExploreDialog", "Cancel"))
        self.cancel_button.setToolTip(
            QCoreApplication.translate("ExploreDialog", "Stop the running exploration (Esc)")
        )
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Cancel the exploration")
        )
        for button in (self.run_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Progress of the exploration")
        )
        # Why Run is greyed out, under it, before any click (the button's tooltip says it too).
        self.blocked_label = WrappingLabel()
        self.blocked_label.setStyleSheet(WARNING_STYLE)
        self.blocked_label.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Why the exploration cannot run")
        )
        self.blocked_label.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Exploration status")
        )

        for widget in (self.state_list, self.objective_list):
            widget.setMinimumHeight(56)  # four rows at least: the dialog must fit 720 pixels
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(states_box, 3)
        layout.addWidget(self.toggle_picker)
        layout.addWidget(objectives_box, 2)
        layout.addWidget(self.options)
        layout.addLayout(buttons)
        layout.addWidget(self.blocked_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        self.fill_states()
        self.document.state_filter.changed.connect(self.fill_states)
        self.document.state_filter.changed.connect(self.toggle_picker.fill_states)
        self.update_counts()
        self.set_running(False)

    def _objective_tooltip(self, info: api.IndicatorInfo) -> str:
        description = indicator_description(info.code)
        if info.higher_is == "worse":
            direction = QCoreApplication.translate(
                "ExploreDialog", "Lower is better: the exploration minimises it."
            )
        elif info.higher_is == "better":
            direction = QCoreApplication.translate(
                "ExploreDialog", "Higher is better: the exploration maximises it."
            )
        else:
            direction = QCoreApplication.translate(
                "ExploreDialog",
                "Neither direction is better in itself; the exploration counts higher as better.",
            )
        return f"{description}\n{direction}"

    # --- the checks --------------------------------------------------------------------------------
    def explorable_states(self) -> tuple[str, ...]:
        """States with an alignment to choose (the poles Russia, China and the West have none),
        among those the window shows (View > Show outside members)."""
        evaluation = self.document.evaluation
        known = set(evaluation.baseline_alignment) | set(evaluation.alignment)
        return tuple(s for s in self.document.state_filter.states if s in known)

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

    def fill_states(self) -> None:
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
                QCoreApplication.translate("ExploreDialog", "{name} ({code})").format(
                    name=self.document.name(state), code=state
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, state)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if state in checked else Qt.CheckState.Unchecked
            )
            self.state_list.addItem(item)
        self.state_list.blockSignals(False)
        self.update_counts()

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
        self.update_counts()

    def toggles(self) -> tuple[tuple[str, str], ...]:
        """The checked membership toggles of the next run."""
        return self.toggle_picker.toggles()

    def combination_count(self) -> int:
        return len(self.options.choices()) ** len(self.checked_states()) * 2 ** len(self.toggles())

    def max_states(self) -> int:
        """The most states a run may explore with the choices and toggles tried (at least one)."""
        choices, n, doubled = len(self.options.choices()), 1, 2 ** len(self.toggles())
        while choices ** (n + 1) * doubled <= api.STREAM_LIMIT:
            n += 1
        return n

    def _too_large(self) -> bool:
        """Whether the core refuses the space as too large even to stream."""
        refused = api.exploration_problems(
            self.document.world,
            self.checked_states(),
            self.toggles(),
            len(self.options.choices()),
            len(self.checked_objectives()),
        )
        return any(p.code == "explore_too_large" for p in refused)

    def streamed(self) -> bool:
        """Whether the next run is streamed: more combinations than a scatter can show."""
        return self.combination_count() > MAX_COMBINATIONS

    def input_problem(self) -> str:
        """Why the checked states and objectives cannot be run ('' when they can)."""
        n_states = len(self.checked_states())
        if n_states == 0:
            return QCoreApplication.translate("ExploreDialog", "Check at least one state.")
        refused = api.exploration_problems(
            self.document.world,
            self.checked_states(),
            self.toggles(),
            len(self.options.choices()),
            len(self.checked_objectives()),
        )
        if refused:  # the core's own refusal (a space too large for memory), in the user's words
            return " ".join(problem_texts(refused, self.document.name))
        if len(self.checked_objectives()) < MIN_OBJECTIVES:
            return QCoreApplication.translate(
                "ExploreDialog",
                "Check at least {min} objectives: with fewer there is no trade-off to explore.",
            ).format(min=MIN_OBJECTIVES)
        return ""

    def update_counts(self, *_args: object) -> None:
        """Say live how many combinations a run would evaluate, and what stops it."""
        states = self.checked_states()
        self.options.set_states(states)
        n_states = len(states)
        choices = len(self.options.choices())
        if n_states == 0:
            text, warn = (
                QCoreApplication.translate(
                    "ExploreDialog", "Check the states whose alignment may change."
                ),
                False,
            )
        elif self._too_large():
            text = QCoreApplication.translate(
                "ExploreDialog", "{states} states: too many, at most {max}."
            ).format(states=n_states, max=self.max_states())
            warn = True
        elif self.toggles():
            text = QCoreApplication.translate(
                "ExploreDialog", "{count:,} combinations ({choices}^{states} × 2^{toggles})"
            ).format(
                count=Localized(self.combination_count()),
                choices=choices,
                states=n_states,
                toggles=len(self.toggles()),
            )
            warn = False
        else:
            text = QCoreApplication.translate(
                "ExploreDialog", "{count:,} combinations ({choices}^{states})"
            ).format(count=Localized(self.combination_count()), choices=choices, states=n_states)
            warn = False
        if n_states and self.streamed() and not warn:
            text += "\n" + QCoreApplication.translate(
                "ExploreDialog",
                "More than {max:,}: streamed, the results keep the Pareto front and the best on "
                "each objective.",
            ).format(max=Localized(MAX_COMBINATIONS))
        self.combination_label.setText(text)
        self.combination_label.setStyleSheet(WARNING_STYLE if warn else "")
        n_objectives = len(self.checked_objectives())
        if n_objectives < MIN_OBJECTIVES:
            self.objective_label.setText(
                QCoreApplication.translate(
                    "ExploreDialog", "Check at least {min} objectives."
                ).format(min=MIN_OBJECTIVES)
            )
            self.objective_label.setStyleSheet(WARNING_STYLE)
        else:
            self.objective_label.setText(
                QCoreApplication.translate("ExploreDialog", "{count} objectives").format(
                    count=n_objectives
                )
            )
            self.objective_label.setStyleSheet("")
        self._show_blocked()

    def _show_blocked(self) -> None:
        """Run is enabled only for a run that can start; otherwise the reason shows under it."""
        problem = "" if self._running else self.input_problem()
        self.run_button.setEnabled(not self._running and not problem)
        self.run_button.setToolTip(problem or self.run_tooltip)
        self.blocked_label.setText(problem)
        self.blocked_label.setVisible(bool(problem))
        self.progress.setVisible(not problem)  # no run to show the progress of; room for why

    def show_status(self, text: str, warning: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(WARNING_STYLE if warning else "")

    def set_running(self, running: bool) -> None:
        self._running = running
        self._show_blocked()
        self.cancel_button.setEnabled(running)
        self.state_list.setEnabled(not running)
        self.objective_list.setEnabled(not running)
        self.options.set_running(running)
        self.toggle_picker.set_running(running)
