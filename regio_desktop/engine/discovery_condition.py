"""The condition scenario discovery looks for: ``KAZ:autonomy>60 and KAZ:sanctions_exposure<30``.

A condition is one or more comparisons of an entity's indicator (a state, a bloc or ``region``)
with a number, joined by ``and``. It is read here, refused with problems (a code and parameters,
regio_desktop/problems.py) when it names something the world does not hold, and evaluated for
every combination of an exploration: the combinations where it holds are the "cases of
interest" PRIM (discovery.py) looks for boxes around.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np

from regio_desktop.engine.catalogue import indicator_info
from regio_desktop.engine.evaluation import evaluate
from regio_desktop.engine.exploration import Exploration, explore
from regio_desktop.engine.exploration_aggregation import Aggregation
from regio_desktop.engine.indicator_target import resolve_target
from regio_desktop.engine.indicator_values import bloc_values, region_values, state_values
from regio_desktop.problems import Problem, problem
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import ALIGNMENTS

OPERATORS: Final[dict[str, Callable[[np.ndarray, float], np.ndarray]]] = {
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
}
_PART = re.compile(
    r"\s*([A-Za-z0-9_]+)\s*:\s*([A-Za-z0-9_]+)\s*(>=|<=|>|<)\s*([-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))\s*",
    re.ASCII,
)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
EVALUATION_LIMIT = 3**8
"""Combinations valued one by one for a bloc, the region or a state not explored: 6,561 take a
few seconds (benchmarks/discovery_bench.py); more is refused with the count."""
MAX_PART_SHOWN = 60
"""A condition part quoted in a problem is cut to this many characters."""


class DiscoveryRefused(ValueError):
    """The condition cannot be evaluated as written; ``problems`` say why (nothing was run)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(p.message for p in self.problems))


@dataclass(frozen=True)
class Condition:
    """One comparison: ``entity``'s ``indicator`` ``op`` ``threshold`` (in the indicator's unit)."""

    entity: str
    indicator: str
    op: str
    threshold: float

    @property
    def text(self) -> str:
        return f"{self.entity}:{self.indicator}{self.op}{self.threshold:g}"

    def holds(self, values: np.ndarray) -> np.ndarray:
        """Where ``values`` (this condition's indicator, one per combination) satisfy it."""
        return np.asarray(OPERATORS[self.op](values, self.threshold), dtype=bool)


def where_text(conditions: Sequence[Condition]) -> str:
    """The conditions written back as one ``--where`` text."""
    return " and ".join(c.text for c in conditions)


def parse_where(world: World, text: str) -> tuple[Condition, ...]:
    """The conditions of ``text``; raises DiscoveryRefused naming every part that is wrong."""
    if not text.strip():
        raise DiscoveryRefused([problem("where_empty")])
    conditions: list[Condition] = []
    problems: list[Problem] = []
    for part in _AND.split(text.strip()):
        match = _PART.fullmatch(part)
        if match is None:
            problems.append(problem("where_syntax", part=part.strip()[:MAX_PART_SHOWN]))
            continue
        entity, indicator, op, number = match.groups()
        target = resolve_target(world, entity, indicator)
        if isinstance(target, Problem):
            problems.append(target)
            continue
        conditions.append(Condition(target.entity, target.indicator, op, float(number)))
    if problems:
        raise DiscoveryRefused(problems)
    return tuple(conditions)


def condition_problems(exploration: Exploration, conditions: Sequence[Condition]) -> list[Problem]:
    """What would make evaluating ``conditions`` over ``exploration`` too slow to run."""
    count = len(exploration.table)
    for c in conditions:
        if c.entity not in exploration.states and count > EVALUATION_LIMIT:
            return [
                problem(
                    "where_too_many",
                    entity=c.entity,
                    combinations=f"{count:,}",
                    limit=f"{EVALUATION_LIMIT:,}",
                )
            ]
    return []


