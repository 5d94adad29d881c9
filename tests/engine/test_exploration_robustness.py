"""How often a combination stays Pareto-efficient across draws of the estimates."""

from __future__ import annotations

import numpy as np

from regio_desktop import api
from regio_desktop.engine.exploration_robustness import pareto_frequency


def test_shares_are_seeded_and_the_front_is_mostly_robust(tiny_world: api.World) -> None:
    base = api.Scenario(year=2024)
    exploration = api.explore(tiny_world, base, ["KAZ", "KGZ"])
    shares = pareto_frequency(tiny_world, base, exploration, draws=60, seed=2)
    assert shares.shape == (len(exploration.table),)
    assert ((shares >= 0) & (shares <= 1)).all()
    np.testing.assert_array_equal(
        shares, pareto_frequency(tiny_world, base, exploration, draws=60, seed=2)
    )
    # Share of draws is a multiple of 1/60, and some draws move the front.
    assert np.allclose(shares * 60, np.round(shares * 60))
    front = exploration.table["pareto"].to_numpy()
    assert shares[front].mean() > 0.5  # the point's front mostly holds across the draws


def test_with_toggles_and_no_draws(tiny_world: api.World) -> None:
    base = api.Scenario(year=2024)
    exploration = api.explore(tiny_world, base, ["KAZ"], toggles=[("KAZ", "CSTO")])
    shares = pareto_frequency(tiny_world, base, exploration, draws=20, seed=0)
    assert shares.shape == (6,) and shares.max() > 0
    none = pareto_frequency(tiny_world, base, exploration, draws=0)
    assert (none == 0).all()
