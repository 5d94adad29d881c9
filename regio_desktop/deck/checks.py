"""Whether a deck fits the world: its presets exist, its scenario files read and fit, its map
colourings and states are known. Every problem is found (not only the first), so a facilitator
repairs a deck in one go; each names the step it is in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from regio_desktop.deck.file_format import read
from regio_desktop.deck.model import ALIGNMENT, Deck, ScenarioRef, Step
from regio_desktop.engine.catalogue import INDICATORS
from regio_desktop.input_files import printable
from regio_desktop.problems import Problem, problem
from regio_desktop.scenario import file_format as scenario_files
from regio_desktop.scenario.model import Scenario
from regio_desktop.scenario.validation import validate
from regio_desktop.world.loaded_world import World
from regio_desktop.world.resource_files import preset_scenario_paths

STATE_INDICATORS = tuple(info.code for info in INDICATORS if info.level == "state")
_NUMBERED = re.compile(r"^\d+_")


def preset_id(path: Path) -> str:
    """A preset's id: its file name without the order number and the suffix
    (``04_kazakhstan_multi_vector_brics.regio.json`` is ``kazakhstan_multi_vector_brics``)."""
    return _NUMBERED.sub("", path.name.removesuffix(scenario_files.SUFFIX))


def presets() -> dict[str, Path]:
    """The shipped presets by id, in their order."""
    return {preset_id(path): path for path in preset_scenario_paths()}


@dataclass(frozen=True)
class StepProblem:
    """A problem of one step (``step`` counts from 0) and, for a scenario problem, the scenario
    problem behind it (``cause``)."""

    step: int
    problem: Problem
    cause: Problem | None = None

    @property
    def message(self) -> str:
        text = f"step {self.step + 1}: {self.problem.message}"
        return text + (f": {self.cause.message}" if self.cause is not None else "")


class DeckError(ValueError):
    """A deck that does not fit the world; ``problems`` lists every one found."""

    def __init__(self, problems: list[StepProblem], file: str | None = None) -> None:
        lines = "; ".join(p.message for p in problems)
        super().__init__(f"{file}: {lines}" if file else lines)
        self.problems = problems
        self.file = file


def scenario_of(ref: ScenarioRef, folder: Path | None) -> Scenario:
    """The scenario a step names, read (presets and files) but not checked against a world.

    Raises KeyError for an unknown preset and ``ScenarioFileError`` for a file that cannot be
    read; a relative path is read from ``folder`` (the deck's; None: the working folder).
    """
    if ref.kind == "inline" and ref.scenario is not None:
        return ref.scenario
    if ref.kind == "preset":
        found = presets().get(ref.preset)
        if found is None:
            raise KeyError(ref.preset)
        return scenario_files.read(found)
    path = Path(ref.path)
    if not path.is_absolute() and folder is not None:
        path = folder / path
    return scenario_files.read(path)


def colour_kind(world: World, colour_by: str) -> str:
    """What a step's map colouring names: 'alignment', 'bloc', 'indicator' or '' (unknown)."""
    if colour_by == ALIGNMENT:
        return ALIGNMENT
    if colour_by in world.bloc_codes:
        return "bloc"
    if colour_by in STATE_INDICATORS:
        return "indicator"
    return ""


def _step_problems(world: World, index: int, step: Step, folder: Path | None) -> list[StepProblem]:
    found: list[StepProblem] = []
    ref = step.scenario
    scenario: Scenario | None = None
    try:
        scenario = scenario_of(ref, folder)
    except KeyError:
        found.append(
            StepProblem(
                index,
                problem("deck_unknown_preset", preset=ref.preset, presets=tuple(presets())),
            )
        )
    except scenario_files.ScenarioFileError as exc:
        found.append(
            StepProblem(index, problem("deck_scenario_unreadable", file=ref.path), exc.problem)
        )
    if scenario is not None:
        for issue in validate(world, scenario):
            found.append(StepProblem(index, problem("deck_scenario_unfit"), issue))
    if not colour_kind(world, step.colour_by):
        found.append(StepProblem(index, problem("deck_unknown_colouring", found=step.colour_by)))
    if step.state and step.state not in world.state_codes:
        found.append(StepProblem(index, problem("unknown_state", state=step.state)))
    return found


def check(world: World, deck: Deck, folder: Path | None = None) -> list[StepProblem]:
    """Every problem of every step (empty: the deck can be presented)."""
    return [p for i, step in enumerate(deck.steps) for p in _step_problems(world, i, step, folder)]


def scenarios(world: World, deck: Deck, folder: Path | None = None) -> list[Scenario]:
    """The steps' scenarios, each read and checked; raises DeckError listing every problem."""
    problems = check(world, deck, folder)
    if problems:
        raise DeckError(problems)
    return [scenario_of(step.scenario, folder) for step in deck.steps]


def read_deck_file(path: Path | str, world: World) -> tuple[Deck, list[Scenario]]:
    """The one way to open a deck: read it and every step's scenario, check them against
    ``world`` and refuse the deck whole if anything is wrong.

    Raises ``DeckFileError`` (naming the file) when the deck cannot be read or parsed, and
    ``DeckError`` listing every step's problem when a step does not fit the world.
    """
    path = Path(path)
    deck = read(path)
    try:
        return deck, scenarios(world, deck, path.parent)
    except DeckError as exc:
        raise DeckError(exc.problems, printable(path.name)) from None
