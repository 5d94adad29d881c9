"""A streamed exploration (#14 item 7) keeps exactly what the one held in memory would show: the
same Pareto front, the same robust winners, the same values of the rows it keeps; with progress,
a cancel that stops the workers, and the analyses that need every combination refusing it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from regio_desktop import api
from regio_desktop.engine import exploration_limits, exploration_stream
from regio_desktop.engine.exploration import ExplorationCancelled
from regio_desktop.engine.exploration_aggregation import ranked_rows
from regio_desktop.engine.exploration_tables import ValueTables
from regio_desktop.world.loaded_world import World

# Eight Eurasian states whose choices interact (the Middle Corridor, the C5, neighbours).
STATES = ("KAZ", "UZB", "KGZ", "TJK", "TKM", "AZE", "ARM", "GEO")


@pytest.fixture(scope="module")
def world() -> World:
    return api.load_world()


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 500 combinations (3^8 in 14 of them), all in this process."""
    monkeypatch.setattr(exploration_stream, "TASK_ROWS", 500)


def same_as_in_memory(held: api.Exploration, streamed: api.Exploration) -> None:
    assert streamed.streamed and not held.streamed
    assert streamed.evaluated == len(held.table)
    rows = streamed.table["combination"].to_numpy()
    assert (np.diff(rows) > 0).all()
    kept = held.table.iloc[rows].reset_index(drop=True)
    # Every column of every kept row is the same, to the last bit (pareto and wins included).
    pd.testing.assert_frame_equal(kept, streamed.table.drop(columns="combination"), rtol=0, atol=0)
    assert (rows[streamed.table["pareto"].to_numpy()] == np.flatnonzero(held.table["pareto"])).all()
    assert streamed.table["wins"].sum() == pytest.approx(1.0)
    assert streamed.constant == held.constant
    assert streamed.compared == held.compared


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"aggregation": api.Aggregation("worst")},
        {"aggregation": api.Aggregation("state", "KAZ")},
        {"toggles": [("KAZ", "CSTO"), ("ARM", "CSTO")]},
    ],
    ids=["mean", "worst", "one state", "toggles"],
)
def test_streamed_front_wins_and_values_equal_the_in_memory_ones(
    world: World, small_chunks: None, options: dict[str, object]
) -> None:
    held = api.explore(world, api.Scenario(), STATES, stream=False, **options)  # type: ignore[arg-type]
    streamed = api.explore(world, api.Scenario(), STATES, stream=True, **options)  # type: ignore[arg-type]
    same_as_in_memory(held, streamed)


def test_the_table_keeps_the_front_and_the_best_on_each_objective(
    world: World, small_chunks: None
) -> None:
    held = api.explore(world, api.Scenario(), STATES, stream=False)
    streamed = api.explore(world, api.Scenario(), STATES, stream=True)
    rows = set(streamed.table["combination"])
    signs = api.objective_signs(held.objectives)
    for code, sign in zip(held.objectives, signs, strict=True):
        if code in held.compared:
            best = ranked_rows(held.table[code].to_numpy() * sign, exploration_limits.KEPT_BEST)
            assert set(best.tolist()) <= rows, code
    expected = set(np.flatnonzero(held.table["pareto"]))
    assert expected <= rows
    notice = api.streamed_notice(streamed)
    assert notice is not None and notice.code == "explore_streamed"
    assert dict(notice.params) == {
        "kept": f"{len(streamed.table):,}",
        "evaluated": "6,561",
        "front": f"{len(expected):,}",
        "top": 100,
    }
    assert api.streamed_notice(held) is None
    # The weightings scale by the extremes of every combination, not of the kept rows.
    low, high = streamed.bounds()
    assert (low == held.bounds()[0]).all() and (high == held.bounds()[1]).all()


