"""Which choices drive an outcome: the exact variance decomposition of a full factorial.

Over an exploration every combination of the factors' levels is evaluated once, so the levels
are independent and uniformly weighted, and the variance of an outcome splits exactly (no
sampling, as Sobol estimators need for a continuous input space): a factor's first-order share is
how much of the variance the factor explains alone, ``Var(E[Y | X_i]) / Var(Y)``, and its total
share adds every interaction it takes part in, ``1 - Var(E[Y | X_~i]) / Var(Y)``. A total share
well above the first-order one says the factor matters through other choices, as when leaving a
bloc costs more under one alignment than under another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from regio_desktop.engine.catalogue import IndicatorInfo, indicator_info
from regio_desktop.engine.evaluation import evaluate
from regio_desktop.engine.exploration import Exploration, explore
from regio_desktop.engine.exploration_aggregation import Aggregation
from regio_desktop.engine.exploration_limits import (
    ExplorationRefused,
    exploration_problems,
    require_every_combination,
    streamed_refusal,
)
from regio_desktop.engine.indicator_target import Target, resolve_target
from regio_desktop.problems import Problem
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import EXPLORATION_ALIGNMENTS

FLAT = 1e-12
"""An outcome whose variance is below this does not vary: every share is then 0, not 0/0."""


@dataclass(frozen=True)
class Spread:
    """How far an outcome moves over the combinations, in the indicator's own unit.

    The shares say which choice explains the variance, not how large it is: a 0.11 share of a
    1.2-point spread is a tenth of a point. Every view of the shares shows this beside them, and
    a constant outcome (``constant``) has no variance to share out: its shares are all 0 because
    nothing drives it, not because the choices cancel out.
    """

    low: float
    high: float
    std: float  # the population standard deviation over the combinations
    unit: str  # as ``IndicatorInfo.unit_text`` says it: "index 0–100", "US$ bn", "%"

    @property
    def width(self) -> float:
        """The distance from the lowest to the highest value."""
        return self.high - self.low

    @property
    def constant(self) -> bool:
        """Whether the outcome takes one value in every combination (variance below FLAT)."""
        return self.std**2 < FLAT


def spread_of(values: np.ndarray | pd.Series, info: IndicatorInfo) -> Spread:
    """The spread of one outcome's values (one per combination) in ``info``'s unit."""
    y = np.asarray(values, dtype=float)
    return Spread(float(y.min()), float(y.max()), float(y.std()), info.unit_text)


def exploration_spreads(exploration: Exploration) -> dict[str, Spread]:
    """Each objective's spread over ``exploration``, as the objective was aggregated there."""
    return {
        code: spread_of(exploration.table[code], indicator_info(code))
        for code in exploration.objectives
    }


@dataclass(frozen=True)
class Drivers:
    """What drives one indicator of one entity: the shares (``factor``, ``first_order``,
    ``total``, largest total first) and how far the indicator moves (``spread``)."""

    target: Target
    shares: pd.DataFrame
    spread: Spread
    combinations: int


def _group_mean(key: np.ndarray, groups: int, y: np.ndarray) -> np.ndarray:
    """Each row's group mean of ``y`` (one column per outcome), the groups numbered by ``key``."""
    counts = np.bincount(key, minlength=groups)
    means = (
        np.column_stack(
            [np.bincount(key, weights=y[:, j], minlength=groups) for j in range(y.shape[1])]
        )
        / np.maximum(counts, 1)[:, None]
    )
    return means[key]


