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
    constant_objectives,
    objective_signs,
)
from regio_desktop.engine.exploration_limits import (
    ExplorationRefused,
    exploration_problems,
    streams,
)
from regio_desktop.engine.exploration_space import (
    Space,
    _status_weights,
    _toggle_action,
    _toggled,
    toggle_set_status,
)
from regio_desktop.engine.exploration_tables import (
    StateEvaluator,
    ValueTables,
    combinations_of,
    contributions_by_choice,
)
from regio_desktop.engine.indicator_values import CORRIDOR, CorridorConstants
from regio_desktop.engine.pareto import pareto_mask
from regio_desktop.engine.snapshot import snapshot, with_bloc_overrides
from regio_desktop.engine.terms import membership_terms
from regio_desktop.scenario.model import Scenario
from regio_desktop.scenario.parameters import bloc_overrides, resolve
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import (
    ALIGNMENTS,
    EXPLORATION_ALIGNMENTS,
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
    evaluated: int = 0
    """How many combinations were evaluated: len(table), or more for a streamed exploration,
    whose table keeps only the front and the best rows (exploration_stream.py)."""

    extremes: tuple[np.ndarray, np.ndarray] | None = None
    """Each objective's least and greatest value over every combination evaluated, when the
    table does not hold them all (streamed); ``bounds`` gives them either way."""

    def __post_init__(self) -> None:
        if not self.evaluated:
            object.__setattr__(self, "evaluated", len(self.table))

    def bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """(objectives,) each objective's least and greatest value over every combination, in
        the indicators' own directions: what the weightings scale 0..1 by."""
        if self.extremes is not None:
            return self.extremes
        values = self.table[list(self.objectives)].to_numpy(dtype=float)
        return values.min(axis=0), values.max(axis=0)

    @property
    def streamed(self) -> bool:
        """Whether the table holds only some of the combinations evaluated (the Pareto front and
        the best rows on each objective, with their numbers in the ``combination`` column)."""
        return self.evaluated > len(self.table)

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
        number = int(record["combination"]) if "combination" in record.index else row
        return result.renamed(f"{base.name} ({number + 1})")


def value_tables(
    space: Space,
    objectives: Sequence[str],
    params: dict[str, float],
    *,
    weigh: Callable[[np.ndarray], np.ndarray] = _status_weights,
    corridor: CorridorConstants = CORRIDOR,
    known_reach: tuple[np.ndarray, np.ndarray] | None = None,
    prepared: Sequence[tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]] | None = None,
) -> list[tuple[tuple[str, ...], ValueTables]]:
    """For each of the 2^toggles membership sets, in the table's order: the toggle actions of
    its rows ("keep" or the action) and the explored states' value tables under it.

    Given the memberships, a state's indicators depend on its own alignment and on sums over
    every state's choice (interactions.py): each (choice, state) contribution is computed once,
    and each explored state is tabulated over the choices it reads (exploration_tables.py).
    """
    snap, states, choices, toggles = space.snap, space.states, space.choices, space.toggles
    status0, align0 = space.status, space.alignment
    idx = np.array([snap.state_index(s) for s in states], dtype=int)
    choice_idx = np.array([ALIGNMENTS.index(c) for c in choices], dtype=int)
    actions = [_toggle_action(status0[snap.state_index(s), snap.bloc_index(b)]) for s, b in toggles]
    sets = []
    for t in range(2 ** len(toggles)):
        flags = [(t >> k) & 1 for k in range(len(toggles))]
        reach: tuple[np.ndarray, np.ndarray] | None
        if prepared is not None:
            weight, reach = prepared[t]
        else:
            weight = weigh(toggle_set_status(space, t))
            reach = known_reach if not toggles else None
        terms = membership_terms(snap, weight, params, reach)
        fixed, varying = contributions_by_choice(snap, terms, align0, idx, choice_idx)
        evaluator = StateEvaluator(
            snap,
            terms,
            params,
            tuple(objectives),
            tuple(states),
            idx,
            choice_idx,
            fixed,
            varying,
            corridor,
        )
        row_actions = tuple(a if f else "keep" for f, a in zip(flags, actions, strict=True))
        sets.append((row_actions, ValueTables.build(evaluator, len(choices))))
    return sets


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
    n_align = len(space.choices) ** len(space.states)
    sets = value_tables(
        space,
        objectives,
        params,
        weigh=weigh,
        corridor=corridor,
        known_reach=known_reach,
        prepared=prepared,
    )
    total = n_align * len(sets)
    values = np.empty((total, len(objectives)))
    toggle_cols = np.empty((total, len(space.toggles)), dtype=object)
    done = 0
    for t, (actions, tables) in enumerate(sets):
        for start in range(0, n_align, CHUNK):
            if should_cancel is not None and should_cancel():
                raise ExplorationCancelled("exploration cancelled")
            stop = min(start + CHUNK, n_align)
            rows = slice(t * n_align + start, t * n_align + stop)
            values[rows] = tables.values(start, stop, aggregation)
            toggle_cols[rows] = actions
            done += stop - start
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
    stream: bool | None = None,
) -> Exploration:
    """Evaluate all len(choices)^len(states) × 2^len(toggles) combinations for ``states``,
    each objective aggregated over the states as ``aggregation`` says.

    Raises ExplorationRefused, before anything is computed, for a state named twice, a pole
    state, or more combinations than even streaming gets through (exploration_limits.py). A
    space too large for memory is streamed (exploration_stream.py); ``stream`` True streams a
    smaller one too (the window does, beyond what a scatter can show), False never.
    """
    refused = exploration_problems(world, states, toggles, len(choices), len(objectives))
    if refused:
        raise ExplorationRefused(refused)
    aggregation.check(states)
    year = resolve_year(world, base)
    params = resolve(base.parameter_map)
    snap = with_bloc_overrides(snapshot(world, year), bloc_overrides(params))
    status0, align0 = apply_edits(snap, base)
    space = Space(snap, status0, align0, tuple(states), tuple(choices), tuple(toggles))
    if stream is None:
        stream = streams(len(set(states)), len(choices), len(set(toggles)), len(objectives))
    if stream:
        from regio_desktop.engine.exploration_stream import stream_explore  # it imports this

        return stream_explore(
            space, objectives, params, aggregation, samples, seed, progress, should_cancel
        )
    sign = objective_signs(objectives)
    values, toggle_cols = combination_values(
        space, objectives, params, aggregation, progress=progress, should_cancel=should_cancel
    )
    constant = constant_objectives(values, objectives)
    # Constant objectives cannot trade off against anything: the front compares the others.
    moving = [j for j, code in enumerate(objectives) if code not in constant]
    oriented = (values * sign)[:, moving] if moving else np.zeros((len(values), 1))
    # A neighbour is the same combination with one choice or toggle changed (pareto.py).
    n_align = len(choices) ** len(states)
    digits = [(len(choices) ** k, len(choices)) for k in range(len(states))]
    digits += [(n_align * 2**k, 2) for k in range(len(toggles))]
    efficient = pareto_mask(oriented, digits)
    front = np.flatnonzero(efficient)
    wins = np.zeros(len(values))
    wins[front] = win_shares(
        oriented[front], oriented.min(axis=0), oriented.max(axis=0), samples, seed
    )
    rows = np.arange(len(values))
    return assemble(
        space, rows, values, toggle_cols, efficient, wins, objectives, aggregation, constant
    )


