"""Comparing scenarios and replaying the blocs' history."""

from __future__ import annotations

import pytest

from regio_desktop import api
from regio_desktop.engine.timeline import bloc_sizes, membership_spans
from regio_desktop.evidence.comparison import compare
from regio_desktop.world.loaded_world import World


def test_compare_three_scenarios(tiny_world: World) -> None:
    base = api.Scenario(name="Base", year=2020)
    turn = base.renamed("Turn").with_alignment("KAZ", "china-centred")
    leave = base.renamed("Leave").with_membership(api.MembershipEdit("KAZ", "CSTO", "leave"))
    result = compare(tiny_world, [base, turn, leave])
    assert result.names == ("Base", "Turn", "Leave")
    kaz = result.values.set_index(["entity", "indicator"])
    assert kaz.at[("KAZ", "dependence_china"), "delta: Turn"] > 0
    assert kaz.at[("KAZ", "security_coverage"), "delta: Leave"] < 0
    assert kaz.at[("KAZ", "security_coverage"), "delta: Turn"] == pytest.approx(0)
    changes = {(r.state, r.what): (r.Base, r.Turn, r.Leave) for r in result.changes.itertuples()}
    assert changes[("KAZ", "alignment")] == ("multi-vector", "china-centred", "multi-vector")
    assert changes[("KAZ", "membership:CSTO")] == (
        "founding_member",
        "founding_member",
        "withdrawn",
    )
    differing = set(result.arguments["id"])
    assert "t_005" in differing  # argued for a China-centred choice: only in "Turn"
    assert "t_003" not in differing  # EAEU membership is argued in all three


def test_compare_needs_two_to_four(tiny_world: World) -> None:
    with pytest.raises(ValueError, match="2 to 4 scenarios, not 1"):
        compare(tiny_world, [api.Scenario()])


def test_duplicate_names_get_numbers(tiny_world: World) -> None:
    result = compare(tiny_world, [api.Scenario(year=2020)] * 2)
    assert result.names == ("Untitled scenario", "Untitled scenario (2)")


def test_bloc_sizes_follow_the_history(tiny_world: World) -> None:
    sizes = bloc_sizes(tiny_world)
    assert sizes.at[2014, "EAEU"] == 0 and sizes.at[2015, "EAEU"] == 3
    assert sizes.at[2010, "CSTO"] == 4 and sizes.at[2013, "CSTO"] == 3  # Uzbekistan 2006-2012
    assert list(sizes.index) == list(range(1991, 2021))


def test_membership_spans(tiny_world: World) -> None:
    spans = membership_spans(tiny_world, "UZB")
    csto = spans[spans["bloc"] == "CSTO"]
    assert list(csto["status"]) == ["member", "suspended", "withdrawn"]
    assert csto["start"].iloc[0] == 2006
