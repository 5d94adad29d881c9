"""The Scenario value: a baseline year plus membership edits, alignment choices and parameters.

A scenario is frozen and hashable, so evaluations can be cached by it and undo is just keeping the
previous value. Edits are keyed by what they change (one edit per state and bloc, one alignment per
state), so the order of independent edits never matters and re-applying an edit replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from regio_desktop.world.vocabulary import ACTIVE_STATUSES, FULL_STATUSES

MembershipAction = Literal["join", "leave", "set_status"]
ACTIONS: tuple[MembershipAction, ...] = ("join", "leave", "set_status")


@dataclass(frozen=True, order=True)
class MembershipEdit:
    """Join a bloc (with a status), leave it, or change the status a state holds in it."""

    state: str
    bloc: str
    action: MembershipAction
    status: str | None = None

    def describe(self) -> str:
        """A short English label for logs and file comments (the window translates its own)."""
        if self.action == "leave":
            return f"{self.state} leaves {self.bloc}"
        verb = "joins" if self.action == "join" else "becomes"
        return f"{self.state} {verb} {self.bloc} as {self.status or 'member'}"


def toggled_status(baseline: str, current: str, edited: bool) -> str | None:
    """What toggling a cell of the membership matrix asks for (``None``: out of the bloc).

    An edited pair returns to its ``baseline`` status; a full member (founding or not) leaves;
    anyone else, including an observer or a partner, becomes a member. Explore's toggles ask a
    different question, in or out (``engine/exploration.py``): there an observer leaves.
    """
    if edited:
        return baseline or None
    return None if current in FULL_STATUSES else "member"


@dataclass(frozen=True)
class ScenarioChanges:
    """What one edit changed, so that each view repaints only what moved (Anki's OpChanges).

    ``cells`` are the (state, bloc) pairs whose membership edit differs, ``alignments`` the states
    whose alignment choice differs, ``year`` a new baseline year, ``named`` a new name or
    description. ``everything`` stands for a change of the whole picture (another scenario, new
    parameters, a new world): views re-read all they show. ``states`` are the states whose
    indicators moved, ``blocs`` the blocs whose bloc indicators moved (or whose rows of the
    indicator table come or go), ``region`` whether a region indicator moved; the scenarios
    alone cannot tell, so ``Scenario.changes_from`` leaves them empty and the caller that holds
    both evaluations fills them in.
    """

    cells: frozenset[tuple[str, str]] = frozenset()
    alignments: frozenset[str] = frozenset()
    year: bool = False
    named: bool = False
    everything: bool = False
    states: frozenset[str] = frozenset()
    blocs: frozenset[str] = frozenset()
    region: bool = False

    @classmethod
    def all(cls) -> ScenarioChanges:
        """The whole picture changed."""
        return cls(everything=True)

    @property
    def whole(self) -> bool:
        """Every state and cell may look different: a new scenario or a new baseline year."""
        return self.everything or self.year

    @property
    def edited_states(self) -> frozenset[str]:
        """States with a membership or alignment edit that differs."""
        return self.alignments | {state for state, _ in self.cells}

    def touches(self, state: str) -> bool:
        """Whether anything shown for ``state`` (its cells, alignment or indicators) can differ."""
        return self.whole or state in self.states or state in self.edited_states

    @property
    def is_empty(self) -> bool:
        return not (
            self.cells or self.alignments or self.year or self.named or self.everything
        ) and not (self.states or self.blocs or self.region)


@dataclass(frozen=True)
class Scenario:
    """A what-if: ``year`` is the baseline; edits and choices are applied on top of it."""

    name: str = "Untitled scenario"
    year: int | None = None
    description: str = ""
    memberships: tuple[MembershipEdit, ...] = ()
    alignments: tuple[tuple[str, str], ...] = ()
    parameters: tuple[tuple[str, float], ...] = ()
    motivation: tuple[str, ...] = field(default=(), compare=False)
    # The analyst's notes (reasoning, caveats, what to check next): saved and printed in the
    # report. They change no figure, but a scenario with other notes is another document state.
    notes: str = ""

    # --- reading -----------------------------------------------------------------------------
    @property
    def alignment_map(self) -> dict[str, str]:
        return dict(self.alignments)

    @property
    def parameter_map(self) -> dict[str, float]:
        return dict(self.parameters)

    def membership_edit(self, state: str, bloc: str) -> MembershipEdit | None:
        for edit in self.memberships:
            if edit.state == state and edit.bloc == bloc:
                return edit
        return None

    @property
    def edit_count(self) -> int:
        """How many things the scenario changes, as the window counts them: one per membership
        edit and one per state with an alignment choice (parameters and the year are settings,
        not edits)."""
        return len(self.memberships) + len(self.alignments)

    @property
    def edited_states(self) -> tuple[str, ...]:
        """The states the scenario edits (a membership or an alignment), each once, in the order
        of its edits: the one answer for the report, the window's filter, spillovers and the
        matching of arguments."""
        edited = [e.state for e in self.memberships] + [s for s, _ in self.alignments]
        return tuple(dict.fromkeys(edited))

    @property
    def is_empty(self) -> bool:
        """True when the scenario changes nothing of its baseline."""
        return not (self.memberships or self.alignments or self.parameters)

    def changes_from(self, before: Scenario) -> ScenarioChanges:
        """What differs from ``before`` to this scenario (indicator moves are not known here).

        New parameters change every figure, so they count as ``everything``.
        """
        old = {(e.state, e.bloc): e for e in before.memberships}
        new = {(e.state, e.bloc): e for e in self.memberships}
        cells = frozenset(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
        old_choice, new_choice = dict(before.alignments), dict(self.alignments)
        alignments = frozenset(
            k
            for k in old_choice.keys() | new_choice.keys()
            if old_choice.get(k) != new_choice.get(k)
        )
        return ScenarioChanges(
            cells=cells,
            alignments=alignments,
            year=self.year != before.year,
            named=(self.name, self.description, self.notes)
            != (before.name, before.description, before.notes),
            everything=self.parameters != before.parameters,
        )

    # --- editing (each returns a new value) --------------------------------------------------
    def with_membership(self, edit: MembershipEdit) -> Scenario:
        """Apply a membership edit, replacing any earlier edit of the same state and bloc."""
        kept = [e for e in self.memberships if (e.state, e.bloc) != (edit.state, edit.bloc)]
        return replace(self, memberships=tuple(sorted([*kept, edit])))

    def with_status(self, baseline: str, state: str, bloc: str, status: str | None) -> Scenario:
        """The scenario in which ``state`` holds ``status`` in ``bloc`` (None: it leaves), as the
        smallest edit relative to ``baseline``, the status it holds at the baseline ('' for none).

        Reaching the baseline status drops the pair's edit instead of adding one, so toggling
        twice gives back exactly the scenario one started from. From an active status the edit
        is a ``set_status``; from none, suspended or withdrawn it is a ``join``. Taking the
        baseline status as a string keeps this free of the world: the caller has it at hand.
        """
        if (status or "") == baseline:
            return self.without_membership(state, bloc)
        if status is None:
            edit = MembershipEdit(state, bloc, "leave")
        elif baseline in ACTIVE_STATUSES:
            edit = MembershipEdit(state, bloc, "set_status", status)
        else:
            edit = MembershipEdit(state, bloc, "join", status)
        return self.with_membership(edit)

    def without_membership(self, state: str, bloc: str) -> Scenario:
        """Drop the edit of a state and bloc, returning that pair to its baseline."""
        kept = tuple(e for e in self.memberships if (e.state, e.bloc) != (state, bloc))
        return replace(self, memberships=kept)

    def with_alignment(self, state: str, alignment: str | None) -> Scenario:
        """Choose an alignment for a state; None returns it to its baseline alignment."""
        choices = {k: v for k, v in self.alignments if k != state}
        if alignment is not None:
            choices[state] = alignment
        return replace(self, alignments=tuple(sorted(choices.items())))

    def with_parameter(self, name: str, value: float | None) -> Scenario:
        """Override an engine parameter; None returns it to its default."""
        values = {k: v for k, v in self.parameters if k != name}
        if value is not None:
            values[name] = float(value)
        return replace(self, parameters=tuple(sorted(values.items())))

    def with_year(self, year: int | None) -> Scenario:
        return replace(self, year=year)

    def renamed(
        self, name: str, description: str | None = None, notes: str | None = None
    ) -> Scenario:
        """The same scenario under a new name; ``None`` keeps the description or notes."""
        return replace(
            self,
            name=name,
            description=self.description if description is None else description,
            notes=self.notes if notes is None else notes,
        )
