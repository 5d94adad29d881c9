"""How explore() aggregates over states, leaves constant objectives out, tries West-oriented, and
opens a combination as its smallest scenario (on the tiny world, checked against evaluate())."""

from __future__ import annotations

import numpy as np
import pytest

from regio_desktop import api
from regio_desktop.engine.exploration_aggregation import objective_signs
from regio_desktop.engine.pareto import pareto_mask
from regio_desktop.world.loaded_world import World

STATES = ("KAZ", "KGZ", "UZB")
BASE = api.Scenario(name="base", year=2023)


@pytest.fixture(scope="module")
def worst(tiny_world: World) -> api.Exploration:
    return api.explore(tiny_world, BASE, STATES, aggregation=api.Aggregation("worst"))


def test_worst_takes_the_worst_state_per_objective(
    tiny_world: World, worst: api.Exploration
) -> None:
    signs = dict(zip(worst.objectives, objective_signs(worst.objectives), strict=True))
    for row in (0, 5, 13, 26):
        ev = api.evaluate(tiny_world, worst.scenario(BASE, row))
        for code in worst.objectives:
            values = [ev.value(code, s) for s in STATES]
            expected = min(values) if signs[code] > 0 else max(values)
            assert worst.table.iloc[row][code] == pytest.approx(expected, abs=1e-9), (row, code)
    assert worst.aggregation.text == "worst"


def test_one_state_takes_that_states_values(tiny_world: World) -> None:
    one = api.explore(tiny_world, BASE, STATES, aggregation=api.Aggregation.parse("kgz", STATES))
    assert one.aggregation == api.Aggregation("state", "KGZ")
    for row in (0, 7, 20):
        ev = api.evaluate(tiny_world, one.scenario(BASE, row))
        for code in one.objectives:
            assert one.table.iloc[row][code] == pytest.approx(ev.value(code, "KGZ"), abs=1e-9)


def test_worst_differs_from_the_mean(tiny_world: World, worst: api.Exploration) -> None:
    mean = api.explore(tiny_world, BASE, STATES)
    moving = list(mean.compared)
    assert not np.allclose(mean.table[moving].to_numpy(), worst.table[moving].to_numpy())


def test_constant_objectives_are_named_and_left_out_of_the_front(
    worst: api.Exploration,
) -> None:
    table = worst.table
    for code in worst.objectives:
        moves = np.ptp(table[code].to_numpy(float)) > 1e-9
        assert (code in worst.constant) == (not moves), code
    # Market access depends on memberships only: alignment choices never move it.
    assert "market_access" in worst.constant
    assert set(worst.compared) | set(worst.constant) == set(worst.objectives)
    oriented = table[list(worst.compared)].to_numpy(float) * objective_signs(worst.compared)
    assert (table["pareto"].to_numpy(bool) == pareto_mask(oriented)).all()


def test_bad_aggregations_are_refused(tiny_world: World) -> None:
    with pytest.raises(api.AggregationError, match="'best' is not mean, worst"):
        api.Aggregation.parse("best", STATES)
    with pytest.raises(api.AggregationError, match="'TJK' is not one of the explored"):
        api.explore(tiny_world, BASE, STATES, aggregation=api.Aggregation("state", "TJK"))


def test_west_oriented_is_tried_when_asked(tiny_world: World) -> None:
    west = api.explore(tiny_world, BASE, ("KAZ", "UZB"), api.ALIGNMENTS)
    assert len(west.table) == 4**2
    assert "west-oriented" in set(west.table["alignment_KAZ"])
    assert west.choices == api.ALIGNMENTS


def test_opened_combination_holds_one_edit_per_changed_state(tiny_world: World) -> None:
    exploration = api.explore(tiny_world, BASE, STATES)
    baseline = exploration.baseline_alignment
    assert set(baseline) == set(STATES)
    for row in range(len(exploration.table)):
        record = exploration.table.iloc[row]
        changed = [s for s in STATES if record[f"alignment_{s}"] != baseline[s]]
        scenario = exploration.scenario(BASE, row)
        assert scenario.edit_count == len(changed), row
        assert sorted(dict(scenario.alignments)) == sorted(changed)
        ev = api.evaluate(tiny_world, scenario)
        assert all(ev.alignment[s] == record[f"alignment_{s}"] for s in STATES)


def test_an_earlier_choice_returned_to_baseline_is_dropped(tiny_world: World) -> None:
    exploration = api.explore(tiny_world, BASE, ("KAZ",))
    base = BASE.with_alignment("KAZ", "china-centred")
    row = list(exploration.table["alignment_KAZ"]).index(exploration.baseline_alignment["KAZ"])
    assert base.edit_count == 1
    assert exploration.scenario(base, row).edit_count == 0


def test_position_aggregates_like_the_combinations(tiny_world: World) -> None:
    evaluation = api.evaluate(tiny_world, BASE)
    objectives = ("autonomy", "sanctions_exposure")
    worst = api.exploration_position(evaluation, STATES, objectives, api.Aggregation("worst"))
    assert worst["autonomy"] == min(evaluation.value("autonomy", s) for s in STATES)
    assert worst["sanctions_exposure"] == max(
        evaluation.value("sanctions_exposure", s) for s in STATES
    )
    mean = api.exploration_position(evaluation, STATES, objectives)
    assert mean["autonomy"] == pytest.approx(
        np.mean([evaluation.value("autonomy", s) for s in STATES])
    )


def test_weighted_rank_orients_scales_and_weights_the_objectives() -> None:
    from regio_desktop.engine.exploration_aggregation import WeightedRanking, weighted_rank

    # Objective 0 is to maximise, objective 1 to minimise (sign -1).
    values = np.array([[0.0, 10.0], [5.0, 0.0], [10.0, 20.0], [10.0, 10.0]])
    signs = np.array([1.0, -1.0])
    ranking = WeightedRanking.of(values, signs)
    assert ranking.normalised.min() == 0.0 and ranking.normalised.max() == 1.0
    assert list(weighted_rank(values, signs, np.array([1.0, 0.0]))) == [2, 3, 1, 0]
    assert list(weighted_rank(values, signs, np.array([0.0, 1.0]))) == [1, 0, 3, 2]
    assert list(weighted_rank(values, signs, np.array([1.0, 1.0]), top=2)) == [1, 3]  # a tie
    assert ranking.scores(np.array([0.0, 0.0])).tolist() == [0.0] * 4  # no weight: no ranking
    assert list(ranking.rank(np.array([0.0, 0.0]))) == [0, 1, 2, 3]  # ties in table order


def test_a_partial_ranking_is_the_head_of_the_full_one_ties_included() -> None:
    from regio_desktop.engine.exploration_aggregation import ranked_rows

    scores = np.random.default_rng(3).integers(0, 20, 500).astype(float)  # many ties
    full = ranked_rows(scores)
    for top in (1, 7, 100, 499, 500, 600):
        assert list(ranked_rows(scores, top)) == list(full[:top])


def test_a_constant_objective_weighs_nothing() -> None:
    from regio_desktop.engine.exploration_aggregation import WeightedRanking

    values = np.array([[1.0, 3.0], [2.0, 3.0], [0.0, 3.0]])
    ranking = WeightedRanking.of(values, np.ones(2))
    assert list(ranking.rank(np.array([1.0, 100.0]))) == [1, 0, 2]
