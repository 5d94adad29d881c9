"""PRIM over categorical factors finds planted boxes; the condition is read strictly and
evaluated as the engine evaluates each combination."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from regio_desktop.engine.discovery import discover, discover_in, prim
from regio_desktop.engine.discovery_condition import (
    Condition,
    DiscoveryRefused,
    parse_where,
    where_text,
)
from regio_desktop.engine.evaluation import evaluate
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World


def _grid(**levels: list[str]) -> pd.DataFrame:
    return pd.DataFrame(list(itertools.product(*levels.values())), columns=list(levels))


GRID = _grid(A=["x", "u", "v"], B=["y", "z", "w", "q"], C=["keep", "leave"], D=["r", "s", "t"])


def test_an_exactly_planted_box_ends_the_trajectory_with_full_density_and_coverage() -> None:
    target = (GRID["A"] == "x") & GRID["B"].isin(["y", "z"])
    trajectory = prim(GRID, target.to_numpy())
    first, last = trajectory.steps[0], trajectory.steps[-1]
    assert first.restrictions == {} and first.combinations == len(GRID)
    assert first.density == pytest.approx(target.mean()) and first.coverage == 1.0
    assert dict(last.restrictions) == {"A": ("x",), "B": ("y", "z")}
    assert last.density == 1.0 and last.coverage == 1.0
    assert last.combinations == int(target.sum()) == 1 * 2 * 2 * 3
    # Density rises at every step; no case of interest is ever peeled away here.
    densities = [s.density for s in trajectory.steps]
    assert densities == sorted(densities) and len(set(densities)) == len(densities)
    assert all(s.coverage == 1.0 for s in trajectory.steps)
    assert trajectory.chosen_step() == len(trajectory.steps) - 1
    assert last.contains(GRID).tolist() == target.tolist()


def test_a_noisy_planted_box_is_still_found() -> None:
    """A box whose cases hold 90% of the time, with 5% false cases outside it: the chosen box
    restricts exactly the planted factors to the planted levels."""
    rng = np.random.default_rng(7)
    grid = pd.concat([GRID] * 4, ignore_index=True)  # 288 rows, each combination four times
    planted = ((grid["A"] == "x") & grid["B"].isin(["y", "z"])).to_numpy()
    noise = rng.random(len(grid))
    target = np.where(planted, noise < 0.9, noise < 0.05)
    trajectory = prim(grid, target)
    chosen = trajectory.steps[trajectory.chosen_step()]
    assert dict(chosen.restrictions) == {"A": ("x",), "B": ("y", "z")}
    assert chosen.density > 0.8 and chosen.coverage > 0.5
    assert chosen.hits == int(target[planted].sum())


def test_peeling_stops_at_the_smallest_box_allowed() -> None:
    target = ((GRID["A"] == "x") & (GRID["B"] == "y") & (GRID["D"] == "r")).to_numpy()
    trajectory = prim(GRID, target, mass_min=0.1)
    assert min(s.combinations for s in trajectory.steps) >= 0.1 * len(GRID)
    assert trajectory.steps[-1].density < 1.0


def test_no_box_is_dense_enough_then_the_densest_is_offered() -> None:
    target = np.zeros(len(GRID), dtype=bool)
    target[::7] = True
    trajectory = prim(GRID, target)
    k = trajectory.chosen_step(threshold=1.01)
    assert trajectory.steps[k].density == max(s.density for s in trajectory.steps)


def test_a_where_is_read_into_conditions(tiny_world: World) -> None:
    conditions = parse_where(tiny_world, "kaz:autonomy>60 AND KAZ:sanctions_exposure <= 30.5")
    assert conditions == (
        Condition("KAZ", "autonomy", ">", 60.0),
        Condition("KAZ", "sanctions_exposure", "<=", 30.5),
    )
    assert where_text(conditions) == "KAZ:autonomy>60 and KAZ:sanctions_exposure<=30.5"
    assert parse_where(tiny_world, "Region:region_states_russia_led<50")[0].entity == "region"


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("", "where_empty", {}),
        ("KAZ:autonomy=60", "where_syntax", {"part": "KAZ:autonomy=60"}),
        ("KAZ autonomy>60", "where_syntax", {"part": "KAZ autonomy>60"}),
        ("XXX:autonomy>60", "where_unknown_entity", {"entity": "XXX"}),
        ("KAZ:happiness>1", "where_unknown_indicator", {"indicator": "happiness"}),
        ("EAEU:autonomy>1", "where_wrong_level", {"entity": "EAEU", "level": "state"}),
    ],
)
def test_a_wrong_where_is_refused_with_its_problem(
    tiny_world: World, text: str, code: str, params: dict[str, str]
) -> None:
    with pytest.raises(DiscoveryRefused) as refused:
        parse_where(tiny_world, text)
    (found,) = refused.value.problems
    assert found.code == code and params.items() <= dict(found.params).items()


def test_every_wrong_part_is_named(tiny_world: World) -> None:
    with pytest.raises(DiscoveryRefused) as refused:
        parse_where(tiny_world, "XXX:autonomy>1 and KAZ:autonomy>1 and KAZ:nothing<2")
    assert [p.code for p in refused.value.problems] == [
        "where_unknown_entity",
        "where_unknown_indicator",
    ]


def test_the_cases_are_where_the_evaluated_scenario_holds_the_condition(
    tiny_world: World,
) -> None:
    base = Scenario(year=2024)
    where = "KAZ:autonomy>40 and EAEU:bloc_cohesion>0"
    found = discover(tiny_world, base, ["KAZ", "KGZ"], where, toggles=[("KAZ", "CSTO")])
    exploration = found.exploration
    assert len(found.holds) == 3 * 3 * 2
    for row in range(len(exploration.table)):
        evaluation = evaluate(tiny_world, exploration.scenario(base, row))
        autonomy = evaluation.value("autonomy", "KAZ")
        assert found.values[row, 0] == pytest.approx(autonomy)
        cohesion = evaluation.value("bloc_cohesion", "EAEU")
        assert found.holds[row] == (autonomy > 40 and cohesion > 0)
    last = found.trajectory.steps[-1]
    assert last.density >= found.trajectory.steps[0].density


def test_every_kind_of_entity_is_valued_as_evaluate_values_it() -> None:
    """An explored state, a state not explored, a bloc and the region, with toggles, on the
    shipped world: each condition's value in each combination is the evaluated scenario's."""
    from regio_desktop.engine.discovery_condition import condition_values
    from regio_desktop.engine.exploration import explore
    from regio_desktop.world.loaded_world import load_world

    world = load_world()
    base = Scenario(year=2024)
    exploration = explore(
        world, base, ["KAZ", "KGZ"], toggles=[("KAZ", "EAEU"), ("ARM", "CSTO")], samples=1
    )
    conditions = parse_where(
        world,
        "KAZ:market_access>0 and RUS:market_access>0 and ARM:security_coverage>0 and "
        "EAEU:bloc_cohesion>0 and CSTO:bloc_members>0 and region:region_gdp_russia_led>0",
    )
    values = condition_values(world, base, exploration, conditions)
    for row in range(len(exploration.table)):
        evaluation = evaluate(world, exploration.scenario(base, row))
        expected = [evaluation.value(c.indicator, c.entity) for c in conditions]
        assert values[row] == pytest.approx(expected, nan_ok=True), row
    assert len(set(values[:, 3].round(6))) > 1  # the bloc's cohesion does move


def test_an_explored_states_own_values_include_its_neighbours_choices() -> None:
    """Kazakhstan's autonomy, sanctions exposure and transit move with Uzbekistan's and
    Turkmenistan's choices (interactions.py): each combination's value is the evaluated one,
    not the value Kazakhstan's own choice alone would give."""
    from regio_desktop.engine.discovery_condition import condition_values
    from regio_desktop.engine.exploration import explore
    from regio_desktop.world.loaded_world import load_world

    world = load_world()
    base = Scenario(year=2024)
    exploration = explore(world, base, ["KAZ", "UZB", "TKM"], samples=1)
    conditions = parse_where(
        world,
        "KAZ:autonomy>0 and KAZ:sanctions_exposure>0 and KAZ:transit_connectivity>0",
    )
    values = condition_values(world, base, exploration, conditions)
    for row in range(len(exploration.table)):
        evaluation = evaluate(world, exploration.scenario(base, row))
        expected = [evaluation.value(c.indicator, c.entity) for c in conditions]
        assert values[row] == pytest.approx(expected), row
    # with Kazakhstan's choice fixed, its values still differ: the neighbours move them
    table = exploration.table
    same_kaz = (table["alignment_KAZ"] == "multi-vector").to_numpy()
    assert len(set(values[same_kaz, 0].round(6))) > 1


def test_too_many_combinations_to_value_one_by_one_are_refused_before_any() -> None:
    from regio_desktop.engine.exploration import explore
    from regio_desktop.world.loaded_world import load_world

    world = load_world()
    states = ["KAZ", "KGZ", "UZB", "TJK", "TKM", "ARM", "AZE", "GEO", "MDA"]
    exploration = explore(world, Scenario(year=2024), states, samples=1)
    with pytest.raises(DiscoveryRefused) as refused:
        discover_in(
            world, Scenario(year=2024), exploration, parse_where(world, "EU:bloc_members>1")
        )
    (found,) = refused.value.problems
    assert found.code == "where_too_many"
    assert dict(found.params) == {"entity": "EU", "combinations": "19,683", "limit": "6,561"}
