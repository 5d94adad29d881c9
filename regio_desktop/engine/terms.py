"""The intermediate terms the indicators are made of, computed in two stages.

Stage one depends on memberships only (market reach, institutional ties, delegation, security
backing); stage two depends on alignment choices and is vectorised over any number of alignment
combinations at once (arrays with a leading batch axis K), which is what makes exploration fast.
Formulas are documented in docs/indicators.md; the names here follow it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, TypeVar

import numpy as np

from regio_desktop.engine.corridor_terms import corridor_neighbours, corridor_openness
from regio_desktop.engine.snapshot import Snapshot
from regio_desktop.world.vocabulary import ALIGNMENTS, POLES

ArrayOrFloat = TypeVar("ArrayOrFloat", np.ndarray, float)

RUSSIA, CHINA, WEST, TURKIC, OTHER = (POLES.index(p) for p in POLES)
GREAT_POLES = (RUSSIA, CHINA, WEST)
N_POLES = len(POLES)
MULTI_VECTOR = ALIGNMENTS.index("multi-vector")
NONE_ROW = len(ALIGNMENTS)  # row of the alignment table used for "no choice" (pole states)
SINGLE_POLE_OF = {
    ALIGNMENTS.index("russia-led"): RUSSIA,
    ALIGNMENTS.index("china-centred"): CHINA,
    ALIGNMENTS.index("west-oriented"): WEST,
}


@dataclass(frozen=True, eq=False)
class MembershipTerms:
    """Everything that depends on memberships (and data), not on alignment choices."""

    weight: np.ndarray  # (S, B) status weights after edits
    full: np.ndarray  # (S, B) bool, full members
    reach: np.ndarray  # (S, S) preferential depth between two states (0..1)
    reach_via: np.ndarray  # (S, S) index of the bloc that gives that depth, -1 for none
    market_share: np.ndarray  # (S,) reachable foreign GDP / GDP of the world outside the state
    inst_by_bloc: np.ndarray  # (S, B) weight * mean depth
    inst: np.ndarray  # (S, P) institutional ties per pole, capped at 1
    dominance: np.ndarray  # (B,) largest full member's share of GDP
    leader: np.ndarray  # (B,) state index of that member, -1 if none
    delegated_by_bloc: np.ndarray  # (S, B)
    security_by_bloc: np.ndarray  # (S, B)
    severity: np.ndarray  # (S,) sanctions severity (0 when the regime is switched off)
    pole_severity: np.ndarray  # (P,)
    sanctioned_share: np.ndarray  # (B,) severity-weighted share of members' GDP under sanctions
    exposure_by_bloc: np.ndarray  # (S, B)
    corridor_open: np.ndarray  # (S, C)
    corridor_ease: np.ndarray  # (S, C)
    base_ties: np.ndarray  # (S, P) trade and institutional ties before the alignment term
    c5_member: np.ndarray  # (S,) 1.0 for full members of the Central Asian consultative format
    neighbours: np.ndarray  # (S, S) open corridors shared with each non-pole state
    own_pole: np.ndarray  # (S,) pole index of pole states, else -1
    alignment_table: np.ndarray  # (S, len(ALIGNMENTS)+1, P) alignment vectors per choice


def _water_fill(costs: np.ndarray) -> np.ndarray:
    """For each row, the non-negative weights summing to 1 that minimise sum((costs + x)**2).

    This is the multi-vector alignment: its weight goes to the poles the state's other ties
    under-represent, so by construction it is at least as balanced as any single-pole choice.
    """
    order = np.sort(costs, axis=-1)
    k = np.arange(1, costs.shape[-1] + 1)
    levels = (1.0 + np.cumsum(order, axis=-1)) / k
    valid = levels > order
    count = valid.sum(axis=-1, keepdims=True)
    level = np.take_along_axis(levels, count - 1, axis=-1)
    return np.maximum(0.0, level - costs)


def world_outside(gdp: np.ndarray) -> np.ndarray:
    """(S,) the GDP of the world outside each state: every other state's figure summed.

    The shipped world holds every country (states.csv), each with its latest figure at or before
    the year (snapshot.py); one with no figure at all (North Korea) counts 0 here as in the
    numerator, so the share is of the economies the model can reach, and a state that reached
    all of them would score exactly 100.
    """
    return gdp.sum() - gdp


def market_parts(reach: np.ndarray, gdp: np.ndarray) -> np.ndarray:
    """(S, S) each partner's GDP reached on preferential terms, as a share of the GDP of the
    world outside the state; a state's row sums to its ``market_share``.

    A share of the world rather than a multiple of the state's own GDP: a multiple saturates,
    so one large partner put every small economy near the top whatever else it reached.
    """
    outside = world_outside(gdp)[:, None]
    return np.divide(
        reach * gdp[None, :], outside, out=np.zeros_like(reach, dtype=float), where=outside > 0
    )


def preferential_reach(snap: Snapshot, full: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(S, S) the depth at which two states trade on preferential terms, and the bloc that gives
    it (-1 where none does).

    Only agreements in force count, and only between full members: a candidate or associate has
    not yet the tariff-free access of a member. A bloc with a hub (``preferential_with``) is a set
    of agreements with the hub, so its members reach the hub's full members and not each other
    (Georgia and Ukraine each have a DCFTA with the EU, none with one another). The hub may be a
    state, for one state's bilateral agreements (UKR_FTAS: Ukraine's partners reach Ukraine).
    Two states may share several blocs; the deepest one counts.
    """
    S = full.shape[0]
    reach, via = np.zeros((S, S)), np.full((S, S), -1, dtype=int)
    blocs, blocks = reach_blocks(snap, full)
    depth = snap.depth_trade[blocs] if blocs.size else np.zeros(0)
    # The deepest bloc claims a pair first; a stable order keeps the first of equal depths, as
    # an argmax over the blocs in reach_layers' order does. Only member blocks are touched: a
    # dense (S, S, blocs) array costs ten times as much with every state of the world modelled.
    for layer in np.argsort(-depth, kind="stable"):
        if depth[layer] <= 0:
            break
        for rows, cols in blocks[layer]:
            grid = np.ix_(rows, cols)
            free = reach[grid] == 0
            reach[grid] = np.where(free, depth[layer], reach[grid])
            via[grid] = np.where(free, blocs[layer], via[grid])
    np.fill_diagonal(reach, 0.0)
    via[reach <= 0] = -1
    return reach, via


