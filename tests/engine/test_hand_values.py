"""Indicator values computed by hand from the tiny world's CSV figures and the documented formulas.

Figures used (tests/fixtures/tiny_world, baseline 2020, memberships on 2020-12-31):

GDP 2020 (US$ bn): RUS 1500, CHN 15000, USA 21000, KAZ 170, KGZ 8, UZB 60.
Population 2020 (million): RUS 145, CHN 1400, USA 330, KAZ 19, KGZ 6.5, UZB 34.
Trade shares 2020 (russia, china, west, turkic, other), already summing to 100:
    KAZ .20 .20 .40 .05 .15   KGZ .40 .30 .10 .10 .10   UZB .25 .25 .15 .10 .25
Blocs (depth trade/regulation/security/politics, delegation, preferential, defence, lead):
    EAEU .9/.6/0/.2 (mean .425), delegation .5, preferential, russia
    CSTO 0/0/.8/.3 (mean .275), delegation .3, collective defence, russia
    SCO  .1/0/.4/.2 (mean .175), delegation .1, china
    WTO  .5/.3/0/0  (mean .2),   delegation .2, no lead
Full members 2020: EAEU RUS KAZ KGZ (UZB observer, weight .2); CSTO RUS KAZ KGZ (UZB withdrawn);
    SCO RUS CHN KAZ KGZ UZB; WTO USA CHN KGZ RUS KAZ.
Alignments: KAZ multi-vector, KGZ russia-led, UZB multi-vector (RUS, CHN, USA are poles).
Sanctions: RUS severity .8 from 2022-02-24, so 2020 has none and 2023 has them.
Default parameters: weight_trade .5, weight_institutions .3, weight_alignment .2, exposure_trade .45,
    exposure_institutions .35, exposure_alignment .2, dominance_weight .5,
    alignment_autonomy_cost .1, defence_multiplier 2, transit_sanction_factor 1.
"""

from __future__ import annotations

import math

import pytest

from regio_desktop import api
from regio_desktop.world.loaded_world import World

APPROX = {"rel": 1e-9, "abs": 1e-9}

# Combined GDP (bn) of the full members of each bloc in 2020.
EAEU_GDP = 1500 + 170 + 8  # 1678
CSTO_GDP = 1500 + 170 + 8  # 1678
SCO_GDP = 1500 + 15000 + 170 + 8 + 60  # 16738
WTO_GDP = 21000 + 15000 + 8 + 1500 + 170  # 37678


# Market access divides by the GDP of the world outside the state: all six states' 2020 GDP,
# 1500 + 15000 + 21000 + 170 + 8 + 60 = 37738, less the state's own.
WORLD_GDP = 1500 + 15000 + 21000 + 170 + 8 + 60  # 37738


def share_of_world(reached: float, own: float) -> float:
    """100 x the GDP reached / the GDP of the world outside a state whose own GDP is ``own``."""
    return 100 * reached / (WORLD_GDP - own)


def saturate(y: float) -> float:
    return 100 * (1 - math.exp(-y))


def transit(z: float) -> float:
    """Transit saturates the corridor sum over a scale of 3 open corridors (CORRIDOR_SCALE)."""
    return saturate(z / 3)


@pytest.fixture(scope="module")
def ev2020(tiny_world: World) -> api.Evaluation:
    return api.evaluate(tiny_world, api.Scenario(year=2020))


@pytest.fixture(scope="module")
def ev2023(tiny_world: World) -> api.Evaluation:
    # 2023 is past the tiny world's latest_year (validate() would refuse it), but evaluate() takes
    # it: figures are the latest at or before 2023 (2020) and the RUS sanctions are in force.
    return api.evaluate(tiny_world, api.Scenario(year=2023))


def test_latest_year_has_no_sanctions(tiny_world: World) -> None:
    assert tiny_world.latest_year == 2020
    ev = api.evaluate(tiny_world, api.Scenario())
    assert ev.year == 2020
    for state in tiny_world.state_codes:
        assert ev.value("sanctions_exposure", state) == 0.0


