"""``uncertainty(world, scenario)``: how far each indicator could be off because its weights,
constants and estimated data could be (#14 item 3).

Two samples of the estimates (``uncertainty_design.py`` says which and over which ranges):

- A Latin hypercube of ``draws`` rows (scipy's ``qmc.LatinHypercube``) gives each indicator an
  interval, the 5th to the 95th percentile of its draws (90 % of them lie inside). A Latin
  hypercube covers every estimate's range evenly with few draws, where plain random draws leave
  gaps and clusters.
- Morris's elementary effects (SALib's ``morris.sample`` with groups) rank the estimates by how
  much each moves an indicator. Morris, not Sobol: there are hundreds of estimated values (each
  trade share, each bloc's depths), and Sobol indices cost N (D + 2) evaluations in the number of
  factors D, thousands of draws per factor; Morris with groups costs r (G + 1) in the number of
  groups G (one per weight, constant, status weight, bloc, and data column), about 500 for ten
  trajectories, and a screening ranking is what the question ("which estimates matter most for
  this scenario") asks for. A group's effect is the mean absolute change of the indicator per
  move of the group across its whole range (Morris's mu*), in the indicator's own unit.

Both samples are seeded: the same seed gives identical arrays.
"""

from __future__ import annotations

import warnings
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from regio_desktop.engine.estimate_ranges import documented_ranges
from regio_desktop.engine.evaluation import evaluate
from regio_desktop.engine.exploration import ExplorationCancelled
from regio_desktop.engine.uncertainty_design import Design, design
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World

PERCENTILES = (5.0, 95.0)
"""The interval's ends: 90 % of the draws lie between them."""
MORRIS_LEVELS = 4
"""Levels of the Morris grid; its step is 4 / (2 (4 - 1)) = 2/3 of a range."""
EFFECT_TOLERANCE = 1e-9
"""Effects below this are rounding, not sensitivity, and are left out of the rankings."""


class UncertaintyCancelled(ExplorationCancelled):
    """Raised when ``should_cancel`` returned True; nothing partial is returned."""


@dataclass(frozen=True, eq=False)
class Uncertainty:
    """A scenario's indicators with their intervals and what moves them most."""

    scenario: Scenario
    draws: int
    seed: int
    trajectories: int
    table: pd.DataFrame  # level, entity, indicator, value, low, high, unit
    samples: np.ndarray  # (draws, rows of table): each draw's indicators
    estimates: tuple[str, ...]  # the estimates ranked by ``effects`` (groups of drawn values)
    effects: np.ndarray  # (rows of table, estimates): Morris mu*, in the indicator's unit

    @cached_property
    def _rows(self) -> dict[tuple[str, str], int]:
        keys = zip(self.table["entity"], self.table["indicator"], strict=True)
        return {(str(e), str(i)): k for k, (e, i) in enumerate(keys)}

    def interval(self, indicator: str, entity: str) -> tuple[float, float, float]:
        """(value, low, high) of one indicator for a state, a bloc or 'region'."""
        row = self.table.iloc[self._rows[(entity, indicator)]]
        return float(row["value"]), float(row["low"]), float(row["high"])

    def ranking(self, indicator: str, entity: str | None = None) -> list[tuple[str, float]]:
        """The estimates that move an indicator, largest effect first: for one entity, or
        averaged over all entities of the indicator when ``entity`` is None."""
        if entity is not None:
            effects = self.effects[self._rows[(entity, indicator)]]
        else:
            chosen = (self.table["indicator"] == indicator).to_numpy()
            effects = self.effects[chosen].mean(axis=0) if chosen.any() else self.effects[0] * 0
        order = np.argsort(-effects, kind="stable")
        return [
            (self.estimates[g], float(effects[g])) for g in order if effects[g] > EFFECT_TOLERANCE
        ]

    @cached_property
    def sensitivity(self) -> pd.DataFrame:
        """Long table of the rankings: level, entity, indicator, estimate, effect, rank (1 is
        the estimate that matters most), only the estimates with an effect."""
        rows, groups = np.nonzero(self.effects > EFFECT_TOLERANCE)
        frame = pd.DataFrame(
            {
                "level": self.table["level"].to_numpy()[rows],
                "entity": self.table["entity"].to_numpy()[rows],
                "indicator": self.table["indicator"].to_numpy()[rows],
                "estimate": np.asarray(self.estimates, dtype=object)[groups],
                "effect": self.effects[rows, groups],
                "row": rows,
            }
        )
        frame = frame.sort_values(["row", "effect"], ascending=[True, False], kind="stable")
        frame["rank"] = frame.groupby("row").cumcount() + 1
        return frame.drop(columns="row").reset_index(drop=True)


