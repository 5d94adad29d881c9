"""The report's summary: the largest moves with their judgement, and the states moved beyond
those the scenario edits."""

from __future__ import annotations

from regio_desktop import api
from regio_desktop.api import load_world
from regio_desktop.engine.catalogue import indicator_info
from regio_desktop.io.report_summary import (
    NOTABLE_CHANGE,
    in_sentence,
    spillover_entities,
    state_moves,
    summary_html,
)
from regio_desktop.scenario.model import MembershipEdit, Scenario

WORLD = load_world()
LEAVE = Scenario(name="x").with_membership(MembershipEdit("KAZ", "EAEU", "leave"))


def test_moves_are_largest_first_judged_by_the_catalogue_and_above_the_threshold() -> None:
    moves = state_moves(WORLD, LEAVE)
    assert moves, "leaving the EAEU moves something"
    sizes = [abs(m.delta) for m in moves]
    assert sizes == sorted(sizes, reverse=True)
    assert min(sizes) >= NOTABLE_CHANGE
    for move in moves:
        assert move.judgement == indicator_info(move.indicator).judge(move.delta)
        assert abs(move.value - move.baseline - move.delta) < 1e-9
    sanctions = next(m for m in moves if (m.entity, m.indicator) == ("KAZ", "sanctions_exposure"))
    assert sanctions.delta < 0 and sanctions.judgement == "better"


def test_spillovers_are_the_other_states_and_the_blocs_that_move() -> None:
    """The summary's "also moves" is the core's ``spillovers``, the window's tab's function."""
    others = spillover_entities(WORLD, LEAVE)
    assert ("state", "KAZ") not in others
    assert {("state", "ARM"), ("state", "BLR"), ("state", "KGZ"), ("bloc", "EAEU")} <= set(others)
    evaluation = api.evaluate(WORLD, LEAVE)
    moved = dict.fromkeys((m.level, m.entity) for m in api.spillovers(evaluation))
    assert others == list(moved)
    assert spillover_entities(WORLD, Scenario()) == []


def test_summary_words_the_edit_the_moves_and_the_spillovers() -> None:
    text = summary_html(WORLD, LEAVE)
    assert "makes 1 edit to Kazakhstan" in text
    assert "Kazakhstan's sanctions exposure" in text and "better" in text
    assert "also moves the states Armenia, Kyrgyzstan" in text
    assert "the blocs Eurasian Economic Union, " in text
    assert "Collective Security Treaty Organization" in text
    assert "(-9.35, no better way)" in text  # the window's precision: two decimals below 10
    assert "no edit" in summary_html(WORLD, Scenario())


def test_titles_inside_a_sentence_keep_proper_nouns() -> None:
    """#13 review: "dependence on russia" lost its capital; only the first letter is lowered."""
    assert in_sentence("Dependence on Russia") == "dependence on Russia"
    assert in_sentence("Dependence on the West") == "dependence on the West"
    assert in_sentence("GDP of the members") == "GDP of the members"
    text = summary_html(WORLD, LEAVE)
    assert "Kazakhstan's dependence on Russia" in text
    assert "russia" not in text
