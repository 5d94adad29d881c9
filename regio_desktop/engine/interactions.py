"""Choices that interact (#14 item 8): the sums over other states that a state's indicators read.

Three channels the literature names make one state's indicators depend on its neighbours'
alignment choices (docs/indicators.md, "Choices that interact"):

- **the route** — a corridor is worth more to every state on it the more of the states along it
  keep it open for the corridor's sponsoring pole (the Middle Corridor needs Kazakhstan, Azerbaijan
  and Georgia alike; World Bank 2023, ``wb_middle_corridor_2023``): a state aligned with that pole
  does, and so does a multi-vector state for any great pole's corridor, since keeping every
  route open is what balancing is for (``route_vectors``);
- **the neighbours' camp** — re-exports to a sanctioned economy run along the transit routes, and
  the EU's anti-circumvention tool (Regulation (EU) 2023/1214, ``eu_reg_2023_1214``) targets the
  countries on them, so the alignment exposure of the states a state shares corridors with adds to
  its own sanctions exposure;
- **the shared C5 stance** — the Central Asian presidents meet without outside powers since 2018
  (``c5_astana_2018``); a multi-vector member wins back part of the autonomy it delegates for
  each other member that shares its stance.

Each channel is a sum over states ``j`` of a contribution of ``j``'s own choice, so a batch of
combinations in which only some states vary (Explore) adds the varying states' contributions to a
fixed remainder instead of evaluating every state again: ``contributions`` gives them per state,
``Interactions.total`` adds them up. The formulas that read the sums are in indicator_values.py.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from regio_desktop.engine.snapshot import Snapshot
from regio_desktop.engine.terms import (
    GREAT_POLES,
    MULTI_VECTOR,
    N_POLES,
    MembershipTerms,
    alignment_exposure,
    alignment_vectors,
)

GREAT: np.ndarray = np.isin(np.arange(N_POLES), GREAT_POLES)
"""(P,) True for Russia, China and the West, the poles a multi-vector state balances between."""


def route_vectors(terms: MembershipTerms, alignment: np.ndarray) -> np.ndarray:
    """(..., S, P) how far each state keeps a corridor of each pole open: its alignment vector,
    except that a multi-vector state counts 1 for each great pole.

    The alignment vector of a multi-vector state is its weight water-filled over the great poles
    (terms.py), which goes to the poles its trade and blocs under-represent: for Uzbekistan about
    0.09 to Russia, 0.14 to China and 0.77 to the West. Read as route affinity it made a balancing
    neighbour obstruct both the Central Asia-Center and the Central Asia-China pipelines more
    than a Russia-led or a China-centred one, the opposite of what balancing is for: a
    multi-vector state keeps every route open to every patron (docs/indicators.md, "Choices that
    interact"). So it counts as a state leaning to the corridor's pole would, 1, for each great
    pole; a single-pole choice stays 1 for its own pole and 0 for the others, and the Turkic and
    other poles, which the multi-vector choice does not balance between, keep the alignment
    vector's 0. The term is still each state's own choice alone, so the channel stays a sum.
    """
    a = alignment_vectors(terms, alignment)
    multi = (alignment == MULTI_VECTOR)[..., None]
    return np.where(multi & GREAT, 1.0, a)


@dataclass(frozen=True)
class Interactions:
    """What the states contribute to each channel; with ``per_state`` the second-to-last axis of
    each array (the first for ``c5_multi``'s last) runs over the contributing states."""

    route: np.ndarray  # (..., C) Σ_j on(j, c) × route affinity of j with c's pole
    neighbour_exposure: np.ndarray  # (..., R) Σ_j shared(r, j) × alignment exposure of j
    neighbour_count: np.ndarray  # (..., R) Σ_j shared(r, j) over states j with an alignment
    c5_multi: np.ndarray  # (...,) number of C5 members that are multi-vector

    def total(self) -> Interactions:
        """Sum the per-state contributions (arrays of shape (..., S, X) and (..., S))."""
        return Interactions(
            self.route.sum(axis=-2),
            self.neighbour_exposure.sum(axis=-2),
            self.neighbour_count.sum(axis=-2),
            self.c5_multi.sum(axis=-1),
        )


def contributions(
    snap: Snapshot, terms: MembershipTerms, alignment: np.ndarray, rows: np.ndarray | None = None
) -> Interactions:
    """Each state's contribution to the channels, for alignment indices (..., S) of every state,
    as read by the states ``rows`` (all states when None): arrays (..., S, C), (..., S, R),
    (..., S, R) and (..., S)."""
    if rows is None:
        rows = np.arange(len(snap.states))
    route = (
        route_vectors(terms, alignment)[..., snap.corridor_pole] * snap.on_corridor
    )  # (..., S, C)
    chosen = (alignment >= 0).astype(float)  # (..., S)
    shared = terms.neighbours[rows].T  # (S, R): what j adds to row r
    exposure = alignment_exposure(terms, alignment)  # (..., S)
    neighbour_exposure = (exposure * chosen)[..., None] * shared
    neighbour_count = chosen[..., None] * shared
    c5_multi = (alignment == MULTI_VECTOR).astype(float) * terms.c5_member
    return Interactions(route, neighbour_exposure, neighbour_count, c5_multi)


def interaction_sums(
    snap: Snapshot, terms: MembershipTerms, alignment: np.ndarray, rows: np.ndarray | None = None
) -> Interactions:
    """The channels' sums for alignment indices (..., S) of every state (see ``contributions``)."""
    return contributions(snap, terms, alignment, rows).total()


def channels_read(terms: MembershipTerms, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which channels the states ``rows`` read, beside their own neighbour sums: (R, C) the
    routes of the corridors open to them (``corridor_values`` weighs a route by its openness, so a
    closed one adds 0 whatever its states choose) and (R,) the C5 count (``c5_shared_stance`` is
    0 for a state outside the C5). exploration_tables.py tabulates each state over the choices
    these channels carry; a new channel read by the formulas must be named here too."""
    return terms.corridor_open[rows] != 0, terms.c5_member[rows] != 0


def route_affinity(snap: Snapshot, sums: Interactions) -> np.ndarray:
    """(..., C) the mean route affinity (``route_vectors``) with each corridor's pole of the
    states on it."""
    count = snap.on_corridor.sum(axis=0)
    return np.divide(sums.route, count, out=np.zeros_like(sums.route), where=count > 0)


def neighbour_mean(sums: Interactions) -> np.ndarray:
    """(..., R) the mean alignment exposure of a state's corridor neighbours (those with an
    alignment, weighted by the corridors shared), 0 for a state with none."""
    return np.divide(
        sums.neighbour_exposure,
        sums.neighbour_count,
        out=np.zeros_like(sums.neighbour_exposure),
        where=sums.neighbour_count > 0,
    )


def c5_shared_stance(
    terms: MembershipTerms, alignment: np.ndarray, sums: Interactions, rows: np.ndarray
) -> np.ndarray:
    """(..., R) for a multi-vector C5 member, the share of the other members that are
    multi-vector too; 0 for every other state. ``alignment`` holds the rows' choices."""
    member = terms.c5_member[rows]
    others = terms.c5_member.sum() - 1.0
    mine = (alignment == MULTI_VECTOR).astype(float) * member
    if others <= 0:
        return np.zeros_like(mine)
    return mine * (sums.c5_multi[..., None] - mine) / others