def win_shares(
    front: np.ndarray, low: np.ndarray, high: np.ndarray, samples: int, seed: int
) -> np.ndarray:
    """(rows of ``front``,) the share of ``samples`` random weightings (Dirichlet, seeded) under
    which each front row ranks first, the objectives (oriented, higher is better) scaled to
    0..1 by ``low`` and ``high``, their extremes over every combination.

    With strictly positive weights the best row is always Pareto-efficient, so only the front
    competes; ties go to the first row in table order.
    """
    span = high - low
    normalised = np.divide(front - low, span, out=np.zeros_like(front), where=span > 0)
    rng = np.random.default_rng(seed)
    weights = rng.dirichlet(np.ones(front.shape[1]), size=samples)  # (N, m)
    if not len(front):
        return np.zeros(0)
    winners = np.argmax(weights @ normalised.T, axis=1)  # (N,)
    return np.bincount(winners, minlength=len(front)) / samples


def assemble(
    space: Space,
    rows: np.ndarray,
    values: np.ndarray,
    toggle_cols: np.ndarray,
    efficient: np.ndarray,
    wins: np.ndarray,
    objectives: Sequence[str],
    aggregation: Aggregation,
    constant: tuple[str, ...],
    evaluated: int = 0,
    extremes: tuple[np.ndarray, np.ndarray] | None = None,
) -> Exploration:
    """The exploration of ``space`` whose table holds the combinations numbered ``rows`` (all
    of them, or those a streamed run kept: then with a ``combination`` column)."""
    snap, states, choices, toggles = space.snap, space.states, space.choices, space.toggles
    n_align = len(choices) ** len(states)
    grid = combinations_of(rows % n_align, len(states), len(choices))
    table = pd.DataFrame(
        {
            f"alignment_{s}": np.asarray(choices, dtype=object)[grid[:, k]]
            for k, s in enumerate(states)
        }
    )
    for k, (state, bloc) in enumerate(toggles):
        table[f"toggle_{state}_{bloc}"] = toggle_cols[:, k]
    for j, code in enumerate(objectives):
        table[code] = values[:, j]
    table["pareto"] = efficient
    table["wins"] = wins
    if evaluated > len(rows):
        table["combination"] = rows
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
        evaluated,
        extremes,
    )
