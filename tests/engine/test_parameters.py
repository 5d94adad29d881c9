"""Parameters: bloc depths can be overridden per scenario; bad names and values are named."""

from __future__ import annotations

import pytest

from regio_desktop import api
from regio_desktop.world.loaded_world import World


def test_lower_eaeu_delegation_raises_members_autonomy(tiny_world: World) -> None:
    base = api.Scenario(year=2020)
    shallow = base.with_parameter("bloc.EAEU.delegation", 0.1)
    ev = api.evaluate(tiny_world, shallow)
    assert ev.value("autonomy", "KAZ") > ev.baseline("autonomy", "KAZ") - 1e-9
    assert ev.value("autonomy", "KAZ") > api.evaluate(tiny_world, base).value("autonomy", "KAZ")
    # Baseline and scenario share parameters, so the override alone shows no delta.
    assert ev.value("autonomy", "KAZ") == pytest.approx(ev.baseline("autonomy", "KAZ"))


def test_trade_depth_override_changes_market_access(tiny_world: World) -> None:
    base = api.evaluate(tiny_world, api.Scenario(year=2020)).value("market_access", "KAZ")
    deep = api.evaluate(
        tiny_world, api.Scenario(year=2020).with_parameter("bloc.EAEU.depth_trade", 1.0)
    ).value("market_access", "KAZ")
    # 100 * d * (1500 + 8) / (world 37738 - KAZ 170 = 37568): d = .9 gives 3.6127 %,
    # d = 1 gives 1508 / 375.68 = 4.0141 %.
    assert base == pytest.approx(100 * 0.9 * 1508 / 37568)
    assert deep == pytest.approx(100 * 1508 / 37568)
    assert deep == pytest.approx(4.0141, abs=1e-4)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("weight_luck", 0.5, "unknown parameter 'weight_luck'"),
        ("weight_trade", 3.0, "parameter 'weight_trade' = 3.0 is outside 0.0..1.0"),
        ("bloc.NOPE.delegation", 0.5, "unknown bloc code 'NOPE'"),
        ("bloc.EAEU.colour", 0.5, "'colour' is not one of depth_trade"),
        ("bloc.EAEU.delegation", 1.5, "bloc.EAEU.delegation' = 1.5 is outside 0..1"),
    ],
)
def test_bad_parameters_are_named(tiny_world: World, name: str, value: float, message: str) -> None:
    problems = api.validate(tiny_world, api.Scenario(year=2020).with_parameter(name, value))
    assert any(message in p.message for p in problems), problems


def test_toggles_flip_the_base_scenario_not_the_world(tiny_world: World) -> None:
    base = api.Scenario(year=2020).with_membership(api.MembershipEdit("KAZ", "CSTO", "leave"))
    result = api.explore(tiny_world, base, ["KAZ"], toggles=[("KAZ", "CSTO")])
    assert set(result.table["toggle_KAZ_CSTO"]) == {"keep", "join"}
    for row in range(len(result.table)):
        scenario = result.scenario(base, row)
        assert api.validate(tiny_world, scenario) == []
        expected = api.evaluate(tiny_world, scenario).value("security_coverage", "KAZ")
        assert result.table["security_coverage"].iloc[row] == pytest.approx(expected)
    rejoined = result.table[result.table["toggle_KAZ_CSTO"] == "join"]
    kept = result.table[result.table["toggle_KAZ_CSTO"] == "keep"]
    assert rejoined["security_coverage"].min() > kept["security_coverage"].max()
