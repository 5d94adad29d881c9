"""The Bukhara-Tashkent-Bishkek-Almaty gas pipeline is not a Russian route (#12 evidence review,
item 3).

It was recorded with the pole ``russia`` for its whole life, on the ground that Gazprom has owned
the Kyrgyz section since 2014 (source ``qazaqgaz_btba``). Before 2014 no Russian firm ran any
part of it: it carried Uzbek gas through Kyrgyzstan to southern Kazakhstan. A corridor has one pole
in the data, and from 2014 Russia holds one of its three sections, so the line is recorded as
``other`` (no great pole sponsors it), with Gazprom's section in its note.
"""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from regio_desktop import api
from regio_desktop.world.loaded_world import World, load_world
from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def world() -> World:
    return load_world(today=dt.date(2026, 11, 23))


def btba_row() -> dict[str, str]:
    with (REPO_ROOT / "db" / "data" / "corridors.csv").open(encoding="utf-8") as f:
        return next(r for r in csv.DictReader(f) if r["code"] == "BTBA")


def test_the_pipeline_is_not_labelled_russian() -> None:
    row = btba_row()
    assert row["pole"] == "other"
    assert "since 2014" in row["note"] and "Gazprom" in row["note"]


def test_leaning_to_russia_gives_the_line_no_support_before_2014(world: World) -> None:
    """In 2010 Kyrgyzstan's choice between Russia and China moves Kazakhstan's part from the line
    not at all: no pole sponsors it."""

    def btba_value(choice: str) -> float:
        scenario = api.Scenario(year=2010).with_alignment("KGZ", choice)
        explanation = api.explain(world, scenario, "transit_connectivity", "KAZ")
        return next(c.value for c in explanation.contributions if c.label.startswith("BTBA"))

    assert btba_value("russia-led") == pytest.approx(btba_value("china-centred"))
