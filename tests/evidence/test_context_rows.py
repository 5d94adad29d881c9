"""A ``context`` row (#12 item 5) describes a choice: it is matched and framed with the choice,
but weighs on neither side of its balance, and no edit turns it into an argument."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from regio_desktop import api
from regio_desktop.world.loaded_world import World

LEAVE_CSTO = api.Scenario().with_membership(api.MembershipEdit("KAZ", "CSTO", "leave"))


def with_context_row(world: World, strength: int = 3, **fields: str) -> World:
    """``world`` with one more argument: context about Kazakhstan's alignment, at ``strength``
    (the strongest by default, so that it would show in a balance if it counted)."""
    row = {
        **world.arguments.iloc[0].to_dict(),
        "id": "ctx_1",
        "claim": "The article lists the region's security bodies.",
        "stance": "context",
        "target_kind": "alignment",
        "target": "multi-vector",
        "states": "KAZ",
        "indicators": "",
        "strength": strength,
        **fields,
    }
    extra = pd.DataFrame([row], index=pd.Index(["ctx_1"], name="id"))
    return dataclasses.replace(world, arguments=pd.concat([world.arguments, extra]))


@pytest.mark.parametrize("stance", ["context", "for"])
def test_a_context_row_adds_nothing_to_the_balance(tiny_world: World, stance: str) -> None:
    scenario = api.Scenario()
    without = api.balance(api.arguments_for(tiny_world, scenario, "KAZ"))
    world = with_context_row(tiny_world, stance=stance)
    matched = api.arguments_for(world, scenario, "KAZ")
    assert "ctx_1" in set(matched["id"])
    with_row = api.balance(matched)
    key = ["state", "choice"]
    before = without.set_index(key).loc[("KAZ", "alignment:multi-vector")]
    after = with_row.set_index(key).loc[("KAZ", "alignment:multi-vector")]
    if stance == "context":
        assert after["balance"] == before["balance"]
        assert (after["for"], after["against"]) == (before["for"], before["against"])
        assert after["context"] == before["context"] + 1
    else:  # the same row as an argument for the choice moves it by its strength
        assert after["balance"] == before["balance"] + 3
        assert after["for"] == before["for"] + 1


def test_the_balance_has_a_context_column_even_when_nothing_matched() -> None:
    empty = api.balance(pd.DataFrame(columns=api.ARGUMENT_COLUMNS))
    assert list(empty.columns) == ["state", "choice", "for", "against", "context", "balance"]


@pytest.mark.parametrize("move", ["join", "leave", "deepen", "loosen", "adopt", "abandon", "keep"])
def test_context_stays_context_whatever_the_move(move: str) -> None:
    assert api.stance_on_move("context", move) == "context"


def test_framed_context_comes_after_both_sides(tiny_world: World) -> None:
    world = with_context_row(tiny_world, target_kind="bloc", target="CSTO", states="")
    framed = api.framed_arguments(world, LEAVE_CSTO, "KAZ")
    choice, rows = next((c, r) for c, r in framed if c.choice == "membership:CSTO")
    assert choice.move == "leave"
    sides = [r["on_move"] for r in rows]
    assert "context" in sides
    assert sides == sorted(sides, key=("for", "against", "context").index)
    assert next(r for r in rows if r["id"] == "ctx_1")["on_move"] == "context"
