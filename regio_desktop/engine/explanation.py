"""``explain()``: the contributions that make up an indicator's value ("why is this 62?").

Each contribution is in the indicator's own units and is computed with the indicator's own
formula: the functions and constants of indicator_values.py and terms.py, never a copy of them.
Where the formula is a plain sum (a mean, a share, a total), each part is its term. Where it is not
(an index that saturates, a cap, a product), the parts are taken largest first and each contributes
what it adds to the index on top of the parts before it, so they add up to the value the engine
computes; nothing is scaled to fit, so a part the explanation missed shows as a gap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import SupportsIndex

import numpy as np

from regio_desktop.engine.catalogue import indicator_info
from regio_desktop.engine.evaluation import Evaluation, Outcome, evaluate
from regio_desktop.engine.indicator_values import (
    CORRIDOR_AFFINITY,
    CORRIDOR_BASE,
    CORRIDOR_EASE,
    CORRIDOR_SCALE,
    GDP_UNIT,
    POPULATION_UNIT,
    alignment_autonomy_loss,
    autonomy_index,
    corridor_values,
    delegation_losses,
    dependence_index,
    diversification_parts,
    exposure_index,
    has_alignment,
    ratio_index,
    region_categories,
    region_weights,
    saturate,
    transit_index,
)
from regio_desktop.engine.terms import (
    N_POLES,
    SINGLE_POLE_OF,
    alignment_exposure,
    alignment_vectors,
    institutional_ties,
    market_parts,
)
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import ALIGNMENTS, POLES

LITERATURE = "project reading of the literature"


@dataclass(frozen=True)
class Contribution:
    """One part of an indicator's value, with the source of the figure behind it."""

    label: str
    value: float
    source: str = ""


@dataclass(frozen=True)
class Explanation:
    """An indicator's value for one entity, its baseline, a one-line formula and its parts."""

    indicator: str
    entity: str
    value: float
    baseline: float
    summary: str
    contributions: list[Contribution] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)


Part = tuple[str, float, str]
"""A term of an indicator's inner sum before its index is applied: label, amount, source."""


def _in_turn(
    parts: list[Part], index: Callable[[float], float], start: float = 0.0
) -> list[Contribution]:
    """What each part adds to ``index`` of the running sum, largest part first.

    The contributions telescope to ``index(start + sum of parts) - index(start)``: for a linear
    index they are the parts themselves (times the index's slope); past a cap they are 0.
    """
    out = []
    total = start
    before = float(index(start))
    for label, amount, source in sorted((p for p in parts if p[1]), key=lambda p: -p[1]):
        total += amount
        now = float(index(total))
        out.append(Contribution(label, now - before, source))
        before = now
    return out


def _membership_source(world: World, state: str, bloc: str) -> str:
    rows = world.memberships[
        (world.memberships["state"] == state) & (world.memberships["bloc"] == bloc)
    ]
    return str(rows["source"].iloc[-1]) if not rows.empty else "scenario edit"


def _trade_source(world: World, state: str) -> str:
    rows = world.trade_shares[world.trade_shares["state"] == state]
    return str(rows["source"].iloc[-1]) if not rows.empty else ""


def _figure_source(world: World, state: str, indicator: str, year: int) -> str:
    """The source of the observation a snapshot took for a state ('' if it has none)."""
    obs = world.observations
    rows = obs[(obs["state"] == state) & (obs["indicator"] == indicator) & (obs["year"] == year)]
    return str(rows["source"].iloc[-1]) if not rows.empty else ""


def _dependence(
    ev: Evaluation, side: Outcome, pole: int, i: int, choice: str
) -> list[Contribution]:
    """Trade, each bloc the pole leads (their sum capped as ``institutional_ties`` caps it) and
    alignment, as terms of ``dependence_index``."""
    snap, world, params, terms = ev.snapshot, ev.world, ev.params, side.terms
    state = snap.states[i]
    inst = _in_turn(
        [
            (
                f"{snap.blocs[b]} ({side.status[i, b]}) × {params['weight_institutions']}",
                float(terms.inst_by_bloc[i, b]),
                _membership_source(world, state, snap.blocs[b]),
            )
            for b in np.flatnonzero((terms.inst_by_bloc[i] > 0) & (snap.lead == pole))
        ],
        institutional_ties,
    )
    a = alignment_vectors(terms, side.alignment)[i]
    parts = [
        (
            f"trade share with {POLES[pole]} {snap.trade[i, pole]:.0%} × {params['weight_trade']}",
            params["weight_trade"] * float(snap.trade[i, pole]),
            _trade_source(world, state),
        ),
        *((c.label, params["weight_institutions"] * c.value, c.source) for c in inst),
        (
            f"alignment {choice} × {params['weight_alignment']}",
            params["weight_alignment"] * float(a[pole]),
            LITERATURE,
        ),
    ]
    return _in_turn(parts, dependence_index)