# --- market access -------------------------------------------------------------------------------
# Only EAEU is preferential; full members (weight 1) reach each other at depth
# .9 (the depth of the EAEU); UZB is an observer, not a full member, and reaches nothing.


def test_market_access(ev2020: api.Evaluation) -> None:
    # KAZ reaches RUS and KGZ: .9 * (1500 + 8) = 1357.2 of 37738 - 170 = 37568 -> 3.6127 %.
    # KGZ reaches RUS and KAZ: .9 * (1500 + 170) = 1503 of 37738 - 8 = 37730 -> 3.9836 %.
    # RUS reaches KAZ and KGZ: .9 * (170 + 8) = 160.2 of 37738 - 1500 = 36238 -> 0.4421 %.
    assert ev2020.value("market_access", "KAZ") == pytest.approx(
        share_of_world(0.9 * (1500 + 8), 170), **APPROX
    )
    assert ev2020.value("market_access", "KAZ") == pytest.approx(3.6127, abs=1e-4)
    assert ev2020.value("market_access", "KGZ") == pytest.approx(3.9836, abs=1e-4)
    assert ev2020.value("market_access", "RUS") == pytest.approx(0.4421, abs=1e-4)
    assert ev2020.value("market_access", "RUS") == pytest.approx(
        share_of_world(0.9 * (170 + 8), 1500), **APPROX
    )
    assert ev2020.value("market_access", "UZB") == 0.0
    assert ev2020.value("market_access", "CHN") == 0.0


def test_market_access_when_uzb_joins_eaeu(tiny_world: World) -> None:
    s = api.Scenario(year=2020).with_membership(api.MembershipEdit("UZB", "EAEU", "join", "member"))
    ev = api.evaluate(tiny_world, s)
    # UZB reaches RUS, KAZ and KGZ: .9 * 1678 = 1510.2 of 37738 - 60 = 37678 -> 4.0082 %;
    # KAZ now reaches UZB too: .9 * (1500 + 8 + 60) = 1411.2 of 37568 -> 3.7564 %.
    assert ev.value("market_access", "UZB") == pytest.approx(
        share_of_world(0.9 * (1500 + 170 + 8), 60), **APPROX
    )
    assert ev.value("market_access", "UZB") == pytest.approx(4.0082, abs=1e-4)
    assert ev.value("market_access", "KAZ") == pytest.approx(3.7564, abs=1e-4)
    assert ev.baseline("market_access", "UZB") == 0.0


# --- dependence on the poles ---------------------------------------------------------------------
# ties = .5 trade + .3 institutions + .2 alignment vector.
# Institutional ties of KAZ and KGZ: russia = EAEU .425 + CSTO .275 = .7; china = SCO .175.
# UZB: russia = .2 (observer) * .425 = .085; china = .175.
#
# KAZ multi-vector: base ties (great poles) russia .5*.2+.3*.7 = .31, china .5*.2+.3*.175 = .1525,
# west .5*.4 = .2; costs = base / .2 = (1.55, .7625, 1.0). Water-filling 1 unit over the two lowest
# costs: level (1 + .7625 + 1.0)/2 = 1.38125 (< 1.55, so russia gets none):
# x = (0, .61875, .38125).
KAZ_MV = (0.0, 1.38125 - 0.7625, 1.38125 - 1.0)
# UZB multi-vector: base russia .5*.25+.3*.085 = .1505, china .5*.25+.3*.175 = .1775,
# west .5*.15 = .075; costs (.7525, .8875, .375); level over all three (1+.7525+.8875+.375)/3
# = 1.005 > every cost, x = (.2525, .1175, .63), which makes the three ties equal at .201.
UZB_MV = (1.005 - 0.7525, 1.005 - 0.8875, 1.005 - 0.375)
# On a route, though, a multi-vector state counts 1 for every great pole's corridor, not its
# water-filled share (interactions.route_vectors): it keeps every route open. With the shares
# above, KAZ's 0 on russia made it obstruct the Northern Route more than a China-centred choice
# would, and a balancing UZB weighed on the Central Asia-China pipeline (fresh-eyes review, #14).
MV_ROUTE = 1.0


