"""Ukraine's free trade after 2016 (#12 evidence review, item 5): its bilateral agreements in
force, each dated and sourced, and no source of them left uncited.

Russia suspended free trade with Ukraine from 1 January 2016, and the data end Ukraine's CIS
free-trade rows then; what carries Ukraine's free trade beyond the EU's DCFTA is the hub bloc
UKR_FTAS (blocs.csv, preferential_with UKR) and the United Kingdom's agreement of 2020
(UK_PARTNERSHIPS).
"""

from __future__ import annotations

import csv
import datetime as dt
import re

import pytest

from regio_desktop.world.loaded_world import World, load_world
from tests.conftest import REPO_ROOT

DATA = REPO_ROOT / "db" / "data"

# partner, in force from (memberships.csv)
AGREEMENTS = {
    "GEO": dt.date(1996, 6, 4),
    "AZE": dt.date(1996, 7, 12),
    "MKD": dt.date(2001, 7, 5),
    "CHE": dt.date(2012, 6, 1),
    "ISL": dt.date(2012, 6, 1),
    "LIE": dt.date(2012, 6, 1),
    "NOR": dt.date(2012, 6, 1),
    "MNE": dt.date(2013, 1, 1),
    "MDA": dt.date(2016, 1, 1),
    "CAN": dt.date(2017, 8, 1),
    "ISR": dt.date(2021, 1, 1),
}


@pytest.fixture(scope="module")
def world() -> World:
    return load_world(today=dt.date(2026, 11, 23))


def test_each_agreement_counts_from_its_entry_into_force(world: World) -> None:
    frame = world.memberships
    rows = frame[frame["bloc"] == "UKR_FTAS"].set_index("state")
    assert set(rows.index) == set(AGREEMENTS)
    for partner, start in AGREEMENTS.items():
        assert rows.loc[partner, "start"] == start, partner
        assert rows.loc[partner, "source"], partner


def test_the_united_kingdoms_agreement_applies_from_2021(world: World) -> None:
    on = world.memberships_on(dt.date(2021, 1, 1))
    assert ((on["state"] == "UKR") & (on["bloc"] == "UK_PARTNERSHIPS")).any()
    before = world.memberships_on(dt.date(2020, 12, 31))
    assert not ((before["state"] == "UKR") & (before["bloc"] == "UK_PARTNERSHIPS")).any()


def test_every_source_of_ukraines_agreements_is_cited() -> None:
    """A source on Ukraine's free trade that no row and no note names is dead weight: the
    Israeli agreement's announcement (``israel_ukraine_fta_2021``) was such a one."""
    with (DATA / "sources.csv").open(encoding="utf-8") as f:
        ids = [
            r["id"] for r in csv.DictReader(f) if "ukraine" in r["id"] or r["id"].startswith("ua_")
        ]
    cited = ""
    for name in ("memberships.csv", "blocs.csv"):
        with (DATA / name).open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                cited += f" {row['source']} {row['note']}"
    for source in ids:
        assert re.search(rf"\b{re.escape(source)}\b", cited), source
