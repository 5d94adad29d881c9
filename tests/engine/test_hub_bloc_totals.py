"""A hub bloc's totals are its partners' (#12 expert review, second round, item 5).

A bloc with ``preferential_with`` (UKR_FTAS, GEO_FTAS, UK_PARTNERSHIPS, RUS_FTAS with a state
as hub; EU_DCFTA, EAEU_FTA, EAEU_IRN_INTERIM with a bloc) is a set of agreements with the hub,
and its members are the partners. Its member count, population and GDP leave the hub out: the
partners do not trade freely with each other, and a hub bloc's members are counted in that
bloc's own totals. The explanation of each total says so, so a reader does not take the figure
for the size of a market that includes the hub.
"""

from __future__ import annotations

import pytest

from regio_desktop import api

WORLD = api.load_world()
YEAR = 2023


def _total(code: str, bloc: str) -> float:
    return api.evaluate(WORLD, api.Scenario(year=YEAR)).value(code, bloc)


@pytest.mark.parametrize(
    ("bloc", "hub"),
    [("UKR_FTAS", "UKR"), ("GEO_FTAS", "GEO"), ("UK_PARTNERSHIPS", "GBR"), ("RUS_FTAS", "RUS")],
)
def test_a_state_hubs_totals_leave_the_hub_out_and_say_so(bloc: str, hub: str) -> None:
    explanation = api.explain(WORLD, api.Scenario(year=YEAR), "bloc_gdp", bloc)
    assert explanation.formula.code == "formula_bloc_gdp_partners"
    assert explanation.formula.params == {"hub": hub}
    assert hub not in {str(c.phrase.params.get("member")) for c in explanation.contributions}
    parts = sum(c.value for c in explanation.contributions)
    assert parts == pytest.approx(_total("bloc_gdp", bloc))


def test_a_bloc_hubs_totals_leave_its_members_out() -> None:
    """Iran's interim agreement reaches the EAEU's members; the bloc's population is Iran's."""
    explanation = api.explain(WORLD, api.Scenario(year=YEAR), "bloc_population", "EAEU_IRN_INTERIM")
    assert explanation.formula.code == "formula_bloc_population_partners"
    assert [c.phrase.params["member"] for c in explanation.contributions] == ["IRN"]
    assert _total("bloc_members", "EAEU_IRN_INTERIM") == 1


def test_a_bloc_without_a_hub_keeps_the_full_members_wording() -> None:
    explanation = api.explain(WORLD, api.Scenario(year=YEAR), "bloc_members", "EU")
    assert explanation.formula.code == "formula_bloc_members"
    assert _total("bloc_members", "EU") == 27


CANDIDATES = ["TUR", "MKD", "MNE", "SRB", "ALB", "UKR", "MDA", "BIH", "GEO"]
"""The EU's candidates in 2024, each recorded as 'associate' of the EU (docs/indicators.md,
"EU candidates are recorded as associate")."""


@pytest.mark.parametrize("state", CANDIDATES)
def test_eu_candidates_are_associates_and_reach_no_member_through_the_eu(state: str) -> None:
    on = WORLD.memberships_on(2024)
    rows = on[(on["state"] == state) & (on["bloc"] == "EU")]
    assert list(rows["status"]) == ["associate"]
    assert "Candidate status" in str(rows["note"].iloc[0])
    ev = api.evaluate(WORLD, api.Scenario(year=2024))
    snap, terms = ev.snapshot, ev.result.terms
    i, eu = snap.state_index(state), snap.bloc_index("EU")
    assert not (terms.reach_via[i] == eu).any()
