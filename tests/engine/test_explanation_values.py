"""Explanations of state, bloc and region indicators, against the indicator code and by hand.

The figures of the tiny world are listed in test_hand_values.py. Explanations compute each part
with the indicator's own formula and never scale the parts to fit, so the sum of the parts equals
the value ``evaluate`` computes only when the explanation has every term of the formula right.
"""

from __future__ import annotations

import math

import pytest

from regio_desktop import api
from regio_desktop.engine.catalogue import BLOC_INDICATORS, STATE_INDICATORS
from regio_desktop.world.loaded_world import World
from tests.engine.test_hand_values import (
    APPROX,
    DOM_CSTO,
    DOM_EAEU,
    EAEU_GDP,
    MV_ROUTE,
    _magnified,
    saturate,
    share_of_world,
)

SCENARIOS = {
    "2020": api.Scenario(year=2020),
    "2023": api.Scenario(year=2023),
    "2023-edited": api.Scenario(year=2023)
    .with_alignment("KAZ", "china-centred")
    .with_alignment("UZB", "west-oriented")
    .with_membership(api.MembershipEdit("UZB", "EAEU", "join", "member"))
    .with_membership(api.MembershipEdit("KGZ", "CSTO", "leave")),
    "weights-capped": api.Scenario(year=2023)
    .with_parameter("weight_trade", 1.0)
    .with_parameter("weight_institutions", 1.0)
    .with_parameter("weight_alignment", 1.0)
    .with_parameter("alignment_autonomy_cost", 1.0),
    "no-sanctions": api.Scenario(year=2023)
    .with_parameter("sanctions_regime", 0.0)
    .with_parameter("bloc.EAEU.delegation", 1.0),
}


def _parts(explanation: api.Explanation) -> dict[str, float]:
    """Contributions by the first word of their label (a state, bloc or corridor code)."""
    return {c.label.split(":")[0].split(" ")[0]: c.value for c in explanation.contributions}


@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=SCENARIOS.keys())
def test_every_explanation_adds_up_to_the_indicator_value(
    tiny_world: World, scenario: api.Scenario
) -> None:
    ev = api.evaluate(tiny_world, scenario)
    entities = [(i.code, s) for i in STATE_INDICATORS for s in tiny_world.state_codes]
    entities += [(i.code, b) for i in BLOC_INDICATORS for b in tiny_world.bloc_codes]
    entities += [(c, "region") for c in ev.result.region]
    for code, entity in entities:
        value = ev.value(code, entity)
        explanation = api.explain(tiny_world, scenario, code, entity)
        if math.isnan(value):  # a bloc with no full members has no cohesion or dominance
            assert explanation.contributions == [], (code, entity)
            continue
        total = sum(c.value for c in explanation.contributions)
        assert total == pytest.approx(value, rel=1e-9, abs=1e-9), (code, entity)


# --- state indicators ------------------------------------------------------------------------------


def test_market_access_parts_largest_first(tiny_world: World) -> None:
    explanation = api.explain(tiny_world, api.Scenario(year=2020), "market_access", "KAZ")
    # A linear share, so each partner's part is its own: RUS .9 * 1500 = 1350 of 37568 ->
    # 3.5935 %, KGZ .9 * 8 = 7.2 of 37568 -> 0.0192 %; together KAZ's 3.6127.
    assert [c.label[:3] for c in explanation.contributions] == ["RUS", "KGZ"]
    parts = _parts(explanation)
    assert parts["RUS"] == pytest.approx(share_of_world(0.9 * 1500, 170), **APPROX)
    assert parts["RUS"] == pytest.approx(3.5935, abs=1e-4)
    assert parts["KGZ"] == pytest.approx(share_of_world(0.9 * 8, 170), **APPROX)
    assert parts["KGZ"] == pytest.approx(0.0192, abs=1e-4)
    assert "world outside KAZ (37,568 bn" in explanation.summary


def test_autonomy_losses_in_turn(tiny_world: World) -> None:
    explanation = api.explain(tiny_world, api.Scenario(year=2020), "autonomy", "KGZ")
    first, eaeu, csto = explanation.contributions[:3]
    assert (first.label, first.value) == ("starting autonomy", 100.0)
    d_eaeu, d_csto = _magnified(0.5, DOM_EAEU), _magnified(0.3, DOM_CSTO)
    assert eaeu.label.startswith("EAEU") and eaeu.value == pytest.approx(-100 * d_eaeu, **APPROX)
    assert csto.label.startswith("CSTO")
    assert csto.value == pytest.approx(-100 * (1 - d_eaeu) * d_csto, **APPROX)
    assert any(c.label.startswith("single-pole alignment") for c in explanation.contributions)


def test_sanctions_exposure_parts_past_the_cap_count_nothing(tiny_world: World) -> None:
    explanation = api.explain(tiny_world, api.Scenario(year=2023), "sanctions_exposure", "RUS")
    values = [c.value for c in explanation.contributions]
    labels = [c.label for c in explanation.contributions]
    # own severity .8, then alignment with its own pole .2 * .8, then EAEU .35 * .425 * .8 *
    # 1500/1678 = .106, of which only .04 fits under the cap; CSTO, SCO, WTO and its corridor
    # neighbour Kazakhstan add nothing.
    assert labels[0] == "sanctions on RUS itself" and values[0] == pytest.approx(80.0, **APPROX)
    assert labels[1].startswith("alignment") and values[1] == pytest.approx(16.0, **APPROX)
    assert labels[2].startswith("EAEU") and values[2] == pytest.approx(4.0, **APPROX)
    assert values[3:] == [0.0, 0.0, 0.0, 0.0]
    assert any(label.startswith("alignments of the states sharing") for label in labels[3:])


