"""The shipped world: complete, sourced, and true to the history the literature relies on."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from regio_desktop.world.builder import read_all
from regio_desktop.world.loaded_world import World, load_world
from tests.conftest import REPO_ROOT

DATA = REPO_ROOT / "db" / "data"
DOMAIN_STATES = [
    "ARM",
    "AZE",
    "BLR",
    "EST",
    "GEO",
    "KAZ",
    "KGZ",
    "LVA",
    "LTU",
    "MDA",
    "RUS",
    "TJK",
    "TKM",
    "UKR",
    "UZB",
    "CHN",
    "MNG",
    "TUR",
    "IRN",
    "IND",
    "PAK",
    "AFG",
    "USA",
]
ISSUE_BLOCS = [
    "CIS",
    "EURASEC",
    "CU",
    "CES",
    "EAEU",
    "UNION_STATE",
    "CSTO",
    "SCO",
    "BRICS",
    "OTS",
    "GUAM",
    "CICA",
    "AIIB",
    "BRI",
    "EAP",
    "WTO",
    "EU",
    "NATO",
]


@pytest.fixture(scope="module")
def world() -> World:
    return load_world(today=dt.date(2026, 11, 23))


def test_every_row_of_every_file_names_a_known_source() -> None:
    rows = read_all(DATA)  # raises on an unknown source id
    sources = {r["id"] for _, _, r in rows["sources"]}
    for table, entries in rows.items():
        for path, line, row in entries:
            if table != "sources":
                assert row.get("source_id") in sources, f"{path.name}:{line} has no source"


def test_estimates_say_so() -> None:
    for name in ("memberships.csv", "alignments.csv", "trade_shares.csv"):
        with (DATA / name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["source"] == "project_estimate":
                    assert row["estimate"] == "1", f"{name}: {row} is a project estimate"


def test_states_and_blocs_of_the_brief_are_present(world: World) -> None:
    assert set(DOMAIN_STATES) <= set(world.state_codes)
    assert set(ISSUE_BLOCS) <= set(world.bloc_codes)
    for frame in (world.states, world.blocs):
        for lang in ("en", "ru", "kk"):
            assert frame[f"name_{lang}"].str.strip().str.len().min() > 0
    # Russian and Kazakh names are written in Cyrillic, not copied from English.
    for code in DOMAIN_STATES:
        for lang in ("ru", "kk"):
            assert any("\u0400" <= ch <= "\u04ff" for ch in world.name(code, lang)), (code, lang)


def test_world_bank_figures_cover_every_state(world: World) -> None:
    obs = world.observations
    for code in DOMAIN_STATES:
        for indicator in ("gdp_usd", "population"):
            years = obs[(obs["state"] == code) & (obs["indicator"] == indicator)]["year"]
            assert len(years) >= 20, f"{code} {indicator}: {len(years)} years"


def _periods(world: World, bloc: str) -> dict[str, list[tuple[str, str, str]]]:
    m = world.memberships[world.memberships["bloc"] == bloc]
    out: dict[str, list[tuple[str, str, str]]] = {}
    for _, row in m.sort_values("start").iterrows():
        end = row["end"].isoformat() if row["end"] is not None and row["end"] == row["end"] else ""
        out.setdefault(row["state"], []).append((row["status"], row["start"].isoformat(), end))
    return out


def test_eurasian_integration_history(world: World) -> None:
    eurasec = _periods(world, "EURASEC")
    assert eurasec["KAZ"][0] == ("founding_member", "2001-05-30", "2014-12-31")
    assert [p[0] for p in eurasec["UZB"]] == ["member", "suspended"]
    assert eurasec["UZB"][0][1] == "2006-01-25"
    assert {s for s, p in _periods(world, "CU").items()} == {"BLR", "KAZ", "RUS"}
    assert _periods(world, "CU")["RUS"][0][1:] == ("2010-01-01", "2014-12-31")
    assert _periods(world, "CES")["BLR"][0][1:] == ("2012-01-01", "2014-12-31")
    eaeu = _periods(world, "EAEU")
    assert {s for s, p in eaeu.items() if p[0][0] == "founding_member"} == {"BLR", "KAZ", "RUS"}
    assert eaeu["ARM"][0][1] == "2015-01-02"
    assert eaeu["KGZ"][0][1] == "2015-08-12"


def test_withdrawals_and_suspensions(world: World) -> None:
    assert _periods(world, "CIS")["GEO"][-1] == ("withdrawn", "2009-08-18", "")
    assert _periods(world, "CIS")["UKR"][-1][0] == "withdrawn"
    assert [p[0] for p in _periods(world, "CSTO")["UZB"]][-3:] == [
        "member",
        "suspended",
        "withdrawn",
    ]
    assert _periods(world, "CSTO")["UZB"][-1][1] == "2012-12-19"
    assert _periods(world, "CSTO")["ARM"][-1][0] == "suspended"


def test_a_year_rebuilds_the_map(world: World) -> None:
    from regio_desktop import api

    ev_2008 = api.evaluate(world, api.Scenario(year=2008))
    assert ev_2008.status.loc["GEO", "CIS"] == "member"
    ev_2016 = api.evaluate(world, api.Scenario(year=2016))
    assert ev_2016.value("bloc_members", "EAEU") == 5


def test_shipped_database_matches_the_text(tmp_path: Path) -> None:
    from regio_desktop.world.builder import data_fingerprint
    from regio_desktop.world.database import data_version, shipped_database

    assert data_version(shipped_database()) == data_fingerprint(DATA), "run 'make db'"