def _own_values(
    world: World, base: Scenario, exploration: Exploration, state: str, indicators: Sequence[str]
) -> dict[str, np.ndarray]:
    """An explored state's own indicators for every combination.

    A state's indicators depend on its neighbours' choices too (interactions.py: routes,
    neighbour exposure, the C5 stance), so the whole space is explored again with that state's
    own values as the objectives; the table comes in the same row order, one row per
    combination.
    """
    own = explore(
        world,
        base,
        exploration.states,
        exploration.choices,
        toggles=exploration.toggles,
        objectives=tuple(indicators),
        samples=1,
        aggregation=Aggregation("state", state),
    ).table
    return {code: own[code].to_numpy(dtype=float) for code in indicators}


def _evaluated_values(
    world: World, base: Scenario, exploration: Exploration, conditions: Sequence[Condition]
) -> np.ndarray:
    """Any entity's indicators for every combination, as ``evaluate`` gives them.

    The memberships (and so the membership terms, the costly part of an evaluation) change only
    with the toggles, so one combination of each toggle set is evaluated in full and the others
    of that set are its alignment vector with the explored states' choices put in, through the
    same indicator functions.
    """
    table = exploration.table
    toggle_columns = [f"toggle_{s}_{b}" for s, b in exploration.toggles]
    if toggle_columns:
        groups = table.groupby(toggle_columns, sort=False).ngroup().to_numpy()
    else:
        groups = np.zeros(len(table), dtype=int)
    values = np.empty((len(table), len(conditions)))
    for group in np.unique(groups):
        rows = np.flatnonzero(groups == group)
        first = evaluate(world, exploration.scenario(base, int(rows[0])))
        snap, terms = first.snapshot, first.result.terms
        alignments = np.tile(first.result.alignment, (len(rows), 1))
        for state in exploration.states:
            chosen = table[f"alignment_{state}"].to_numpy()[rows]
            alignments[:, snap.state_index(state)] = [ALIGNMENTS.index(c) for c in chosen]
        states = state_values(snap, terms, first.params, alignments)
        for j, c in enumerate(conditions):
            level = indicator_info(c.indicator).level
            if level == "state":
                values[rows, j] = states[c.indicator][:, snap.state_index(c.entity)]
            elif level == "bloc":
                b = snap.bloc_index(c.entity)
                values[rows, j] = [bloc_values(snap, terms, a)[c.indicator][b] for a in alignments]
            else:
                values[rows, j] = [region_values(snap, a)[c.indicator] for a in alignments]
    return values


def condition_values(
    world: World, base: Scenario, exploration: Exploration, conditions: Sequence[Condition]
) -> np.ndarray:
    """Each condition's indicator for every combination: (combinations, conditions).

    An explored state's own indicators come from the space explored again with that state's
    values as the objectives (they depend on the neighbours' choices too); anything else (a bloc, the region, a state not explored) through the indicator functions
    combination by combination, up to ``EVALUATION_LIMIT`` (refused beyond, before anything
    runs). tests/engine/test_discovery.py checks both against ``evaluate`` on every combination.
    """
    refused = condition_problems(exploration, conditions)
    if refused:
        raise DiscoveryRefused(refused)
    values = np.empty((len(exploration.table), len(conditions)))
    by_state: dict[str, list[int]] = {}
    rest: list[int] = []
    for j, c in enumerate(conditions):
        (by_state.setdefault(c.entity, []) if c.entity in exploration.states else rest).append(j)
    for state, columns in by_state.items():
        indicators = tuple(dict.fromkeys(conditions[j].indicator for j in columns))
        own = _own_values(world, base, exploration, state, indicators)
        for j in columns:
            values[:, j] = own[conditions[j].indicator]
    if rest:
        values[:, rest] = _evaluated_values(world, base, exploration, [conditions[j] for j in rest])
    return values


def condition_holds(conditions: Sequence[Condition], values: np.ndarray) -> np.ndarray:
    """Where every condition holds (a missing value, NaN, never does)."""
    held = np.ones(values.shape[0], dtype=bool)
    for j, c in enumerate(conditions):
        held &= c.holds(values[:, j])
    return held
