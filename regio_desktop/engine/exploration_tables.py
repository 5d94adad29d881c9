"""Each explored state's values tabulated over the few choices they read (#14 item 7, scale).

A state's indicators depend on its own alignment and, through the interaction channels
(interactions.py), on the choices of the explored states that share a corridor, a neighbourhood
or the C5 format with it — in the shipped world at most ten of fifteen Eurasian states, and one
for most. So instead of evaluating every state in every combination (3^15 × 15 evaluations), each
state is evaluated once per combination of the choices it reads (3^10 for Kazakhstan, 3^1 for
Armenia), and a combination's values are gathered from those tables: a few index operations per
row instead of the whole formula, which is what makes 14 million combinations fit in seconds.

Which choices a state reads is found from the contributions themselves: explored state ``j`` is
read by ``k`` when its contribution to a channel ``k`` reads changes with ``j``'s choice. The
channels a state reads are those the formulas in indicator_values.py use (``channels_read``). A
state that reads too many choices for a table (``TABLE_LIMIT`` rows) is evaluated directly for
each chunk of combinations instead, with the same formula, so the results never depend on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from regio_desktop.engine.exploration_aggregation import Aggregation, objective_signs
from regio_desktop.engine.indicator_values import CorridorConstants, state_values
from regio_desktop.engine.interactions import Interactions, channels_read, contributions
from regio_desktop.engine.snapshot import Snapshot
from regio_desktop.engine.terms import MembershipTerms

TABLE_LIMIT = 3**11
"""The most rows a state's table may have (177,147 × objectives × 8 bytes: under 10 MB)."""
BLOCK_ROWS = 2**16
"""The most rows of a block (the last states varying, the others fixed): 3^10 with three
choices, 4^8 with four."""


