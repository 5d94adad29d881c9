"""The uncertainty analysis: seeded draws, intervals that follow what an indicator depends on,
and Morris effects as SALib computes them."""

from __future__ import annotations

import numpy as np
import pytest
from SALib.analyze import morris as morris_analyze

from regio_desktop import api
from regio_desktop.engine.uncertainty import MORRIS_LEVELS, uncertainty
from regio_desktop.engine.uncertainty_design import design

DRAWS = 120


@pytest.fixture(scope="module")
def scenario() -> api.Scenario:
    return api.Scenario(year=2024).with_alignment("KAZ", "china-centred")


def test_the_same_seed_gives_identical_draws_and_another_seed_other_draws(
    tiny_world: api.World, scenario: api.Scenario
) -> None:
    first = uncertainty(tiny_world, scenario, draws=DRAWS, seed=3)
    api_call = api.uncertainty
    again = api_call(tiny_world, scenario, draws=DRAWS, seed=3, trajectories=10)
    assert again is first  # cached
    # A cache miss computes the same arrays: another number of trajectories changes the Morris
    # part only, and the Latin hypercube draws stay identical.
    fresh = uncertainty(tiny_world, scenario, draws=DRAWS, seed=3, trajectories=4)
    np.testing.assert_array_equal(fresh.samples, first.samples)
    np.testing.assert_array_equal(fresh.table["low"], first.table["low"])
    other = uncertainty(tiny_world, scenario, draws=DRAWS, seed=4)
    assert not np.array_equal(other.samples, first.samples)
    # Morris with the same seed again: identical effects.
    repeat = uncertainty(tiny_world, scenario, draws=DRAWS, seed=3, trajectories=5)
    again5 = uncertainty(tiny_world, scenario, draws=DRAWS + 1, seed=3, trajectories=5)
    np.testing.assert_array_equal(repeat.effects, again5.effects)


def test_an_indicator_no_estimate_reaches_has_no_width(
    tiny_world: api.World, scenario: api.Scenario
) -> None:
    result = uncertainty(tiny_world, scenario, draws=DRAWS, seed=0)
    fixed = result.table[result.table["indicator"].isin(["bloc_gdp", "bloc_members"])]
    assert len(fixed) > 0
    assert (fixed["low"] == fixed["value"]).all() and (fixed["high"] == fixed["value"]).all()
    region = result.table[result.table["level"] == "region"]
    assert (region["high"] - region["low"] == 0).all()
    assert result.ranking("bloc_gdp", "EAEU") == []


def test_an_indicator_resting_on_estimates_has_an_interval_around_its_value(
    tiny_world: api.World, scenario: api.Scenario
) -> None:
    result = uncertainty(tiny_world, scenario, draws=DRAWS, seed=0)
    value, low, high = result.interval("autonomy", "KAZ")
    assert high - low > 1.0
    assert low <= value <= high
    ranked = [name for name, _ in result.ranking("autonomy", "KAZ")]
    # Autonomy rests on the delegation of KAZ's blocs and on the dominance weight, never on
    # trade shares or the corridor constants.
    assert ranked[0] in {"blocs.csv EAEU", "blocs.csv CSTO", "dominance_weight"}
    assert "trade_shares.csv" not in ranked and "CORRIDOR_SCALE" not in ranked
    assert "weight_trade" in [name for name, _ in result.ranking("dependence_russia", "KAZ")]


def test_the_design_at_the_point_values_gives_the_evaluation(
    tiny_world: api.World, scenario: api.Scenario
) -> None:
    ev = api.evaluate(tiny_world, scenario)
    live = ev.result.terms.full.any(axis=0) | ev.base.terms.full.any(axis=0)
    plan = design(ev.snapshot, ev.result.status, ev.result.alignment, ev.params, frozenset(), live)
    values = plan.evaluate(plan.point())
    np.testing.assert_allclose(values, ev.indicators["value"].to_numpy(), atol=1e-9)


def test_a_parameter_the_scenario_sets_is_held_at_its_value(tiny_world: api.World) -> None:
    held = api.Scenario(year=2024, parameters=(("dominance_weight", 0.7),))
    result = uncertainty(tiny_world, held, draws=20, seed=0, trajectories=2)
    assert "dominance_weight" not in result.estimates
    assert "weight_trade" in result.estimates


def test_the_effects_are_salibs_morris_mu_star(
    tiny_world: api.World, scenario: api.Scenario
) -> None:
    """Our vectorised elementary effects agree with SALib's analysis of the same sample."""
    result = uncertainty(tiny_world, scenario, draws=10, seed=1, trajectories=6)
    ev = api.evaluate(tiny_world, scenario)
    live = ev.result.terms.full.any(axis=0) | ev.base.terms.full.any(axis=0)
    plan = design(ev.snapshot, ev.result.status, ev.result.alignment, ev.params, frozenset(), live)
    from SALib.sample import morris as morris_sample

    width = len(plan.columns)
    problem = {
        "num_vars": width,
        "names": [f"x{k}" for k in range(width)],
        "bounds": [[0.0, 1.0]] * width,
        "groups": plan.group_of,
    }
    unit = morris_sample.sample(problem, 6, num_levels=MORRIS_LEVELS, seed=1)
    row = result._rows[("KAZ", "autonomy")]
    y = np.array([plan.evaluate(v)[row] for v in plan.values(unit)])
    salib = morris_analyze.analyze(
        problem, unit, y, num_levels=MORRIS_LEVELS, num_resamples=10, seed=1
    )
    ours = dict(zip(result.estimates, result.effects[row], strict=True))
    for name, mu_star in zip(salib["names"], salib["mu_star"], strict=True):
        assert ours[name] == pytest.approx(mu_star, abs=1e-9)


def test_a_bloc_value_the_scenario_sets_is_held(tiny_world: api.World) -> None:
    held = api.Scenario(year=2024, parameters=(("bloc.EAEU.delegation", 0.5),))
    ev = api.evaluate(tiny_world, held)
    live = ev.result.terms.full.any(axis=0) | ev.base.terms.full.any(axis=0)
    plan = design(
        ev.snapshot,
        ev.result.status,
        ev.result.alignment,
        ev.params,
        frozenset(held.parameter_map),
        live,
    )
    eaeu = ev.snapshot.bloc_index("EAEU")
    drawn = {
        c.target[0] for c in plan.columns if c.target[1] == eaeu and c.estimate.endswith("EAEU")
    }
    assert "delegation" not in drawn and "depth_trade" in drawn