def test_dependence_kaz(ev2020: api.Evaluation) -> None:
    assert ev2020.value("dependence_russia", "KAZ") == pytest.approx(
        100 * (0.5 * 0.2 + 0.3 * 0.7 + 0.2 * KAZ_MV[0]), **APPROX
    )
    assert ev2020.value("dependence_russia", "KAZ") == pytest.approx(31.0, **APPROX)
    assert ev2020.value("dependence_china", "KAZ") == pytest.approx(
        100 * (0.5 * 0.2 + 0.3 * 0.175 + 0.2 * KAZ_MV[1]), **APPROX
    )
    assert ev2020.value("dependence_china", "KAZ") == pytest.approx(27.625, **APPROX)
    assert ev2020.value("dependence_west", "KAZ") == pytest.approx(
        100 * (0.5 * 0.4 + 0.2 * KAZ_MV[2]), **APPROX
    )
    assert ev2020.value("dependence_west", "KAZ") == pytest.approx(27.625, **APPROX)


def test_dependence_kgz_russia_led(ev2020: api.Evaluation) -> None:
    # russia-led: alignment vector (1, 0, 0, 0, 0)
    assert ev2020.value("dependence_russia", "KGZ") == pytest.approx(
        100 * (0.5 * 0.4 + 0.3 * 0.7 + 0.2 * 1), **APPROX
    )
    assert ev2020.value("dependence_china", "KGZ") == pytest.approx(
        100 * (0.5 * 0.3 + 0.3 * 0.175), **APPROX
    )
    assert ev2020.value("dependence_west", "KGZ") == pytest.approx(100 * 0.5 * 0.1, **APPROX)


def test_dependence_uzb_balanced(ev2020: api.Evaluation) -> None:
    for code in ("dependence_russia", "dependence_china", "dependence_west"):
        assert ev2020.value(code, "UZB") == pytest.approx(20.1, **APPROX)


def test_dependence_china_when_kaz_china_centred(tiny_world: World) -> None:
    ev = api.evaluate(tiny_world, api.Scenario(year=2020).with_alignment("KAZ", "china-centred"))
    assert ev.value("dependence_china", "KAZ") == pytest.approx(
        100 * (0.5 * 0.2 + 0.3 * 0.175 + 0.2 * 1), **APPROX
    )
    assert ev.value("dependence_russia", "KAZ") == pytest.approx(100 * (0.1 + 0.21), **APPROX)


# --- diversification -------------------------------------------------------------------------------
# 100 (1 - HHI) / (1 - 1/5) over the shares of the five ties.


def _diversification(ties: tuple[float, ...]) -> float:
    total = sum(ties)
    hhi = sum((t / total) ** 2 for t in ties)
    return 100 * (1 - hhi) / (1 - 1 / 5)


def test_diversification(ev2020: api.Evaluation) -> None:
    # UZB ties: .201, .201, .201, turkic .5*.10 = .05, other .5*.25 = .125 (total .778)
    uzb = (0.201, 0.201, 0.201, 0.05, 0.125)
    assert ev2020.value("diversification", "UZB") == pytest.approx(_diversification(uzb), **APPROX)
    # explicit: HHI = (3*.201^2 + .05^2 + .125^2) / .778^2
    hhi = (3 * 0.201**2 + 0.05**2 + 0.125**2) / 0.778**2
    assert ev2020.value("diversification", "UZB") == pytest.approx(100 * (1 - hhi) / 0.8, **APPROX)
    # KAZ ties: .31, .27625, .27625, turkic .025, other .075 (total .9625)
    kaz = (0.31, 0.27625, 0.27625, 0.025, 0.075)
    assert ev2020.value("diversification", "KAZ") == pytest.approx(_diversification(kaz), **APPROX)
    # KGZ russia-led: .61, .2025, .05, .05, .05 (total .9625)
    kgz = (0.61, 0.2025, 0.05, 0.05, 0.05)
    assert ev2020.value("diversification", "KGZ") == pytest.approx(_diversification(kgz), **APPROX)


