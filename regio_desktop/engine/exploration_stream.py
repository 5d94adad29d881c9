"""Streaming an exploration too large for memory (#14 item 7): 3^15 combinations in bounded memory.

The combinations are evaluated in chunks (``TASK_ROWS``) on the processor's cores (a pool of
``WORKERS`` processes, spawned so that a window's threads are never forked; smaller spaces run
in this process), and of each chunk only what can still matter is kept:

- its Pareto-efficient rows, merged into the running front (a row efficient over the whole space
  is efficient in its chunk, so the front of the chunks' fronts is the front of the space);
- its ``KEPT_BEST`` best rows on each objective (ties to the lower combination number), merged into
  the running top rows the same way: the table shows the front and these;
- each objective's least and greatest value, so that the robust winners are scaled exactly as
  in memory (the winners are always on the front, which is kept whole).

So for a space both can do, the streamed front, wins and kept values equal those of the
exploration held in memory, to the last bit: each row is computed alone
(exploration_tables.py), whichever chunk it falls in. Objectives constant over the whole space
are left out of the front as in memory; the chunks compare every objective that can move (those
whose tables are not all one number), and should one of them prove constant over the space
after all (moving by less than the tolerance), the front is streamed again without it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing import get_context

import numpy as np

from regio_desktop.engine import exploration_limits
from regio_desktop.engine.exploration import (
    Exploration,
    ExplorationCancelled,
    assemble,
    value_tables,
    win_shares,
)
from regio_desktop.engine.exploration_aggregation import (
    CONSTANT_TOLERANCE,
    Aggregation,
    objective_signs,
    ranked_rows,
)
from regio_desktop.engine.exploration_limits import ExplorationRefused
from regio_desktop.engine.exploration_space import Space
from regio_desktop.engine.exploration_tables import ValueTables
from regio_desktop.engine.pareto import Grid, dominated_by, front_of
from regio_desktop.problems import problem

TASK_ROWS = 2**18
"""Combinations one task evaluates (four blocks of 3^10): big enough that the pool's overhead is
small, small enough that a cancel is honoured within a fraction of a second."""
WORKERS = 2
"""Processes evaluating chunks (the machines the program targets have two cores or more)."""
POOL_ROWS = 2**20
"""Spaces smaller than this are streamed in this process: starting the pool would cost more."""
FRONT_LIMIT = 200_000
"""The most Pareto-efficient rows a streamed exploration keeps (refused beyond: the memory)."""


@dataclass(frozen=True, eq=False)
class Plan:
    """What every chunk needs: the tables of each membership set, holding the objectives that
    can move, oriented (higher is better), and ``compared``, the positions among those that the
    front and the best rows compare."""

    sets: tuple[ValueTables, ...]
    n_align: int
    aggregation: Aggregation
    compared: tuple[int, ...]


@dataclass(frozen=True, eq=False)
class Kept:
    """Rows kept so far: their combination numbers (ascending), oriented values (of the
    objectives that can move) and whether each is Pareto-efficient so far, and each of those
    objectives' extremes over every row seen."""

    rows: np.ndarray
    values: np.ndarray
    efficient: np.ndarray
    low: np.ndarray
    high: np.ndarray


def _oriented(plan: Plan, values: np.ndarray) -> np.ndarray:
    if len(plan.compared) == values.shape[1]:
        return values
    return values[:, list(plan.compared)]


def _best(oriented: np.ndarray) -> np.ndarray:
    """(rows,) whether a row is among the ``KEPT_BEST`` best on some objective (ties: lower
    combination numbers first)."""
    best = np.zeros(len(oriented), dtype=bool)
    for j in range(oriented.shape[1]):
        best[ranked_rows(oriented[:, j], exploration_limits.KEPT_BEST)] = True
    return best


