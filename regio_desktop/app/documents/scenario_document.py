"""The one session-state object: the world, the open scenario, its evaluation, its undo stack.

Views listen to ``changed`` (the scenario or its evaluation moved; the payload, an
``api.ScenarioChanges``, says what) and ``selection_changed`` (the state the analyst is looking
at) and re-read from here; they never talk to each other. Every edit
goes through the ``toggle_membership`` / ``set_membership`` / ``set_alignment`` / ``set_year``
methods, which push an undoable command; menus, views, keyboard and tests all call the same ones.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import pandas as pd
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from regio_desktop import api
from regio_desktop.app.common.problem_texts import problem_texts
from regio_desktop.app.documents import scenario_commands
from regio_desktop.app.documents.state_filter import StateFilter
from regio_desktop.app.documents.uncertainty_runner import UncertaintyRunner


@dataclass(frozen=True)
class StatusLookup:
    """The evaluation's statuses as plain lists, read once per change.

    The matrix asks for a cell's status and edit mark thousands of times per repaint; a pandas
    ``.at`` costs tens of microseconds, a list index well under one.
    """

    states: tuple[str, ...]
    blocs: tuple[str, ...]
    state_index: dict[str, int]
    bloc_index: dict[str, int]
    now: list[list[str]]
    """Status under the scenario, by state row and bloc column ('' for none)."""
    base: list[list[str]]
    """Status at the baseline, same layout."""
    edited: frozenset[tuple[str, str]]
    """(state, bloc) pairs the scenario edits."""
    blocs_with_members: frozenset[str]
    """Blocs in which some state holds a status at the baseline or in the scenario."""

    def updated(
        self, evaluation: api.Evaluation, cells: frozenset[tuple[str, str]]
    ) -> StatusLookup:
        """This lookup after an edit that changed only ``cells`` (same year, same blocs): the
        rows of those cells are read again, the rest is shared."""
        status = evaluation.status_matrix
        now = list(self.now)
        blocs_touched = set()
        for state, bloc in cells:
            i, j = self.state_index.get(state), self.bloc_index.get(bloc)
            if i is None or j is None:
                return StatusLookup.of(evaluation)
            if now[i] is self.now[i]:
                now[i] = list(now[i])
            value = status[i, j]
            now[i][j] = value if isinstance(value, str) else ""
            blocs_touched.add(j)
        with_members = set(self.blocs_with_members)
        for j in blocs_touched:
            bloc = self.blocs[j]
            if any(row[j] for row in now) or any(row[j] for row in self.base):
                with_members.add(bloc)
            else:
                with_members.discard(bloc)
        return dataclasses.replace(
            self,
            now=now,
            edited=frozenset((e.state, e.bloc) for e in evaluation.scenario.memberships),
            blocs_with_members=frozenset(with_members),
        )

    @classmethod
    def of(cls, evaluation: api.Evaluation) -> StatusLookup:
        states, blocs = evaluation.states, evaluation.blocs
        now = _text_rows(evaluation.status_matrix)
        base = _text_rows(evaluation.baseline_status_matrix)
        return cls(
            states=tuple(states),
            blocs=tuple(blocs),
            state_index={code: i for i, code in enumerate(states)},
            bloc_index={code: j for j, code in enumerate(blocs)},
            now=now,
            base=base,
            edited=frozenset((e.state, e.bloc) for e in evaluation.scenario.memberships),
            blocs_with_members=frozenset(
                blocs[j] for rows in (now, base) for row in rows for j, v in enumerate(row) if v
            ),
        )

    def status(self, state: str, bloc: str) -> str:
        return self._cell(self.now, state, bloc)

    def baseline_status(self, state: str, bloc: str) -> str:
        return self._cell(self.base, state, bloc)

    def _cell(self, rows: list[list[str]], state: str, bloc: str) -> str:
        i, j = self.state_index.get(state), self.bloc_index.get(bloc)
        return "" if i is None or j is None else rows[i][j]


_REMEMBERED = 64
"""How many scenarios' checks a document keeps."""

T = TypeVar("T")


def _remembered(
    cache: OrderedDict[api.Scenario, T],
    scenario: api.Scenario,
    compute: Callable[[api.Scenario], T],
) -> T:
    """``compute(scenario)``, or its remembered result (most recently used kept)."""
    if scenario in cache:
        cache.move_to_end(scenario)
        return cache[scenario]
    result = cache[scenario] = compute(scenario)
    if len(cache) > _REMEMBERED:
        cache.popitem(last=False)
    return result


def _text_rows(status: np.ndarray) -> list[list[str]]:
    """The status matrix as nested lists, a missing status as ''."""
    return [[v if isinstance(v, str) else "" for v in row] for row in status.tolist()]