# --- sanctions exposure (2023: RUS severity .8) -----------------------------------------------------
# Sanctioned share of each bloc = .8 * 1500 / members' GDP. Exposure =
# .45 * trade_russia * .8 + .35 * sum(status * mean depth * sanctioned share)
# + .2 * alignment_russia * .8 + own severity, capped at 1.
INST_KAZ_KGZ_2023 = (
    0.425 * 0.8 * 1500 / EAEU_GDP
    + 0.275 * 0.8 * 1500 / CSTO_GDP
    + 0.175 * 0.8 * 1500 / SCO_GDP
    + 0.2 * 0.8 * 1500 / WTO_GDP
)


def test_sanctions_exposure_2023(ev2023: api.Evaluation) -> None:
    # A multi-vector declaration carries the mean severity of Russia, China and the West: .8 / 3.
    # Its one corridor neighbour other than a pole, UZB (CHINA_CA), is multi-vector: .1 × .8 / 3.
    kaz = (
        0.45 * 0.2 * 0.8
        + 0.35 * INST_KAZ_KGZ_2023
        + 0.2 * (0.8 + 0 + 0) / 3
        + 0.1 * (0.8 + 0 + 0) / 3
    )
    assert ev2023.value("sanctions_exposure", "KAZ") == pytest.approx(100 * kaz, **APPROX)
    kgz = 0.45 * 0.4 * 0.8 + 0.35 * INST_KAZ_KGZ_2023 + 0.2 * 1 * 0.8
    assert ev2023.value("sanctions_exposure", "KGZ") == pytest.approx(100 * kgz, **APPROX)
    assert ev2023.value("sanctions_exposure", "KGZ") == pytest.approx(48.58, abs=0.01)
    # UZB: observer in EAEU (.2 * .425), SCO; multi-vector: mean severity of the great poles
    uzb = (
        0.45 * 0.25 * 0.8
        + 0.35 * (0.2 * 0.425 * 0.8 * 1500 / EAEU_GDP + 0.175 * 0.8 * 1500 / SCO_GDP)
        + 0.2 * (0.8 + 0 + 0) / 3
        + 0.1 * (0.8 + 0 + 0) / 3  # its neighbour KAZ on CHINA_CA, multi-vector
    )
    assert ev2023.value("sanctions_exposure", "UZB") == pytest.approx(100 * uzb, **APPROX)
    # Russia itself: own severity .8 + its own pole alignment .2 * .8 + institutions > 1: capped
    assert ev2023.value("sanctions_exposure", "RUS") == 100.0
    # USA: no trade data, WTO .2 * sanctioned share .8*1500/37678, no alignment term (own pole)
    usa = 0.35 * 0.2 * 0.8 * 1500 / WTO_GDP
    assert ev2023.value("sanctions_exposure", "USA") == pytest.approx(100 * usa, **APPROX)


def test_sanctions_regime_off(tiny_world: World) -> None:
    ev = api.evaluate(tiny_world, api.Scenario(year=2023).with_parameter("sanctions_regime", 0.0))
    for state in tiny_world.state_codes:
        assert ev.value("sanctions_exposure", state) == 0.0


# --- autonomy --------------------------------------------------------------------------------------
# delegated = delegation * (.5 + .5 * dominance) for a full member, 0 for any other status (an
# observer is bound by nothing; dominance 0 for the bloc's largest member);
# autonomy = 100 * prod(1 - delegated) * (1 - .1 if single-pole).
DOM_EAEU = 1500 / EAEU_GDP
DOM_CSTO = 1500 / CSTO_GDP
DOM_SCO = 15000 / SCO_GDP
DOM_WTO = 21000 / WTO_GDP


def _magnified(delegation: float, dominance: float, status: float = 1.0) -> float:
    return status * delegation * (0.5 + 0.5 * dominance)