def test_diversification_parts(tiny_world: World) -> None:
    explanation = api.explain(tiny_world, api.Scenario(year=2020), "diversification", "UZB")
    ties = (0.201, 0.201, 0.201, 0.05, 0.125)
    expected = [100 * t / 0.778 * (1 - t / 0.778) / 0.8 for t in ties]
    assert [c.value for c in explanation.contributions] == pytest.approx(expected, **APPROX)


def test_transit_parts(tiny_world: World) -> None:
    explanation = api.explain(tiny_world, api.Scenario(year=2020), "transit_connectivity", "KAZ")
    # The affinity is the route's: the mean over the states on it (KAZ and RUS on NORTHERN,
    # UZB, KAZ and CHN on CHINA_CA), a pole state counting 1 on its own pole and the multi-vector
    # KAZ and UZB MV_ROUTE (1) on any great pole.
    northern = 0.6 + 0.2 * 1 + 0.2 * (MV_ROUTE + 1) / 2
    china_ca = 0.6 + 0.2 * 0 + 0.2 * (MV_ROUTE + MV_ROUTE + 1) / 3
    parts = _parts(explanation)
    assert northern > china_ca  # NORTHERN is taken first
    assert parts["NORTHERN"] == pytest.approx(saturate(northern / 3), **APPROX)
    assert parts["CHINA_CA"] == pytest.approx(
        saturate((northern + china_ca) / 3) - saturate(northern / 3), **APPROX
    )


# --- blocs -------------------------------------------------------------------------------------------


def test_eaeu_explanations(tiny_world: World) -> None:
    s = api.Scenario(year=2020)
    assert _parts(api.explain(tiny_world, s, "bloc_members", "EAEU")) == {
        "RUS": 1.0,
        "KAZ": 1.0,
        "KGZ": 1.0,
    }
    gdp = api.explain(tiny_world, s, "bloc_gdp", "EAEU")
    assert [(c.label, c.value) for c in gdp.contributions] == [
        ("RUS", pytest.approx(1500)),
        ("KAZ", pytest.approx(170)),
        ("KGZ", pytest.approx(8)),
    ]
    population = _parts(api.explain(tiny_world, s, "bloc_population", "EAEU"))
    assert population == pytest.approx({"RUS": 145, "KAZ": 19, "KGZ": 6.5}, **APPROX)
    dominance = _parts(api.explain(tiny_world, s, "bloc_dominance", "EAEU"))
    assert dominance == pytest.approx({"RUS": 100 * 1500 / EAEU_GDP}, **APPROX)
    # cohesion: russia weight of RUS (pole: 1), KAZ (multi-vector: 0), KGZ (russia-led: 1), / 3
    cohesion = _parts(api.explain(tiny_world, s, "bloc_cohesion", "EAEU"))
    assert cohesion == pytest.approx({"RUS": 100 / 3, "KAZ": 0.0, "KGZ": 100 / 3}, **APPROX)


def test_cohesion_of_a_bloc_without_a_lead(tiny_world: World) -> None:
    # WTO: USA (west 1), CHN (china 1), KGZ (russia 1), RUS (russia 1), KAZ multi-vector
    # (0, .61875, .38125). Together: russia 2, china 1.61875, west 1.38125: russia, 2/5.
    explanation = api.explain(tiny_world, api.Scenario(year=2020), "bloc_cohesion", "WTO")
    assert explanation.value == pytest.approx(40.0, **APPROX)
    assert _parts(explanation) == pytest.approx(
        {"USA": 0.0, "CHN": 0.0, "KGZ": 20.0, "RUS": 20.0, "KAZ": 0.0}, **APPROX
    )


def test_bloc_explanations_follow_a_join(tiny_world: World) -> None:
    s = api.Scenario(year=2020).with_membership(api.MembershipEdit("UZB", "EAEU", "join", "member"))
    assert _parts(api.explain(tiny_world, s, "bloc_gdp", "EAEU"))["UZB"] == pytest.approx(60)
    # UZB multi-vector puts no weight on russia once in the EAEU (see test_hand_values)
    cohesion = _parts(api.explain(tiny_world, s, "bloc_cohesion", "EAEU"))
    assert cohesion == pytest.approx({"RUS": 25.0, "KAZ": 0.0, "KGZ": 25.0, "UZB": 0.0}, **APPROX)


# --- region ------------------------------------------------------------------------------------------


def test_region_explanations(tiny_world: World) -> None:
    s = api.Scenario(year=2020)
    states = _parts(api.explain(tiny_world, s, "region_states_russia_led", "region"))
    assert states == pytest.approx({"RUS": 25.0, "KGZ": 25.0}, **APPROX)
    population = _parts(api.explain(tiny_world, s, "region_population_russia_led", "region"))
    total = 145 + 19 + 6.5 + 34
    assert population == pytest.approx({"RUS": 100 * 145 / total, "KGZ": 100 * 6.5 / total})
    gdp = _parts(api.explain(tiny_world, s, "region_gdp_multi_vector", "region"))
    assert gdp == pytest.approx({"KAZ": 100 * 170 / 1738, "UZB": 100 * 60 / 1738}, **APPROX)
    assert api.explain(tiny_world, s, "region_gdp_china_centred", "region").contributions == []


def test_region_explanation_follows_an_alignment(tiny_world: World) -> None:
    s = api.Scenario(year=2020).with_alignment("KAZ", "china-centred")
    gdp = api.explain(tiny_world, s, "region_gdp_china_centred", "region")
    assert _parts(gdp) == pytest.approx({"KAZ": 100 * 170 / 1738}, **APPROX)
    assert gdp.baseline == 0.0
