"""Validation names unknown codes and impossible actions against the world."""

from __future__ import annotations

from regio_desktop.problems import Problem
from regio_desktop.scenario.model import MembershipEdit, Scenario
from regio_desktop.scenario.validation import ScenarioError, validate
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
    messages = [p.message for p in problems]
    assert "unknown state code 'XXX'" in messages
    assert "unknown bloc code 'NOPE'" in messages
    assert "UZB cannot leave CSTO: it is not in it in 2020" in messages
    assert "KAZ cannot join EAEU: it is already founding_member in 2020" in messages
    assert "RUS is itself a pole; it has no alignment choice" in messages
    assert sorted(problems, key=lambda p: p.code) == [
        Problem(
            "join_already_holding",
            {"state": "KAZ", "bloc": "EAEU", "status": "founding_member", "year": 2020},
        ),
        Problem("leave_not_member", {"state": "UZB", "bloc": "CSTO", "year": 2020}),
        Problem("pole_has_no_alignment", {"state": "RUS"}),
        Problem("unknown_bloc", {"bloc": "NOPE"}),
        Problem("unknown_state", {"state": "XXX"}),
    ]


def test_impossible_year(tiny_world: World) -> None:
    (found,) = validate(tiny_world, Scenario(year=1900))
    assert found == Problem("year_out_of_range", {"year": 1900, "first": 1991, "latest": 2020})
    assert found.message == "year 1900 is outside 1991..2020, the years with data"


def test_membership_history_is_respected(tiny_world: World) -> None:
    # Uzbekistan was in the CSTO in 2010, so leaving it then is possible.
    s = Scenario(year=2010).with_membership(MembershipEdit("UZB", "CSTO", "leave"))
    assert validate(tiny_world, s) == []


def test_set_status_and_alignment_problems(tiny_world: World) -> None:
    s = (
        Scenario(year=2020)
        .with_membership(MembershipEdit("UZB", "CSTO", "set_status", "observer"))
        .with_alignment("XXX", "russia-led")
        .with_alignment("KAZ", "neutral")
    )
    assert [(p.code, p.message) for p in validate(tiny_world, s)] == [
        (
            "set_status_without_status",
            "UZB holds no status in CSTO in 2020 to change; use 'join'",
        ),
        ("unknown_alignment", "'neutral' is not an alignment"),
        ("unknown_alignment_state", "unknown state code 'XXX' in alignments"),
    ]


def test_a_scenario_error_keeps_the_problems_and_joins_their_english() -> None:
    problems = [Problem("unknown_state", {"state": "XXX"}), Problem("unknown_bloc", {"bloc": "NO"})]
    error = ScenarioError(problems)
    assert error.problems == problems
    assert str(error) == "unknown state code 'XXX'; unknown bloc code 'NO'"