def test_a_kept_row_opens_as_its_own_combination(world: World, small_chunks: None) -> None:
    held = api.explore(world, api.Scenario(), STATES, stream=False)
    streamed = api.explore(world, api.Scenario(), STATES, stream=True)
    base = api.Scenario(name="base")
    for row in (0, len(streamed.table) // 2, len(streamed.table) - 1):
        number = int(streamed.table["combination"].iloc[row])
        opened = streamed.scenario(base, row)
        assert opened == held.scenario(base, number)
        assert opened.name == f"base ({number + 1})"


def test_the_worker_pool_gives_the_same_exploration(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two spawned processes, chunks merged as they come in any order: the same result."""
    monkeypatch.setattr(exploration_stream, "TASK_ROWS", 1000)
    monkeypatch.setattr(exploration_stream, "POOL_ROWS", 0)
    held = api.explore(world, api.Scenario(), STATES[:7], stream=False)
    streamed = api.explore(world, api.Scenario(), STATES[:7], stream=True)
    same_as_in_memory(held, streamed)


def test_progress_rises_to_one(world: World, small_chunks: None) -> None:
    calls: list[float] = []
    api.explore(world, api.Scenario(), STATES, stream=True, progress=calls.append)
    assert len(calls) == 14  # 6,561 combinations in chunks of 500
    assert calls == sorted(calls) and calls[-1] == 1.0 and calls[0] == pytest.approx(500 / 6561)


def test_a_cancel_stops_the_stream(world: World, small_chunks: None) -> None:
    asked: list[int] = []

    def third_time() -> bool:
        asked.append(1)
        return len(asked) >= 3

    calls: list[float] = []
    with pytest.raises(ExplorationCancelled):
        api.explore(
            world,
            api.Scenario(),
            STATES,
            stream=True,
            progress=calls.append,
            should_cancel=third_time,
        )
    assert calls == pytest.approx([500 / 6561, 1000 / 6561])


def test_a_cancel_stops_the_workers(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exploration_stream, "TASK_ROWS", 200)
    monkeypatch.setattr(exploration_stream, "POOL_ROWS", 0)
    calls: list[float] = []
    with pytest.raises(ExplorationCancelled):
        api.explore(
            world,
            api.Scenario(),
            STATES,
            stream=True,
            progress=calls.append,
            should_cancel=lambda: bool(calls),  # once a first chunk is in
        )
    assert calls and calls[-1] < 0.5
    import multiprocessing

    assert not multiprocessing.active_children()  # the pool was shut down


def test_the_analyses_that_need_every_combination_refuse_a_streamed_one(
    world: World, small_chunks: None
) -> None:
    streamed = api.explore(world, api.Scenario(), STATES, stream=True)
    with pytest.raises(api.ExplorationRefused) as drivers:
        api.exploration_drivers(streamed)
    assert drivers.value.problems[0].code == "drivers_need_every_combination"
    with pytest.raises(api.ExplorationRefused) as share:
        api.pareto_frequency(world, api.Scenario(), streamed, draws=2)
    assert share.value.problems[0].code == "pareto_share_needs_every_combination"
    conditions = api.parse_where(world, "KAZ:autonomy>50")
    with pytest.raises(api.DiscoveryRefused) as discovery:
        api.discover_in(world, api.Scenario(), streamed, conditions)
    assert dict(discovery.value.problems[0].params) == {
        "evaluated": "6,561",
        "kept": f"{len(streamed.table):,}",
    }
    assert "scenario discovery needs every combination" in str(discovery.value)


def test_tables_give_the_values_of_a_direct_evaluation(world: World) -> None:
    """Each state tabulated over the choices it reads gives what evaluating every state in the
    combination gives (evaluate() agrees with the table, tests/engine/test_exploration.py)."""
    from regio_desktop.engine import exploration as module
    from regio_desktop.engine.evaluation import apply_edits, resolve_year
    from regio_desktop.engine.exploration_tables import combinations_of
    from regio_desktop.engine.snapshot import snapshot
    from regio_desktop.scenario.parameters import resolve

    states = (*STATES, "BLR", "UKR", "IRN", "MNG")
    base = api.Scenario()
    snap = snapshot(world, resolve_year(world, base))
    status, alignment = apply_edits(snap, base)
    space = module.Space(snap, status, alignment, states, api.EXPLORATION_ALIGNMENTS, ())
    ((_, tables),) = module.value_tables(space, module.DEFAULT_OBJECTIVES, resolve({}))
    assert isinstance(tables, ValueTables)
    assert max(len(t.reads) for t in tables.tables) < len(states)  # no state reads them all
    rows = np.random.default_rng(0).integers(0, 3 ** len(states), size=300)
    combos = combinations_of(rows, len(states), 3)
    direct = np.mean([tables.evaluator.rows(k, combos) for k in range(len(states))], axis=0)
    gathered = np.array([tables.values(r, r + 1, api.Aggregation())[0] for r in rows])
    np.testing.assert_allclose(gathered, direct, rtol=1e-12, atol=1e-9)
