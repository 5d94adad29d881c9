"""``explain_change``: the steps from the baseline to the scenario add up to the change, for every
state, bloc and region indicator, and name the parts that moved."""

from __future__ import annotations

import math

import pytest

from regio_desktop import api
from regio_desktop.engine.catalogue import BLOC_INDICATORS, STATE_INDICATORS
from regio_desktop.world.loaded_world import World
from tests.engine.test_explanation_values import SCENARIOS


@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=SCENARIOS.keys())
def test_steps_add_up_to_the_change_everywhere(tiny_world: World, scenario: api.Scenario) -> None:
    ev = api.evaluate(tiny_world, scenario)
    entities = [(i.code, s) for i in STATE_INDICATORS for s in tiny_world.state_codes]
    entities += [(i.code, b) for i in BLOC_INDICATORS for b in tiny_world.bloc_codes]
    entities += [(c, "region") for c in ev.result.region]
    levels_moved = set()
    for code, entity in entities:
        change = api.explain_change(tiny_world, scenario, code, entity)
        delta = ev.value(code, entity) - ev.baseline(code, entity)
        assert change.change == delta or (math.isnan(delta) and math.isnan(change.change))
        if math.isnan(delta):
            continue
        assert sum(s.value for s in change.steps) == pytest.approx(delta, rel=1e-9, abs=1e-9), (
            code,
            entity,
        )
        assert all(s.phrase.code != "change_unexplained" for s in change.steps), (code, entity)
        if abs(delta) > 1e-9:
            levels_moved.add(api.indicator_info(code).level)
        else:
            assert change.steps == [], (code, entity)
    if scenario.memberships or scenario.alignments:
        assert levels_moved == {"state", "bloc", "region"}


EDITED = SCENARIOS["2023-edited"]


def test_leaving_a_bloc_is_the_step_of_that_bloc(tiny_world: World) -> None:
    change = api.explain_change(tiny_world, EDITED, "autonomy", "KGZ")
    csto = [s for s in change.steps if s.phrase.params.get("bloc") == "CSTO"]
    assert len(csto) == 1 and csto[0].scenario_phrase is None  # gone in the scenario
    assert csto[0].value > 0 and change.judgement == "better"
    assert "(not in the scenario)" in csto[0].label
    # every bloc KGZ keeps is listed as unchanged, not as a step
    assert all(c.phrase.params.get("bloc") != "CSTO" for c in change.unchanged)


def test_a_join_adds_the_member_to_the_bloc_figures(tiny_world: World) -> None:
    change = api.explain_change(tiny_world, EDITED, "bloc_gdp", "EAEU")
    assert [(s.phrase.params["member"], s.baseline_phrase) for s in change.steps] == [("UZB", None)]
    assert change.steps[0].value == pytest.approx(60.0)
    assert change.unit == "US$ bn" and change.judgement == "neutral"


def test_the_steps_are_largest_first_and_the_unmoved_make_none(tiny_world: World) -> None:
    change = api.explain_change(tiny_world, EDITED, "sanctions_exposure", "UZB")
    sizes = [abs(s.value) for s in change.steps]
    assert sizes == sorted(sizes, reverse=True) and sizes
    keys = {s.phrase.key for s in change.steps}
    assert not keys & {c.phrase.key for c in change.unchanged}


def test_no_edits_no_steps(tiny_world: World) -> None:
    change = api.explain_change(tiny_world, api.Scenario(year=2023), "autonomy", "KAZ")
    assert change.steps == [] and change.change == 0.0 and change.judgement == "same"
    assert change.unchanged and change.formula.code == "formula_autonomy"