def _shares(codes: np.ndarray, levels: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First-order and total shares, (factors, outcomes), from integer level codes (rows,
    factors) of a full factorial and outcomes (rows, outcomes). Group means by ``bincount``, so
    3^10 combinations and six outcomes take milliseconds, not the seconds a groupby takes."""
    variance = y.var(axis=0)
    flat = variance < FLAT
    safe = np.where(flat, 1.0, variance)
    k = codes.shape[1]
    first = np.zeros((k, y.shape[1]))
    total = np.zeros((k, y.shape[1]))
    for i in range(k):
        first[i] = _group_mean(codes[:, i], int(levels[i]), y).var(axis=0) / safe
        others = [j for j in range(k) if j != i]
        if others:
            key = np.ravel_multi_index(tuple(codes[:, others].T), tuple(levels[others]))
            rest = _group_mean(key, int(np.prod(levels[others])), y)
            total[i] = 1.0 - rest.var(axis=0) / safe
        else:
            total[i] = 1.0
    first[:, flat] = 0.0
    total[:, flat] = 0.0
    return first, total


def variance_shares(factors: pd.DataFrame, outcome: np.ndarray | pd.Series) -> pd.DataFrame:
    """First-order and total variance shares of each column of ``factors`` for ``outcome``.

    ``factors`` holds one row per combination of a full factorial (every combination of the
    columns' levels exactly once) and ``outcome`` the value of each row. Returns a frame with
    columns ``factor``, ``first_order``, ``total``, sorted by ``total`` then ``first_order``,
    largest first. Raises ValueError when the rows are not a full factorial, since the shares
    are then not a decomposition of anything.
    """
    y = np.asarray(outcome, dtype=float)
    if len(y) != len(factors):
        raise ValueError(f"{len(y)} outcome values for {len(factors)} combinations")
    if factors.empty or not np.isfinite(y).all():
        raise ValueError("an outcome for every combination is needed, and only finite values")
    levels = [factors[c].nunique() for c in factors.columns]
    if int(np.prod(levels)) != len(factors) or factors.duplicated().any():
        raise ValueError("the combinations are not a full factorial of the factors' levels")
    codes = np.column_stack([pd.factorize(factors[c].astype(str))[0] for c in factors.columns])
    first, total = _shares(codes, codes.max(axis=0) + 1, y[:, None])
    shares = pd.DataFrame(
        {
            "factor": [str(c) for c in factors.columns],
            "first_order": _clean(first[:, 0]),
            "total": _clean(total[:, 0]),
        }
    )
    return shares.sort_values(
        ["total", "first_order", "factor"], ascending=[False, False, True], ignore_index=True
    )


def _clean(shares: np.ndarray) -> np.ndarray:
    """Shares clipped to 0..1, with floating-point dust (below 1e-12) shown as no share at all."""
    clipped = np.clip(shares, 0.0, 1.0)
    return np.where(clipped < 1e-12, 0.0, clipped)


def exploration_drivers(exploration: Exploration) -> pd.DataFrame:
    """Which choices drive each objective of ``exploration``, as the objective was aggregated
    there (mean, worst state or one state): one row per objective and factor, columns
    ``objective``, ``factor``, ``first_order``, ``total``, objectives in the exploration's order
    and factors as ``factor_frame`` names them (alignments, then toggles).

    The table already holds every combination's value, so nothing is evaluated again; an
    objective constant over the exploration has every share 0.
    """
    require_every_combination(exploration, "drivers_need_every_combination")
    factors = factor_frame(exploration)
    codes = np.column_stack([pd.factorize(factors[c])[0] for c in factors.columns])
    values = exploration.table[list(exploration.objectives)].to_numpy(dtype=float)
    first, total = _shares(codes, codes.max(axis=0) + 1, values)
    names = [str(c) for c in factors.columns]
    return pd.DataFrame(
        {
            "objective": np.repeat(exploration.objectives, len(names)),
            "factor": names * len(exploration.objectives),
            "first_order": _clean(first.T.ravel()),
            "total": _clean(total.T.ravel()),
        }
    )


FULL_EVALUATION_LIMIT = 3**7
"""Combinations evaluated one by one (a bloc's or the region's indicator, or a state outside
the explored ones): 2,187 take a few seconds; more is refused with the count."""


class DriversError(ValueError):
    """A drivers question the model cannot answer as asked (unknown indicator, entity, size)."""


def factor_frame(exploration: Exploration) -> pd.DataFrame:
    """The exploration's choices as factors: ``ISO3`` for an alignment, ``ISO3:BLOC`` for a
    membership toggle (the names the command line and the heat map show)."""
    columns = {s: exploration.table[f"alignment_{s}"] for s in exploration.states}
    for state, bloc in exploration.toggles:
        columns[f"{state}:{bloc}"] = exploration.table[f"toggle_{state}_{bloc}"]
    return pd.DataFrame(columns)


def drivers(
    world: World,
    base: Scenario,
    states: Sequence[str],
    indicator: str,
    entity: str,
    toggles: Sequence[tuple[str, str]] = (),
    choices: Sequence[str] = EXPLORATION_ALIGNMENTS,
) -> Drivers:
    """Which of the explored choices drive ``indicator`` of ``entity`` (a state, a bloc or
    'region', each code in any case, read by indicator_target.py), with the indicator's spread.

    For an explored state the values come from one batched exploration with that state's
    values as the objectives (which sums the neighbours' interactions, interactions.py); anything else (a bloc,
    the region, a state not explored) is evaluated combination by combination, up to
    ``FULL_EVALUATION_LIMIT``.
    """
    target = resolve_target(world, entity, indicator)
    if isinstance(target, Problem):
        raise DriversError(target.message)
    entity, indicator, info = target.entity, target.indicator, target.info
    if info.level == "state" and entity in states:
        # A space too large for memory would be streamed, then refused: say so at once.
        problems = exploration_problems(world, states, toggles, len(choices), 1)
        if problems:
            raise ExplorationRefused(problems)
        refused = streamed_refusal("the drivers need", states, len(choices), toggles, 1)
        if refused:
            raise DriversError(refused)
        exploration = explore(
            world,
            base,
            states,
            choices,
            toggles=toggles,
            objectives=(indicator,),
            samples=1,
            aggregation=Aggregation("state", entity),
        )
        require_every_combination(exploration, "drivers_need_every_combination")
        outcome = exploration.table[indicator].to_numpy(dtype=float)
    else:
        count = len(choices) ** len(states) * 2 ** len(toggles)
        if count > FULL_EVALUATION_LIMIT:
            raise DriversError(
                f"{count:,} combinations would each be evaluated in full for {entity}; at most "
                f"{FULL_EVALUATION_LIMIT:,} are: explore fewer states or toggles at a time"
            )
        exploration = explore(world, base, states, choices, toggles=toggles, samples=1)
        outcome = np.array(
            [
                evaluate(world, exploration.scenario(base, row)).value(indicator, entity)
                for row in range(len(exploration.table))
            ]
        )
    return Drivers(
        target,
        variance_shares(factor_frame(exploration), outcome),
        spread_of(outcome, info),
        len(outcome),
    )
