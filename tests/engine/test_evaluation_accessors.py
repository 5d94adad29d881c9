"""The public accessors of ``Evaluation`` that views read instead of its snapshot and outcomes."""

from __future__ import annotations

import pytest

from regio_desktop import api
from regio_desktop.engine.catalogue import STATE_INDICATORS


@pytest.fixture(scope="module")
def evaluation(tiny_world: api.World) -> api.Evaluation:
    scenario = (
        api.Scenario(year=2020)
        .with_membership(api.MembershipEdit("KAZ", "CSTO", "leave"))
        .with_alignment("KAZ", "china-centred")
    )
    return api.evaluate(tiny_world, scenario)


def test_codes_follow_the_world_and_the_status_frames(
    tiny_world: api.World, evaluation: api.Evaluation
) -> None:
    assert evaluation.states == tiny_world.state_codes
    assert evaluation.blocs == tiny_world.bloc_codes
    assert tuple(evaluation.status.index) == evaluation.states
    assert tuple(evaluation.status.columns) == evaluation.blocs


def test_status_matrices_hold_the_status_frames(evaluation: api.Evaluation) -> None:
    assert (evaluation.status_matrix == evaluation.status.to_numpy()).all()
    assert (evaluation.baseline_status_matrix == evaluation.baseline_status.to_numpy()).all()
    i, j = evaluation.states.index("KAZ"), evaluation.blocs.index("CSTO")
    assert evaluation.status_matrix[i, j] == "withdrawn"
    assert evaluation.baseline_status_matrix[i, j] == "founding_member"


def test_state_figures_are_the_values_and_baselines(evaluation: api.Evaluation) -> None:
    codes = [info.code for info in STATE_INDICATORS][::-1]
    figures = evaluation.state_figures("KAZ", codes)
    assert figures is not None
    values, baselines = figures
    assert values == [evaluation.value(code, "KAZ") for code in codes]
    assert baselines == [evaluation.baseline(code, "KAZ") for code in codes]
    assert values != baselines  # leaving the CSTO and turning to China moved something


def test_state_figures_of_what_was_not_evaluated_are_none(evaluation: api.Evaluation) -> None:
    assert evaluation.state_figures("XYZ", ["autonomy"]) is None
    assert evaluation.state_figures("KAZ", ["bloc_members"]) is None


def _bloc_rows(evaluation: api.Evaluation) -> dict[tuple[str, str], tuple[float, float]]:
    table = evaluation.indicators
    rows = table[table["level"] == "bloc"]
    return {
        (str(e), str(i)): (float(v), float(b))
        for e, i, v, b in zip(
            rows["entity"], rows["indicator"], rows["value"], rows["baseline"], strict=True
        )
    }


@pytest.mark.parametrize(
    "edit",
    [
        api.MembershipEdit("KAZ", "CSTO", "leave"),
        api.MembershipEdit("UZB", "EAEU", "join", "member"),
        api.MembershipEdit("USA", "CSTO", "join", "member"),
    ],
)
def test_moved_blocs_are_the_blocs_whose_rows_differ(
    tiny_world: api.World, edit: api.MembershipEdit
) -> None:
    before = api.evaluate(tiny_world, api.Scenario())
    after = api.evaluate(tiny_world, api.Scenario().with_membership(edit))
    old, new = _bloc_rows(before), _bloc_rows(after)
    differ = {
        entity
        for key in old.keys() | new.keys()
        for entity in [key[0]]
        if key not in old or key not in new or old[key] != new[key]
    }
    assert edit.bloc in differ
    assert after.moved_blocs(before) == differ
    assert after.moved_blocs(after) == frozenset()


def test_region_moves_with_alignments_only(tiny_world: api.World) -> None:
    base = api.evaluate(tiny_world, api.Scenario())
    joined = api.evaluate(
        tiny_world, api.Scenario().with_membership(api.MembershipEdit("UZB", "EAEU", "join"))
    )
    aligned = api.evaluate(tiny_world, api.Scenario().with_alignment("UZB", "china-centred"))
    assert not joined.region_moved(base)
    assert aligned.region_moved(base)

    def region_values(evaluation: api.Evaluation) -> list[float]:
        table = evaluation.indicators
        return list(table[table["level"] == "region"]["value"])

    assert region_values(joined) == region_values(base)
    assert region_values(aligned) != region_values(base)
