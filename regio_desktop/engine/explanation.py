"""``explain()``: the contributions that make up an indicator's value ("why is this 62?").

Each contribution is in the indicator's own units and is computed with the indicator's own
formula: the functions and constants of indicator_values.py and terms.py, never a copy of them.
Where the formula is a plain sum (a mean, a share, a total), each part is its term. Where it is not
(an index that saturates, a cap, a product), the parts are taken largest first and each contributes
what it adds to the index on top of the parts before it, so they add up to the value the engine
computes; nothing is scaled to fit, so a part the explanation missed shows as a gap.

Every part and formula is named by a ``Phrase`` (a code and parameters, explanation_phrases.py),
worded by whoever shows it. ``breakdown`` gives one side's parts before the index is applied, which
is what ``explain_change`` (explanation_change.py) splits a change between two sides with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, SupportsIndex

import numpy as np

from regio_desktop.engine.catalogue import indicator_info
from regio_desktop.engine.evaluation import Evaluation, Outcome, evaluate
from regio_desktop.engine.explanation_parts import (
    Breakdown,
    Contribution,
    figure_source,
    membership_source,
)
from regio_desktop.engine.explanation_phrases import Phrase
from regio_desktop.engine.explanation_state import state_breakdown
from regio_desktop.engine.indicator_values import (
    GDP_UNIT,
    POPULATION_UNIT,
    has_alignment,
    region_categories,
    region_weights,
)
from regio_desktop.engine.terms import (
    alignment_vectors,
)
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import POLES


@dataclass(frozen=True)
class Explanation:
    """An indicator's value for one entity, its baseline, its formula in words and its parts."""

    indicator: str
    entity: str
    value: float
    baseline: float
    formula: Phrase
    contributions: list[Contribution] = field(default_factory=list)
    inputs: list[Phrase] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """The formula in English words."""
        return self.formula.english


_TOTALS: Final = ("bloc_members", "bloc_gdp", "bloc_population")


def _hub_code(ev: Evaluation, b: int) -> str | None:
    """The state or bloc an agreement bloc's members reach (``preferential_with``), or None.
    Such a bloc is a set of agreements with its hub, and its members are the partners only."""
    snap = ev.snapshot
    if snap.hub_state[b] >= 0:
        return str(snap.states[int(snap.hub_state[b])])
    if snap.hub[b] >= 0:
        return str(snap.blocs[int(snap.hub[b])])
    return None


def _total_breakdown(
    ev: Evaluation,
    code: str,
    bloc: str,
    members: np.ndarray,
    member: Callable[[SupportsIndex], Phrase],
    gdp_source: Callable[[SupportsIndex], str],
) -> Breakdown:
    """A bloc's count, GDP or population, one part per full member. A hub bloc's totals are
    its partners' only (the #12 expert review asked that this be said where totals are shown):
    the hub is reached through the agreements but is not a party to a bloc of its own."""
    snap, world = ev.snapshot, ev.world
    hub = _hub_code(ev, snap.bloc_index(bloc))
    formula = (
        Phrase(f"formula_{code}")
        if hub is None
        else Phrase(f"formula_{code}_partners", {"hub": hub})
    )
    if code == "bloc_members":
        parts = [
            (member(m), 1.0, membership_source(world, snap.states[m], bloc, snap.date))
            for m in members
        ]
        return Breakdown(formula, parts)
    if code == "bloc_gdp":
        parts = [(member(m), float(snap.gdp[m] / GDP_UNIT), gdp_source(m)) for m in members]
    else:
        parts = [
            (
                member(m),
                float(snap.population[m] / POPULATION_UNIT),
                figure_source(world, snap.states[m], "population", int(snap.population_year[m])),
            )
            for m in members
        ]
    return Breakdown(formula, sorted(parts, key=lambda p: -p[1]))


