"""Preferential reach comes from agreements in force between full members (docs/indicators.md).

The tiny world gets three extra blocs for these tests:
    AGR  free-trade agreements with the EAEU as hub (preferential_with = EAEU), depth_trade .4:
         USA a party from 2016-01-01, UZB a party from 2018-06-01.
    CAND a preferential union (depth_trade 1) whose only full member is CHN; KGZ and UZB are
         candidates ('associate') of it.
    BIL  one state's bilateral agreements (preferential_with = CHN, a state), depth_trade .3:
         KGZ a partner from 2016-01-01, UZB from 2018-06-01.
Full members of the EAEU at the end of 2017 and 2020: RUS, KAZ, KGZ (UZB is an observer from
2020-12-11). GDP 2010 (used for 2017) and 2020 come from the fixture's observations.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import numpy as np
import pytest

from regio_desktop import api
from regio_desktop.engine.catalogue import STATE_INDICATORS
from regio_desktop.world.builder import build
from regio_desktop.world.data_files import DataFileError
from regio_desktop.world.loaded_world import World, load_world
from tests.conftest import TINY_WORLD_DIR

BLOC_ROW = "{code},{code},{code},{code},free_trade_area,,{founded},,{depth},0,0,0,0,{pref},0,fixture,,{hub}"
EXTRA_BLOCS = [
    BLOC_ROW.format(code="AGR", founded="2016-01-01", depth=0.4, pref=1, hub="EAEU"),
    BLOC_ROW.format(code="CAND", founded="2005-01-01", depth=1, pref=1, hub=""),
    BLOC_ROW.format(code="BIL", founded="2016-01-01", depth=0.3, pref=1, hub="CHN"),
]
EXTRA_MEMBERSHIPS = [
    "USA,AGR,member,2016-01-01,,fixture,0,",
    "UZB,AGR,member,2018-06-01,,fixture,0,",
    "CHN,CAND,founding_member,2005-01-01,,fixture,0,",
    "KGZ,CAND,associate,2005-01-01,,fixture,0,",
    "UZB,CAND,associate,2005-01-01,,fixture,0,",
    "KGZ,BIL,member,2016-01-01,,fixture,0,",
    "UZB,BIL,member,2018-06-01,,fixture,0,",
]


def _append(path: Path, lines: list[str]) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write("".join(line + "\n" for line in lines))


def _world_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(TINY_WORLD_DIR, data)
    return data


@pytest.fixture(scope="module")
def agreements_world(tmp_path_factory: pytest.TempPathFactory) -> World:
    import datetime as dt

    tmp = tmp_path_factory.mktemp("agreements")
    data = _world_dir(tmp)
    _append(data / "blocs.csv", EXTRA_BLOCS)
    _append(data / "memberships.csv", EXTRA_MEMBERSHIPS)
    build(data, tmp / "w.sqlite")
    return load_world(tmp / "w.sqlite", today=dt.date(2026, 6, 30))


def _reach(world: World, year: int, a: str, b: str, scenario: api.Scenario | None = None) -> float:
    ev = api.evaluate(world, scenario or api.Scenario(year=year))
    snap = ev.snapshot
    return float(ev.result.terms.reach[snap.state_index(a), snap.state_index(b)])


def _via(world: World, year: int, a: str, b: str) -> str | None:
    ev = api.evaluate(world, api.Scenario(year=year))
    snap = ev.snapshot
    via = int(ev.result.terms.reach_via[snap.state_index(a), snap.state_index(b)])
    return snap.blocs[via] if via >= 0 else None


def test_a_hub_agreement_links_its_parties_with_the_hubs_full_members(
    agreements_world: World,
) -> None:
    for partner in ("RUS", "KAZ", "KGZ"):
        assert _reach(agreements_world, 2020, "USA", partner) == pytest.approx(0.4)
        assert _reach(agreements_world, 2020, partner, "USA") == pytest.approx(0.4)
        assert _via(agreements_world, 2020, "USA", partner) == "AGR"
    # Two parties of the same hub agreement do not trade preferentially through it.
    assert _reach(agreements_world, 2020, "USA", "UZB") == 0.0
    # The hub's own members still reach each other through the hub, at its own depth.
    assert _reach(agreements_world, 2020, "KAZ", "RUS") == pytest.approx(0.9)
    assert _via(agreements_world, 2020, "KAZ", "RUS") == "EAEU"


def test_a_dated_party_counts_only_from_its_date(agreements_world: World) -> None:
    assert _reach(agreements_world, 2017, "UZB", "RUS") == 0.0
    assert _reach(agreements_world, 2018, "UZB", "RUS") == pytest.approx(0.4)
    # The agreement bloc itself is founded in 2016: nothing before it.
    assert _reach(agreements_world, 2015, "USA", "RUS") == 0.0
    assert _reach(agreements_world, 2016, "USA", "RUS") == pytest.approx(0.4)


def test_candidates_gain_no_reach(agreements_world: World) -> None:
    # KGZ and UZB are associates of CAND: neither with CHN, its full member, nor with each other.
    assert _reach(agreements_world, 2010, "KGZ", "CHN") == 0.0
    assert _reach(agreements_world, 2010, "KGZ", "UZB") == 0.0
    # Joining as a full member opens the union's market.
    member = api.Scenario(year=2010).with_membership(api.MembershipEdit("KGZ", "CAND", "join"))
    assert _reach(agreements_world, 2010, "KGZ", "CHN", member) == pytest.approx(1.0)


def test_a_hubs_new_member_is_reached_by_the_parties(agreements_world: World) -> None:
    # UZB becomes a full EAEU member: the USA reaches it through AGR, and UZB loses nothing.
    joined = api.Scenario(year=2020).with_membership(
        api.MembershipEdit("UZB", "EAEU", "set_status", "member")
    )
    assert _reach(agreements_world, 2020, "USA", "UZB", joined) == pytest.approx(0.4)
    assert _reach(agreements_world, 2020, "UZB", "RUS", joined) == pytest.approx(0.9)


def test_market_access_explanation_adds_up_and_names_the_agreement(
    agreements_world: World,
) -> None:
    scenario = api.Scenario(year=2020)
    ev = api.evaluate(agreements_world, scenario)
    for state in agreements_world.state_codes:
        for info in STATE_INDICATORS:
            value = ev.value(info.code, state)
            explanation = api.explain(agreements_world, scenario, info.code, state)
            total = sum(c.value for c in explanation.contributions)
            assert total == pytest.approx(value, rel=1e-9, abs=1e-9), (info.code, state)
    usa = api.explain(agreements_world, scenario, "market_access", "USA")
    labels = [c.label for c in usa.contributions]
    assert [label[:3] for label in labels] == ["RUS", "KAZ", "KGZ"]
    assert all(label.endswith("through AGR") for label in labels)
    # Hand value (GDP 2020, US$ bn): .4 * (1500 + 170 + 8) = 671.2 of the world outside the USA,
    # 1500 + 15000 + 170 + 8 + 60 = 16738, is 4.0100 %.
    reached = 0.4 * (1500 + 170 + 8)
    assert ev.value("market_access", "USA") == pytest.approx(100 * reached / 16738, rel=1e-9)
    assert ev.value("market_access", "USA") == pytest.approx(4.0100, abs=1e-4)


def test_a_state_hub_links_each_partner_with_that_state_only(agreements_world: World) -> None:
    """One state's bilateral agreements (Ukraine's, Georgia's in the shipped data): each partner
    reaches the hub state, both ways, from its own date, and never another partner."""
    assert _reach(agreements_world, 2020, "KGZ", "CHN") == pytest.approx(0.3)
    assert _reach(agreements_world, 2020, "CHN", "KGZ") == pytest.approx(0.3)
    assert _via(agreements_world, 2020, "KGZ", "CHN") == "BIL"
    assert _reach(agreements_world, 2017, "UZB", "CHN") == 0.0
    assert _reach(agreements_world, 2020, "UZB", "CHN") == pytest.approx(0.3)
    # Two partners of the same state trade on no preferential terms through it (KGZ and UZB
    # reach each other only through AGR, UZB's agreement with KGZ's EAEU).
    assert _via(agreements_world, 2020, "KGZ", "UZB") == "AGR"
    # Before the agreements, KGZ, a candidate of CHN's union, reached CHN not at all.
    assert _reach(agreements_world, 2015, "KGZ", "CHN") == 0.0
    # A partner that leaves loses the hub state's market.
    left = api.Scenario(year=2020).with_membership(api.MembershipEdit("KGZ", "BIL", "leave"))
    assert _reach(agreements_world, 2020, "KGZ", "CHN", left) == 0.0


def test_reach_is_symmetric_with_an_empty_diagonal(agreements_world: World) -> None:
    ev = api.evaluate(agreements_world, api.Scenario(year=2020))
    reach = ev.result.terms.reach
    assert np.array_equal(reach, reach.T)
    assert not np.diag(reach).any()
    assert not math.isnan(float(reach.sum()))


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            BLOC_ROW.format(code="SELF", founded="2016-01-01", depth=0.4, pref=1, hub="SELF"),
            "bloc SELF names itself in preferential_with",
        ),
        (
            BLOC_ROW.format(code="LOST", founded="2016-01-01", depth=0.4, pref=1, hub="NOPE"),
            "preferential_with names unknown bloc or state code 'NOPE'",
        ),
        (
            BLOC_ROW.format(code="KGZ", founded="2016-01-01", depth=0.4, pref=1, hub="")
            + "\n"
            + BLOC_ROW.format(code="TWIN", founded="2016-01-01", depth=0.4, pref=1, hub="KGZ"),
            "preferential_with 'KGZ' is both a bloc and a state code",
        ),
        (
            BLOC_ROW.format(code="FLAT", founded="2016-01-01", depth=0.4, pref=0, hub="EAEU"),
            "bloc FLAT has preferential_with but preferential_trade 0",
        ),
    ],
)
def test_builder_refuses_a_bad_preferential_with(tmp_path: Path, row: str, message: str) -> None:
    data = _world_dir(tmp_path)
    _append(data / "blocs.csv", [row])
    n_lines = len((data / "blocs.csv").read_text(encoding="utf-8").splitlines())
    with pytest.raises(DataFileError) as info:
        build(data, tmp_path / "w.sqlite")
    assert str(info.value) == f"blocs.csv, line {n_lines}: {message}"