def combinations_of(rows: np.ndarray, states: int, choices: int) -> np.ndarray:
    """(K, states) choice positions of combination numbers ``rows``, in the table's order
    (``np.indices`` order: the last state changes fastest)."""
    powers = choices ** np.arange(states - 1, -1, -1, dtype=np.int64)
    return (rows[:, None] // powers) % choices


def contributions_by_choice(
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


@dataclass(frozen=True, eq=False)
class StateEvaluator:
    """What evaluating the explored states for some combinations needs, for one set of
    memberships: the interaction sums of the states not explored (``fixed``, read by each
    explored row) and each explored state's contribution under each choice (``varying``)."""

    snap: Snapshot
    terms: MembershipTerms
    params: dict[str, float]
    objectives: tuple[str, ...]
    states: tuple[str, ...]
    idx: np.ndarray
    choice_idx: np.ndarray
    fixed: Interactions
    varying: Interactions
    corridor: CorridorConstants

    def rows(self, k: int, combos: np.ndarray) -> np.ndarray:
        """(K, objectives) the values of explored state ``k`` in combinations ``combos`` (K, n)."""
        f, v = self.fixed, self.varying
        columns = np.arange(len(self.idx))
        sums = Interactions(
            f.route + v.route[combos, columns].sum(axis=1),
            f.neighbour_exposure[k] + v.neighbour_exposure[combos, columns, k].sum(axis=1),
            f.neighbour_count[k] + v.neighbour_count[combos, columns, k].sum(axis=1),
            f.c5_multi + v.c5_multi[combos, columns].sum(axis=1),
        )
        sums = Interactions(
            sums.route,
            sums.neighbour_exposure[:, None],
            sums.neighbour_count[:, None],
            sums.c5_multi,
        )
        result = state_values(
            self.snap,
            self.terms,
            self.params,
            self.choice_idx[combos[:, [k]]],
            rows=self.idx[[k]],
            sums=sums,
            corridor=self.corridor,
        )
        return np.stack([result[code][:, 0] for code in self.objectives], axis=-1)

    def reads(self) -> list[np.ndarray]:
        """For each explored state, the explored states (positions, sorted) whose choice its
        values read: itself and those whose contribution to a channel it reads varies."""
        v = self.varying

        def varies(a: np.ndarray) -> np.ndarray:
            return np.asarray(np.ptp(a, axis=0) != 0)

        route = varies(v.route)  # (n, C): j's contribution to corridor c's route moves
        exposure = varies(v.neighbour_exposure)  # (n, n): j's contribution read by row k moves
        count = varies(v.neighbour_count)
        c5 = varies(v.c5_multi)  # (n,)
        read_route, read_c5 = channels_read(self.terms, self.idx)
        out = []
        for k in range(len(self.idx)):
            on = (route & read_route[k]).any(axis=1) | exposure[:, k] | count[:, k]
            on |= c5 & read_c5[k]
            on[k] = True
            out.append(np.flatnonzero(on))
        return out


@dataclass(frozen=True, eq=False)
class StateTable:
    """One explored state's values over the choices it reads: ``values`` (choices^len(reads),
    objectives), indexed by the mixed-radix number of the ``reads`` positions' choices (None
    when too large: then evaluated per block). Within a block the leading states are fixed, so
    a row's index is ``prefix_radix`` · the block's leading choices plus ``suffix_index`` of the
    row in the block (None when the state reads only leading states: one value per block)."""

    reads: np.ndarray
    values: np.ndarray | None
    prefix_reads: np.ndarray
    prefix_radix: np.ndarray
    suffix_index: np.ndarray | None


@dataclass(frozen=True, eq=False)
class ValueTables:
    """Every explored state's table for one set of memberships, and how the combinations split
    into blocks: the last ``suffix`` states vary within a block of choices^suffix rows, the
    others are fixed by the block's number."""

    evaluator: StateEvaluator
    tables: tuple[StateTable, ...]
    choices: int
    suffix: int
    steady_sum: np.ndarray
    """(block rows, m) the sum of the states that read only the states varying within a block
    (the same in every block), and ``steady_worst`` their oriented minimum."""
    steady_worst: np.ndarray
    per_block: tuple[int, ...]
    """The states that read only leading states: one value per block."""
    mixed: tuple[int, ...]
    """The states read per row of each block (leading and varying states, or no table)."""
    columns: np.ndarray
    """The evaluator's objectives the tables hold, each multiplied by ``scale``: all of them
    as they are, or (``oriented``) those a streamed run compares, higher is better."""
    scale: np.ndarray
    sign: np.ndarray
    """+1 where higher is better, -1 where lower is, for the columns as held (``worst``)."""

    @classmethod
    def build(cls, evaluator: StateEvaluator, choices: int) -> ValueTables:
        n = len(evaluator.idx)
        suffix = min(n, max(1, int(np.floor(np.log(BLOCK_ROWS) / np.log(choices) + 1e-9))))
        lead = n - suffix
        in_block = combinations_of(np.arange(choices**suffix), suffix, choices)
        tables = []
        for k, reads in enumerate(evaluator.reads()):
            radix = choices ** np.arange(len(reads) - 1, -1, -1, dtype=np.int64)
            size = choices ** len(reads)
            values = None
            if size <= TABLE_LIMIT:
                combos = np.zeros((size, n), dtype=np.int64)
                combos[:, reads] = combinations_of(np.arange(size), len(reads), choices)
                values = evaluator.rows(k, combos)
            late = reads >= lead
            suffix_index = in_block[:, reads[late] - lead] @ radix[late] if late.any() else None
            tables.append(StateTable(reads, values, reads[~late], radix[~late], suffix_index))
        m = len(evaluator.objectives)
        columns, ones = np.arange(m), np.ones(m)
        return cls._assembled(evaluator, tuple(tables), choices, suffix, columns, ones)

    @classmethod
    def _assembled(
        cls,
        evaluator: StateEvaluator,
        tables: tuple[StateTable, ...],
        choices: int,
        suffix: int,
        columns: np.ndarray,
        scale: np.ndarray,
    ) -> ValueTables:
        n = len(tables)
        steady = [
            k for k, t in enumerate(tables) if t.values is not None and not len(t.prefix_reads)
        ]
        per_block = [
            k for k, t in enumerate(tables) if t.values is not None and t.suffix_index is None
        ]
        mixed = [k for k in range(n) if k not in steady and k not in per_block]
        sign = objective_signs(evaluator.objectives)[columns] * scale
        steady_sum = np.zeros((choices**suffix, len(columns)))
        steady_worst = np.full((choices**suffix, len(columns)), np.inf)
        for k in steady:
            table = tables[k]
            assert table.values is not None and table.suffix_index is not None
            part = table.values[table.suffix_index]
            steady_sum += part
            np.minimum(steady_worst, part * sign, out=steady_worst)
        return cls(
            evaluator,
            tables,
            choices,
            suffix,
            steady_sum,
            steady_worst,
            tuple(per_block),
            tuple(mixed),
            columns,
            scale,
            sign,
        )

    def oriented(self, columns: Sequence[int]) -> ValueTables:
        """The tables of only ``columns``, oriented (negated where lower is better): what a
        streamed run compares, a third less to gather than every objective. Negating is exact,
        so a row's oriented value is bit for bit its value times its sign."""
        keep = np.asarray(columns, dtype=int)
        scale = objective_signs(self.evaluator.objectives)[keep]
        tables = tuple(
            StateTable(
                t.reads,
                None if t.values is None else t.values[:, keep] * scale,
                t.prefix_reads,
                t.prefix_radix,
                t.suffix_index,
            )
            for t in self.tables
        )
        return self._assembled(self.evaluator, tables, self.choices, self.suffix, keep, scale)

    @property
    def block_rows(self) -> int:
        return int(self.choices**self.suffix)

    def values(self, start: int, stop: int, aggregation: Aggregation) -> np.ndarray:
        """(stop - start, objectives) the aggregated values of combinations start..stop-1.

        Each row is computed alone (gathers, then the states added in a fixed order), so a row's value
        does not depend on how the rows are cut into calls: streamed and in-memory explorations
        agree to the last bit.
        """
        size = self.block_rows
        out = np.empty((stop - start, len(self.columns)))
        for block in range(start // size, (stop - 1) // size + 1 if stop > start else 0):
            lo = max(start, block * size) - block * size
            hi = min(stop, (block + 1) * size) - block * size
            part = slice(block * size + lo - start, block * size + hi - start)
            out[part] = self._block(block, lo, hi, aggregation)
        return out

    def _state(self, k: int, block: int, lead: np.ndarray, lo: int, hi: int) -> np.ndarray:
        """State ``k``'s values in rows lo..hi-1 of a block: (hi - lo, m) or (m,) if constant."""
        table = self.tables[k]
        if table.values is None:
            n = len(self.tables)
            combos = np.empty((hi - lo, n), dtype=np.int64)
            combos[:, : n - self.suffix] = lead
            rows = np.arange(lo, hi)
            combos[:, n - self.suffix :] = combinations_of(rows, self.suffix, self.choices)
            return self.evaluator.rows(k, combos)[:, self.columns] * self.scale
        base = int(lead[table.prefix_reads] @ table.prefix_radix)
        if table.suffix_index is None:
            return table.values[base]
        return table.values[base + table.suffix_index[lo:hi]]

    def _block(self, block: int, lo: int, hi: int, aggregation: Aggregation) -> np.ndarray:
        n = len(self.tables)
        lead = combinations_of(np.array([block]), n - self.suffix, self.choices)[0]
        m, sign = len(self.columns), self.sign
        if aggregation.kind == "state":
            k = self.evaluator.states.index(aggregation.state)
            return np.broadcast_to(self._state(k, block, lead, lo, hi), (hi - lo, m))
        # The states that read only varying states are added up once for every block, those that
        # read only leading ones once per block; the order is fixed, so every row is computed
        # the same way whichever call it falls in.
        if aggregation.kind == "worst":
            worst = self.steady_worst[lo:hi].copy()
            fixed = np.full(m, np.inf)
            for k in self.per_block:
                np.minimum(fixed, self._state(k, block, lead, lo, hi) * sign, out=fixed)
            np.minimum(worst, fixed, out=worst)
            for k in self.mixed:
                np.minimum(worst, self._state(k, block, lead, lo, hi) * sign, out=worst)
            return worst * sign
        total = self.steady_sum[lo:hi].copy()
        fixed = np.zeros(m)
        for k in self.per_block:
            fixed += self._state(k, block, lead, lo, hi)
        total += fixed
        for k in self.mixed:
            total += self._state(k, block, lead, lo, hi)
        return total / n
