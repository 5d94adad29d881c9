"""The Pareto-efficient rows of a table of objectives, fast enough for millions of combinations.

A row is efficient when no other row is at least as good on every objective and better on one
(all objectives to be maximised). The answer is unique, so how it is found changes only the
time: first a grid over the objectives drops every row lying in a cell that another row's cell
beats on every objective (that row is then better on all of them), which leaves the rows near
the front; those are then compared with the front found so far, best sums first (a row can only
be dominated by one with a larger sum), in batches, one vectorised comparison per batch.
``dominated_by`` is the exact test; ``pareto_mask`` puts the two stages together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

GRID_CELLS = 2**16
"""About how many cells the pruning grid has (bins per objective: this to the 1/objectives)."""
PAIRS = 2**22
"""The most row pairs compared in one vectorised step (a few MB of booleans)."""
BATCH = 512
"""Candidates compared with the front at a time, best sums first."""


def dominated_by(better: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """(len(rows),) True where some row of ``better`` dominates the row: at least as good on
    every objective and strictly better on one."""
    out = np.zeros(len(rows), dtype=bool)
    if not len(better) or not len(rows):
        return out
    better_sum, rows_sum = better.sum(axis=1), rows.sum(axis=1)
    step = max(1, PAIRS // len(better))
    for start in range(0, len(rows), step):
        part = rows[start : start + step]
        at_least = np.ones((len(better), len(part)), dtype=bool)
        for j in range(rows.shape[1]):
            at_least &= better[:, j, None] >= part[None, :, j]
        # At least as good everywhere with a larger sum is strictly better somewhere; an equal
        # sum may be a duplicate (no dominance) or a rounding tie: those few are looked at.
        found = (at_least & (better_sum[:, None] > rows_sum[None, start : start + step])).any(
            axis=0
        )
        unsure = np.flatnonzero(~found & at_least.any(axis=0))
        if len(unsure):
            sure = part[unsure]
            strictly = np.zeros((len(better), len(unsure)), dtype=bool)
            for j in range(rows.shape[1]):
                strictly |= better[:, j, None] > sure[None, :, j]
            found[unsure] = (at_least[:, unsure] & strictly).any(axis=0)
        out[start : start + len(part)] = found
    return out


@dataclass(frozen=True, eq=False)
class Grid:
    """A grid over the objectives and which of its cells a set of rows beats: a cell is beaten
    when one of the rows lies in a cell above it on every objective. Bins grow with the values
    (values outside ``low``..``high`` fall in the end bins), so a row in a beaten cell is worse
    on every objective than some row of the set: it is dominated."""

    low: np.ndarray
    span: np.ndarray
    bins: int
    beaten: np.ndarray

    @classmethod
    def of(cls, rows: np.ndarray, low: np.ndarray, high: np.ndarray) -> Grid | None:
        """The grid beaten by ``rows`` (None where a grid would not help: too many objectives)."""
        m = rows.shape[1]
        if m == 0 or m > 16:
            return None
        bins = max(2, int(GRID_CELLS ** (1.0 / m)))
        span = np.where(high > low, high - low, 1.0)
        grid = cls(np.asarray(low, dtype=float), span, bins, np.zeros(0, dtype=bool))
        occupied = np.zeros((bins,) * m, dtype=bool)
        occupied[tuple(grid.cells(rows).T)] = True
        # Whether any occupied cell is at or above each cell on every axis...
        for axis in range(m):
            flipped = np.flip(occupied, axis)
            occupied = np.flip(np.logical_or.accumulate(flipped, axis=axis), axis)
        # ... and strictly above it on every axis: the same, shifted by one cell on each.
        beaten = np.zeros_like(occupied)
        beaten[(slice(None, -1),) * m] = occupied[(slice(1, None),) * m]
        return cls(grid.low, span, bins, beaten)

    def cells(self, values: np.ndarray) -> np.ndarray:
        scaled = values - self.low
        scaled *= self.bins / self.span
        np.clip(scaled, 0, self.bins - 1, out=scaled)
        return scaled.astype(np.intp)

    def survivors(self, values: np.ndarray) -> np.ndarray:
        """(n,) False for the rows in a beaten cell (surely dominated)."""
        return np.asarray(~self.beaten[tuple(self.cells(values).T)])


def grid_survivors(values: np.ndarray) -> np.ndarray:
    """(n,) False for rows surely dominated by another row: in a cell another row's beats."""
    n, m = values.shape
    bins = max(2, int(GRID_CELLS ** (1.0 / m))) if m else 1
    grid = Grid.of(values, values.min(axis=0), values.max(axis=0)) if n >= 2 * bins else None
    return np.ones(n, dtype=bool) if grid is None else grid.survivors(values)


