"""explore() on the tiny world: the table agrees with evaluate(), the Pareto front is right."""

from __future__ import annotations

import numpy as np
import pytest

from regio_desktop import api
from regio_desktop.engine.catalogue import indicator_info
from regio_desktop.engine.exploration import DEFAULT_OBJECTIVES, ExplorationCancelled
from regio_desktop.world.loaded_world import World

STATES = ("KAZ", "KGZ", "UZB")
CHOICES = ("russia-led", "china-centred", "multi-vector")


@pytest.fixture(scope="module", params=[2020, 2023], ids=["2020", "2023-sanctions"])
def base(request: pytest.FixtureRequest) -> api.Scenario:
    return api.Scenario(name="base", year=request.param)


@pytest.fixture(scope="module")
def plain(tiny_world: World, base: api.Scenario) -> api.Exploration:
    return api.explore(tiny_world, base, STATES)


@pytest.fixture(scope="module")
def toggled(tiny_world: World, base: api.Scenario) -> api.Exploration:
    return api.explore(tiny_world, base, STATES, toggles=[("UZB", "CSTO")])


def test_row_counts(plain: api.Exploration, toggled: api.Exploration) -> None:
    assert len(plain.table) == 3**3 == 27
    assert len(toggled.table) == 2 * 27 == 54
    combos = plain.table[[f"alignment_{s}" for s in STATES]].apply(tuple, axis=1)
    assert len(set(combos)) == 27
    assert set(np.ravel([list(c) for c in combos])) == set(CHOICES)
    # UZB withdrew from the CSTO in 2012, so its toggle is keep / join
    assert sorted(set(toggled.table["toggle_UZB_CSTO"])) == ["join", "keep"]
    assert (toggled.table["toggle_UZB_CSTO"] == "keep").sum() == 27


def _check_rows(world: World, base: api.Scenario, exploration: api.Exploration) -> None:
    for row in range(len(exploration.table)):
        scenario = exploration.scenario(base, row)
        ev = api.evaluate(world, scenario)
        record = exploration.table.iloc[row]
        for state in STATES:
            assert ev.alignment[state] == record[f"alignment_{state}"]
        for code in exploration.objectives:
            expected = np.mean([ev.value(code, s) for s in STATES])
            assert record[code] == pytest.approx(expected, rel=1e-9, abs=1e-9), (row, code)


def test_rows_match_evaluate(tiny_world: World, base: api.Scenario, plain: api.Exploration) -> None:
    _check_rows(tiny_world, base, plain)


def test_rows_match_evaluate_with_toggle(
    tiny_world: World, base: api.Scenario, toggled: api.Exploration
) -> None:
    _check_rows(tiny_world, base, toggled)
    joined = toggled.table["toggle_UZB_CSTO"] == "join"
    row = int(np.flatnonzero(joined.to_numpy())[0])
    ev = api.evaluate(tiny_world, toggled.scenario(base, row))
    assert ev.status.at["UZB", "CSTO"] == "member"


def test_toggle_on_a_member_is_leave(tiny_world: World, base: api.Scenario) -> None:
    exploration = api.explore(tiny_world, base, ("KAZ",), toggles=[("KAZ", "CSTO")])
    assert len(exploration.table) == 6
    assert sorted(set(exploration.table["toggle_KAZ_CSTO"])) == ["keep", "leave"]
    for row in range(6):
        scenario = exploration.scenario(base, row)
        ev = api.evaluate(tiny_world, scenario)
        for code in exploration.objectives:
            assert exploration.table.iloc[row][code] == pytest.approx(
                ev.value(code, "KAZ"), rel=1e-9, abs=1e-9
            )


def test_toggle_on_an_observer_is_leave(tiny_world: World) -> None:
    # "opposite of the baseline standing": an observer is active, so the toggle withdraws it
    base = api.Scenario(year=2020)
    exploration = api.explore(tiny_world, base, ("UZB",), toggles=[("UZB", "EAEU")])
    assert sorted(set(exploration.table["toggle_UZB_EAEU"])) == ["keep", "leave"]
    row = int(np.flatnonzero((exploration.table["toggle_UZB_EAEU"] == "leave").to_numpy())[0])
    assert (
        api.evaluate(tiny_world, exploration.scenario(base, row)).status.at["UZB", "EAEU"]
        == "withdrawn"
    )


def test_explore_on_an_edited_base(tiny_world: World) -> None:
    base = api.Scenario(year=2020).with_membership(api.MembershipEdit("KGZ", "CSTO", "leave"))
    exploration = api.explore(tiny_world, base, ("KAZ", "UZB"))
    assert len(exploration.table) == 9
    for row in range(9):
        ev = api.evaluate(tiny_world, exploration.scenario(base, row))
        assert ev.status.at["KGZ", "CSTO"] == "withdrawn"
        for code in exploration.objectives:
            expected = np.mean([ev.value(code, s) for s in ("KAZ", "UZB")])
            assert exploration.table.iloc[row][code] == pytest.approx(expected, abs=1e-9)


