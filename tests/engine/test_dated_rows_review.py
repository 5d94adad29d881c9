"""Dates corrected or added by the #12 expert review's second round (item 4), each read from its
row and, where an indicator should move, moving it in that year and not before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regio_desktop import api
from regio_desktop.world.loaded_world import World, load_world


@pytest.fixture(scope="module")
def world() -> World:
    return load_world(today=dt.date(2026, 11, 23))


def transit(world: World, state: str, year: int) -> float:
    return api.evaluate(world, api.Scenario(year=year)).value("transit_connectivity", state)


def lies_on(world: World, state: str, corridor: str, year: int) -> bool:
    on = world.corridor_states_on(year)
    return bool(((on["state"] == state) & (on["corridor"] == corridor)).any())


def reach(world: World, year: int, a: str, b: str) -> float:
    ev = api.evaluate(world, api.Scenario(year=year))
    snap = ev.snapshot
    return float(ev.result.terms.reach[snap.state_index(a), snap.state_index(b)])


def status(world: World, state: str, bloc: str, when: dt.date) -> str | None:
    on = world.memberships_on(when)
    rows = on[(on["state"] == state) & (on["bloc"] == bloc)]
    assert len(rows) <= 1, (state, bloc, when)
    return None if rows.empty else str(rows["status"].iloc[0])


def test_the_north_south_corridor_counts_from_the_agreements_entry_into_force(
    world: World,
) -> None:
    """Signed on 12 September 2000, in force on 16 May 2002: Iran's segment counts from 2002."""
    assert not lies_on(world, "IRN", "NORTH_SOUTH", 2001)
    assert lies_on(world, "IRN", "NORTH_SOUTH", 2002)
    assert transit(world, "IRN", 2002) > transit(world, "IRN", 2001) + 1.0


def test_czechia_leaves_druzhba_in_2025(world: World) -> None:
    """Czechia took its last Russian oil through Druzhba in April 2025 (TAL-Plus)."""
    assert lies_on(world, "CZE", "DRUZHBA", 2024)
    assert not lies_on(world, "CZE", "DRUZHBA", 2025)
    assert transit(world, "CZE", 2025) < transit(world, "CZE", 2024) - 1.0


def test_georgia_trades_freely_with_russia_from_1994(world: World) -> None:
    """The Russia-Georgia FTA took effect on 10 May 1994 (a note had it in force from 2000)."""
    assert reach(world, 1993, "GEO", "RUS") == 0.0
    assert reach(world, 1994, "GEO", "RUS") > 0.0


def test_russias_partners_trade_freely_with_it_from_1993_not_1992(world: World) -> None:
    """Russia's bilateral FTAs were signed in 1992 and took effect in 1993."""
    for partner in ("KAZ", "BLR", "KGZ", "AZE"):
        assert reach(world, 1992, partner, "RUS") == 0.0
        assert reach(world, 1993, partner, "RUS") > 0.0
        ma = api.evaluate(world, api.Scenario(year=1993)).value("market_access", partner)
        assert ma > 0.1


def test_the_ukraine_israel_agreement_counts_from_2021_on_an_official_source(
    world: World,
) -> None:
    assert reach(world, 2020, "ISR", "UKR") == 0.0
    assert reach(world, 2021, "ISR", "UKR") == pytest.approx(0.45)
    rows = world.memberships[
        (world.memberships["state"] == "ISR") & (world.memberships["bloc"] == "UKR_FTAS")
    ]
    assert world.sources.loc[rows["source"].iloc[0], "kind"] == "treaty"


@pytest.mark.parametrize(
    ("state", "observer_on", "member_from"),
    [
        ("RUS", dt.date(1995, 1, 1), dt.date(2012, 8, 22)),
        ("UKR", dt.date(1995, 1, 1), dt.date(2008, 5, 16)),
        ("KAZ", dt.date(1996, 2, 6), dt.date(2015, 11, 30)),
    ],
)
def test_wto_observers_until_they_join(
    world: World, state: str, observer_on: dt.date, member_from: dt.date
) -> None:
    assert status(world, state, "WTO", observer_on - dt.timedelta(days=1)) is None
    assert status(world, state, "WTO", observer_on) == "observer"
    assert status(world, state, "WTO", member_from - dt.timedelta(days=1)) == "observer"
    assert status(world, state, "WTO", member_from) == "member"