def _bloc_breakdown(ev: Evaluation, side: Outcome, code: str, bloc: str) -> Breakdown:
    snap, world, terms = ev.snapshot, ev.world, side.terms
    b = snap.bloc_index(bloc)
    members = np.flatnonzero(terms.full[:, b])

    def gdp_source(m: SupportsIndex) -> str:
        return figure_source(world, snap.states[m], "gdp_usd", int(snap.gdp_year[m]))

    def member(m: SupportsIndex) -> Phrase:
        return Phrase("member", {"member": snap.states[m]})

    if code in _TOTALS:
        return _total_breakdown(ev, code, bloc, members, member, gdp_source)
    if code == "bloc_dominance":
        leader = int(terms.leader[b])
        parts = (
            [(member(leader), float(100.0 * terms.dominance[b]), gdp_source(leader))]
            if members.size
            else []
        )
        return Breakdown(Phrase("formula_bloc_dominance"), parts)
    a = alignment_vectors(terms, side.alignment)[members]  # (members, P)
    aligned = has_alignment(a) > 0
    members, a = members[aligned], a[aligned]
    lead = int(snap.lead[b])
    pole = lead if lead >= 0 else int(a.sum(axis=0).argmax()) if members.size else 0
    parts = [
        (
            Phrase(
                "cohesion_member",
                {"member": snap.states[m], "share": float(a[k, pole]), "pole": POLES[pole]},
            ),
            float(100 * a[k, pole] / len(members)),
            "",
        )
        for k, m in enumerate(members)
    ]
    formula = "formula_bloc_cohesion_lead" if lead >= 0 else "formula_bloc_cohesion_no_lead"
    return Breakdown(Phrase(formula), parts)


def _region_breakdown(ev: Evaluation, side: Outcome, indicator: str) -> Breakdown:
    snap = ev.snapshot
    _, measure, target = indicator.split("_", 2)
    weights = region_weights(snap)[measure]
    cats = region_categories(snap, side.alignment)
    total = float(weights[snap.post_soviet].sum())
    parts = [
        (
            Phrase("member", {"member": state}),
            100.0 * float(weights[i]) / total,
            figure_source(ev.world, state, "gdp_usd", int(snap.gdp_year[i]))
            if measure == "gdp"
            else "",
        )
        for i, state in enumerate(snap.states)
        if snap.post_soviet[i] and cats[i] == target and total > 0
    ]
    return Breakdown(Phrase("formula_region"), parts)


def breakdown(ev: Evaluation, side: Outcome, indicator: str, entity: str) -> Breakdown:
    """The parts of one indicator for a state, a bloc or the region on one side of ``ev``
    (``ev.result``, the scenario, or ``ev.base``, the baseline)."""
    level = indicator_info(indicator).level
    if level == "state":
        return state_breakdown(ev, side, indicator, entity)
    if level == "bloc":
        return _bloc_breakdown(ev, side, indicator, entity)
    return _region_breakdown(ev, side, indicator)


def inputs(ev: Evaluation, indicator: str, entity: str) -> list[Phrase]:
    """The data an indicator's figure rests on: the years of GDP and trade, or the date."""
    level = indicator_info(indicator).level
    if level == "state":
        i = ev.snapshot.state_index(entity)
        gdp_year, trade_year = int(ev.snapshot.gdp_year[i]), int(ev.snapshot.trade_year[i])
        return [
            Phrase("input_gdp_year", {"year": gdp_year})
            if gdp_year
            else Phrase("input_gdp_missing"),
            Phrase("input_trade_year", {"year": trade_year})
            if trade_year
            else Phrase("input_trade_missing"),
        ]
    date = ev.snapshot.date.isoformat()
    code = "input_memberships_on" if level == "bloc" else "input_alignments_on"
    return [Phrase(code, {"date": date})]


def explain(world: World, scenario: Scenario, indicator: str, entity: str) -> Explanation:
    """Explain one indicator for a state, a bloc or the region, in the scenario."""
    ev = evaluate(world, scenario)
    value, base = ev.value(indicator, entity), ev.baseline(indicator, entity)
    parts = breakdown(ev, ev.result, indicator, entity)
    return Explanation(
        indicator,
        entity,
        value,
        base,
        parts.formula,
        parts.contributions(),
        inputs(ev, indicator, entity),
    )
