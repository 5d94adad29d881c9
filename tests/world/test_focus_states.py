"""Which states the window shows: the focus states, plus whatever a scenario edits, or everyone.

The rule lives in the core (``World.focus_states``, ``World.states_shown``, ``api.shown_states``);
the computations never use it, so an outside member counts in its blocs' totals."""

from __future__ import annotations

import math

import pytest

from regio_desktop import api
from regio_desktop.world.loaded_world import World


def test_every_state_of_the_tiny_world_is_in_focus(tiny_world: World) -> None:
    assert tiny_world.focus_states == tiny_world.state_codes


def test_outside_members_are_out_of_focus_in_the_world_order(outside_world: World) -> None:
    assert outside_world.focus_states == ("RUS", "CHN", "KAZ", "KGZ", "UZB")
    assert outside_world.state_codes[-1] == "DEU"
    assert outside_world.states_shown() == outside_world.focus_states
    assert outside_world.states_shown(outside=True) == outside_world.state_codes
    assert outside_world.states_shown(also=["DEU", "KAZ"]) == (
        "RUS",
        "CHN",
        "KAZ",
        "KGZ",
        "UZB",
        "DEU",
    )


def test_an_edited_outside_state_is_shown(outside_world: World) -> None:
    base = api.Scenario(year=2020)
    assert "USA" not in api.shown_states(outside_world, base)
    edited = base.with_membership(api.MembershipEdit("USA", "SCO", "join", "observer"))
    assert api.shown_states(outside_world, edited) == ("RUS", "CHN", "USA", "KAZ", "KGZ", "UZB")
    aligned = base.with_alignment("DEU", "west-oriented")
    assert "DEU" in api.shown_states(outside_world, aligned)
    assert api.shown_states(outside_world, base, outside=True) == outside_world.state_codes


def test_an_outside_member_counts_in_its_blocs_totals(
    tiny_world: World, outside_world: World
) -> None:
    inside = api.evaluate(tiny_world, api.Scenario(year=2020))
    wider = api.evaluate(outside_world, api.Scenario(year=2020))
    assert wider.value("bloc_members", "WTO") == inside.value("bloc_members", "WTO") + 1
    assert wider.value("bloc_gdp", "WTO") == pytest.approx(inside.value("bloc_gdp", "WTO") + 4000)
    # The region measures count the post-Soviet states only, so Germany changes none of them.
    for code in inside.result.region:
        assert wider.result.region[code] == pytest.approx(inside.result.region[code])


def test_cohesion_leaves_out_members_without_an_alignment(
    tiny_world: World, outside_world: World
) -> None:
    """Germany has no alignment: it neither raises nor dilutes the WTO's cohesion."""
    inside = api.evaluate(tiny_world, api.Scenario(year=2020))
    wider = api.evaluate(outside_world, api.Scenario(year=2020))
    assert wider.value("bloc_cohesion", "WTO") == pytest.approx(
        inside.value("bloc_cohesion", "WTO")
    )
    parts = api.explain(outside_world, api.Scenario(year=2020), "bloc_cohesion", "WTO")
    assert "DEU" not in {c.label.split(":")[0] for c in parts.contributions}
    assert sum(c.value for c in parts.contributions) == pytest.approx(parts.value)
    # Given an alignment, Germany counts like any member.
    aligned = api.Scenario(year=2020).with_alignment("DEU", "west-oriented")
    assert api.evaluate(outside_world, aligned).value("bloc_cohesion", "WTO") != pytest.approx(
        inside.value("bloc_cohesion", "WTO")
    )


def test_a_bloc_with_no_aligned_member_has_no_cohesion(outside_world: World) -> None:
    only_germany = api.Scenario(year=2020)
    for state in ("USA", "CHN", "KGZ", "RUS", "KAZ"):
        only_germany = only_germany.with_membership(api.MembershipEdit(state, "WTO", "leave"))
    ev = api.evaluate(outside_world, only_germany)
    assert ev.value("bloc_members", "WTO") == 1
    assert math.isnan(ev.value("bloc_cohesion", "WTO"))
