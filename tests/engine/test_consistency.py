"""check(): the tensions the tiny world really gives, asserted exactly."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from regio_desktop import api
from regio_desktop.world.builder import build
from regio_desktop.world.loaded_world import World, load_world

TINY = Path(__file__).resolve().parents[1] / "fixtures" / "tiny_world"


def kinds(tensions: list[api.Tension]) -> list[str]:
    return [t.code for t in tensions]


@pytest.mark.parametrize("year", [None, 2016, 2018, 2020])
def test_empty_scenario_has_no_tension(tiny_world: World, year: int | None) -> None:
    # KGZ is russia-led inside the Russia-led EAEU and CSTO (and in the shallow SCO: depth .175,
    # no defence, so not "deep"); KAZ and UZB are multi-vector; RUS, CHN, USA are poles.
    assert api.check(tiny_world, api.Scenario(year=year)) == []


def test_empty_scenario_2010_has_no_tension(tiny_world: World) -> None:
    # 2010: UZB is still a CSTO member but multi-vector, the EAEU does not exist yet
    assert api.check(tiny_world, api.Scenario(year=2010)) == []


def test_kaz_china_centred_against_eaeu_and_csto(tiny_world: World) -> None:
    s = api.Scenario(year=2020).with_alignment("KAZ", "china-centred")
    tensions = api.check(tiny_world, s)
    assert kinds(tensions) == ["alignment_against_bloc", "alignment_against_bloc"]
    # EAEU is deep (mean depth .425 >= .3), CSTO is a collective-defence alliance; the SCO is
    # China-led and the WTO has no leading pole, so neither counts.
    assert [t.blocs for t in tensions] == [("EAEU",), ("CSTO",)]
    assert all(t.states == ("KAZ",) for t in tensions)
    assert "china-centred" in tensions[0].message and "EAEU" in tensions[0].message
    assert dict(tensions[0].params) == {
        "state": "KAZ",
        "alignment": "china-centred",
        "bloc": "EAEU",
        "pole": "russia",
    }


def test_kgz_west_oriented_against_its_blocs(tiny_world: World) -> None:
    s = api.Scenario(year=2020).with_alignment("KGZ", "west-oriented")
    tensions = api.check(tiny_world, s)
    assert [(t.code, t.blocs) for t in tensions] == [
        ("alignment_against_bloc", ("EAEU",)),
        ("alignment_against_bloc", ("CSTO",)),
    ]


def test_kaz_russia_led_has_no_tension(tiny_world: World) -> None:
    s = api.Scenario(year=2020).with_alignment("KAZ", "russia-led")
    assert api.check(tiny_world, s) == []


def test_leaving_removes_the_tension(tiny_world: World) -> None:
    s = (
        api.Scenario(year=2020)
        .with_alignment("KAZ", "china-centred")
        .with_membership(api.MembershipEdit("KAZ", "CSTO", "leave"))
    )
    assert [(t.code, t.blocs) for t in api.check(tiny_world, s)] == [
        ("alignment_against_bloc", ("EAEU",))
    ]


def test_observer_is_not_bound(tiny_world: World) -> None:
    # UZB only observes the EAEU and left the CSTO: a China-centred UZB strains nothing
    s = api.Scenario(year=2020).with_alignment("UZB", "china-centred")
    assert api.check(tiny_world, s) == []


def test_joining_eaeu_in_2010_is_not_in_force(tiny_world: World) -> None:
    s = api.Scenario(year=2010).with_membership(api.MembershipEdit("UZB", "EAEU", "join", "member"))
    tensions = api.check(tiny_world, s)
    assert kinds(tensions) == ["bloc_not_yet_founded"]
    (t,) = tensions
    assert t.states == ("UZB",) and t.blocs == ("EAEU",)
    assert "before it existed" in t.message and "2015-01-01" in t.message
    assert dict(t.params) == {"state": "UZB", "bloc": "EAEU", "year": 2010, "founded": "2015-01-01"}
    # joining in a year the union exists is fine
    assert api.check(tiny_world, s.with_year(2016)) == []


def test_leaving_a_bloc_not_in_force_is_not_reported(tiny_world: World) -> None:
    s = api.Scenario(year=2010).with_membership(api.MembershipEdit("KAZ", "EAEU", "leave"))
    assert api.check(tiny_world, s) == []


def test_joining_csto_for_uzb_2020(tiny_world: World) -> None:
    # UZB rejoins the Russia-led alliance while staying multi-vector: no tension
    s = api.Scenario(year=2020).with_membership(api.MembershipEdit("UZB", "CSTO", "join", "member"))
    assert api.check(tiny_world, s) == []
    # ... but a China-centred UZB inside the CSTO is one
    s = s.with_alignment("UZB", "china-centred")
    assert [(t.code, t.blocs) for t in api.check(tiny_world, s)] == [
        ("alignment_against_bloc", ("CSTO",))
    ]


def test_two_customs_unions_cannot_arise_in_the_tiny_world(tiny_world: World) -> None:
    # Only the EAEU is a union kind in the tiny world, so no state can be in two.
    union_kinds = {"customs_union", "economic_union", "single_market"}
    assert list(tiny_world.blocs.index[tiny_world.blocs["kind"].isin(union_kinds)]) == ["EAEU"]
    s = api.Scenario(year=2020)
    for state in ("CHN", "USA", "UZB"):
        s = s.with_membership(api.MembershipEdit(state, "EAEU", "join", "member"))
    assert "two_customs_unions" not in kinds(api.check(tiny_world, s))


# --- a tiny world with a West-led customs union, a second Russia-led union and a West-led alliance


@pytest.fixture(scope="module")
def wider_world(tmp_path_factory: pytest.TempPathFactory) -> World:
    data = tmp_path_factory.mktemp("wider") / "data"
    shutil.copytree(TINY, data)
    with (data / "blocs.csv").open("a", encoding="utf-8") as f:
        f.write(
            "WCU,Western customs union,Западный таможенный союз,Батыс кеден одағы,customs_union,"
            "west,2000-01-01,,0.9,0.8,0,0.3,0.6,1,0,fixture,\n"
            "RCU,Russian customs union,Российский таможенный союз,Ресей кеден одағы,customs_union,"
            "russia,2010-01-01,,0.8,0.5,0,0.1,0.4,1,0,fixture,\n"
            "WDA,Western defence alliance,Западный оборонный союз,Батыс қорғаныс одағы,"
            "security_alliance,west,1949-04-04,,0,0,0.9,0.5,0.3,0,1,fixture,\n"
            "DFT,Dissolved free trade area,Распущенная зона свободной торговли,"
            "Таратылған еркін сауда аймағы,free_trade_area,,1994-01-01,2005-12-31,"
            "0.5,0.2,0,0,0.1,1,0,fixture,\n"
        )
    with (data / "memberships.csv").open("a", encoding="utf-8") as f:
        f.write("USA,WCU,founding_member,2000-01-01,,fixture,0,\n")
        f.write("USA,WDA,founding_member,1949-04-04,,fixture,0,\n")
        f.write("RUS,RCU,founding_member,2010-01-01,,fixture,0,\n")
    db = data.parent / "wider.sqlite"
    build(data, db)
    return load_world(db, today=dt.date(2026, 6, 30))


def test_wider_world_baseline_has_no_tension(wider_world: World) -> None:
    # RUS is in two unions (EAEU and RCU) but both are Russia-led: nesting is allowed
    assert api.check(wider_world, api.Scenario(year=2020)) == []


def test_two_customs_unions_of_rival_poles(wider_world: World) -> None:
    s = api.Scenario(year=2020).with_membership(api.MembershipEdit("KAZ", "WCU", "join", "member"))
    tensions = api.check(wider_world, s)
    assert [(t.code, t.states, t.blocs) for t in tensions] == [
        ("two_customs_unions", ("KAZ",), ("EAEU", "WCU"))
    ]
    assert tensions[0].message == (
        "KAZ is a full member of 2 customs or economic unions (EAEU, WCU); "
        "a state can apply only one common external tariff."
    )


def test_two_customs_unions_of_one_pole_are_allowed(wider_world: World) -> None:
    s = api.Scenario(year=2020).with_membership(api.MembershipEdit("KAZ", "RCU", "join", "member"))
    assert api.check(wider_world, s) == []


def test_associate_of_a_second_union_is_not_reported(wider_world: World) -> None:
    s = api.Scenario(year=2020).with_membership(
        api.MembershipEdit("KAZ", "WCU", "join", "associate")
    )
    assert api.check(wider_world, s) == []


def test_rival_alliances(wider_world: World) -> None:
    s = api.Scenario(year=2020).with_membership(api.MembershipEdit("KGZ", "WDA", "join", "member"))
    tensions = api.check(wider_world, s)
    # KGZ is russia-led, so WDA (West-led, collective defence) is also against its alignment
    assert [(t.code, t.blocs) for t in tensions] == [
        ("rival_alliances", ("CSTO", "WDA")),
        ("alignment_against_bloc", ("WDA",)),
    ]
    assert tensions[0].message == (
        "KGZ is in collective-defence alliances led by different poles (CSTO, WDA)."
    )


def test_joining_a_dissolved_bloc(wider_world: World) -> None:
    s = api.Scenario(year=2020).with_membership(api.MembershipEdit("KAZ", "DFT", "join", "member"))
    (t,) = api.check(wider_world, s)
    assert (t.code, t.states, t.blocs) == ("bloc_dissolved", ("KAZ",), ("DFT",))
    assert t.message == "KAZ joins DFT in 2020, after it was dissolved (founded 1994-01-01)."