def neighbour_survivors(
    values: np.ndarray, candidates: np.ndarray, digits: Sequence[tuple[int, int]], first: int = 0
) -> np.ndarray:
    """The ``candidates`` (row positions) that no neighbour dominates, where rows are numbered
    ``first`` onwards in mixed radix and a neighbour differs in one digit: ``digits`` gives each
    digit's (stride, radix). In an exploration a neighbour is the same combination with one
    state's choice changed, which is what most often beats a row that is not efficient."""
    alive = np.ones(len(candidates), dtype=bool)
    numbers = candidates + first
    for stride, radix in digits:
        digit = (numbers // stride) % radix
        for shift in range(1, radix):
            other = candidates + ((digit + shift) % radix - digit) * stride
            ok = np.flatnonzero(alive & (other >= 0) & (other < len(values)))
            mine, theirs = values[candidates[ok]], values[other[ok]]
            beaten = (theirs >= mine).all(axis=1) & (theirs > mine).any(axis=1)
            alive[ok[beaten]] = False
    return candidates[alive]


def front_of(
    values: np.ndarray,
    front: np.ndarray | None = None,
    digits: Sequence[tuple[int, int]] = (),
    first: int = 0,
    among: np.ndarray | None = None,
) -> np.ndarray:
    """The indices of the efficient rows among ``values`` and, when given, a set of mutually
    efficient rows ``front`` (indices >= len(values) then refer to front rows, offset by
    len(values)), ascending. With ``digits`` (see ``neighbour_survivors``) the rows of
    ``values`` are first compared with their neighbours, which is faster when most lose. With
    ``among`` (a mask) only those rows are candidates: the others are known to be dominated."""
    pool = values if front is None else np.concatenate([values, front])
    candidates = np.arange(len(pool))
    if among is not None:
        candidates = candidates[np.concatenate([among, np.ones(len(pool) - len(among), bool)])]
    candidates = candidates[grid_survivors(pool[candidates])]
    if digits:
        inside = candidates[candidates < len(values)]
        outside = candidates[candidates >= len(values)]
        inside = neighbour_survivors(values, inside, digits, first)
        candidates = np.concatenate([inside, outside])
    order = candidates[np.argsort(-pool[candidates].sum(axis=1), kind="stable")]
    kept: list[np.ndarray] = []
    kept_rows = np.zeros((0, pool.shape[1]))
    for start in range(0, len(order), BATCH):
        batch = order[start : start + BATCH]
        rows = pool[batch]
        alive = ~dominated_by(kept_rows, rows)
        batch, rows = batch[alive], rows[alive]
        alive = ~dominated_by(rows, rows)
        batch, rows = batch[alive], rows[alive]
        if not len(batch):
            continue
        # Equal rounded sums can hide a dominance: let the new rows prune the kept ones too.
        if kept:
            keep = ~dominated_by(rows, kept_rows)
            merged = np.concatenate(kept)[keep]
            kept, kept_rows = [merged], kept_rows[keep]
        kept.append(batch)
        kept_rows = np.concatenate([kept_rows, rows])
    return np.sort(np.concatenate(kept)) if kept else np.zeros(0, dtype=np.int64)


def pareto_mask(values: np.ndarray, digits: Sequence[tuple[int, int]] = ()) -> np.ndarray:
    """(n,) rows not dominated by any other (all objectives to be maximised); exact duplicates
    of an efficient row are efficient too (neither dominates the other). ``digits``: see
    ``neighbour_survivors`` (only a matter of speed)."""
    efficient = np.zeros(len(values), dtype=bool)
    efficient[front_of(np.asarray(values, dtype=float), digits=digits)] = True
    return efficient
