"""Sanctions discount a corridor once (#12 evidence review, item 1).

The Northern Route crosses Russia and Belarus. The measures on Belarus from 2022 largely mirror
those on Russia, and a corridor's ``sanctions_exposure`` already judges how the measures along
the whole route bear on it, so the route is discounted once, by the widest measures on any other
state along it, and not once per sanctioned state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np
import pytest

from regio_desktop import api
from regio_desktop.engine.corridor_terms import corridor_openness
from regio_desktop.world.loaded_world import World, load_world


@pytest.fixture(scope="module")
def world() -> World:
    return load_world(today=dt.date(2026, 11, 23))


def northern_open(world: World, year: int, state: str = "KAZ") -> float:
    ev = api.evaluate(world, api.Scenario(year=year))
    snap = ev.snapshot
    return float(
        ev.result.terms.corridor_open[snap.state_index(state), snap.corridors.index("NORTHERN")]
    )


def test_northern_route_is_discounted_once_for_russia_and_belarus(world: World) -> None:
    """2023: Russia's transit severity 0.9 (0.9 × 1), Belarus's 0.85, exposure 0.5. Discounted
    once: 1 − 0.9 × 0.5 = 0.55; discounted twice it was (1 − 0.45)(1 − 0.425) = 0.32."""
    assert northern_open(world, 2023) == pytest.approx(1 - 0.9 * 0.5)


def test_belarus_sanctions_add_nothing_where_russia_already_covers_the_route(world: World) -> None:
    without_belarus = replace(world, sanctions=world.sanctions.query("state != 'BLR'"))
    assert northern_open(without_belarus, 2023) == pytest.approx(northern_open(world, 2023))


def test_the_widest_measures_on_the_route_count(world: World) -> None:
    """2021: Belarus's sectoral measures and airspace ban (0.6 × 0.5 = 0.3) are wider on transit
    than the 2014 measures on Russia (0.5 × 0.4 = 0.2), so Belarus's count: 1 − 0.3 × 0.5."""
    assert northern_open(world, 2021) == pytest.approx(1 - 0.3 * 0.5)
    assert northern_open(world, 2020) == pytest.approx(1 - 0.2 * 0.5)


def test_a_states_own_sanctions_are_left_out() -> None:
    """For Russia on the route, Belarus's measures count; for Belarus, Russia's; for the others,
    the wider of the two."""
    on = np.array([[1.0], [1.0], [1.0], [0.0]])
    severity = np.array([0.0, 0.9, 0.6, 1.0])  # a free state, two sanctioned, one off the route
    opened = corridor_openness(on, severity, np.array([0.5]), 1.0)[:, 0]
    assert opened == pytest.approx([1 - 0.45, 1 - 0.3, 1 - 0.45, 0.0])