class ScenarioDocument(QObject):
    """Holds World, the current Scenario, the latest Evaluation and its QUndoStack.

    Each open scenario has its own stack (the session hands them over on a switch); all stacks,
    the evidence's too, sit in ``undo_group``, whose active stack the Edit menu's Undo follows.
    """

    changed = Signal(object)
    """The scenario (and so its evaluation) changed; the ``api.ScenarioChanges`` says what, so a
    view re-reads only what moved (all of it when ``changes.everything``)."""
    selection_changed = Signal(str)
    """The selected state changed (its ISO3 code, or '' for none)."""
    edit_refused = Signal(str)
    """An edit was not applied; the message says why, in the user's language."""
    arguments_changed = Signal()
    """The world's arguments or sources were re-read (the analyst edited the evidence)."""

    def __init__(
        self,
        world: api.World,
        scenario: api.Scenario | None = None,
        language: str = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.world = world
        self.language = language
        self.undo_group = QUndoGroup(self)
        self._undo_stack = self.new_undo_stack()
        self.undo_group.setActiveStack(self._undo_stack)
        self._scenario = scenario if scenario is not None else api.Scenario()
        self._evaluation = api.evaluate(world, self._scenario)
        self._lookup: StatusLookup | None = None
        self._tensions: list[api.Tension] | None = None
        self._problems: list[api.Problem] | None = None
        # Checks of recent scenarios: an edit validates its candidate, then the warnings dock
        # validates and checks the same scenario; undo, redo and toggling back return to them.
        self._recent_tensions: OrderedDict[api.Scenario, list[api.Tension]] = OrderedDict()
        self._recent_problems: OrderedDict[api.Scenario, list[api.Problem]] = OrderedDict()
        self._selected_state = ""
        self.state_filter = StateFilter(self)
        """The states the views list and draw (the focus states unless outside ones are on)."""
        self.ranges = UncertaintyRunner(self)
        """The ranges of the figures over the estimates, once a chart's Ranges box asks."""

    # --- reading -----------------------------------------------------------------------------
    @property
    def scenario(self) -> api.Scenario:
        return self._scenario

    @property
    def undo_stack(self) -> QUndoStack:
        """The history of the scenario on show."""
        return self._undo_stack

    def new_undo_stack(self, parent: QObject | None = None) -> QUndoStack:
        """An empty history in the group (the session makes one per open scenario, the evidence
        one of its own). An edit, an undo or a redo on a history makes it the active one, so
        Undo next takes back what was last done, wherever it was started from."""
        stack = QUndoStack(parent if parent is not None else self)
        self.undo_group.addStack(stack)
        stack.indexChanged.connect(self._history_moved)
        return stack

    def _history_moved(self, _index: int) -> None:
        stack = self.sender()
        # A stack being deleted clears itself after leaving the group: never make that active.
        if isinstance(stack, QUndoStack) and stack in self.undo_group.stacks():
            self.undo_group.setActiveStack(stack)

    @property
    def evaluation(self) -> api.Evaluation:
        return self._evaluation

    @property
    def selected_state(self) -> str:
        return self._selected_state

    @property
    def edit_count(self) -> int:
        """How many things the scenario changes: membership edits plus alignment choices."""
        return self._scenario.edit_count

    def name(self, code: str) -> str:
        """A state's or bloc's name in the user's language."""
        return self.world.name(code, self.language)

    @property
    def lookup(self) -> StatusLookup:
        """The current statuses as plain lists (built on first use after each change)."""
        if self._lookup is None:
            self._lookup = StatusLookup.of(self._evaluation)
        return self._lookup

    def status(self, state: str, bloc: str) -> str:
        """The status a state holds in a bloc under the scenario ('' for none)."""
        return self.lookup.status(state, bloc)

    def baseline_status(self, state: str, bloc: str) -> str:
        return self.lookup.baseline_status(state, bloc)

    def is_edited(self, state: str, bloc: str) -> bool:
        return (state, bloc) in self.lookup.edited

    def bloc_has_members(self, bloc: str) -> bool:
        """True when any state holds a status in ``bloc`` at the baseline or in the scenario."""
        return bloc in self.lookup.blocs_with_members

    def tensions(self) -> list[api.Tension]:
        """Consistency warnings of the current scenario (computed once per scenario)."""
        if self._tensions is None:
            self._tensions = _remembered(
                self._recent_tensions, self._scenario, lambda s: list(api.check(self.world, s))
            )
        return self._tensions

    def problems(self) -> list[api.Problem]:
        """Edits of the current scenario that cannot apply (e.g. after a change of year)."""
        if self._problems is None:
            self._problems = self.candidate_problems(self._scenario)
        return self._problems

    def arguments(self, state: str | None) -> pd.DataFrame:
        # The evaluation is at hand: passing it spares arguments_for a second evaluate().
        return api.arguments_for(self.world, self._scenario, state, self._evaluation)

    def argument_choices(self, state: str) -> tuple[tuple[str, str, str], ...]:
        """The choices of ``state`` that arguments are matched to (see ``api.argument_choices``)."""
        return tuple(api.argument_choices(self._evaluation, state))

    def argument_records(self, state: str | None) -> list[dict[str, object]]:
        """``arguments(state)`` as plain dicts, for views that render every row."""
        return api.argument_records(self.world, self._scenario, state, self._evaluation)

    # --- changing ----------------------------------------------------------------------------
    def select_state(self, state: str) -> None:
        if state != self._selected_state:
            self._selected_state = state
            self.selection_changed.emit(state)

    def replace_scenario(self, scenario: api.Scenario, everything: bool = False) -> None:
        """Make ``scenario`` current and re-evaluate it. Used by undo commands, not by views.

        The one place that says what an edit changed: the scenarios' difference, plus the states
        whose indicators the evaluation moved; ``everything`` for a scenario that replaces the
        previous one altogether (another open scenario, a file).
        """
        before, evaluation = self._evaluation, api.evaluate(self.world, scenario)
        changes = api.ScenarioChanges.all() if everything else scenario.changes_from(self._scenario)
        if not changes.whole:
            changes = dataclasses.replace(
                changes,
                states=evaluation.moved_states(before),
                blocs=evaluation.moved_blocs(before),
                region=evaluation.region_moved(before),
            )
        if self._lookup is not None and not changes.whole:
            self._lookup = self._lookup.updated(evaluation, changes.cells)
        else:
            self._lookup = None
        self._scenario = scenario
        self._evaluation = evaluation
        self._tensions = None
        self._problems = None
        self.changed.emit(changes)

    def replace_arguments(self, world: api.World) -> None:
        """Take ``world`` (the same world with re-read arguments and sources) as current.

        Arguments do not enter the indicators, so nothing is re-evaluated; views that show
        arguments listen to ``arguments_changed``.
        """
        self.world = world
        self._recent_tensions.clear()
        self._recent_problems.clear()
        self.arguments_changed.emit()

    def open_scenario(self, scenario: api.Scenario, history: QUndoStack | None = None) -> None:
        """Show another scenario with its own undo ``history`` (None: the history on show is
        cleared and reused)."""
        if history is None:
            self._undo_stack.clear()
        else:
            self.use_history(history)
        self.replace_scenario(scenario, everything=True)

    def use_history(self, history: QUndoStack) -> None:
        """Take ``history`` as the current scenario's. Undo follows it unless it was on another
        document's history (the evidence's) that still has something to take back."""
        previous, self._undo_stack = self._undo_stack, history
        active = self.undo_group.activeStack()
        if active in (previous, None) or not active.canUndo():
            self.undo_group.setActiveStack(history)

    def candidate_problems(self, scenario: api.Scenario) -> list[api.Problem]:
        """What would make a scenario impossible; empty means the edit may be offered."""
        return list(
            _remembered(self._recent_problems, scenario, lambda s: api.validate(self.world, s))
        )

    def _push(self, command: scenario_commands.ScenarioEditCommand) -> bool:
        if command.after == self._scenario:
            return False
        problems = self.candidate_problems(command.after)
        if problems:
            self.edit_refused.emit("\n".join(problem_texts(problems, self.name)))
            return False
        self.undo_stack.push(command)
        return True

    def membership_candidate(self, state: str, bloc: str, status: str | None) -> api.Scenario:
        """The scenario in which ``state`` holds ``status`` in ``bloc`` (None: not in it), as
        ``Scenario.with_status`` writes it against the baseline status."""
        baseline = self.baseline_status(state, bloc)
        return self._scenario.with_status(baseline, state, bloc, status)

    def toggle_target(self, state: str, bloc: str) -> str | None:
        """What a toggle of the cell does (``api.toggled_status``)."""
        return api.toggled_status(
            self.baseline_status(state, bloc), self.status(state, bloc), self.is_edited(state, bloc)
        )

    def toggle_membership(self, state: str, bloc: str) -> bool:
        return self.set_membership(state, bloc, self.toggle_target(state, bloc))

    def set_membership(self, state: str, bloc: str, status: str | None) -> bool:
        """Give ``state`` the ``status`` in ``bloc`` (None: leave it) as one undoable edit."""
        after = self.membership_candidate(state, bloc, status)
        command = scenario_commands.membership_command(self, state, bloc, status, after)
        return self._push(command)

    def set_alignment(self, state: str, alignment: str | None) -> bool:
        """Choose an alignment for a state; choosing its baseline (or None) drops the choice."""
        if alignment == self._evaluation.baseline_alignment.get(state):
            alignment = None
        after = self._scenario.with_alignment(state, alignment)
        shown = alignment or self._evaluation.baseline_alignment.get(state)
        return self._push(scenario_commands.alignment_command(self, state, shown, after))

    def rename(self, name: str, description: str | None = None, notes: str | None = None) -> bool:
        """Rename (and optionally re-describe or re-annotate) the scenario as one undoable
        edit; ``None`` keeps the description or the notes as they are."""
        after = self._scenario.renamed(name, description, notes)
        return self._push(scenario_commands.rename_command(self, name, after))

    def set_year(self, year: int | None) -> bool:
        """Change the baseline year (None: the latest); the edits stay and are re-checked."""
        if year == self.world.latest_year:
            year = None
        after = self._scenario.with_year(year)
        shown = year if year is not None else self.world.latest_year
        command = scenario_commands.year_command(self, shown, after)
        if command.after == self._scenario:
            return False
        # A year in which some edit cannot apply is allowed; the warnings dock names the edit.
        self.undo_stack.push(command)
        return True