def _dominated(oriented: np.ndarray, i: int) -> bool:
    others = np.delete(oriented, i, axis=0)
    return bool(((others >= oriented[i]).all(axis=1) & (others > oriented[i]).any(axis=1)).any())


def test_pareto_by_brute_force(plain: api.Exploration, toggled: api.Exploration) -> None:
    for exploration in (plain, toggled):
        _check_pareto(exploration)


def _check_pareto(exploration: api.Exploration) -> None:
    table = exploration.table
    sign = np.array(
        [-1.0 if indicator_info(o).higher_is == "worse" else 1.0 for o in exploration.objectives]
    )
    oriented = table[list(exploration.objectives)].to_numpy() * sign
    for i in range(len(table)):
        assert bool(table["pareto"].iloc[i]) == (not _dominated(oriented, i)), i
    assert table["pareto"].any()


def test_wins(plain: api.Exploration, toggled: api.Exploration) -> None:
    for exploration in (plain, toggled):
        wins = exploration.table["wins"]
        assert wins.sum() == pytest.approx(1.0)
        assert (wins >= 0).all()
        # a row that ranks first under some weighting is never dominated
        assert exploration.table.loc[wins > 0, "pareto"].all()


def test_objectives_default(plain: api.Exploration) -> None:
    assert plain.objectives == DEFAULT_OBJECTIVES
    assert plain.states == STATES


def test_same_seed_same_wins(tiny_world: World, base: api.Scenario, plain: api.Exploration) -> None:
    again = api.explore(tiny_world, base, STATES)
    assert (again.table["wins"] == plain.table["wins"]).all()


def test_progress_ends_at_one(tiny_world: World) -> None:
    calls: list[float] = []
    api.explore(
        tiny_world,
        api.Scenario(year=2020),
        STATES,
        toggles=[("UZB", "CSTO")],
        progress=calls.append,
    )
    assert calls
    assert calls[-1] == pytest.approx(1.0)
    assert all(0.0 < c <= 1.0 for c in calls)
    assert calls == sorted(calls)


def test_cancel_raises(tiny_world: World) -> None:
    with pytest.raises(ExplorationCancelled):
        api.explore(tiny_world, api.Scenario(year=2020), STATES, should_cancel=lambda: True)


def test_cancel_false_completes(tiny_world: World) -> None:
    exploration = api.explore(
        tiny_world, api.Scenario(year=2020), STATES, should_cancel=lambda: False
    )
    assert len(exploration.table) == 27


def test_progress_in_small_chunks(tiny_world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from regio_desktop.engine import exploration as module

    monkeypatch.setattr(module, "CHUNK", 5)
    calls: list[float] = []
    result = api.explore(
        tiny_world,
        api.Scenario(year=2020),
        STATES,
        toggles=[("UZB", "CSTO")],
        progress=calls.append,
    )
    # 27 combinations in chunks of 5 (6 chunks) for each of the 2 toggle sets
    assert len(calls) == 12
    assert calls == sorted(calls) and calls[-1] == pytest.approx(1.0)
    assert calls[0] == pytest.approx(5 / 54)
    reference = api.explore(tiny_world, api.Scenario(year=2020), STATES, toggles=[("UZB", "CSTO")])
    assert result.table.equals(reference.table)


def test_cancel_midway(tiny_world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from regio_desktop.engine import exploration as module

    monkeypatch.setattr(module, "CHUNK", 5)
    asked: list[int] = []

    def cancel_on_third() -> bool:
        asked.append(1)
        return len(asked) >= 3

    calls: list[float] = []
    with pytest.raises(ExplorationCancelled):
        api.explore(
            tiny_world,
            api.Scenario(year=2020),
            STATES,
            progress=calls.append,
            should_cancel=cancel_on_third,
        )
    assert len(asked) == 3
    assert calls == pytest.approx([5 / 27, 10 / 27])


def test_toggled_combinations_are_written_by_scenario_with_status(
    tiny_world: World, toggled: api.Exploration, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The exploration writes a toggle through the one ``Scenario.with_status``, against the
    world's baseline status (UZB withdrew from the CSTO, so joining is a 'join')."""
    calls: list[tuple[str, str, str, str | None]] = []
    real = api.Scenario.with_status

    def spy(self: api.Scenario, baseline: str, state: str, bloc: str, status: str | None):
        calls.append((baseline, state, bloc, status))
        return real(self, baseline, state, bloc, status)

    monkeypatch.setattr(api.Scenario, "with_status", spy)
    row = int(np.flatnonzero(toggled.table["toggle_UZB_CSTO"] == "join")[0])
    scenario = toggled.scenario(api.Scenario(name="base", year=2020), row)
    assert calls == [("withdrawn", "UZB", "CSTO", "member")]
    assert scenario.membership_edit("UZB", "CSTO") == api.MembershipEdit(
        "UZB", "CSTO", "join", "member"
    )
