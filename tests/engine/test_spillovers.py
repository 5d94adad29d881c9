"""spillovers(): who else a scenario moves, beyond the states it edits (#13 item 4)."""

from __future__ import annotations

import pytest

from regio_desktop import api

LEAVE_EAEU = api.Scenario().with_status("founding_member", "KAZ", "EAEU", None)


@pytest.fixture(scope="module")
def shipped() -> api.World:
    return api.load_world()


def test_kazakhstan_leaving_the_eaeu_moves_the_members_it_leaves(shipped: api.World) -> None:
    moves = api.spillovers(api.evaluate(shipped, LEAVE_EAEU))
    autonomy = {m.entity: m for m in moves if m.indicator == "autonomy"}
    assert {"ARM", "BLR", "KGZ"} <= set(autonomy)
    assert all(autonomy[s].delta < -1 and autonomy[s].judgement == "worse" for s in autonomy)
    assert "KAZ" not in {m.entity for m in moves}  # its own edit, not a spillover
    eaeu = {m.indicator: m for m in moves if m.entity == "EAEU"}
    assert eaeu["bloc_members"].delta == -1 and eaeu["bloc_members"].judgement == "neutral"
    # States first, then blocs; a state with a larger largest move comes first.
    levels = [m.level for m in moves]
    assert levels == sorted(levels, key=lambda level: level != "state")
    states = api.spillovers(api.evaluate(shipped, LEAVE_EAEU), 0.0)
    assert len(states) > len(moves)


def test_the_threshold_draws_the_line_and_the_edited_state_can_be_included(
    shipped: api.World,
) -> None:
    evaluation = api.evaluate(shipped, LEAVE_EAEU)
    every = api.spillovers(evaluation, 0.0)
    strict = api.spillovers(evaluation, 1.5)
    index_moves = [m for m in every if m.unit == "index"]
    assert {(m.entity, m.indicator) for m in strict if m.unit == "index"} == {
        (m.entity, m.indicator) for m in index_moves if abs(m.delta) >= 1.5
    }
    own = api.spillovers(evaluation, include_edited=True)
    kaz = [m for m in own if m.entity == "KAZ"]
    assert kaz and all(m.edited for m in kaz)
    assert not any(m.edited for m in own if m.entity != "KAZ")
    with pytest.raises(ValueError, match="threshold"):
        api.spillovers(evaluation, -1.0)


def test_no_edit_moves_no_one(shipped: api.World) -> None:
    assert api.spillovers(api.evaluate(shipped, api.Scenario()), 0.0) == []