def _morris_effects(
    design_: Design, unit: np.ndarray, outputs: np.ndarray, trajectories: int
) -> np.ndarray:
    """(outputs, groups) mean absolute elementary effect of each group, per whole range."""
    groups = len(design_.estimates)
    group_of = np.array([design_.estimates.index(g) for g in design_.group_of])
    steps = unit.reshape(trajectories, groups + 1, -1)
    ys = outputs.reshape(trajectories, groups + 1, -1)
    effects = np.zeros((outputs.shape[1], groups))
    for t in range(trajectories):
        moves = np.diff(steps[t], axis=0)  # (groups, D)
        dy = np.abs(np.diff(ys[t], axis=0))  # (groups, outputs)
        for k in range(groups):
            column = int(np.flatnonzero(moves[k])[0])
            effects[:, group_of[column]] += dy[k] / abs(moves[k, column])
    return np.nan_to_num(effects / trajectories)


PERCENTILE_COLUMNS = 128
"""Indicators per percentile pass: ``np.percentile`` sorts a copy of what it gets, and a copy of
every draw of every indicator doubled the analysis's peak memory."""


def _percentiles(samples: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) of each column, a block of columns at a time (``PERCENTILE_COLUMNS``)."""
    low, high = np.empty(samples.shape[1]), np.empty(samples.shape[1])
    for start in range(0, samples.shape[1], PERCENTILE_COLUMNS):
        block = samples[:, start : start + PERCENTILE_COLUMNS]
        ends = np.percentile(block, PERCENTILES, axis=0)
        # nanpercentile goes column by column: only for the few columns with a missing figure
        # (a bloc with no aligned member has no cohesion at all).
        gaps = np.isnan(block).any(axis=0)
        if gaps.any():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                ends[:, gaps] = np.nanpercentile(block[:, gaps], PERCENTILES, axis=0)
        low[start : start + block.shape[1]], high[start : start + block.shape[1]] = ends
    return low, high


def uncertainty(
    world: World,
    scenario: Scenario,
    draws: int = 1000,
    seed: int = 0,
    trajectories: int = 10,
    progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Uncertainty:
    """Intervals and sensitivity rankings for every indicator of a scenario (cached per world,
    scenario, draws, seed and trajectories). ``progress`` gets the fraction done and
    ``should_cancel`` is asked between chunks of draws, as ``explore`` does."""
    key = (scenario, draws, seed, trajectories)
    cache = _CACHES.setdefault(world, {})
    if key in cache:
        return cache[key]
    ev = evaluate(world, scenario)
    table = ev.indicators[["level", "entity", "indicator", "value", "unit"]].copy()
    live = ev.result.terms.full.any(axis=0) | ev.base.terms.full.any(axis=0)
    plan = design(
        ev.snapshot,
        ev.result.status,
        ev.result.alignment,
        ev.params,
        frozenset(scenario.parameter_map),
        np.asarray(live),
        documented_ranges(world, ev.snapshot.date),
    )
    # Imported here: scipy.stats and SALib take a second to import, which the window's start-up
    # and every command but this one should not pay.
    from SALib.sample import morris as morris_sample
    from scipy.stats import qmc

    width = len(plan.columns)
    rng = np.random.default_rng(seed)
    lhs = qmc.LatinHypercube(d=width, seed=rng).random(draws) if width else np.zeros((draws, 0))
    if width and trajectories > 0:
        problem = {
            "num_vars": width,
            "names": [f"x{k}" for k in range(width)],
            "bounds": [[0.0, 1.0]] * width,
            "groups": plan.group_of,
        }
        morris = morris_sample.sample(problem, trajectories, num_levels=MORRIS_LEVELS, seed=seed)
    else:
        morris = np.zeros((0, width))
    unit = np.vstack([lhs, morris])
    values = plan.values(unit)
    outputs = np.empty((len(unit), len(table)))
    for k, row in enumerate(values):
        if k % 25 == 0:
            if should_cancel is not None and should_cancel():
                raise UncertaintyCancelled("uncertainty analysis cancelled")
            if progress is not None:
                progress(k / len(unit))
        outputs[k] = plan.evaluate(row)
    samples = outputs[:draws]
    if draws:
        low, high = _percentiles(samples)
    else:
        low = high = table["value"].to_numpy(dtype=float)
    table.insert(4, "low", low)
    table.insert(5, "high", high)
    effects = (
        _morris_effects(plan, morris, outputs[draws:], trajectories)
        if len(morris)
        else np.zeros((len(table), len(plan.estimates)))
    )
    if progress is not None:
        progress(1.0)
    result = Uncertainty(
        scenario, draws, seed, trajectories, table, samples, plan.estimates, effects
    )
    if len(cache) >= _CACHE_SIZE:
        cache.pop(next(iter(cache)))
    cache[key] = result
    return result


_CACHES: weakref.WeakKeyDictionary[World, dict[tuple[Scenario, int, int, int], Uncertainty]] = (
    weakref.WeakKeyDictionary()
)
_CACHE_SIZE = 8
