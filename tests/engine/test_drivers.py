"""The exact variance decomposition over a full factorial, checked against cases whose shares are
known in closed form."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from regio_desktop.engine.drivers import variance_shares


def _grid(**levels: list[object]) -> pd.DataFrame:
    return pd.DataFrame(list(itertools.product(*levels.values())), columns=list(levels))


def test_additive_outcome_splits_by_each_terms_variance() -> None:
    grid = _grid(a=[-1, 1], b=[-1, 1])
    y = 1.0 * grid["a"] + 2.0 * grid["b"]  # Var a-part 1, b-part 4
    shares = variance_shares(grid, y).set_index("factor")
    assert shares.loc["b", "first_order"] == pytest.approx(0.8)
    assert shares.loc["a", "first_order"] == pytest.approx(0.2)
    assert np.allclose(shares["first_order"], shares["total"])  # no interaction
    assert list(variance_shares(grid, y)["factor"]) == ["b", "a"]  # largest first


def test_a_pure_interaction_has_no_first_order_share_and_full_total() -> None:
    grid = _grid(a=[-1, 1], b=[-1, 1], c=["x", "y", "z"])
    y = grid["a"] * grid["b"]
    shares = variance_shares(grid, y).set_index("factor")
    assert shares.loc["a", "first_order"] == pytest.approx(0.0)
    assert shares.loc["a", "total"] == pytest.approx(1.0)
    assert shares.loc["c", "total"] == pytest.approx(0.0)


def test_three_level_factor_with_interaction_against_a_direct_computation() -> None:
    grid = _grid(align=["russia", "china", "multi"], leave=[0, 1])
    effect = grid["align"].map({"russia": 0.0, "china": 3.0, "multi": 6.0})
    y = effect + 4.0 * grid["leave"] + 2.0 * grid["leave"] * (grid["align"] == "multi")
    values = y.to_numpy()
    by_align = pd.Series(values).groupby(grid["align"]).transform("mean").to_numpy()
    expected_first = by_align.var() / values.var()
    by_leave = pd.Series(values).groupby(grid["leave"]).transform("mean").to_numpy()
    expected_total = 1 - by_leave.var() / values.var()
    shares = variance_shares(grid, y).set_index("factor")
    assert shares.loc["align", "first_order"] == pytest.approx(expected_first)
    assert shares.loc["align", "total"] == pytest.approx(expected_total)
    assert shares.loc["align", "total"] > shares.loc["align", "first_order"]  # it interacts


def test_a_flat_outcome_gives_zero_shares_not_nan() -> None:
    grid = _grid(a=[0, 1], b=[0, 1])
    shares = variance_shares(grid, np.full(4, 7.0))
    assert (shares[["first_order", "total"]] == 0.0).all().all()


def test_rows_that_are_not_a_full_factorial_are_refused() -> None:
    grid = _grid(a=[0, 1], b=[0, 1])
    with pytest.raises(ValueError, match="full factorial"):
        variance_shares(grid.iloc[:3], np.arange(3.0))
    with pytest.raises(ValueError, match="combinations"):
        variance_shares(grid, np.arange(3.0))
    with pytest.raises(ValueError, match="finite"):
        variance_shares(grid, np.array([1.0, np.nan, 2.0, 3.0]))
