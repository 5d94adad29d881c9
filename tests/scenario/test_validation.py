"""Validation names unknown codes and impossible actions against the world."""

from __future__ import annotations

from regio_desktop.scenario.model import MembershipEdit, Scenario
from regio_desktop.scenario.validation import validate
from regio_desktop.world.loaded_world import World


def test_valid_scenario_has_no_problems(tiny_world: World) -> None:
    s = Scenario(year=2020).with_membership(MembershipEdit("UZB", "EAEU", "join", "member"))
    assert validate(tiny_world, s.with_alignment("KAZ", "china-centred")) == []


def test_problems_are_named(tiny_world: World) -> None:
    s = (
        Scenario(year=2020)
        .with_membership(MembershipEdit("XXX", "EAEU", "join", "member"))
        .with_membership(MembershipEdit("KAZ", "NOPE", "join", "member"))
        .with_membership(MembershipEdit("UZB", "CSTO", "leave"))
        .with_membership(MembershipEdit("KAZ", "EAEU", "join", "founding_member"))
        .with_alignment("RUS", "china-centred")
    )
    problems = validate(tiny_world, s)
    assert "unknown state code 'XXX'" in problems
    assert "unknown bloc code 'NOPE'" in problems
    assert "UZB cannot leave CSTO: it is not in it in 2020" in problems
    assert "KAZ cannot join EAEU: it is already founding_member in 2020" in problems
    assert "RUS is itself a pole; it has no alignment choice" in problems


def test_impossible_year(tiny_world: World) -> None:
    assert validate(tiny_world, Scenario(year=1900)) == [
        "year 1900 is outside 1991..2020, the years with data"
    ]


def test_membership_history_is_respected(tiny_world: World) -> None:
    # Uzbekistan was in the CSTO in 2010, so leaving it then is possible.
    s = Scenario(year=2010).with_membership(MembershipEdit("UZB", "CSTO", "leave"))
    assert validate(tiny_world, s) == []