def test_autonomy(ev2020: api.Evaluation) -> None:
    kaz = (
        (1 - _magnified(0.5, DOM_EAEU))
        * (1 - _magnified(0.3, DOM_CSTO))
        * (1 - _magnified(0.1, DOM_SCO))
        * (1 - _magnified(0.2, DOM_WTO))
    )
    assert ev2020.value("autonomy", "KAZ") == pytest.approx(100 * kaz, **APPROX)
    # KGZ has the same blocs but is russia-led: one more factor (1 - .1)
    assert ev2020.value("autonomy", "KGZ") == pytest.approx(100 * kaz * 0.9, **APPROX)
    uzb = 1 - _magnified(0.1, DOM_SCO)  # an EAEU observer delegates nothing
    assert ev2020.value("autonomy", "UZB") == pytest.approx(100 * uzb, **APPROX)
    # RUS leads EAEU and CSTO (factor .5 only); not SCO or WTO
    rus = (1 - 0.5 * 0.5) * (1 - 0.3 * 0.5) * (1 - _magnified(0.1, DOM_SCO))
    rus *= 1 - _magnified(0.2, DOM_WTO)
    assert ev2020.value("autonomy", "RUS") == pytest.approx(100 * rus, **APPROX)


# --- security coverage ------------------------------------------------------------------------------
# Y = sum over blocs of status * security depth * (2 for collective defence, else 1) * partners'
# share of (partners + own) GDP; value 100 (1 - exp(-Y)).


def test_security_coverage(ev2020: api.Evaluation) -> None:
    kaz = 1 * 0.8 * 2 * (EAEU_GDP - 170) / CSTO_GDP + 1 * 0.4 * 1 * (SCO_GDP - 170) / SCO_GDP
    assert ev2020.value("security_coverage", "KAZ") == pytest.approx(saturate(kaz), **APPROX)
    uzb = 0.4 * (SCO_GDP - 60) / SCO_GDP  # CSTO withdrawn, EAEU has no security depth
    assert ev2020.value("security_coverage", "UZB") == pytest.approx(saturate(uzb), **APPROX)
    usa = 0.0  # only the WTO, which has no security depth
    assert ev2020.value("security_coverage", "USA") == pytest.approx(saturate(usa), **APPROX)


# --- transit and connectivity -----------------------------------------------------------------------
# 100 (1 - exp(-Z / 3)), Z = sum over the state's open corridors of openness * (.6 + .2 ease + .2 route affinity with the corridor's pole).
# NORTHERN (russia): KAZ, RUS. CHINA_CA (china): UZB, KAZ, CHN.


def test_transit_2020(ev2020: api.Evaluation) -> None:
    # KAZ: NORTHERN open 1, ease 1/1 (RUS is a preferential partner), affinity the route's mean
    # on russia over KAZ and RUS (a pole counts 1); CHINA_CA open 1, ease 0/2 (UZB is only an
    # observer, CHN not in EAEU), affinity the mean on china over UZB, KAZ and CHN. KAZ and UZB
    # are multi-vector, so each counts MV_ROUTE (1) on either pole: both routes' affinity is 1.
    northern = (MV_ROUTE + 1) / 2
    china_ca = (MV_ROUTE + MV_ROUTE + 1) / 3
    kaz = 1 * (0.6 + 0.2 * 1 + 0.2 * northern) + 1 * (0.6 + 0.2 * 0 + 0.2 * china_ca)
    assert ev2020.value("transit_connectivity", "KAZ") == pytest.approx(transit(kaz), **APPROX)
    uzb = 1 * (0.6 + 0.2 * 0 + 0.2 * china_ca)
    assert ev2020.value("transit_connectivity", "UZB") == pytest.approx(transit(uzb), **APPROX)
    assert ev2020.value("transit_connectivity", "KGZ") == 0.0  # on no corridor
    # RUS: NORTHERN, ease 1 (KAZ), the route's affinity as for KAZ
    assert ev2020.value("transit_connectivity", "RUS") == pytest.approx(
        transit(0.6 + 0.2 + 0.2 * northern), **APPROX
    )


