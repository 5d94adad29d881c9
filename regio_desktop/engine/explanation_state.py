"""The breakdowns of the state indicators into their parts (see explanation.py for the method)."""

from __future__ import annotations

import numpy as np

from regio_desktop.engine.evaluation import Evaluation, Outcome
from regio_desktop.engine.explanation_parts import (
    LITERATURE,
    Breakdown,
    Contribution,
    Part,
    figure_source,
    in_turn,
    membership_source,
    trade_source,
)
from regio_desktop.engine.explanation_phrases import Phrase
from regio_desktop.engine.indicator_values import (
    CORRIDOR_AFFINITY,
    CORRIDOR_BASE,
    CORRIDOR_EASE,
    CORRIDOR_SCALE,
    GDP_UNIT,
    alignment_autonomy_loss,
    autonomy_index,
    corridor_values,
    delegation_losses,
    dependence_index,
    diversification_parts,
    exposure_index,
    security_index,
    share_index,
    transit_index,
)
from regio_desktop.engine.interactions import c5_shared_stance, interaction_sums, neighbour_mean
from regio_desktop.engine.terms import (
    N_POLES,
    SINGLE_POLE_OF,
    alignment_exposure,
    alignment_vectors,
    institutional_ties,
    market_parts,
    world_outside,
)
from regio_desktop.world.vocabulary import ALIGNMENTS, POLES


def _dependence(ev: Evaluation, side: Outcome, pole: int, i: int, choice: str) -> list[Part]:
    """Trade, each bloc the pole leads (their sum capped as ``institutional_ties`` caps it) and
    alignment, as terms of ``dependence_index``."""
    snap, world, params, terms = ev.snapshot, ev.world, ev.params, side.terms
    state = snap.states[i]
    inst = in_turn(
        [
            (
                Phrase(
                    "dependence_bloc",
                    {
                        "bloc": snap.blocs[b],
                        "status": str(side.status[i, b]),
                        "weight": params["weight_institutions"],
                    },
                ),
                float(terms.inst_by_bloc[i, b]),
                membership_source(world, state, snap.blocs[b], snap.date),
            )
            for b in np.flatnonzero((terms.inst_by_bloc[i] > 0) & (snap.lead == pole))
        ],
        institutional_ties,
    )
    a = alignment_vectors(terms, side.alignment)[i]
    return [
        (
            Phrase(
                "dependence_trade",
                {
                    "pole": POLES[pole],
                    "share": float(snap.trade[i, pole]),
                    "weight": params["weight_trade"],
                },
            ),
            params["weight_trade"] * float(snap.trade[i, pole]),
            trade_source(world, state, int(snap.trade_year[i])),
        ),
        *((c.phrase, params["weight_institutions"] * c.value, c.source) for c in inst),
        (
            Phrase(
                "dependence_alignment_balanced",
                {
                    "weight": params["weight_alignment"],
                    "share": float(a[pole]),
                    "pole": POLES[pole],
                },
            )
            if choice == "multi-vector"
            else Phrase(
                "dependence_alignment", {"choice": choice, "weight": params["weight_alignment"]}
            ),
            params["weight_alignment"] * float(a[pole]),
            LITERATURE,
        ),
    ]