Block = tuple[np.ndarray, np.ndarray]
"""Row and column indices of a square or rectangular block of state pairs."""


def reach_blocks(snap: Snapshot, full: np.ndarray) -> tuple[np.ndarray, list[list[Block]]]:
    """The preferential blocs of ``reach_layers`` in its order, and for each the blocks of state
    pairs it joins: its full members with each other, or an agreement's parties with its hub's
    side, both ways."""
    own, agreements = _preferential_blocs(snap)
    blocks: list[list[Block]] = []
    for bloc in own:
        members = np.flatnonzero(full[:, bloc])
        blocks.append([(members, members)])
    if agreements.size:
        hub_member = hub_members(snap, full.astype(float), agreements)
        for column, bloc in enumerate(agreements):
            party = np.flatnonzero(full[:, bloc])
            hub = np.flatnonzero(hub_member[:, column])
            blocks.append([(party, hub), (hub, party)])
    return np.concatenate([own, agreements]).astype(int), blocks


def _preferential_blocs(snap: Snapshot) -> tuple[np.ndarray, np.ndarray]:
    """The blocs in force that give preferential trade: those among their own members, and the
    agreements with a hub (a bloc in force or a state)."""
    usable = (snap.preferential > 0) & snap.bloc_exists
    has_state_hub = snap.hub_state >= 0
    has_hub = (snap.hub >= 0) | has_state_hub
    hub_exists = snap.bloc_exists[np.maximum(snap.hub, 0)] | has_state_hub
    return np.flatnonzero(usable & ~has_hub), np.flatnonzero(usable & has_hub & hub_exists)


