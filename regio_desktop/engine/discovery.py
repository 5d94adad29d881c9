"""Scenario discovery: which boxes of choices hold a condition, found by PRIM.

Given every combination of an exploration and a condition (discovery_condition.py), the analyst
asks "in which combinations does it hold?" as a short rule over the choices, such as "Kazakhstan
balanced or China-centred, and out of the CSTO". PRIM (the Patient Rule Induction Method of
Friedman and Fisher 1999, "Bump hunting in high-dimensional data", Statistics and Computing 9,
123-143, as the EMA Workbench uses it for scenario discovery: Kwakkel 2017, "The Exploratory
Modeling Workbench", Environmental Modelling & Software 96, 239-250) starts from the box of all combinations and peels it one small step at a time, each time taking
the peel that leaves the highest share of cases of interest in the box. The steps form a
trajectory that trades coverage (the share of all cases of interest inside the box) against
density (the share of the box's combinations that are cases of interest); the analyst picks a
step from it, and ``chosen_step`` offers a default.

Every factor of an exploration is categorical (an alignment choice, a membership toggle), so a
peel removes one category of one factor, as the EMA Workbench peels categorical inputs; the
alpha-quantile peel of PRIM applies to continuous inputs, which an exploration does not have.
Peeling stops when no peel raises the density or every further box would hold fewer than
``mass_min`` of the combinations. No pasting phase follows: with whole categories a pasted-back
category is a step of the trajectory already seen.

Checked against the EMA Workbench (2.5.3, ``Prim`` with the ORIGINAL objective, its peeling
phase) on 40 random planted boxes of 2 to 4 factors with noise: 36 trajectories were the same box
for box (kept categories, coverage, density) over their common steps, and the other 4 first
parted at an exact tie in density, where this one keeps the larger box (once an equal one). Where they end differs by
design: with the ORIGINAL objective the Workbench peels on at a density of 1 down to
``mass_min`` and stops when its best peel is too small, while this one stops once the density
cannot rise and otherwise takes the best peel that still leaves ``mass_min``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np
import pandas as pd

from regio_desktop.engine.discovery_condition import (
    Condition,
    DiscoveryRefused,
    condition_holds,
    condition_values,
    parse_where,
)
from regio_desktop.engine.drivers import factor_frame
from regio_desktop.engine.exploration import Exploration, explore
from regio_desktop.engine.exploration_limits import ExplorationRefused, require_every_combination
from regio_desktop.problems import problem
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import EXPLORATION_ALIGNMENTS

DEFAULT_MASS_MIN = 0.05
"""The smallest box PRIM peels to, as a share of all combinations (the EMA Workbench's default)."""
DEFAULT_THRESHOLD = 0.8
"""The density a box needs to be offered by default (the EMA Workbench's default threshold)."""


@dataclass(frozen=True)
class PrimStep:
    """One box of the trajectory: the levels each restricted factor keeps, and how good it is.

    ``restrictions`` names only the factors the box restricts (a factor with all its levels
    is free), in the factors' order, each with its kept levels in their original order.
    ``peeled`` is the (factor, level) removed to reach this box (empty for the first box)."""

    restrictions: Mapping[str, tuple[str, ...]]
    coverage: float
    density: float
    combinations: int
    hits: int
    peeled: tuple[str, str] | tuple[()] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "restrictions", MappingProxyType(dict(self.restrictions)))

    def contains(self, factors: pd.DataFrame) -> np.ndarray:
        """Which rows of ``factors`` lie in the box."""
        inside = np.ones(len(factors), dtype=bool)
        for factor, levels in self.restrictions.items():
            inside &= factors[factor].astype(str).isin(levels).to_numpy()
        return inside


@dataclass(frozen=True)
class Trajectory:
    """PRIM's peeling trajectory over ``factors`` (each with its levels) for one target."""

    steps: tuple[PrimStep, ...]
    levels: Mapping[str, tuple[str, ...]]
    total: int
    cases: int

    def chosen_step(self, threshold: float = DEFAULT_THRESHOLD) -> int:
        """The default box: the most coverage among steps at least ``threshold`` dense, the
        denser (later) one on a tie; the densest step when none is that dense."""
        dense = [k for k, s in enumerate(self.steps) if s.density >= threshold - 1e-12]
        if not dense:
            return max(range(len(self.steps)), key=lambda k: (self.steps[k].density, k))
        return max(dense, key=lambda k: (self.steps[k].coverage, self.steps[k].density, k))


