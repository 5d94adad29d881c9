"""framed_arguments(): what speaks for or against the edit, not only the choice (#13 item 3)."""

from __future__ import annotations

import pytest

from regio_desktop import api

LEAVE_EAEU = api.Scenario().with_status("founding_member", "KAZ", "EAEU", None)


@pytest.fixture(scope="module")
def shipped() -> api.World:
    return api.load_world()


@pytest.mark.parametrize(
    ("stance", "move", "on_move"),
    [
        ("for", "leave", "against"),
        ("against", "leave", "for"),
        ("for", "join", "for"),
        ("against", "abandon", "for"),
        ("for", "loosen", "against"),
        ("against", "keep", "against"),
    ],
)
def test_an_argument_for_membership_is_against_leaving(
    stance: str, move: str, on_move: str
) -> None:
    assert api.stance_on_move(stance, move) == on_move


def test_the_edited_choice_comes_first_with_its_arguments_turned(shipped: api.World) -> None:
    framed = api.framed_arguments(shipped, LEAVE_EAEU, "KAZ")
    first, rows = framed[0]
    assert (first.choice, first.move, first.before) == (
        "membership:EAEU",
        "leave",
        "founding_member",
    )
    assert all(not choice.edited for choice, _ in framed[1:])
    plain = {r["id"]: r["stance"] for r in api.argument_records(shipped, LEAVE_EAEU, "KAZ")}
    assert rows and all(r["on_move"] != plain[r["id"]] for r in rows)
    sides = [r["on_move"] for r in rows]
    assert sides == sorted(sides, key=lambda side: side != "for")
    # arg_045 calls the EAEU 'toxic' for Kazakhstan: against membership, so for leaving.
    assert next(r for r in rows if r["id"] == "arg_045")["on_move"] == "for"


def test_an_alignment_edit_frames_the_adopted_and_the_abandoned(shipped: api.World) -> None:
    scenario = api.Scenario().with_alignment("KAZ", "china-centred")
    framed = api.framed_choices(api.evaluate(shipped, scenario), "KAZ")
    assert [(c.choice, c.move) for c in framed[:2]] == [
        ("alignment:china-centred", "adopt"),
        ("alignment:multi-vector", "abandon"),
    ]
    assert not any(c.kind == "alignment" for c in framed[2:])


def test_a_status_change_deepens_or_loosens(shipped: api.World) -> None:
    scenario = api.Scenario().with_status("partner_country", "KAZ", "BRICS", "member")
    framed = api.framed_choices(api.evaluate(shipped, scenario), "KAZ")
    assert (framed[0].choice, framed[0].move) == ("membership:BRICS", "deepen")
    looser = api.Scenario().with_status("founding_member", "KAZ", "SCO", "observer")
    framed = api.framed_choices(api.evaluate(shipped, looser), "KAZ")
    assert (framed[0].choice, framed[0].move) == ("membership:SCO", "loosen")


def test_arguments_about_an_indicator_are_those_that_name_it(shipped: api.World) -> None:
    framed = api.framed_arguments(shipped, LEAVE_EAEU, "KAZ")
    about = api.arguments_about(framed, "sanctions_exposure")
    assert "arg_045" in about and "arg_001" not in about
    named = {str(r["id"]): str(r["indicators"]).split(";") for _c, rows in framed for r in rows}
    assert all("sanctions_exposure" in named[i] for i in about)