def reach_layers(snap: Snapshot, full: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(S, S, L) 1 where a preferential bloc joins two states, and the L blocs: the part of
    ``preferential_reach`` that does not depend on the blocs' depths (the uncertainty analysis
    keeps it across draws of the depths)."""
    own, agreements = _preferential_blocs(snap)
    members = full.astype(float)
    layers = []
    if own.size:
        m = members[:, own]
        layers.append(m[:, None, :] * m[None, :, :])
    if agreements.size:
        party = members[:, agreements]
        hub_member = hub_members(snap, members, agreements)
        one_way = party[:, None, :] * hub_member[None, :, :]
        layers.append(np.maximum(one_way, one_way.transpose(1, 0, 2)))
    S = full.shape[0]
    if not layers:
        return np.zeros((S, S, 0)), np.zeros(0, dtype=int)
    return np.concatenate(layers, axis=-1), np.concatenate([own, agreements])


def hub_members(snap: Snapshot, members: np.ndarray, agreements: np.ndarray) -> np.ndarray:
    """(S, A) 1 for the hub's side of each agreement bloc: the hub bloc's full members, or the
    hub state itself (a state is always its own side of its bilateral agreements)."""
    hub_member = members[:, np.maximum(snap.hub[agreements], 0)].copy()
    state_hub = snap.hub_state[agreements]
    for column in np.flatnonzero(state_hub >= 0):
        hub_member[:, column] = 0.0
        hub_member[state_hub[column], column] = 1.0
    return hub_member


EASE_PARTNERS: Final = 2.0
"""Preferential partners on a corridor at which its ease is full: a state's goods cross one or two
neighbours on most routes before the sea or the buyer, so free trade with two of the states on it
(or with the one other state of a two-state route) clears the crossings that matter, and a route
lengthened into a state without an agreement (Turkey on the Middle Corridor in 2017) is not made
harder by it. The ease is min(1, partners / min(others, EASE_PARTNERS))."""

C5_BLOC: Final = "C5"
"""The Consultative Meetings of the Heads of State of Central Asia (blocs.csv): its full members'
shared stance is the C5 interaction of autonomy (indicator_values.c5_shared_stance)."""


def institutional_ties(raw: ArrayOrFloat) -> ArrayOrFloat:
    """A state's institutional ties to a pole: the blocs it leads add up, capped at 1."""
    return np.minimum(1.0, raw)


