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