def state_breakdown(ev: Evaluation, side: Outcome, code: str, state: str) -> Breakdown:
    snap, world, params, terms = ev.snapshot, ev.world, ev.params, side.terms
    i = snap.state_index(state)
    a = alignment_vectors(terms, side.alignment)
    choice = ALIGNMENTS[side.alignment[i]] if side.alignment[i] >= 0 else "pole"
    blocs = snap.blocs
    if code == "market_access":
        reached = market_parts(terms.reach, snap.gdp)[i]
        parts = [
            (
                Phrase(
                    "market_partner",
                    {
                        "partner": snap.states[t],
                        "gdp": float(snap.gdp[t] / GDP_UNIT),
                        "depth": float(terms.reach[i, t]),
                        "via": blocs[terms.reach_via[i, t]],
                    },
                ),
                float(reached[t]),
                figure_source(world, snap.states[t], "gdp_usd", int(snap.gdp_year[t])),
            )
            for t in np.flatnonzero(reached > 0)
        ]
        formula = Phrase(
            "formula_market_access",
            {
                "state": state,
                "outside": float(world_outside(snap.gdp)[i] / GDP_UNIT),
                "year": snap.year,
            },
        )
        return Breakdown(formula, parts, share_index)
    if code.startswith("dependence_"):
        pole = POLES.index(code.removeprefix("dependence_"))
        return Breakdown(
            Phrase("formula_dependence"),
            _dependence(ev, side, pole, i, choice),
            dependence_index,
        )
    if code == "sanctions_exposure":
        parts = [
            (
                Phrase(
                    "exposure_trade",
                    {
                        "pole": POLES[p],
                        "share": float(snap.trade[i, p]),
                        "severity": float(terms.pole_severity[p]),
                    },
                ),
                params["exposure_trade"] * float(snap.trade[i, p] * terms.pole_severity[p]),
                trade_source(world, state, int(snap.trade_year[i])),
            )
            for p in range(N_POLES)
        ]
        parts += [
            (
                Phrase(
                    "exposure_bloc",
                    {"bloc": blocs[b], "share": float(terms.sanctioned_share[b])},
                ),
                params["exposure_institutions"] * float(terms.exposure_by_bloc[i, b]),
                membership_source(world, state, blocs[b], snap.date),
            )
            for b in np.flatnonzero(terms.exposure_by_bloc[i] > 0)
        ]
        parts.append(
            (
                Phrase("exposure_alignment", {"choice": choice}),
                params["exposure_alignment"] * float(alignment_exposure(terms, side.alignment)[i]),
                LITERATURE,
            )
        )
        neighbours = neighbour_mean(interaction_sums(snap, terms, side.alignment))
        if neighbours[i] > 0:
            parts.append(
                (
                    Phrase("exposure_neighbours", {"state": state}),
                    params["exposure_neighbours"] * float(neighbours[i]),
                    "eu_reg_2023_1214",
                )
            )
        parts.append(
            (Phrase("exposure_own", {"state": state}), float(terms.severity[i]), "sanctions")
        )
        return Breakdown(Phrase("formula_sanctions_exposure"), parts, exposure_index)
    if code == "autonomy":
        losses = delegation_losses(terms)[i]
        parts = [
            (
                Phrase(
                    "autonomy_bloc",
                    {
                        "bloc": blocs[b],
                        "delegation": float(snap.delegation[b]),
                        "dominance": float(terms.dominance[b]),
                    },
                ),
                float(losses[b]),
                membership_source(world, state, blocs[b], snap.date),
            )
            for b in np.flatnonzero(losses > 0)
        ]
        sums = interaction_sums(snap, terms, side.alignment)
        everyone = np.arange(len(snap.states))
        shared = float(c5_shared_stance(terms, side.alignment, sums, everyone)[i])
        if shared > 0 and losses.sum() > 0:
            parts.append(
                (
                    Phrase("autonomy_c5", {"share": shared}),
                    -params["c5_solidarity"] * shared * float(losses.sum()),
                    "c5_astana_2018",
                )
            )
        if side.alignment[i] in SINGLE_POLE_OF:
            parts.append(
                (
                    Phrase("autonomy_alignment", {"choice": choice}),
                    alignment_autonomy_loss(params),
                    "parameter",
                )
            )
        start = float(autonomy_index(1.0))
        return Breakdown(
            Phrase("formula_autonomy"),
            parts,
            lambda loss: float(autonomy_index(np.exp(-loss))),
            fixed=[Contribution(Phrase("autonomy_start"), start)],
        )
    if code == "security_coverage":
        parts = [
            (
                Phrase("security_bloc", {"bloc": blocs[b], "status": str(side.status[i, b])}),
                float(terms.security_by_bloc[i, b]),
                membership_source(world, state, blocs[b], snap.date),
            )
            for b in np.flatnonzero(terms.security_by_bloc[i] > 0)
        ]
        return Breakdown(Phrase("formula_security_coverage"), parts, security_index)
    if code == "diversification":
        ties = terms.base_ties[i] + params["weight_alignment"] * a[i]
        total = float(ties.sum())
        q = ties / total if total > 0 else np.zeros_like(ties)
        shares = diversification_parts(q) if total > 0 else np.zeros_like(ties)
        return Breakdown(
            Phrase("formula_diversification", {"poles": N_POLES}),
            [
                (
                    Phrase("diversification_pole", {"pole": POLES[p], "share": float(q[p])}),
                    float(v),
                    "",
                )
                for p, v in enumerate(shares)
                if v
            ],
        )
    if code == "transit_connectivity":
        values = corridor_values(snap, terms, interaction_sums(snap, terms, side.alignment))[i]
        mine = world.corridor_states_on(snap.date).query("state == @state")
        segment_source = dict(zip(mine["corridor"], mine["source"], strict=True))
        parts = [
            (
                Phrase(
                    "transit_corridor",
                    {
                        "corridor": snap.corridors[c],
                        "open": float(terms.corridor_open[i, c]),
                        "ease": float(terms.corridor_ease[i, c]),
                    },
                ),
                float(values[c]),
                str(segment_source.get(snap.corridors[c], "corridors")),
            )
            for c in np.flatnonzero(snap.on_corridor[i] > 0)
        ]
        formula = Phrase(
            "formula_transit_connectivity",
            {
                "scale": CORRIDOR_SCALE,
                "base": CORRIDOR_BASE,
                "ease": CORRIDOR_EASE,
                "affinity": CORRIDOR_AFFINITY,
            },
        )
        return Breakdown(formula, parts, transit_index)
    raise KeyError(code)