def membership_terms(
    snap: Snapshot,
    weight: np.ndarray,
    params: dict[str, float],
    known_reach: tuple[np.ndarray, np.ndarray] | None = None,
) -> MembershipTerms:
    """Stage one: terms that depend on who belongs to which bloc. ``known_reach`` is
    ``preferential_reach(snap, weight >= 1)`` when the caller has it already."""
    S = len(snap.states)
    full = weight >= 1.0
    gdp = snap.gdp

    reach, reach_via = preferential_reach(snap, full) if known_reach is None else known_reach
    market_share = market_parts(reach, gdp).sum(axis=-1)

    exists = snap.bloc_exists.astype(float)
    inst_by_bloc = weight * (snap.depth_mean * exists)[None, :]
    lead_onehot = np.zeros((len(snap.blocs), N_POLES))
    has_lead = snap.lead >= 0
    lead_onehot[np.flatnonzero(has_lead), snap.lead[has_lead]] = 1.0
    inst = institutional_ties(inst_by_bloc @ lead_onehot)

    member_gdp = full * gdp[:, None]
    totals = member_gdp.sum(axis=0)
    leader = np.where(totals > 0, member_gdp.argmax(axis=0), -1)
    dominance = np.divide(
        member_gdp.max(axis=0, initial=0.0), totals, out=np.zeros_like(totals), where=totals > 0
    )
    is_leader = np.zeros_like(weight, dtype=bool)
    ok = leader >= 0
    is_leader[leader[ok], np.flatnonzero(ok)] = True
    dw = params["dominance_weight"]
    magnifier = (1.0 - dw) + dw * np.where(is_leader, 0.0, dominance[None, :])
    # Obligations bind full members only: an observer, a partner or a candidate (recorded as
    # associate) keeps its decisions and has no guarantee to call on, whatever its ties.
    bound = full.astype(float)
    delegated_by_bloc = bound * (snap.delegation * exists)[None, :] * magnifier

    others_gdp = totals[None, :] - member_gdp
    backing = np.divide(
        others_gdp,
        others_gdp + gdp[:, None],
        out=np.zeros_like(others_gdp),
        where=(others_gdp + gdp[:, None]) > 0,
    )
    defence = 1.0 + (params["defence_multiplier"] - 1.0) * snap.collective_defence
    security_by_bloc = bound * (snap.depth_security * defence * exists)[None, :] * backing

    severity = snap.severity * params["sanctions_regime"]
    pole_severity = np.zeros(N_POLES)
    for p in range(N_POLES):
        core = snap.own_pole == p
        if core.any():
            pole_severity[p] = severity[core].max()
    sanctioned_share = np.divide(
        (member_gdp * severity[:, None]).sum(axis=0),
        totals,
        out=np.zeros_like(totals),
        where=totals > 0,
    )
    exposure_by_bloc = inst_by_bloc * sanctioned_share[None, :]

    on = snap.on_corridor
    corridor_open = corridor_openness(
        on,
        snap.transit_severity * params["sanctions_regime"],
        snap.corridor_exposure,
        params["transit_sanction_factor"],
    )
    on_count = on.sum(axis=0)
    preferential_partners = (reach > 0).astype(float) @ on  # (S, C)
    others = np.maximum(on_count[None, :] - on, 1.0)
    crossings = np.minimum(others, EASE_PARTNERS)
    corridor_ease = np.where(on > 0, np.minimum(1.0, preferential_partners / crossings), 0.0)

    base_ties = params["weight_trade"] * snap.trade + params["weight_institutions"] * inst
    table = np.zeros((S, len(ALIGNMENTS) + 1, N_POLES))
    for choice, pole in SINGLE_POLE_OF.items():
        table[:, choice, pole] = 1.0
    wa = params["weight_alignment"]
    costs = base_ties[:, GREAT_POLES] / wa if wa > 0 else np.zeros((S, len(GREAT_POLES)))
    table[:, MULTI_VECTOR, GREAT_POLES] = _water_fill(costs)
    pole_states = np.flatnonzero(snap.own_pole >= 0)
    table[pole_states, NONE_ROW, snap.own_pole[pole_states]] = 1.0

    c5_member = np.zeros(S)
    if C5_BLOC in snap.blocs:
        c5 = snap.blocs.index(C5_BLOC)
        c5_member = (full[:, c5] & snap.bloc_exists[c5]).astype(float)

    return MembershipTerms(
        weight=weight,
        full=full,
        reach=reach,
        reach_via=reach_via,
        market_share=market_share,
        inst_by_bloc=inst_by_bloc,
        inst=inst,
        dominance=dominance,
        leader=leader,
        delegated_by_bloc=delegated_by_bloc,
        security_by_bloc=security_by_bloc,
        severity=severity,
        pole_severity=pole_severity,
        sanctioned_share=sanctioned_share,
        exposure_by_bloc=exposure_by_bloc,
        corridor_open=corridor_open,
        corridor_ease=corridor_ease,
        base_ties=base_ties,
        c5_member=c5_member,
        neighbours=corridor_neighbours(on, snap.own_pole),
        own_pole=snap.own_pole,
        alignment_table=table,
    )


def alignment_exposure(
    terms: MembershipTerms, alignment: np.ndarray, rows: np.ndarray | None = None
) -> np.ndarray:
    """Reputational exposure through a declared alignment, (..., S), or (..., R) for the choices
    of the states ``rows``.

    A single-pole choice carries that pole's sanctions severity; a multi-vector declaration is
    associated with the three great poles equally (it does not follow the water-filled weights,
    so deepening ties with one pole never lowers the exposure the declaration carries); pole
    states carry their own pole's.
    """
    severity = terms.pole_severity
    table = np.zeros(len(ALIGNMENTS) + 1)
    for choice, pole in SINGLE_POLE_OF.items():
        table[choice] = severity[pole]
    table[MULTI_VECTOR] = severity[list(GREAT_POLES)].mean()
    own_pole = terms.own_pole if rows is None else terms.own_pole[rows]
    own = np.where(own_pole >= 0, severity[np.maximum(own_pole, 0)], 0.0)  # (S,)
    values = table[alignment_rows(alignment)]
    return np.where(alignment < 0, own, values)


def alignment_rows(alignment: np.ndarray) -> np.ndarray:
    """Map alignment indices (with -1 for none) to rows of the alignment table."""
    return np.where(alignment < 0, NONE_ROW, alignment)


def alignment_vectors(
    terms: MembershipTerms, alignment: np.ndarray, rows: np.ndarray | None = None
) -> np.ndarray:
    """(..., S, P) alignment vectors for alignment indices of shape (..., S), or (..., R, P) for
    the choices (..., R) of the states ``rows``."""
    if rows is None:
        rows = np.arange(terms.weight.shape[0])
    return terms.alignment_table[rows, alignment_rows(alignment)]
