"""Post-Soviet WTO members were observers while they negotiated their accession (#12 evidence
review, item 4): Kyrgyzstan, Georgia, Moldova, Armenia and Tajikistan had member rows only.

A government negotiating its accession sits in the WTO as an observer from the day its working
party is established; one whose GATT working party predates the WTO is an observer from the
WTO's first day, 1 January 1995 (as Russia's and Ukraine's rows already were). Each observer
period ends the day before the state became a member; the rows are estimates because the
observer status is read from the working-party date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regio_desktop.world.loaded_world import World, load_world

# state, observer from, member from (wto_members), the observer row's source
ACCESSIONS = [
    ("KGZ", dt.date(1996, 4, 16), dt.date(1998, 12, 20), "wto_press_kgz_1998"),
    ("GEO", dt.date(1996, 7, 18), dt.date(2000, 6, 14), "wto_press_geo_2000"),
    ("MDA", dt.date(1995, 1, 1), dt.date(2001, 7, 26), "wto_acc_mol_37"),
    ("ARM", dt.date(1995, 1, 1), dt.date(2003, 2, 5), "wto_acc_arm_23"),
    ("TJK", dt.date(2001, 7, 18), dt.date(2013, 3, 2), "wto_accessions"),
]


@pytest.fixture(scope="module")
def world() -> World:
    return load_world(today=dt.date(2026, 11, 23))


def wto_status(world: World, state: str, when: dt.date) -> str | None:
    rows = world.memberships_on(when)
    mine = rows[(rows["state"] == state) & (rows["bloc"] == "WTO")]
    return None if mine.empty else str(mine["status"].iloc[0])


@pytest.mark.parametrize(("state", "observer", "member", "source"), ACCESSIONS)
def test_observer_until_the_day_before_accession(
    world: World, state: str, observer: dt.date, member: dt.date, source: str
) -> None:
    assert wto_status(world, state, observer - dt.timedelta(days=1)) is None
    assert wto_status(world, state, observer) == "observer"
    assert wto_status(world, state, member - dt.timedelta(days=1)) == "observer"
    assert wto_status(world, state, member) == "member"


@pytest.mark.parametrize(("state", "observer", "member", "source"), ACCESSIONS)
def test_observer_rows_are_sourced_estimates(
    world: World, state: str, observer: dt.date, member: dt.date, source: str
) -> None:
    frame = world.memberships
    row = frame[(frame["state"] == state) & (frame["bloc"] == "WTO")]
    row = row[row["status"] == "observer"].iloc[0]
    assert row["source"] == source
    assert bool(row["estimate"])
    assert row["end"] == member - dt.timedelta(days=1)
    assert "working party" in row["note"]