def _explain_state(
    ev: Evaluation, side: Outcome, code: str, state: str
) -> tuple[str, list[Contribution]]:
    snap, world, params, terms = ev.snapshot, ev.world, ev.params, side.terms
    i = snap.state_index(state)
    a = alignment_vectors(terms, side.alignment)
    choice = ALIGNMENTS[side.alignment[i]] if side.alignment[i] >= 0 else "pole"
    blocs = snap.blocs
    taken_in_turn = "; the parts are taken largest first, each adding what it adds on top"
    if code == "market_access":
        reached = market_parts(terms.reach, snap.gdp)[i]
        parts = [
            (
                f"{snap.states[t]}: GDP {snap.gdp[t] / GDP_UNIT:,.0f} bn at preferential depth "
                f"{terms.reach[i, t]:.2f} through {blocs[terms.reach_via[i, t]]}",
                float(reached[t]),
                _figure_source(world, snap.states[t], "gdp_usd", int(snap.gdp_year[t])),
            )
            for t in np.flatnonzero(reached > 0)
        ]
        return (
            f"100·X/(1+X) with X = {terms.market_x[i]:.2f}: the preferential partners' GDP as a "
            f"multiple of {state}'s own ({snap.gdp[i] / GDP_UNIT:,.0f} bn, {snap.gdp_year[i]})"
            + taken_in_turn,
            _in_turn(parts, ratio_index),
        )
    if code.startswith("dependence_"):
        pole = POLES.index(code.removeprefix("dependence_"))
        return (
            "100 × (weighted trade share + weighted ties to blocs the pole leads, at most 1 + "
            "weighted alignment), at most 100",
            _dependence(ev, side, pole, i, choice),
        )
    if code == "sanctions_exposure":
        parts = [
            (
                f"trade with {POLES[p]} ({snap.trade[i, p]:.0%}, severity "
                f"{terms.pole_severity[p]:.2f})",
                params["exposure_trade"] * float(snap.trade[i, p] * terms.pole_severity[p]),
                _trade_source(world, state),
            )
            for p in range(N_POLES)
        ]
        parts += [
            (
                f"{blocs[b]}: {terms.sanctioned_share[b]:.0%} of members' GDP sanctioned",
                params["exposure_institutions"] * float(terms.exposure_by_bloc[i, b]),
                _membership_source(world, state, blocs[b]),
            )
            for b in np.flatnonzero(terms.exposure_by_bloc[i] > 0)
        ]
        parts.append(
            (
                f"alignment {choice}",
                params["exposure_alignment"] * float(alignment_exposure(terms, side.alignment)[i]),
                LITERATURE,
            )
        )
        parts.append((f"sanctions on {state} itself", float(terms.severity[i]), "sanctions"))
        return (
            "100 × min(1, trade with sanctioned poles + blocs with sanctioned members + "
            "alignment with a sanctioned pole + own sanctions)" + taken_in_turn,
            _in_turn(parts, exposure_index),
        )
    if code == "autonomy":
        losses = delegation_losses(terms)[i]
        parts = [
            (
                f"{blocs[b]}: delegation {snap.delegation[b]:.2f}, dominance "
                f"{terms.dominance[b]:.0%}",
                float(losses[b]),
                _membership_source(world, state, blocs[b]),
            )
            for b in np.flatnonzero(losses > 0)
        ]
        if side.alignment[i] in SINGLE_POLE_OF:
            parts.append(
                (f"single-pole alignment ({choice})", alignment_autonomy_loss(params), "parameter")
            )
        start = float(autonomy_index(1.0))
        return (
            "100 × product of (1 − delegation × dominance factor) over blocs, less the cost "
            "of a single-pole alignment" + taken_in_turn,
            [
                Contribution("starting autonomy", start),
                *_in_turn(parts, lambda loss: autonomy_index(np.exp(-loss))),
            ],
        )
    if code == "security_coverage":
        parts = [
            (
                f"{blocs[b]} ({side.status[i, b]})",
                float(terms.security_by_bloc[i, b]),
                _membership_source(world, state, blocs[b]),
            )
            for b in np.flatnonzero(terms.security_by_bloc[i] > 0)
        ]
        return (
            "100 × (1 − exp(−Y)), Y = sum over blocs of status × security depth × defence "
            "multiplier × partners' share of combined GDP" + taken_in_turn,
            _in_turn(parts, saturate),
        )
    if code == "diversification":
        ties = terms.base_ties[i] + params["weight_alignment"] * a[i]
        total = float(ties.sum())
        q = ties / total if total > 0 else np.zeros_like(ties)
        shares = diversification_parts(q) if total > 0 else np.zeros_like(ties)
        return (
            f"100 × Σ q·(1 − q) / (1 − 1/{N_POLES}) = 100 × (1 − Σ q²) / (1 − 1/{N_POLES}), "
            f"q the shares of the state's ties to the {N_POLES} poles",
            [
                Contribution(f"ties with {POLES[p]}: {q[p]:.0%} of the state's ties", float(v))
                for p, v in enumerate(shares)
                if v
            ],
        )
    if code == "transit_connectivity":
        values = corridor_values(snap, terms, a)[i]
        mine = world.corridor_states_on(snap.date).query("state == @state")
        segment_source = dict(zip(mine["corridor"], mine["source"], strict=True))
        parts = [
            (
                f"{snap.corridors[c]}: open {terms.corridor_open[i, c]:.0%}, eased "
                f"{terms.corridor_ease[i, c]:.0%}",
                float(values[c]),
                str(segment_source.get(snap.corridors[c], "corridors")),
            )
            for c in np.flatnonzero(snap.on_corridor[i] > 0)
        ]
        return (
            f"100 × (1 − exp(−Z / {CORRIDOR_SCALE:g})), Z = sum over open corridors of "
            f"openness × ({CORRIDOR_BASE} + {CORRIDOR_EASE} ease + {CORRIDOR_AFFINITY} "
            "alignment with the corridor's pole)" + taken_in_turn,
            _in_turn(parts, transit_index),
        )
    raise KeyError(code)


