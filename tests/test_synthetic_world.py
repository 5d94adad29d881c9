"""The benchmark's synthetic world still builds and evaluates: a column added to a shipped table
once broke ``make bench`` while every test passed. Small sizes keep this quick; it times nothing."""

from __future__ import annotations

from pathlib import Path

from benchmarks.synthetic_world import write_synthetic_world
from regio_desktop import api
from regio_desktop.world.builder import build


def test_a_small_synthetic_world_builds_loads_and_evaluates(tmp_path: Path) -> None:
    folder = write_synthetic_world(tmp_path / "data", states=30, blocs=8, years=5)
    database = folder / "world.sqlite"
    build(folder, database)
    world = api.load_world(database)
    assert len(world.state_codes) == 30
    table = api.evaluate(world, api.Scenario()).indicators
    assert set(table["level"]) == {"state", "bloc", "region"}
    assert table["value"].notna().any()
