"""The tension count of every combination equals check() on that combination's scenario."""

from __future__ import annotations

import pytest

from regio_desktop import api
from regio_desktop.engine.exploration_tensions import tension_counts
from regio_desktop.world.loaded_world import World

WORLD = api.load_world()


def _check_counts(world: World, base: api.Scenario, exploration: api.Exploration) -> list[int]:
    return [
        len(api.check(world, exploration.scenario(base, row)))
        for row in range(len(exploration.table))
    ]


@pytest.mark.parametrize(
    ("states", "toggles"),
    [
        (["KAZ", "UZB", "KGZ"], [("KAZ", "CSTO"), ("UZB", "EAEU")]),
        (["ARM", "KAZ"], [("ARM", "CSTO"), ("ARM", "EU"), ("TJK", "CSTO")]),
    ],
)
def test_counts_equal_check_on_every_combination(
    states: list[str], toggles: list[tuple[str, str]]
) -> None:
    base = api.Scenario(year=2024)
    exploration = api.explore(WORLD, base, states, api.ALIGNMENTS, toggles=toggles, samples=1)
    counts = tension_counts(WORLD, base, exploration)
    assert counts.tolist() == _check_counts(WORLD, base, exploration)
    assert counts.min() < counts.max()  # the space really holds consistent and tense rows


def test_a_base_scenarios_own_tensions_count_in_every_combination() -> None:
    """A tension of a state the exploration leaves alone is in every combination's count."""
    base = api.Scenario(year=2024).with_alignment("ARM", "west-oriented")
    assert any("ARM" in t.states for t in api.check(WORLD, base))
    exploration = api.explore(WORLD, base, ["KAZ"], samples=1)
    counts = tension_counts(WORLD, base, exploration)
    assert counts.tolist() == _check_counts(WORLD, base, exploration)
    assert counts.min() >= 1


def test_the_tiny_world_too(tiny_world: World) -> None:
    base = api.Scenario(year=2024)
    exploration = api.explore(tiny_world, base, ["KAZ", "KGZ"], toggles=[("KAZ", "CSTO")])
    counts = tension_counts(tiny_world, base, exploration)
    assert counts.tolist() == _check_counts(tiny_world, base, exploration)