def _explain_bloc(
    ev: Evaluation, side: Outcome, code: str, bloc: str
) -> tuple[str, list[Contribution]]:
    snap, world, terms = ev.snapshot, ev.world, side.terms
    b = snap.bloc_index(bloc)
    members = np.flatnonzero(terms.full[:, b])

    def gdp_source(m: SupportsIndex) -> str:
        return _figure_source(world, snap.states[m], "gdp_usd", int(snap.gdp_year[m]))

    if code == "bloc_members":
        parts = [
            Contribution(snap.states[m], 1.0, _membership_source(world, snap.states[m], bloc))
            for m in members
        ]
        return "count of founding and full members", parts
    if code == "bloc_gdp":
        parts = [
            Contribution(snap.states[m], float(snap.gdp[m] / GDP_UNIT), gdp_source(m))
            for m in members
        ]
        return "sum of the full members' GDP (US$ bn)", sorted(parts, key=lambda c: -c.value)
    if code == "bloc_population":
        parts = [
            Contribution(
                snap.states[m],
                float(snap.population[m] / POPULATION_UNIT),
                _figure_source(world, snap.states[m], "population", int(snap.population_year[m])),
            )
            for m in members
        ]
        return "sum of the full members' population (million)", sorted(
            parts, key=lambda c: -c.value
        )
    if code == "bloc_dominance":
        leader = int(terms.leader[b])
        parts = (
            [
                Contribution(
                    snap.states[leader], float(100.0 * terms.dominance[b]), gdp_source(leader)
                )
            ]
            if members.size
            else []
        )
        return "the largest full member's share of the full members' GDP (%)", parts
    a = alignment_vectors(terms, side.alignment)[members]  # (members, P)
    aligned = has_alignment(a) > 0
    members, a = members[aligned], a[aligned]
    lead = int(snap.lead[b])
    pole = lead if lead >= 0 else int(a.sum(axis=0).argmax()) if members.size else 0
    parts = [
        Contribution(
            f"{snap.states[m]}: {a[k, pole]:.0%} on {POLES[pole]}",
            float(100 * a[k, pole] / len(members)),
        )
        for k, m in enumerate(members)
    ]
    whose = "the leading pole" if lead >= 0 else "the pole they weigh most on together (no lead)"
    return (
        f"mean over full members with an alignment of the weight of their alignment on {whose}",
        parts,
    )


def _explain_region(
    ev: Evaluation, side: Outcome, indicator: str
) -> tuple[str, list[Contribution]]:
    snap = ev.snapshot
    _, measure, target = indicator.split("_", 2)
    weights = region_weights(snap)[measure]
    cats = region_categories(snap, side.alignment)
    total = float(weights[snap.post_soviet].sum())
    parts = [
        Contribution(
            state,
            100.0 * float(weights[i]) / total,
            _figure_source(ev.world, state, "gdp_usd", int(snap.gdp_year[i]))
            if measure == "gdp"
            else "",
        )
        for i, state in enumerate(snap.states)
        if snap.post_soviet[i] and cats[i] == target and total > 0
    ]
    return "share of the post-Soviet states' total in states with this alignment", parts


def explain(world: World, scenario: Scenario, indicator: str, entity: str) -> Explanation:
    """Explain one indicator for a state, a bloc or the region, in the scenario."""
    info = indicator_info(indicator)
    ev = evaluate(world, scenario)
    value, base = ev.value(indicator, entity), ev.baseline(indicator, entity)
    if info.level == "state":
        summary, parts = _explain_state(ev, ev.result, indicator, entity)
        i = ev.snapshot.state_index(entity)
        inputs = [
            f"GDP from {ev.snapshot.gdp_year[i] or 'no year'}",
            f"trade shares from {ev.snapshot.trade_year[i] or 'no year'}",
        ]
    elif info.level == "bloc":
        summary, parts = _explain_bloc(ev, ev.result, indicator, entity)
        inputs = [f"memberships on {ev.snapshot.date.isoformat()}"]
    else:
        summary, parts = _explain_region(ev, ev.result, indicator)
        inputs = [f"alignments on {ev.snapshot.date.isoformat()}"]
    return Explanation(indicator, entity, value, base, summary, parts, inputs)