def prim(
    factors: pd.DataFrame, target: np.ndarray | Sequence[bool], mass_min: float = DEFAULT_MASS_MIN
) -> Trajectory:
    """Peel the box of all rows of ``factors`` (categorical columns) towards the rows where
    ``target`` is true, one category at a time; every step's box is on the trajectory.

    Each step tries removing every remaining category of every factor that keeps more than one,
    and takes the removal that leaves the highest density; a tie goes to the larger box (more
    coverage at the same density), then to the rule with fewer restricted factors, then to the
    earlier factor and category, so the result does not depend on chance.
    """
    y = np.asarray(target, dtype=bool)
    if len(y) != len(factors):
        raise ValueError(f"{len(y)} target values for {len(factors)} combinations")
    names = [str(c) for c in factors.columns]
    codes: list[np.ndarray] = []
    levels: dict[str, tuple[str, ...]] = {}
    for name in names:
        column = factors[name].astype(str)
        kept = tuple(pd.unique(column))
        levels[name] = kept
        codes.append(pd.Categorical(column, categories=kept).codes.astype(int))
    n, cases = len(y), int(y.sum())
    min_count = max(1, math.ceil(mass_min * n))
    allowed = [set(range(len(levels[name]))) for name in names]
    inside = np.ones(n, dtype=bool)

    def step(peeled: tuple[str, str] | tuple[()]) -> PrimStep:
        count = int(inside.sum())
        hits = int(y[inside].sum())
        restrictions = {
            name: tuple(levels[name][k] for k in sorted(allowed[f]))
            for f, name in enumerate(names)
            if len(allowed[f]) < len(levels[name])
        }
        return PrimStep(
            restrictions,
            coverage=hits / cases if cases else 0.0,
            density=hits / count if count else 0.0,
            combinations=count,
            hits=hits,
            peeled=peeled,
        )

    steps = [step(())]
    while True:
        density = steps[-1].density
        best: tuple[float, int, int, int, int] | None = None
        for f in range(len(names)):
            if len(allowed[f]) < 2:
                continue
            for level in sorted(allowed[f]):
                kept = inside & (codes[f] != level)
                count = int(kept.sum())
                if count < min_count:
                    continue
                # A factor not yet restricted would add a dimension to the box's rule.
                widens = int(len(allowed[f]) == len(levels[names[f]]))
                candidate = (float(y[kept].sum()) / count, count, -widens, -f, -level)
                if best is None or candidate > best:
                    best = candidate
        if best is None or best[0] <= density + 1e-12:
            break
        f, level = -best[3], -best[4]
        allowed[f].discard(level)
        inside &= codes[f] != level
        steps.append(step((names[f], levels[names[f]][level])))
    return Trajectory(tuple(steps), MappingProxyType(levels), n, cases)


@dataclass(frozen=True)
class Discovery:
    """A condition over an exploration: where it holds and PRIM's trajectory of boxes."""

    exploration: Exploration
    conditions: tuple[Condition, ...]
    values: np.ndarray
    """Each condition's indicator per combination: (combinations, conditions)."""
    holds: np.ndarray
    trajectory: Trajectory

    @property
    def factors(self) -> pd.DataFrame:
        return factor_frame(self.exploration)


def discover_in(
    world: World,
    base: Scenario,
    exploration: Exploration,
    conditions: Sequence[Condition],
    mass_min: float = DEFAULT_MASS_MIN,
) -> Discovery:
    """PRIM over an exploration already run (the window's), for parsed ``conditions``.

    Raises DiscoveryRefused when the condition holds in no combination: there is no box then;
    and for a streamed exploration, whose table holds only some of the combinations.
    """
    try:
        require_every_combination(exploration, "discovery_needs_every_combination")
    except ExplorationRefused as refused:
        raise DiscoveryRefused(refused.problems) from None
    values = condition_values(world, base, exploration, conditions)
    holds = condition_holds(conditions, values)
    if not holds.any():
        raise DiscoveryRefused(
            [problem("where_holds_nowhere", combinations=f"{len(exploration.table):,}")]
        )
    trajectory = prim(factor_frame(exploration), holds, mass_min)
    return Discovery(exploration, tuple(conditions), values, holds, trajectory)


def discover(
    world: World,
    base: Scenario,
    states: Sequence[str],
    where: str,
    toggles: Sequence[tuple[str, str]] = (),
    choices: Sequence[str] = EXPLORATION_ALIGNMENTS,
    mass_min: float = DEFAULT_MASS_MIN,
) -> Discovery:
    """Explore ``states`` (and ``toggles``) and find the boxes where ``where`` holds.

    The condition is read first, so a wrong one is refused before anything is computed.
    """
    conditions = parse_where(world, where)
    exploration = explore(world, base, states, choices, toggles=toggles, samples=1)
    return discover_in(world, base, exploration, conditions, mass_min)