def evaluate_chunk(plan: Plan, start: int, stop: int, grid: Grid | None = None) -> Kept:
    """Combinations start..stop-1 (within one membership set): what of them is kept. ``grid``
    is the one the front so far beats: rows in its beaten cells are dominated (pareto.py), so
    only the others need looking at; their ``efficient`` then means efficient among those."""
    t, lo = divmod(start, plan.n_align)
    tables = plan.sets[t]
    values = tables.values(lo, lo + stop - start, plan.aggregation)
    oriented = _oriented(plan, values)
    # A neighbour is the same combination with one state's choice changed.
    digits = [
        (tables.choices**k, tables.choices)
        for k in range(len(tables.tables))
        if tables.choices**k < stop - start
    ]
    among = None if grid is None else grid.survivors(oriented)
    efficient = np.zeros(len(values), dtype=bool)
    efficient[front_of(oriented, digits=digits, first=lo, among=among)] = True
    keep = np.flatnonzero(efficient | _best(oriented))
    rows = np.arange(start, stop, dtype=np.int64)[keep]
    return Kept(rows, values[keep], efficient[keep], values.min(axis=0), values.max(axis=0))


def merge(plan: Plan, kept: Kept | None, part: Kept) -> Kept:
    """The rows of both still kept: the front of their union (each front checked against the
    other) and the best rows on each objective."""
    if kept is None:
        return part
    ours, theirs = _oriented(plan, kept.values), _oriented(plan, part.values)
    mine = kept.efficient & ~dominated_by(theirs[part.efficient], ours)
    new = part.efficient & ~dominated_by(ours[kept.efficient], theirs)
    if mine.sum() + new.sum() > FRONT_LIMIT:
        raise ExplorationRefused(
            [
                problem(
                    "explore_front_too_large",
                    combinations=f"{plan.n_align * len(plan.sets):,}",
                    limit=f"{FRONT_LIMIT:,}",
                )
            ]
        )
    rows = np.concatenate([kept.rows, part.rows])
    order = np.argsort(rows, kind="stable")
    rows = rows[order]
    values = np.concatenate([kept.values, part.values])[order]
    efficient = np.concatenate([mine, new])[order]
    keep = np.flatnonzero(efficient | _best(np.concatenate([ours, theirs])[order]))
    return Kept(
        rows[keep],
        values[keep],
        efficient[keep],
        np.minimum(kept.low, part.low),
        np.maximum(kept.high, part.high),
    )


_PLAN: Plan | None = None


def _start_worker(plan: Plan) -> None:
    global _PLAN
    _PLAN = plan


def _worker_chunk(start: int, stop: int, grid: Grid | None) -> Kept:
    assert _PLAN is not None
    return evaluate_chunk(_PLAN, start, stop, grid)


def _grid(plan: Plan, kept: Kept | None) -> Grid | None:
    """The grid the front kept so far beats, over the extremes seen so far."""
    if kept is None:
        return None
    compared = list(plan.compared)
    front = _oriented(plan, kept.values[kept.efficient])
    return Grid.of(front, kept.low[compared], kept.high[compared])


def _tasks(plan: Plan) -> list[tuple[int, int]]:
    """The chunks, never across two membership sets."""
    out = []
    for t in range(len(plan.sets)):
        for lo in range(0, plan.n_align, TASK_ROWS):
            out.append(
                (t * plan.n_align + lo, t * plan.n_align + min(lo + TASK_ROWS, plan.n_align))
            )
    return out


def run_plan(
    plan: Plan,
    progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> Kept:
    """Evaluate every chunk and keep what matters; in a pool of processes for a large space."""
    tasks = _tasks(plan)
    total = plan.n_align * len(plan.sets)
    workers = WORKERS if workers is None else workers
    kept: Kept | None = None
    done = 0

    def cancelled() -> bool:
        return should_cancel is not None and should_cancel()

    if workers < 2 or total < POOL_ROWS or (os.cpu_count() or 1) < 2:
        for start, stop in tasks:
            if cancelled():
                raise ExplorationCancelled("exploration cancelled")
            kept = merge(plan, kept, evaluate_chunk(plan, start, stop, _grid(plan, kept)))
            done += stop - start
            if progress is not None:
                progress(done / total)
        assert kept is not None
        return kept
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),
        initializer=_start_worker,
        initargs=(plan,),
    )
    try:
        pending: set[Future[Kept]] = set()
        queue = list(reversed(tasks))
        sizes: dict[Future[Kept], int] = {}
        grid: Grid | None = None
        while queue or pending:
            while queue and len(pending) < 2 * workers:
                start, stop = queue.pop()
                future = pool.submit(_worker_chunk, start, stop, grid)
                sizes[future] = stop - start
                pending.add(future)
            finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            if cancelled():
                raise ExplorationCancelled("exploration cancelled")
            for future in finished:
                kept = merge(plan, kept, future.result())
                grid = _grid(plan, kept)
                done += sizes.pop(future)
                if progress is not None:
                    progress(done / total)
    finally:
        # A cancel or a failure stops the workers: queued chunks are dropped, running ones end.
        pool.shutdown(wait=True, cancel_futures=True)
    assert kept is not None
    return kept


