"""arguments_for: the same rows whether or not the caller passes the evaluation it holds."""

from __future__ import annotations

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from regio_desktop import api
from regio_desktop.world.loaded_world import World

SCENARIOS = [
    api.Scenario(),
    api.Scenario().with_alignment("KAZ", "china-centred"),
    api.Scenario().with_membership(api.MembershipEdit("KAZ", "CSTO", "leave")),
    api.Scenario()
    .with_membership(api.MembershipEdit("UZB", "EAEU", "set_status", "member"))
    .with_alignment("UZB", "russia-led"),
]


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("state", [None, "KAZ", "UZB", "USA"])
def test_a_given_evaluation_changes_nothing(
    tiny_world: World, scenario: api.Scenario, state: str | None
) -> None:
    evaluation = api.evaluate(tiny_world, scenario)
    plain = api.arguments_for(tiny_world, scenario, state)
    given = api.arguments_for(tiny_world, scenario, state, evaluation)
    assert_frame_equal(plain, given)
    assert list(plain.columns) == list(api.ARGUMENT_COLUMNS)
    records = api.argument_records(tiny_world, scenario, state, evaluation)
    assert_frame_equal(pd.DataFrame(records, columns=api.ARGUMENT_COLUMNS), plain)


def test_rows_keep_the_documented_order(tiny_world: World) -> None:
    scenario = api.Scenario().with_alignment("KAZ", "china-centred")
    rows = api.arguments_for(tiny_world, scenario, "KAZ")
    assert not rows.empty
    expected = rows.sort_values(
        ["state", "choice", "specificity", "strength", "id"],
        ascending=[True, True, False, False, True],
    ).reset_index(drop=True)
    assert_frame_equal(rows, expected)


def test_an_evaluation_of_another_scenario_is_refused(tiny_world: World) -> None:
    other = api.evaluate(tiny_world, api.Scenario().with_alignment("KAZ", "china-centred"))
    with pytest.raises(ValueError, match="another scenario"):
        api.arguments_for(tiny_world, api.Scenario(), "KAZ", other)


def test_re_read_arguments_are_matched(tiny_world: World) -> None:
    """The index of arguments follows a world whose arguments frame was replaced."""
    import dataclasses

    scenario = api.Scenario()
    before = api.arguments_for(tiny_world, scenario, "KAZ")
    fewer = dataclasses.replace(tiny_world, arguments=tiny_world.arguments.iloc[:0])
    assert api.arguments_for(fewer, scenario, "KAZ").empty
    assert_frame_equal(api.arguments_for(tiny_world, scenario, "KAZ"), before)
