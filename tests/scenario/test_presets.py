"""The preset scenarios that ship for workshops: valid, motivated by real arguments, distinct."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from regio_desktop import api
from regio_desktop.world.resource_files import preset_scenario_paths

PRESETS = preset_scenario_paths()


@pytest.fixture(scope="module")
def world() -> api.World:
    return api.load_world(today=dt.date(2026, 11, 23))


def test_at_least_six_presets() -> None:
    assert len(PRESETS) >= 6


@pytest.mark.parametrize("path", PRESETS, ids=lambda p: p.stem)
def test_preset_is_valid_and_cites_arguments(world: api.World, path: Path) -> None:
    scenario = api.read_scenario(path)
    assert api.validate(world, scenario) == []
    assert scenario.motivation, "a preset cites the argument that motivates it"
    assert set(scenario.motivation) <= set(world.arguments.index)
    assert scenario.description


@pytest.mark.parametrize("path", PRESETS, ids=lambda p: p.stem)
def test_every_edit_of_a_preset_changes_its_baseline(world: api.World, path: Path) -> None:
    """An edit that restates the baseline ("multi-vector -> multi-vector") is counted as an
    edit and printed in the report as one; a preset holds none."""
    scenario = api.read_scenario(path)
    evaluation = api.evaluate(world, scenario)
    for state, choice in scenario.alignments:
        assert evaluation.baseline_alignment.get(state) != choice, (state, choice)
    for edit in scenario.memberships:
        before = evaluation.baseline_status.loc[edit.state, edit.bloc] or ""
        after = evaluation.status.loc[edit.state, edit.bloc] or ""
        assert before != after, edit


SHOWN = 0.05
"""The least change the window shows (one decimal, rounded)."""


@pytest.mark.parametrize("path", PRESETS, ids=lambda p: p.stem)
def test_every_preset_with_edits_moves_an_indicator(world: api.World, path: Path) -> None:
    """A preset that edits something must move at least one indicator by a visible amount.

    The status check above passed for "Armenia leaves the CSTO" while it changed nothing: in the
    latest year Armenia's CSTO status is 'suspended' (weight 0), so 'suspended' -> 'withdrawn'
    changed a status and no figure. The preset is set in 2023, before the freeze."""
    scenario = api.read_scenario(path)
    edits = len(scenario.memberships) + len(scenario.alignments) + len(scenario.parameters)
    if not edits:
        assert scenario.name == "Status quo", "only the status quo preset edits nothing"
        return
    table = api.evaluate(world, scenario).indicators
    moved = (table["value"] - table["baseline"]).abs()
    assert moved.max() > SHOWN, f"{scenario.name}: no indicator moves (largest {moved.max():.3f})"


def test_presets_change_what_they_say(world: api.World) -> None:
    by_name = {api.read_scenario(p).name: api.read_scenario(p) for p in PRESETS}
    leave = api.evaluate(world, by_name["Kazakhstan leaves the CSTO and the EAEU"])
    assert leave.value("security_coverage", "KAZ") < leave.baseline("security_coverage", "KAZ")
    assert leave.value("market_access", "KAZ") < leave.baseline("market_access", "KAZ")
    china = api.evaluate(world, by_name["China-centred Central Asia"])
    assert china.value("region_states_china_centred", "region") > china.baseline(
        "region_states_china_centred", "region"
    )
    armenia = api.evaluate(world, by_name["Armenia leaves the CSTO"])
    assert armenia.status.loc["ARM", "CSTO"] == "withdrawn"
    assert armenia.baseline_status.loc["ARM", "CSTO"] == "founding_member"
    assert armenia.value("security_coverage", "ARM") < armenia.baseline("security_coverage", "ARM")
    assert armenia.value("dependence_russia", "ARM") < armenia.baseline("dependence_russia", "ARM")


def test_a_suspended_member_can_leave(world: api.World) -> None:
    s = api.Scenario(year=2025).with_membership(api.MembershipEdit("ARM", "CSTO", "leave"))
    assert api.validate(world, s) == []
