"""The Deck value: the steps a facilitator walks a room through, each a scenario with a question.

A deck is frozen, like a scenario, so an edit in the window is the pair (before, after) and undo
puts the old value back; every change returns a new deck. The room's tally lives in the steps'
options, so it is saved with the deck and goes wherever the deck goes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from regio_desktop.scenario.model import Scenario

RefKind = Literal["preset", "file", "inline"]
REF_KINDS: tuple[RefKind, ...] = ("preset", "file", "inline")
SHOWS = ("change", "value")
"""What an indicator colouring shows: the change against the baseline, or the value."""
ALIGNMENT = "alignment"
DEFAULT_STATE = "KAZ"
"""The state whose arguments a step shows when it names none and its scenario edits none."""


@dataclass(frozen=True)
class ScenarioRef:
    """Where a step's scenario comes from: a shipped preset by id, a scenario file (its path as
    written in the deck, relative to the deck's folder unless absolute), or the scenario itself
    written into the deck (``inline``), as the window adds an unsaved scenario."""

    kind: RefKind
    preset: str = ""
    path: str = ""
    scenario: Scenario | None = None

    @classmethod
    def of_preset(cls, preset: str) -> ScenarioRef:
        return cls("preset", preset=preset)

    @classmethod
    def of_file(cls, path: str) -> ScenarioRef:
        return cls("file", path=path)

    @classmethod
    def of_scenario(cls, scenario: Scenario) -> ScenarioRef:
        return cls("inline", scenario=scenario)


@dataclass(frozen=True)
class Option:
    """One answer the room can give to a step's question, with how many chose it."""

    label: str
    count: int = 0


@dataclass(frozen=True)
class Step:
    """One step: a scenario, its title, the question to the room, the presenter's notes, what the
    map is coloured by (``alignment``, a bloc code or a state indicator code, whose ``show`` is
    its change or its value), the state whose arguments are shown ('' for the scenario's first
    edited state), and the options of the room's tally."""

    title: str
    scenario: ScenarioRef
    question: str = ""
    notes: str = ""
    colour_by: str = ALIGNMENT
    show: str = "change"
    state: str = ""
    options: tuple[Option, ...] = ()

    @property
    def tallied(self) -> bool:
        """Whether the room's view was recorded (some option has a count)."""
        return any(option.count for option in self.options)

    def with_count(self, option: int, count: int) -> Step:
        """This step with ``count`` (at least 0) for its ``option``-th option."""
        if not 0 <= option < len(self.options):
            raise IndexError(f"step has no option {option}")
        options = list(self.options)
        options[option] = replace(options[option], count=max(0, int(count)))
        return replace(self, options=tuple(options))

    def focus_state(self, scenario: Scenario) -> str:
        """The state whose arguments the step shows: its own, else the first the scenario
        edits, else Kazakhstan (the decks are about its choices)."""
        if self.state:
            return self.state
        return scenario.edited_states[0] if scenario.edited_states else DEFAULT_STATE


@dataclass(frozen=True)
class Deck:
    """A titled, ordered list of steps."""

    title: str = ""
    description: str = ""
    steps: tuple[Step, ...] = ()

    def with_step(self, step: Step, index: int | None = None) -> Deck:
        """The deck with ``step`` inserted at ``index`` (None: at the end)."""
        steps = list(self.steps)
        steps.insert(len(steps) if index is None else index, step)
        return replace(self, steps=tuple(steps))

    def without_step(self, index: int) -> Deck:
        steps = list(self.steps)
        del steps[index]
        return replace(self, steps=tuple(steps))

    def with_step_replaced(self, index: int, step: Step) -> Deck:
        steps = list(self.steps)
        steps[index] = step
        return replace(self, steps=tuple(steps))

    def with_step_moved(self, index: int, to: int) -> Deck:
        """The deck with the step at ``index`` moved to position ``to``."""
        steps = list(self.steps)
        step = steps.pop(index)
        steps.insert(max(0, min(to, len(steps))), step)
        return replace(self, steps=tuple(steps))

    def with_count(self, step: int, option: int, count: int) -> Deck:
        return self.with_step_replaced(step, self.steps[step].with_count(option, count))

    def retitled(self, title: str, description: str | None = None) -> Deck:
        return replace(
            self, title=title, description=self.description if description is None else description
        )
