"""``explain()``: the contributions that make up an indicator's value ("why is this 62?").

Each contribution is in the indicator's own units and they add up to the value shown (where an
index saturates, each raw contribution is scaled by the same factor, and the summary says so).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from regio_desktop.engine.catalogue import indicator_info
from regio_desktop.engine.evaluation import Evaluation, Outcome, evaluate
from regio_desktop.engine.indicator_values import region_categories
from regio_desktop.engine.terms import alignment_exposure, alignment_vectors
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import ALIGNMENTS, POLES

GDP_SOURCE = "wb_wdi_gdp"


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


def _scaled(parts: list[tuple[str, float, str]], value: float) -> list[Contribution]:
    """Scale raw parts so they add up to the value shown (proportional attribution)."""
    raw = sum(p[1] for p in parts)
    factor = value / raw if raw else 0.0
    return [
        Contribution(label, amount * factor, source) for label, amount, source in parts if amount
    ]


def _membership_source(world: World, state: str, bloc: str) -> str:
    rows = world.memberships[
        (world.memberships["state"] == state) & (world.memberships["bloc"] == bloc)
    ]
    return str(rows["source"].iloc[-1]) if not rows.empty else "scenario edit"


def _trade_source(world: World, state: str) -> str:
    rows = world.trade_shares[world.trade_shares["state"] == state]
    return str(rows["source"].iloc[-1]) if not rows.empty else ""


def _explain_state(
    ev: Evaluation, side: Outcome, code: str, state: str
) -> tuple[str, list[Contribution]]:
    snap, world, params, terms = ev.snapshot, ev.world, ev.params, side.terms
    i = snap.state_index(state)
    value = float(side.states[code][i])
    a = alignment_vectors(terms, side.alignment)[i]
    choice = ALIGNMENTS[side.alignment[i]] if side.alignment[i] >= 0 else "pole"
    blocs = snap.blocs
    if code == "market_access":
        parts = []
        for t in np.flatnonzero(terms.reach[i] > 0):
            share = terms.reach[i, t] * snap.gdp[t] / snap.gdp[i]
            parts.append(
                (
                    f"{snap.states[t]}: GDP {snap.gdp[t] / 1e9:,.0f} bn at preferential depth "
                    f"{terms.reach[i, t]:.2f}",
                    share,
                    GDP_SOURCE,
                )
            )
        x = float(terms.market_x[i])
        return (
            f"100·X/(1+X) with X = {x:.2f}: the preferential partners' GDP as a multiple of "
            f"{state}'s own ({snap.gdp[i] / 1e9:,.0f} bn, {snap.gdp_year[i]})",
            _scaled(parts, value),
        )
    if code.startswith("dependence_"):
        pole = POLES.index(code.removeprefix("dependence_"))
        parts = [
            (
                f"trade share with {POLES[pole]} {snap.trade[i, pole]:.0%} × {params['weight_trade']}",
                100 * params["weight_trade"] * snap.trade[i, pole],
                _trade_source(world, state),
            )
        ]
        raw_inst = terms.inst_by_bloc[i] * (snap.lead == pole)
        cap = min(1.0, raw_inst.sum()) / raw_inst.sum() if raw_inst.sum() > 0 else 0.0
        for b in np.flatnonzero(raw_inst > 0):
            parts.append(
                (
                    f"{blocs[b]} ({side.status[i, b]}) × {params['weight_institutions']}",
                    100 * params["weight_institutions"] * raw_inst[b] * cap,
                    _membership_source(world, state, blocs[b]),
                )
            )
        parts.append(
            (
                f"alignment {choice} × {params['weight_alignment']}",
                100 * params["weight_alignment"] * a[pole],
                "project reading of the literature",
            )
        )
        summary = (
            "100 × (weighted trade share + weighted ties to blocs the pole leads + weighted "
            "alignment)"
        )
        if sum(p[1] for p in parts) > value:  # capped at 100: the parts are scaled down alike
            return summary + ", capped at 100", _scaled(parts, value)
        return summary, [Contribution(*p) for p in parts if p[1]]
    if code == "sanctions_exposure":
        parts = []
        for p in range(len(POLES)):
            if snap.trade[i, p] and terms.pole_severity[p]:
                parts.append(
                    (
                        f"trade with {POLES[p]} ({snap.trade[i, p]:.0%}, severity "
                        f"{terms.pole_severity[p]:.2f})",
                        params["exposure_trade"] * snap.trade[i, p] * terms.pole_severity[p],
                        _trade_source(world, state),
                    )
                )
        for b in np.flatnonzero(terms.exposure_by_bloc[i] > 0):
            parts.append(
                (
                    f"{blocs[b]}: {terms.sanctioned_share[b]:.0%} of members' GDP sanctioned",
                    params["exposure_institutions"] * terms.exposure_by_bloc[i, b],
                    _membership_source(world, state, blocs[b]),
                )
            )
        align = float(alignment_exposure(terms, side.alignment)[i])
        if align:
            parts.append(
                (
                    f"alignment {choice}",
                    params["exposure_alignment"] * align,
                    "project reading of the literature",
                )
            )
        if terms.severity[i]:
            parts.append((f"sanctions on {state} itself", float(terms.severity[i]), "sanctions"))
        return (
            "100 × min(1, trade with sanctioned poles + blocs with sanctioned members + "
            "alignment with a sanctioned pole + own sanctions)",
            _scaled(parts, value),
        )
    if code == "autonomy":
        losses = -np.log1p(-np.minimum(terms.delegated_by_bloc[i], 0.999))
        parts = [
            (
                f"{blocs[b]}: delegation {snap.delegation[b]:.2f}, dominance "
                f"{terms.dominance[b]:.0%}",
                float(losses[b]),
                _membership_source(world, state, blocs[b]),
            )
            for b in np.flatnonzero(losses > 0)
        ]
        single = choice in ("russia-led", "china-centred", "west-oriented")
        if single:
            parts.append(
                (
                    f"single-pole alignment ({choice})",
                    float(-np.log1p(-params["alignment_autonomy_cost"])),
                    "parameter",
                )
            )
        lost = 100.0 - value
        contributions = [Contribution("starting autonomy", 100.0)]
        contributions += [Contribution(c.label, -c.value, c.source) for c in _scaled(parts, lost)]
        return (
            "100 × product of (1 − delegation × dominance factor) over blocs, less the cost "
            "of a single-pole alignment",
            contributions,
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
            "multiplier × partners' share of combined GDP",
            _scaled(parts, value),
        )
    if code == "diversification":
        ties = terms.base_ties[i] + params["weight_alignment"] * a
        q = ties / ties.sum() if ties.sum() else ties
        parts = [
            Contribution(f"share of ties with {POLES[p]}: {q[p]:.0%}", float(q[p] * 100))
            for p in range(len(POLES))
        ]
        return (
            "100 × (1 − Σ share²) / (1 − 1/5): the shares below are of the state's ties "
            "(not parts of the value)",
            parts,
        )
    if code == "transit_connectivity":
        parts = []
        for c in np.flatnonzero(snap.on_corridor[i] > 0):
            amount = terms.corridor_open[i, c] * (
                0.6 + 0.2 * terms.corridor_ease[i, c] + 0.2 * a[snap.corridor_pole[c]]
            )
            parts.append(
                (
                    f"{snap.corridors[c]}: open {terms.corridor_open[i, c]:.0%}, eased "
                    f"{terms.corridor_ease[i, c]:.0%}",
                    float(amount),
                    "corridors",
                )
            )
        return (
            "100 × (1 − exp(−Z)), Z = sum over corridors of openness × (0.6 + 0.2 ease + "
            "0.2 alignment with the corridor's pole)",
            _scaled(parts, value),
        )
    raise KeyError(code)


def _explain_bloc(
    ev: Evaluation, side: Outcome, code: str, bloc: str
) -> tuple[str, list[Contribution]]:
    snap = ev.snapshot
    b = snap.bloc_index(bloc)
    members = np.flatnonzero(side.terms.full[:, b])
    if code in ("bloc_members", "bloc_gdp", "bloc_population", "bloc_dominance"):
        weights = {
            "bloc_members": np.ones(len(snap.states)),
            "bloc_gdp": snap.gdp / 1e9,
            "bloc_population": snap.population / 1e6,
            "bloc_dominance": snap.gdp,
        }[code]
        total = weights[members].sum()
        scale = 100.0 / total if code == "bloc_dominance" and total else 1.0
        parts = [
            Contribution(snap.states[m], float(weights[m] * scale), GDP_SOURCE) for m in members
        ]
        summary = {
            "bloc_members": "count of founding and full members",
            "bloc_gdp": "sum of the full members' GDP (US$ bn)",
            "bloc_population": "sum of the full members' population (million)",
            "bloc_dominance": "the largest member's share; every member's share is listed",
        }[code]
        return summary, sorted(parts, key=lambda c: -c.value)
    a = alignment_vectors(side.terms, side.alignment)
    lead = snap.lead[b]
    parts = [
        Contribution(
            f"{snap.states[m]}",
            float(100 * a[m, lead] / len(members))
            if lead >= 0
            else float(100 * a[m].max() / len(members)),
        )
        for m in members
    ]
    return "mean over full members of the weight of their alignment on the leading pole", parts


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
        cats = region_categories(ev.snapshot, ev.result.alignment)
        target = indicator.split("_", 2)[2]
        members = [
            s
            for s, c, r in zip(ev.snapshot.states, cats, ev.snapshot.post_soviet, strict=True)
            if r and c == target
        ]
        summary = "share of the post-Soviet states' total in states with this alignment"
        measure = indicator.split("_")[1]
        snap = ev.snapshot
        weights = {
            "states": np.ones(len(snap.states)),
            "population": snap.population,
            "gdp": snap.gdp,
        }[measure]
        total = float(weights[snap.post_soviet].sum())
        parts = [
            Contribution(
                s,
                100.0 * float(weights[snap.state_index(s)]) / total if total else 0.0,
                GDP_SOURCE if measure == "gdp" else "",
            )
            for s in members
        ]
        inputs = [f"alignments on {ev.snapshot.date.isoformat()}"]
    return Explanation(indicator, entity, value, base, summary, parts, inputs)
