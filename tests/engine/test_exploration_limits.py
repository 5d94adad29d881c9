"""Explore refuses, before computing anything, what it cannot do (#18 item 6): a state named
twice, a pole state, and a space too large even to stream (20 states or 24 toggles died of a
MemoryError), saying its size and suggesting a sample; a space too large for memory streams."""

from __future__ import annotations

import pytest

from regio_desktop import api
from regio_desktop.engine import exploration_limits
from regio_desktop.world.loaded_world import World


def codes(found: list[api.Problem]) -> list[str]:
    return [p.code for p in found]


def test_a_duplicate_and_a_pole_are_refused_and_nothing_runs(tiny_world: World) -> None:
    with pytest.raises(api.ExplorationRefused) as refused:
        api.explore(tiny_world, api.Scenario(year=2020), ["KAZ", "KAZ", "RUS"])
    assert codes(refused.value.problems) == ["explore_state_twice", "pole_has_no_alignment"]
    assert str(refused.value) == (
        "KAZ is named twice in the states to explore; "
        "RUS is itself a pole; it has no alignment choice"
    )


def test_a_toggle_named_twice_is_refused(tiny_world: World) -> None:
    found = api.exploration_problems(tiny_world, ["KAZ"], [("KAZ", "CSTO")] * 2, 3, 6)
    assert codes(found) == ["explore_toggle_twice"]
    assert dict(found[0].params) == {"state": "KAZ", "bloc": "CSTO"}


@pytest.mark.parametrize(
    ("states", "toggles", "combinations"),
    [(20, 0, 3**20), (1, 24, 3 * 2**24), (17, 0, 3**17)],
    ids=["20 states", "24 toggles", "17 states"],
)
def test_a_space_too_large_even_to_stream_says_its_size(
    tiny_world: World, states: int, toggles: int, combinations: int
) -> None:
    names = [f"S{n:02d}" for n in range(states)]  # sizes only: codes are the caller's to check
    pairs = [(f"S{n:02d}", "CSTO") for n in range(toggles)]
    found = api.exploration_problems(tiny_world, names, pairs, 3, 6)
    assert codes(found) == ["explore_too_large"]
    assert dict(found[0].params) == {
        "combinations": f"{combinations:,}",  # written out, as it is read
        "limit": "43,046,721",
    }
    assert "explore a sample instead" in found[0].message


def test_a_space_too_large_for_memory_is_streamed_not_refused(tiny_world: World) -> None:
    names = [f"S{n:02d}" for n in range(16)]
    assert api.exploration_problems(tiny_world, names, [], 3, 6) == []
    assert api.streams(16, 3, 0, 6) and api.streams(14, 3, 0, 6)
    assert not api.streams(13, 3, 0, 6)


def test_the_largest_space_held_in_memory() -> None:
    assert api.exploration_bytes(13, 3, 0, 6) <= exploration_limits.MEMORY_LIMIT
    assert api.exploration_bytes(14, 3, 0, 6) > exploration_limits.MEMORY_LIMIT


def test_the_estimate_grows_with_every_dimension() -> None:
    base = api.exploration_bytes(5, 3, 1, 4)
    assert api.exploration_bytes(6, 3, 1, 4) > 3 * base
    assert api.exploration_bytes(5, 3, 2, 4) > 2 * base
    assert api.exploration_bytes(5, 3, 1, 5) > base
