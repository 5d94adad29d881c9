"""``explore()``: evaluate every combination of alignment choices (and optional membership toggles)
for chosen states, find the Pareto-efficient ones and how robustly each ranks first.

Once memberships are fixed, a state's indicators depend only on its own alignment (terms.py), so
each (choice, state) pair is evaluated once in one batched call and every combination's values
are assembled by array indexing, in chunks so that progress can be reported and a cancel honoured
between chunks; only the 2^t membership-toggle sets (t is small) are looped over. The core takes plain callables for progress and cancel and knows
nothing about threads. How the per-state values become one per objective (mean, worst state, one
state) is exploration_aggregation.py; objectives constant over the whole space are named and left
out of the front and of the weightings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from regio_desktop.engine.evaluation import apply_edits, resolve_year
from regio_desktop.engine.exploration_aggregation import (
    MEAN,
    Aggregation,
    aggregate,
    constant_objectives,
    objective_signs,
)
from regio_desktop.engine.exploration_limits import ExplorationRefused, exploration_problems
from regio_desktop.engine.indicator_values import CORRIDOR, CorridorConstants, state_values
from regio_desktop.engine.interactions import Interactions, contributions
from regio_desktop.engine.snapshot import Snapshot, snapshot, with_bloc_overrides
from regio_desktop.engine.terms import MembershipTerms, membership_terms
from regio_desktop.scenario.model import MembershipAction, Scenario
from regio_desktop.scenario.parameters import bloc_overrides, resolve
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import (
    ACTIVE_STATUSES,
    ALIGNMENTS,
    EXPLORATION_ALIGNMENTS,
    FULL_STATUSES,
    STATUS_WEIGHT,
)

DEFAULT_OBJECTIVES = (
    "market_access",
    "sanctions_exposure",
    "autonomy",
    "security_coverage",
    "diversification",
    "transit_connectivity",
)
CHUNK = 8192


class ExplorationCancelled(Exception):
    """Raised when ``should_cancel`` returned True; nothing partial is returned."""


@dataclass(frozen=True)
class Exploration:
    """One row per combination: the choices, each objective aggregated over the chosen states
    (``aggregation``), whether it is Pareto-efficient, and the share of sampled weightings under
    which it ranks first. ``constant`` names the objectives that take one value in every
    combination: they are in the table but not in the front. ``baseline_alignment`` is each
    explored state's alignment in the world, so that a combination opens as its smallest edit."""

    table: pd.DataFrame
    states: tuple[str, ...]
    toggles: tuple[tuple[str, str], ...]
    objectives: tuple[str, ...]
    world_status: dict[tuple[str, str], str]
    aggregation: Aggregation = MEAN
    constant: tuple[str, ...] = ()
    choices: tuple[str, ...] = EXPLORATION_ALIGNMENTS
    baseline_alignment: dict[str, str] = field(default_factory=dict)

    @property
    def compared(self) -> tuple[str, ...]:
        """The objectives the front and the weightings compare: those that move at all."""
        return tuple(o for o in self.objectives if o not in self.constant)

    def scenario(self, base: Scenario, row: int) -> Scenario:
        """The scenario of one combination, built on the exploration's base scenario.

        A state whose chosen alignment is its baseline one gets no alignment edit (an existing
        one is dropped), so the scenario holds one edit per state that really changes.
        """
        record = self.table.iloc[row]
        result = base
        for state in self.states:
            choice = str(record[f"alignment_{state}"])
            baseline = self.baseline_alignment.get(state)
            result = result.with_alignment(state, None if choice == baseline else choice)
        for state, bloc in self.toggles:
            action = str(record[f"toggle_{state}_{bloc}"])
            if action != "keep":
                leave = action == "leave"
                result = _toggled(result, state, bloc, leave, self.world_status[(state, bloc)])
        return result.renamed(f"{base.name} ({row + 1})")


def _toggled(scenario: Scenario, state: str, bloc: str, leave: bool, world_status: str) -> Scenario:
    """``scenario`` with the state out of (or a full member of) the bloc, written as the smallest
    edit relative to the world's baseline status, so the result validates.

    A state already out at the baseline (no active status) or already a full member keeps that
    status, so the toggle then needs no edit at all.
    """
    if leave:
        target = None if world_status in ACTIVE_STATUSES else world_status
    else:
        target = world_status if world_status in FULL_STATUSES else "member"
    return scenario.with_status(world_status, state, bloc, target)


def _contributions(
    snap: Snapshot,
    terms: MembershipTerms,
    align0: np.ndarray,
    idx: np.ndarray,
    choice_idx: np.ndarray,
) -> tuple[Interactions, Interactions]:
    """The interaction sums of the states not explored (fixed at the base alignment), and the
    contribution of each explored state under each choice, arrays (choices, n, ...)."""
    per_choice = np.broadcast_to(align0, (len(choice_idx), len(align0))).copy()
    per_choice[:, idx] = choice_idx[:, None]
    parts = contributions(snap, terms, per_choice, rows=idx)  # (choices, S, ...)
    base = contributions(snap, terms, align0, rows=idx)  # (S, ...)
    rest = np.ones(len(snap.states), dtype=bool)
    rest[idx] = False
    fixed = Interactions(
        base.route[rest].sum(axis=0),
        base.neighbour_exposure[rest].sum(axis=0),
        base.neighbour_count[rest].sum(axis=0),
        base.c5_multi[rest].sum(axis=0),
    )
    varying = Interactions(
        parts.route[:, idx],
        parts.neighbour_exposure[:, idx],
        parts.neighbour_count[:, idx],
        parts.c5_multi[:, idx],
    )
    return fixed, varying


