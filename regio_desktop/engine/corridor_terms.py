"""The corridor terms of stage one: how open each corridor is for the states on it, and which
states share open corridors (the neighbours of the interaction channels).

Apart from terms.py so that each stays a small module; the formulas are documented in
docs/indicators.md (``transit_connectivity``, "Choices that interact").
"""

from __future__ import annotations

import numpy as np


def corridor_openness(
    on: np.ndarray, severity: np.ndarray, exposure: np.ndarray, factor: float
) -> np.ndarray:
    """(S, C) how open each corridor is for a state on it: 1 − factor × the corridor's exposure ×
    the highest severity among the other states with an open segment.

    The severity here is the part of each regime that bears on goods crossing the state
    (``sanctions.transit``): listings of persons close no railway, bans on hauliers do.

    The exposure says how far the measures along the route bear on this corridor (the CPC
    pipeline's Kazakh crude is exempt from the EU ban, so 0.1). It is one judgement for the whole
    route, so the corridor is discounted once, by the widest measures on it: the measures on
    Belarus from 2022 mirror those on Russia, and a route through both is not closed twice. A
    state's own sanctions are left out, as they are counted in its sanctions exposure.
    """
    on_mask = on > 0
    hit = np.where(on_mask, severity[:, None], 0.0)  # (S, C)
    C = on.shape[1]
    widest = hit.argmax(axis=0) if hit.size else np.zeros(C, dtype=int)  # (C,)
    first = hit.max(axis=0, initial=0.0)
    rest = hit.copy()
    rest[widest, np.arange(C)] = 0.0
    second = rest.max(axis=0, initial=0.0)
    others = np.where(np.arange(on.shape[0])[:, None] == widest[None, :], second, first)
    closing = np.clip(1.0 - factor * others * exposure[None, :], 0.0, 1.0)  # (S, C)
    return closing * on


def corridor_neighbours(on: np.ndarray, own_pole: np.ndarray) -> np.ndarray:
    """(S, S) how many open corridors state i shares with state j, for j other than i and not a
    pole state: the neighbours through whose choices re-exports and secondary-sanctions risk
    reach i. A pole's own sanctions already count through trade, so poles are left out."""
    # Corridor by corridor over the few states on each: the product on @ on.T over every state
    # of the world costs a hundred times as much (BLAS threads fight for two cores).
    S = on.shape[0]
    shared = np.zeros((S, S))
    for corridor in range(on.shape[1]):
        states = np.flatnonzero(on[:, corridor])
        if states.size > 1:
            shared[np.ix_(states, states)] += on[states, corridor][:, None] * on[states, corridor]
    np.fill_diagonal(shared, 0.0)
    shared[:, own_pole >= 0] = 0.0
    return shared
