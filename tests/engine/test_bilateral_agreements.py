"""One state's bilateral free-trade agreements in the shipped data (#12 review, item 4).

Ukraine was 'suspended' in the whole CIS Free Trade Area from 2016 and had no other agreement
recorded, so a scenario in which it leaves the EU's DCFTA took its market access to 0.
Its agreements with Canada, the EFTA states, Israel and others, and the United Kingdom's
continuity agreement, are blocs with a hub state (``preferential_with`` = UKR, GBR), and the
EAEU-Iran interim agreement is a bloc of its own.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from regio_desktop import api
from regio_desktop.world.loaded_world import World, load_world
from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def world() -> World:
    return load_world(today=dt.date(2026, 11, 23))


def _via(world: World, year: int, a: str, b: str) -> str | None:
    ev = api.evaluate(world, api.Scenario(year=year))
    snap = ev.snapshot
    via = int(ev.result.terms.reach_via[snap.state_index(a), snap.state_index(b)])
    return snap.blocs[via] if via >= 0 else None


def test_ukraine_leaving_the_dcfta_keeps_its_other_agreements(world: World) -> None:
    scenario = api.Scenario(year=2025).with_membership(
        api.MembershipEdit("UKR", "EU_DCFTA", "leave")
    )
    ev = api.evaluate(world, scenario)
    after, before = ev.value("market_access", "UKR"), ev.baseline("market_access", "UKR")
    # A share of the world's GDP outside Ukraine: the other agreements keep some (the UK alone,
    # 3,340 bn at depth .6 of 103,912 bn, is 1.9 %), but the DCFTA with the EU's 27 is worth
    # far more than all of them together, as the EU takes most of Ukraine's exports.
    assert 1.0 < after < before / 2
    explanation = api.explain(world, scenario, "market_access", "UKR")
    assert sum(c.value for c in explanation.contributions) == pytest.approx(after, rel=1e-9)
    labels = [c.label for c in explanation.contributions]
    assert labels[0].startswith("GBR") and labels[0].endswith("through UK_PARTNERSHIPS")
    through = {label.rsplit(" ", 1)[-1] for label in labels}
    assert through == {"UK_PARTNERSHIPS", "UKR_FTAS"}
    partners = {label[:3] for label in labels}
    assert {"CAN", "CHE", "NOR", "ISR", "GEO", "MDA", "MKD", "MNE"} <= partners


def test_each_agreement_counts_from_its_own_date(world: World) -> None:
    assert _via(world, 2016, "UKR", "CAN") is None
    assert _via(world, 2017, "UKR", "CAN") == "UKR_FTAS"
    # The United Kingdom left the EU on 1 February 2020; its agreement applies from 2021.
    assert _via(world, 2019, "UKR", "GBR") == "EU_DCFTA"
    assert _via(world, 2020, "UKR", "GBR") is None
    assert _via(world, 2021, "UKR", "GBR") == "UK_PARTNERSHIPS"
    assert _via(world, 2017, "GEO", "CHN") is None
    assert _via(world, 2018, "GEO", "CHN") == "GEO_FTAS"


def test_partners_of_one_state_do_not_trade_through_it(world: World) -> None:
    """Canada and Israel are both partners of Ukraine; that gives them nothing with each other."""
    assert _via(world, 2023, "CAN", "ISR") != "UKR_FTAS"
    assert _via(world, 2023, "CAN", "GEO") is None


def test_ukraine_and_moldova_keep_the_2011_treaty_after_russias_suspension(world: World) -> None:
    assert _via(world, 2015, "UKR", "MDA") == "CIS_FTA"
    assert _via(world, 2016, "UKR", "MDA") == "UKR_FTAS"
    assert _via(world, 2016, "UKR", "RUS") is None


def test_the_eaeu_iran_interim_agreement_gives_partial_reach(world: World) -> None:
    """Iran was an 'associate' of EAEU_FTA before, with no reach; the interim agreement (2019)
    counts at its own shallow depth, the full agreement (15 May 2025) at the EAEU_FTA's."""
    assert api.evaluate(world, api.Scenario(year=2018)).value("market_access", "IRN") == 0.0
    assert _via(world, 2020, "IRN", "RUS") == "EAEU_IRN_INTERIM"
    assert _via(world, 2025, "IRN", "RUS") == "EAEU_FTA"
    interim = api.evaluate(world, api.Scenario(year=2020)).value("market_access", "IRN")
    full = api.evaluate(world, api.Scenario(year=2025)).value("market_access", "IRN")
    assert 0.0 < interim < full


def test_the_market_access_figures_the_docs_quote_hold(world: World) -> None:
    """docs/indicators.md quotes Ukraine's market access in 2025 with and without the DCFTA and
    Kazakhstan's in 2023 with and without the EAEU; they must stay true to one decimal."""
    text = (REPO_ROOT / "docs" / "indicators.md").read_text(encoding="utf-8")
    found = re.search(
        r"Ukraine's market access in 2025 is ([\d.]+) .*?Leaving the DCFTA\s+leaves ([\d.]+)"
        r".*?Kazakhstan in the EAEU ([\d.]+) .*?and ([\d.]+) if it\s+left",
        text,
        re.S,
    )
    assert found, "the sentence about Ukraine's and Kazakhstan's market access is gone"
    leave = api.MembershipEdit
    scenarios = [
        (api.Scenario(year=2025), "UKR"),
        (api.Scenario(year=2025).with_membership(leave("UKR", "EU_DCFTA", "leave")), "UKR"),
        (api.Scenario(year=2023), "KAZ"),
        (api.Scenario(year=2023).with_membership(leave("KAZ", "EAEU", "leave")), "KAZ"),
    ]
    values = [
        round(api.evaluate(world, s).value("market_access", state), 1) for s, state in scenarios
    ]
    assert [float(g) for g in found.groups()] == values
