"""How often a combination stays Pareto-efficient across draws of the estimates."""

from __future__ import annotations

import numpy as np
import pytest

from regio_desktop import api
from regio_desktop.engine.evaluation import apply_edits
from regio_desktop.engine.exploration import combination_values
from regio_desktop.engine.exploration_robustness import pareto_frequency
from regio_desktop.engine.exploration_space import Space
from regio_desktop.engine.snapshot import snapshot
from regio_desktop.engine.uncertainty_design import design
from regio_desktop.scenario.parameters import resolve


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


@pytest.mark.parametrize("toggles", [[], [("KAZ", "CSTO")]])
def test_a_draw_at_the_point_values_gives_the_explorations_figures(
    tiny_world: api.World, toggles: list[tuple[str, str]]
) -> None:
    """The path each draw takes (drawn snapshot, weights, corridor constants, kept reach) gives
    explore's own values when the draw is the point, with and without toggles."""
    base = api.Scenario(year=2024).with_alignment("UZB", "china-centred")
    exploration = api.explore(tiny_world, base, ["KAZ", "KGZ"], toggles=toggles)
    snap = snapshot(tiny_world, 2024)
    status, alignment = apply_edits(snap, base)
    plan = design(snap, status, alignment, resolve({}), frozenset(), np.zeros(0, dtype=bool))
    drawn = plan.drawn(plan.point())
    names = {name: k for k, name in enumerate(plan.status_names)}

    def weigh(s: np.ndarray) -> np.ndarray:
        codes = np.array([names[str(v)] for v in s.ravel()]).reshape(s.shape)
        return plan.weights(drawn, codes)

    space = Space(
        drawn.snap, status, alignment, ("KAZ", "KGZ"), exploration.choices, tuple(toggles)
    )
    values, _ = combination_values(
        space,
        exploration.objectives,
        drawn.params,
        exploration.aggregation,
        weigh=weigh,
        corridor=drawn.corridor,
        known_reach=None if toggles else plan.reach(drawn.snap),
    )
    expected = exploration.table[list(exploration.objectives)].to_numpy(dtype=float)
    np.testing.assert_allclose(values, expected, atol=1e-9)


def _reference_frequency(
    world: api.World, base: api.Scenario, exploration: api.Exploration, draws: int, seed: int
) -> np.ndarray:
    """The Pareto frequency as it was computed before the speed-up: every draw and toggle set
    works its statuses' weights and its preferential reach out from scratch."""
    from scipy.stats import qmc

    from regio_desktop.engine.estimate_ranges import documented_ranges
    from regio_desktop.engine.exploration import pareto_mask
    from regio_desktop.engine.exploration_aggregation import objective_signs

    snap = snapshot(world, 2024)
    status, alignment = apply_edits(snap, base)
    plan = design(
        snap,
        status,
        alignment,
        resolve({}),
        frozenset(),
        np.zeros(len(snap.blocs), dtype=bool),
        documented_ranges(world, snap.date),
    )
    compared = [j for j, c in enumerate(exploration.objectives) if c in exploration.compared]
    sign = objective_signs(exploration.objectives)
    unit = qmc.LatinHypercube(d=len(plan.columns), seed=np.random.default_rng(seed)).random(draws)
    names = {name: k for k, name in enumerate(plan.status_names)}
    counts = np.zeros(len(exploration.table))
    for row in plan.values(unit):
        drawn = plan.drawn(row)

        def weigh(s: np.ndarray, drawn: object = drawn) -> np.ndarray:
            codes = np.array([names.get(str(v), names["withdrawn"]) for v in s.ravel()])
            return plan.weights(drawn, codes.reshape(s.shape))  # type: ignore[arg-type]

        space = Space(
            drawn.snap,
            status,
            alignment,
            exploration.states,
            exploration.choices,
            exploration.toggles,
        )
        values, _ = combination_values(
            space,
            exploration.objectives,
            drawn.params,
            exploration.aggregation,
            weigh=weigh,
            corridor=drawn.corridor,
        )
        counts += pareto_mask((values * sign)[:, compared])
    return counts / draws


@pytest.mark.parametrize("toggles", [[], [("KAZ", "CSTO")], [("KAZ", "CSTO"), ("KGZ", "EAEU")]])
def test_the_prepared_toggle_sets_give_the_frequency_computed_from_scratch(
    tiny_world: api.World, toggles: list[tuple[str, str]]
) -> None:
    """The speed-up (each toggle set's status codes and joined pairs worked out once, not per
    draw) changes no share: the same seed gives the frequency of the from-scratch loop."""
    base = api.Scenario(year=2024)
    exploration = api.explore(tiny_world, base, ["KAZ", "KGZ"], toggles=toggles)
    fast = pareto_frequency(tiny_world, base, exploration, draws=40, seed=5)
    slow = _reference_frequency(tiny_world, base, exploration, draws=40, seed=5)
    np.testing.assert_array_equal(fast, slow)
    assert 0 < fast.sum() < len(fast)  # some combinations are efficient, not all