def _combined(
    fixed: Interactions, varying: Interactions, combos: np.ndarray, columns: np.ndarray
) -> Interactions:
    """The interaction sums of each combination (K rows of choice positions per explored state)."""
    return Interactions(
        fixed.route + varying.route[combos, columns].sum(axis=1),
        fixed.neighbour_exposure + varying.neighbour_exposure[combos, columns].sum(axis=1),
        fixed.neighbour_count + varying.neighbour_count[combos, columns].sum(axis=1),
        fixed.c5_multi + varying.c5_multi[combos, columns].sum(axis=1),
    )


def pareto_mask(values: np.ndarray) -> np.ndarray:
    """Rows not dominated by any other (all objectives to be maximised).

    Repeatedly takes the remaining row with the largest sum (nothing can dominate it), keeps it,
    and drops every remaining row it dominates: one vectorised comparison per efficient row.
    """
    n = values.shape[0]
    efficient = np.zeros(n, dtype=bool)
    remaining = np.argsort(-values.sum(axis=1), kind="stable")
    while remaining.size:
        best = remaining[0]
        efficient[best] = True
        rest = values[remaining[1:]]
        dominated = (values[best] >= rest).all(axis=1) & (values[best] > rest).any(axis=1)
        remaining = remaining[1:][~dominated]
    # Exact duplicates of an efficient row are efficient too (none dominates the other).
    return efficient


def _toggle_action(status: str) -> MembershipAction:
    """A toggle flips the state's standing in the base scenario: leave if in the bloc, else join."""
    return "leave" if status in ACTIVE_STATUSES else "join"


@dataclass(frozen=True, eq=False)
class Space:
    """What an exploration ranges over: the base scenario's statuses and alignments in a
    snapshot, the explored states and their choices, and the membership toggles."""

    snap: Snapshot
    status: np.ndarray
    alignment: np.ndarray
    states: tuple[str, ...]
    choices: tuple[str, ...]
    toggles: tuple[tuple[str, str], ...]


def _status_weights(status: np.ndarray) -> np.ndarray:
    return np.vectorize(lambda s: STATUS_WEIGHT.get(s, 0.0), otypes=[float])(status)


def toggle_set_status(space: Space, t: int) -> np.ndarray:
    """(S, B) the statuses of toggle set ``t``: bit k set means the k-th toggle is applied (a
    member leaves, a non-member joins as a full member)."""
    snap, status = space.snap, space.status.copy()
    for k, (state, bloc) in enumerate(space.toggles):
        if (t >> k) & 1:
            i, b = snap.state_index(state), snap.bloc_index(bloc)
            leave = _toggle_action(space.status[i, b]) == "leave"
            status[i, b] = "withdrawn" if leave else "member"
    return status


