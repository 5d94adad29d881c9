"""The fast Pareto front (engine/pareto.py) is the front: the same rows as comparing every pair,
with duplicates, ties and rounding ties, whatever pruning (grid, neighbours, a known front's
grid) runs first."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from regio_desktop.engine import pareto


def brute_force(values: np.ndarray) -> np.ndarray:
    at_least = (values[:, None, :] >= values[None, :, :]).all(axis=2)
    better = (values[:, None, :] > values[None, :, :]).any(axis=2)
    return ~(at_least & better).any(axis=0)


tables = st.integers(1, 400).flatmap(
    lambda n: st.integers(1, 5).flatmap(
        lambda m: st.lists(
            st.lists(st.integers(0, 5), min_size=m, max_size=m), min_size=n, max_size=n
        )
    )
)


@settings(max_examples=60, deadline=None)
@given(tables)
def test_the_mask_is_the_brute_force_front(rows: list[list[int]]) -> None:
    values = np.array(rows, dtype=float)
    assert (pareto.pareto_mask(values) == brute_force(values)).all()


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10_000), st.integers(2, 4))
def test_neighbours_and_a_known_front_change_nothing(seed: int, m: int) -> None:
    """Rows of a 3^6 grid of choices: neighbours pruned first, and a grid beaten by the front
    of another part, give the same front (of the survivors, for the known front)."""
    rng = np.random.default_rng(seed)
    values = np.round(rng.normal(size=(729, m)), 1)  # rounded: many ties
    digits = [(3**k, 3) for k in range(6)]
    expected = np.flatnonzero(brute_force(values))
    assert (pareto.front_of(values, digits=digits) == expected).all()
    other = np.round(rng.normal(size=(300, m)), 1)
    known = other[brute_force(other)]
    grid = pareto.Grid.of(known, values.min(axis=0) + 0.5, values.max(axis=0) - 0.5)
    assert grid is not None
    among = grid.survivors(values)
    both = np.concatenate([values, known])
    # A row the known front's grid drops is dominated by a known row.
    dropped = np.flatnonzero(~among)
    assert not brute_force(both)[dropped].any()
    kept = pareto.front_of(values, among=among)
    sub = np.flatnonzero(among)
    assert (kept == sub[brute_force(values[sub])]).all()


def test_a_rounding_tie_of_the_sums_is_still_a_dominance() -> None:
    # Sums equal after rounding, yet the first row is at least as good everywhere.
    values = np.array([[1e16, 1.0], [1e16, 0.0], [0.0, 2.0]])
    assert values[0].sum() == values[1].sum()
    assert pareto.pareto_mask(values).tolist() == [True, False, True]
