"""Indicator values from the two stages of terms (see terms.py), state, bloc and region level.

``state_values`` takes alignment indices with any leading batch shape, so one call evaluates one
scenario or tens of thousands of alignment combinations.
"""

from __future__ import annotations

import numpy as np

from regio_desktop.engine.snapshot import Snapshot
from regio_desktop.engine.terms import (
    CHINA,
    N_POLES,
    RUSSIA,
    SINGLE_POLE_OF,
    WEST,
    MembershipTerms,
    alignment_exposure,
    alignment_vectors,
)
from regio_desktop.world.vocabulary import ALIGNMENTS


def saturate(x: np.ndarray) -> np.ndarray:
    """Map a non-negative sum of contributions to 0..100 (used by security and transit)."""
    return 100.0 * (1.0 - np.exp(-x))


def ratio_index(x: np.ndarray) -> np.ndarray:
    """Map a ratio X >= 0 to 0..100 as 100 X / (1 + X) (used by market access)."""
    return 100.0 * x / (1.0 + x)


def state_values(
    snap: Snapshot, terms: MembershipTerms, params: dict[str, float], alignment: np.ndarray
) -> dict[str, np.ndarray]:
    """Every state-level indicator, arrays of shape alignment.shape (..., S)."""
    a = alignment_vectors(terms, alignment)  # (..., S, P)
    ties = terms.base_ties + params["weight_alignment"] * a
    batch = alignment.shape[:-1]

    total = ties.sum(axis=-1)
    q = np.divide(ties, total[..., None], out=np.zeros_like(ties), where=total[..., None] > 0)
    hhi = (q * q).sum(axis=-1)
    diversification = np.where(total > 0, 100.0 * (1.0 - hhi) / (1.0 - 1.0 / N_POLES), 0.0)

    trade_exposure = snap.trade @ terms.pole_severity  # (S,)
    inst_exposure = terms.exposure_by_bloc.sum(axis=-1)  # (S,)
    align_exposure = alignment_exposure(terms, alignment)  # (..., S)
    exposure = (
        params["exposure_trade"] * trade_exposure
        + params["exposure_institutions"] * inst_exposure
        + params["exposure_alignment"] * align_exposure
        + terms.severity
    )
    single = np.isin(alignment, list(SINGLE_POLE_OF)).astype(float)
    retained = np.exp(np.log1p(-np.minimum(terms.delegated_by_bloc, 0.999)).sum(axis=-1))
    autonomy = retained * (1.0 - params["alignment_autonomy_cost"] * single)

    corridor_affinity = a[..., snap.corridor_pole]  # (..., S, C)
    corridor_value = terms.corridor_open * (
        0.6 + 0.2 * terms.corridor_ease + 0.2 * corridor_affinity
    )
    transit = saturate(corridor_value.sum(axis=-1))

    def fixed(values: np.ndarray) -> np.ndarray:
        return np.broadcast_to(values, (*batch, values.shape[-1]))

    return {
        "market_access": fixed(ratio_index(terms.market_x)),
        # Weights can be overridden above a sum of 1, so the index is capped at 100.
        "dependence_russia": np.minimum(100.0, 100.0 * ties[..., RUSSIA]),
        "dependence_china": np.minimum(100.0, 100.0 * ties[..., CHINA]),
        "dependence_west": np.minimum(100.0, 100.0 * ties[..., WEST]),
        "sanctions_exposure": 100.0 * np.minimum(1.0, exposure),
        "autonomy": 100.0 * np.clip(autonomy, 0.0, 1.0),
        "security_coverage": fixed(saturate(terms.security_by_bloc.sum(axis=-1))),
        "diversification": diversification,
        "transit_connectivity": transit,
    }


def bloc_values(
    snap: Snapshot, terms: MembershipTerms, alignment: np.ndarray
) -> dict[str, np.ndarray]:
    """Bloc-level indicators (B,) for one alignment vector (S,)."""
    full = terms.full.astype(float)
    members = full.sum(axis=0)
    a = alignment_vectors(terms, alignment)  # (S, P)
    member_alignment = full.T @ a  # (B, P)
    lead_share = np.where(
        snap.lead >= 0,
        member_alignment[np.arange(len(snap.blocs)), np.maximum(snap.lead, 0)],
        member_alignment.max(axis=1),
    )
    cohesion = np.divide(
        100.0 * lead_share, members, out=np.full(members.shape, np.nan), where=members > 0
    )
    return {
        "bloc_members": members,
        "bloc_gdp": full.T @ snap.gdp / 1e9,
        "bloc_population": full.T @ snap.population / 1e6,
        "bloc_dominance": np.where(members > 0, 100.0 * terms.dominance, np.nan),
        "bloc_cohesion": cohesion,
    }


REGION_OF_ALIGNMENT = {
    ALIGNMENTS.index("russia-led"): "russia_led",
    ALIGNMENTS.index("china-centred"): "china_centred",
    ALIGNMENTS.index("multi-vector"): "multi_vector",
    ALIGNMENTS.index("west-oriented"): "west_oriented",
}


def region_categories(snap: Snapshot, alignment: np.ndarray) -> np.ndarray:
    """The region category of each state: its alignment, or its own pole's for pole states."""
    cats = np.array([REGION_OF_ALIGNMENT.get(int(i), "") for i in alignment], dtype=object)
    pole_category = {RUSSIA: "russia_led", CHINA: "china_centred", WEST: "west_oriented"}
    for i, pole in enumerate(snap.own_pole):
        if pole in pole_category:
            cats[i] = pole_category[int(pole)]
    return cats


def region_values(snap: Snapshot, alignment: np.ndarray) -> dict[str, float]:
    """How the post-Soviet states, their population and GDP split between alignments (%)."""
    region = snap.post_soviet
    cats = region_categories(snap, alignment)
    values: dict[str, float] = {}
    for measure, weights in (
        ("states", np.ones(len(snap.states))),
        ("population", snap.population),
        ("gdp", snap.gdp),
    ):
        total = float(weights[region].sum())
        for cat in REGION_OF_ALIGNMENT.values():
            part = float(weights[region & (cats == cat)].sum())
            values[f"region_{measure}_{cat}"] = 100.0 * part / total if total > 0 else 0.0
    return values