def _movable(sets: Sequence[ValueTables], objectives: int) -> tuple[int, ...]:
    """The objectives that can move. One cannot when every explored state's table holds one
    number for it, the same in every membership set: then every row adds up the same numbers
    in the same order (a state evaluated per chunk, without a table, can always move)."""
    moving = []
    for j in range(objectives):
        fixed = True
        for k in range(len(sets[0].tables)):
            columns = [s.tables[k].values for s in sets]
            if any(c is None for c in columns):
                fixed = False
                break
            first = columns[0][0, j]  # type: ignore[index]
            if any(not (c[:, j] == first).all() for c in columns):  # type: ignore[index]
                fixed = False
                break
        if not fixed:
            moving.append(j)
    return tuple(moving)


def stream_explore(
    space: Space,
    objectives: Sequence[str],
    params: dict[str, float],
    aggregation: Aggregation,
    samples: int,
    seed: int,
    progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> Exploration:
    """``explore`` for a space too large for memory: the table keeps the Pareto front and the
    ``KEPT_BEST`` best rows on each compared objective (numbered in ``combination``), ``evaluated``
    says how many combinations there were."""
    sets = value_tables(space, objectives, params)
    n_align = len(space.choices) ** len(space.states)
    sign = objective_signs(objectives)
    full = tuple(t for _, t in sets)
    movable = _movable(full, len(objectives))
    total = n_align * len(full)
    tables = tuple(t.oriented(movable) for t in full)
    compared = tuple(range(len(movable)))
    while True:
        if not compared:
            # Every row would be efficient: far more than a streamed exploration keeps.
            raise ExplorationRefused(
                [
                    problem(
                        "explore_front_too_large",
                        combinations=f"{total:,}",
                        limit=f"{FRONT_LIMIT:,}",
                    )
                ]
            )
        plan = Plan(tables, n_align, aggregation, compared)
        kept = run_plan(plan, progress, should_cancel, workers)
        moving = tuple(j for j in compared if kept.high[j] - kept.low[j] > CONSTANT_TOLERANCE)
        if moving == compared:
            break
        compared = moving  # an objective moved by less than the tolerance: compare without it
    chosen = [movable[j] for j in compared]
    constant = tuple(code for j, code in enumerate(objectives) if j not in chosen)
    # Back to the indicators' own directions (negating is exact); an objective that cannot
    # move takes its one value, that of any combination.
    first = full[0].values(0, 1, aggregation)[0]
    values = np.tile(first, (len(kept.rows), 1))
    values[:, list(movable)] = kept.values * sign[list(movable)]
    low, high = first.copy(), first.copy()
    low[list(movable)] = np.where(sign[list(movable)] > 0, kept.low, -kept.high)
    high[list(movable)] = np.where(sign[list(movable)] > 0, kept.high, -kept.low)
    oriented = kept.values[:, list(compared)]
    efficient = kept.efficient
    wins = np.zeros(len(kept.rows))
    wins[efficient] = win_shares(
        oriented[efficient],
        kept.low[list(compared)],
        kept.high[list(compared)],
        samples,
        seed,
    )
    actions = np.array([a for a, _ in sets], dtype=object).reshape(len(sets), len(space.toggles))
    toggle_cols = actions[kept.rows // n_align]
    return assemble(
        space,
        kept.rows,
        values,
        toggle_cols,
        efficient,
        wins,
        objectives,
        aggregation,
        constant,
        total,
        (low, high),
    )