def test_transit_2023_sanctions_close_northern_route(ev2023: api.Evaluation) -> None:
    # RUS severity .8 leaves the NORTHERN route 1 - .8 = .2 open for KAZ
    northern = (MV_ROUTE + 1) / 2
    china_ca = (MV_ROUTE + MV_ROUTE + 1) / 3
    kaz = 0.2 * (0.6 + 0.2 * 1 + 0.2 * northern) + 1 * (0.6 + 0.2 * china_ca)
    assert ev2023.value("transit_connectivity", "KAZ") == pytest.approx(transit(kaz), **APPROX)


# --- blocs -------------------------------------------------------------------------------------------


def test_eaeu_bloc_values(ev2020: api.Evaluation) -> None:
    assert ev2020.value("bloc_members", "EAEU") == 3  # RUS KAZ KGZ; UZB only observes
    assert ev2020.value("bloc_gdp", "EAEU") == pytest.approx(1500 + 170 + 8, **APPROX)
    assert ev2020.value("bloc_population", "EAEU") == pytest.approx(145 + 19 + 6.5, **APPROX)
    assert ev2020.value("bloc_dominance", "EAEU") == pytest.approx(100 * 1500 / 1678, **APPROX)
    # cohesion: weight on russia of RUS (pole: 1), KAZ (multi-vector: 0), KGZ (russia-led: 1)
    assert ev2020.value("bloc_cohesion", "EAEU") == pytest.approx(100 * (1 + 0 + 1) / 3, **APPROX)


def test_eaeu_bloc_values_uzb_joins(tiny_world: World) -> None:
    s = api.Scenario(year=2020).with_membership(api.MembershipEdit("UZB", "EAEU", "join", "member"))
    ev = api.evaluate(tiny_world, s)
    assert ev.value("bloc_members", "EAEU") == 4
    assert ev.value("bloc_gdp", "EAEU") == pytest.approx(1738, **APPROX)
    assert ev.value("bloc_population", "EAEU") == pytest.approx(204.5, **APPROX)
    assert ev.value("bloc_dominance", "EAEU") == pytest.approx(100 * 1500 / 1738, **APPROX)
    # UZB base ties move: russia .5*.25 + .3*.425 = .25; costs (1.25, .8875, .375);
    # level over china and west (1 + .8875 + .375)/2 = 1.13125 < 1.25: russia weight 0
    assert ev.value("bloc_cohesion", "EAEU") == pytest.approx(100 * 2 / 4, **APPROX)


def test_wto_bloc_values(ev2020: api.Evaluation) -> None:
    assert ev2020.value("bloc_members", "WTO") == 5
    assert ev2020.value("bloc_dominance", "WTO") == pytest.approx(100 * 21000 / 37678, **APPROX)


# --- region --------------------------------------------------------------------------------------------
# Post-Soviet: RUS (counts as russia-led), KAZ multi-vector, KGZ russia-led, UZB multi-vector.


def test_region(ev2020: api.Evaluation) -> None:
    assert ev2020.value("region_states_russia_led", "region") == pytest.approx(50.0)
    assert ev2020.value("region_states_china_centred", "region") == 0.0
    assert ev2020.value("region_population_russia_led", "region") == pytest.approx(
        100 * (145 + 6.5) / (145 + 19 + 6.5 + 34), **APPROX
    )
    assert ev2020.value("region_gdp_multi_vector", "region") == pytest.approx(
        100 * (170 + 60) / (1500 + 170 + 8 + 60), **APPROX
    )


def test_region_kaz_china_centred(tiny_world: World) -> None:
    ev = api.evaluate(tiny_world, api.Scenario(year=2020).with_alignment("KAZ", "china-centred"))
    assert ev.value("region_gdp_china_centred", "region") == pytest.approx(
        100 * 170 / 1738, **APPROX
    )
    assert ev.baseline("region_gdp_china_centred", "region") == 0.0


# Explanations of these values: test_explanation_values.py.
