"""Forums and banks weigh as what they are in the shipped world (#12 item 4): security coverage
comes only from a defence obligation or a standing security mechanism, delegated sovereignty only
from a body that can bind its members."""

from __future__ import annotations

import datetime as dt

import pytest

from regio_desktop import api
from regio_desktop.world.loaded_world import World, load_world

NO_SECURITY = ("CICA", "OTS", "GUAM", "EAP", "BRICS", "AIIB", "WTO", "BRI", "ECO")
"""Dialogue forums, banks and trade bodies: no defence obligation, no security mechanism."""
NO_DELEGATION = ("CICA", "AIIB", "WTO", "SCO", "CIS", "BRICS", "OTS", "GUAM", "EAP", "BRI", "ECO")
"""Bodies that decide by consensus or bind only their own operations."""


@pytest.fixture(scope="module")
def world() -> World:
    return load_world(today=dt.date(2026, 11, 23))


def leave(world: World, state: str, bloc: str) -> api.Evaluation:
    scenario = api.Scenario(year=2024).with_membership(api.MembershipEdit(state, bloc, "leave"))
    return api.evaluate(world, scenario)


def change(ev: api.Evaluation, indicator: str, state: str) -> float:
    return ev.value(indicator, state) - ev.baseline(indicator, state)


@pytest.mark.parametrize("bloc", NO_SECURITY)
def test_forums_and_banks_carry_no_security(world: World, bloc: str) -> None:
    assert world.blocs.at[bloc, "depth_security"] == 0.0


@pytest.mark.parametrize("bloc", NO_DELEGATION)
def test_only_binding_bodies_take_delegated_sovereignty(world: World, bloc: str) -> None:
    assert world.blocs.at[bloc, "delegation"] == 0.0


def test_every_security_or_delegation_value_gives_its_reason(world: World) -> None:
    for code, row in world.blocs.iterrows():
        if row["depth_security"] > 0:
            assert "Security depth" in row["note"], code
        if row["delegation"] > 0:
            assert "Delegation" in row["note"], code


def test_cica_adds_no_security_coverage_to_kazakhstan(world: World) -> None:
    assert change(leave(world, "KAZ", "CICA"), "security_coverage", "KAZ") == 0.0
    # Nor does the CIS: its joint air defence binds only some members, mostly CSTO members
    # whose obligation the CSTO already counts (blocs.csv, CIS note).
    assert change(leave(world, "KAZ", "CIS"), "security_coverage", "KAZ") == 0.0


def test_moldova_gets_no_security_coverage_from_the_cis(world: World) -> None:
    """Moldova ratified the CIS without military cooperation: nothing backs it in 2023."""
    from regio_desktop.engine.evaluation import evaluate
    from regio_desktop.scenario.model import Scenario

    assert evaluate(world, Scenario(year=2023)).value("security_coverage", "MDA") == 0.0


def test_leaving_the_aiib_raises_autonomy_no_more_than_leaving_the_sco(world: World) -> None:
    aiib = change(leave(world, "UZB", "AIIB"), "autonomy", "UZB")
    sco = change(leave(world, "UZB", "SCO"), "autonomy", "UZB")
    assert aiib == 0.0
    assert aiib <= sco


def test_leaving_a_binding_union_or_alliance_still_raises_autonomy(world: World) -> None:
    assert change(leave(world, "KAZ", "EAEU"), "autonomy", "KAZ") > 5.0
    csto = leave(world, "KAZ", "CSTO")
    assert change(csto, "autonomy", "KAZ") > 0.0
    assert change(csto, "security_coverage", "KAZ") < -20.0