def combination_values(
    space: Space,
    objectives: Sequence[str],
    params: dict[str, float],
    aggregation: Aggregation,
    *,
    weigh: Callable[[np.ndarray], np.ndarray] = _status_weights,
    corridor: CorridorConstants = CORRIDOR,
    known_reach: tuple[np.ndarray, np.ndarray] | None = None,
    prepared: Sequence[tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]] | None = None,
    progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Each combination's objectives, aggregated over the states, and its toggle actions:
    arrays (combinations, objectives) and (combinations, toggles) in the table's row order.

    ``weigh`` turns statuses into weights, ``corridor`` and ``known_reach`` (the preferential
    reach of the base's full memberships, used only without toggles) are what the uncertainty
    analysis varies or keeps per draw (``exploration_robustness.py``). ``prepared`` gives, per
    toggle set (``toggle_set_status``), its weights and preferential reach at once: the
    uncertainty analysis works them out once per toggle set and patches them per draw.
    """
    snap, states, choices, toggles = space.snap, space.states, space.choices, space.toggles
    status0, align0 = space.status, space.alignment
    idx = np.array([snap.state_index(s) for s in states], dtype=int)
    choice_idx = np.array([ALIGNMENTS.index(c) for c in choices], dtype=int)
    n_align = len(choices) ** len(states)
    grid = np.indices((len(choices),) * len(states)).reshape(len(states), -1).T  # (K, n)
    # Objectives where a rise is worse are minimised (negated); neutral ones count higher as better.
    sign = objective_signs(objectives)
    actions = [
        ("keep", _toggle_action(status0[snap.state_index(s), snap.bloc_index(b)]))
        for s, b in toggles
    ]
    n_toggle_sets = 2 ** len(toggles)
    total = n_align * n_toggle_sets
    values = np.empty((total, len(objectives)))
    toggle_cols = np.empty((total, len(toggles)), dtype=object)
    done = 0
    for t in range(n_toggle_sets):
        flags = [(t >> k) & 1 for k in range(len(toggles))]
        if prepared is not None:
            weight, reach = prepared[t]
        else:
            weight = weigh(toggle_set_status(space, t))
            reach = known_reach if not toggles else None
        terms = membership_terms(snap, weight, params, reach)
        # Given the memberships, a state's indicators depend on its own alignment and on sums
        # over every state's choice (interactions.py): each (choice, state) contribution is
        # computed once and a combination adds those of its explored states to the rest.
        fixed, varying = _contributions(snap, terms, align0, idx, choice_idx)
        columns = np.arange(len(states))
        for start in range(0, n_align, CHUNK):
            if should_cancel is not None and should_cancel():
                raise ExplorationCancelled("exploration cancelled")
            combos = grid[start : start + CHUNK]
            rows = slice(t * n_align + start, t * n_align + start + len(combos))
            sums = _combined(fixed, varying, combos, columns)
            result = state_values(
                snap, terms, params, choice_idx[combos], rows=idx, sums=sums, corridor=corridor
            )
            table = np.stack([result[code] for code in objectives], axis=-1)  # (K, n, m)
            values[rows] = aggregate(table, sign, aggregation, states)
            toggle_cols[rows] = [a[1] if f else "keep" for f, a in zip(flags, actions, strict=True)]
            done += len(combos)
            if progress is not None:
                progress(done / total)
    return values, toggle_cols


def explore(
    world: World,
    base: Scenario,
    states: Sequence[str],
    choices: Sequence[str] = EXPLORATION_ALIGNMENTS,
    toggles: Sequence[tuple[str, str]] = (),
    objectives: Sequence[str] = DEFAULT_OBJECTIVES,
    samples: int = 500,
    seed: int = 0,
    aggregation: Aggregation = MEAN,
    progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Exploration:
    """Evaluate all len(choices)^len(states) × 2^len(toggles) combinations for ``states``,
    each objective aggregated over the states as ``aggregation`` says.

    Raises ExplorationRefused, before anything is computed, for a state named twice, a pole
    state, or a space too large for memory (exploration_limits.py).
    """
    refused = exploration_problems(world, states, toggles, len(choices), len(objectives))
    if refused:
        raise ExplorationRefused(refused)
    aggregation.check(states)
    year = resolve_year(world, base)
    params = resolve(base.parameter_map)
    snap = with_bloc_overrides(snapshot(world, year), bloc_overrides(params))
    status0, align0 = apply_edits(snap, base)
    grid = np.indices((len(choices),) * len(states)).reshape(len(states), -1).T  # (K, n)
    n_toggle_sets = 2 ** len(toggles)
    total = len(grid) * n_toggle_sets
    sign = objective_signs(objectives)
    values, toggle_cols = combination_values(
        Space(snap, status0, align0, tuple(states), tuple(choices), tuple(toggles)),
        objectives,
        params,
        aggregation,
        progress=progress,
        should_cancel=should_cancel,
    )
    constant = constant_objectives(values, objectives)
    # Constant objectives cannot trade off against anything: the front compares the others.
    moving = [j for j, code in enumerate(objectives) if code not in constant]
    oriented = (values * sign)[:, moving] if moving else np.zeros((total, 1))
    efficient = pareto_mask(oriented)
    span = oriented.max(axis=0) - oriented.min(axis=0)
    normalised = np.divide(
        oriented - oriented.min(axis=0), span, out=np.zeros_like(oriented), where=span > 0
    )
    rng = np.random.default_rng(seed)
    weights = rng.dirichlet(np.ones(oriented.shape[1]), size=samples)  # (N, m)
    # With strictly positive weights the best row is always Pareto-efficient, so only the front
    # competes; ties go to the first row in table order.
    front = np.flatnonzero(efficient)
    winners = front[np.argmax(weights @ normalised[front].T, axis=1)]  # (N,)
    wins = np.bincount(winners, minlength=total) / samples
    table = pd.DataFrame(
        {
            f"alignment_{s}": np.asarray(choices, dtype=object)[np.tile(grid[:, k], n_toggle_sets)]
            for k, s in enumerate(states)
        }
    )
    for k, (state, bloc) in enumerate(toggles):
        table[f"toggle_{state}_{bloc}"] = toggle_cols[:, k]
    for j, code in enumerate(objectives):
        table[code] = values[:, j]
    table["pareto"] = efficient
    table["wins"] = wins
    world_status = {
        (s, b): str(snap.status[snap.state_index(s), snap.bloc_index(b)]) for s, b in toggles
    }
    baseline_alignment = {
        s: ALIGNMENTS[int(snap.alignment[snap.state_index(s)])]
        for s in states
        if int(snap.alignment[snap.state_index(s)]) >= 0
    }
    return Exploration(
        table,
        tuple(states),
        tuple(toggles),
        tuple(objectives),
        world_status,
        aggregation,
        constant,
        tuple(choices),
        baseline_alignment,
    )
