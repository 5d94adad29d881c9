"""Indicator values from the two stages of terms (see terms.py), state, bloc and region level.

``state_values`` takes alignment indices with any leading batch shape, so one call evaluates one
scenario or tens of thousands of alignment combinations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np

from regio_desktop.engine.interactions import (
    Interactions,
    c5_shared_stance,
    interaction_sums,
    neighbour_mean,
    route_affinity,
)
from regio_desktop.engine.snapshot import Snapshot
from regio_desktop.engine.terms import (
    CHINA,
    N_POLES,
    RUSSIA,
    SINGLE_POLE_OF,
    WEST,
    ArrayOrFloat,
    MembershipTerms,
    alignment_exposure,
    alignment_vectors,
)
from regio_desktop.world.vocabulary import ALIGNMENTS

# The pieces below are the indicators' formulas; explanation.py decomposes values with the same
# functions and constants, so the breakdown cannot drift from the value.

GDP_UNIT: Final = 1e9
"""Bloc GDP is shown in US$ bn."""
POPULATION_UNIT: Final = 1e6
"""Bloc population is shown in millions."""
DELEGATION_CAP: Final = 0.999
"""A bloc's delegated share counts at most this much, so no single bloc takes all autonomy."""
CORRIDOR_BASE: Final = 0.6
"""What an open corridor is worth to a state on it, before ease and alignment."""
CORRIDOR_EASE: Final = 0.2
"""Weight of the share of the corridor's other states that are preferential partners."""
CORRIDOR_AFFINITY: Final = 0.2
"""Weight of the state's alignment with the corridor's pole."""
CORRIDOR_SCALE: Final = 3.0
"""Open corridors at which transit reaches 63 (1 − 1/e) of 100: the sum over a state's corridors
is divided by it before saturating, so that each opening still shows for a state on many."""


@dataclass(frozen=True)
class CorridorConstants:
    """The four corridor constants as one value, so the uncertainty analysis can vary them per
    draw without touching the module (the window and the explanations use ``CORRIDOR``)."""

    base: float = CORRIDOR_BASE
    ease: float = CORRIDOR_EASE
    affinity: float = CORRIDOR_AFFINITY
    scale: float = CORRIDOR_SCALE


CORRIDOR: Final = CorridorConstants()


def saturate(x: ArrayOrFloat) -> ArrayOrFloat:
    """Map a non-negative sum of contributions to 0..100 (used by security and transit)."""
    return 100.0 * (1.0 - np.exp(-x))


def transit_index(z: ArrayOrFloat, scale: float = CORRIDOR_SCALE) -> ArrayOrFloat:
    """Map the sum of corridor values Z to 0..100 as 100 (1 − exp(−Z / CORRIDOR_SCALE))."""
    return saturate(z / scale)


SECURITY_SCALE: Final = 1.0
"""Sum of security contributions at which coverage reaches 63 (1 − 1/e) of 100."""


def share_index(share: ArrayOrFloat) -> ArrayOrFloat:
    """A share 0..1 as per cent: market access, the % of the world's GDP outside the state that
    it reaches on preferential terms. Linear, so each partner's part is its own share."""
    return 100.0 * share


def security_index(y: ArrayOrFloat) -> ArrayOrFloat:
    """Map the sum of security contributions Y to 0..100 as 100 (1 − exp(−Y / SECURITY_SCALE))."""
    return saturate(y / SECURITY_SCALE)


def dependence_index(ties: ArrayOrFloat) -> ArrayOrFloat:
    """100 × the ties to a pole; weights can be overridden above a sum of 1, so capped at 100."""
    return np.minimum(100.0, 100.0 * ties)


def exposure_index(exposure: ArrayOrFloat) -> ArrayOrFloat:
    """100 × the sanctions exposure, capped at 100."""
    return 100.0 * np.minimum(1.0, exposure)


def autonomy_index(retained: ArrayOrFloat) -> ArrayOrFloat:
    """100 × the share of autonomy retained."""
    return 100.0 * np.clip(retained, 0.0, 1.0)


def delegation_losses(terms: MembershipTerms) -> np.ndarray:
    """(S, B) autonomy given up to each bloc, as -log(1 - delegated): they add over blocs."""
    return -np.log1p(-np.minimum(terms.delegated_by_bloc, DELEGATION_CAP))


def alignment_autonomy_loss(params: dict[str, float]) -> float:
    """A single-pole alignment's cost as a log loss, on the scale of ``delegation_losses``
    (infinite for a cost of 1, which leaves no autonomy)."""
    with np.errstate(divide="ignore"):
        return float(-np.log1p(-params["alignment_autonomy_cost"]))


def corridor_values(
    snap: Snapshot,
    terms: MembershipTerms,
    sums: Interactions,
    rows: np.ndarray | None = None,
    corridor: CorridorConstants = CORRIDOR,
) -> np.ndarray:
    """(..., R, C) what each corridor adds to the transit sum of the states ``rows`` (all when
    None); the affinity term is the route's, the mean over the states on the corridor
    (interactions.py), so a neighbour's choice moves it."""
    on = terms.corridor_open if rows is None else terms.corridor_open[rows]
    ease = terms.corridor_ease if rows is None else terms.corridor_ease[rows]
    affinity = route_affinity(snap, sums)[..., None, :]
    return on * (corridor.base + corridor.ease * ease + corridor.affinity * affinity)


def diversification_parts(q: np.ndarray) -> np.ndarray:
    """(..., P) each pole's part of the diversification index for tie shares q summing to 1:
    100 q (1 - q) / (1 - 1/P), which add up to 100 (1 - HHI) / (1 - 1/P)."""
    return 100.0 * q * (1.0 - q) / (1.0 - 1.0 / N_POLES)


def has_alignment(a: np.ndarray) -> np.ndarray:
    """1.0 for states with an alignment (a choice, or a pole state's own pole), else 0.0, from
    alignment vectors (..., S, P). Cohesion counts only these: the states outside the focus
    region have no alignment recorded, and counting them as pointing nowhere would make the
    EU or NATO look split merely because most of their members are not modelled."""
    return (a.sum(axis=-1) > 0).astype(float)


def region_weights(snap: Snapshot) -> dict[str, np.ndarray]:
    """What each region measure counts per state: the state itself, its population, its GDP."""
    return {"states": np.ones(len(snap.states)), "population": snap.population, "gdp": snap.gdp}


def state_values(
    snap: Snapshot,
    terms: MembershipTerms,
    params: dict[str, float],
    alignment: np.ndarray,
    rows: np.ndarray | None = None,
    sums: Interactions | None = None,
    corridor: CorridorConstants = CORRIDOR,
) -> dict[str, np.ndarray]:
    """Every state-level indicator, arrays of shape alignment.shape (..., S).

    With ``rows`` the alignment holds only those states' choices (..., R) and ``sums`` the
    interaction sums over every state (interactions.py) for each of them; the values are those of
    the rows. Explore uses it to evaluate thousands of combinations without every state.
    """
    if rows is None:
        rows = np.arange(len(snap.states))
        sums = interaction_sums(snap, terms, alignment)
    elif sums is None:
        raise ValueError("state_values for some rows needs the interaction sums")
    a = alignment_vectors(terms, alignment, rows)  # (..., R, P)
    ties = terms.base_ties[rows] + params["weight_alignment"] * a
    batch = alignment.shape[:-1]

    total = ties.sum(axis=-1)
    q = np.divide(ties, total[..., None], out=np.zeros_like(ties), where=total[..., None] > 0)
    diversification = np.where(total > 0, diversification_parts(q).sum(axis=-1), 0.0)

    trade_exposure = snap.trade[rows] @ terms.pole_severity  # (R,)
    inst_exposure = terms.exposure_by_bloc[rows].sum(axis=-1)  # (R,)
    align_exposure = alignment_exposure(terms, alignment, rows)  # (..., R)
    exposure = (
        params["exposure_trade"] * trade_exposure
        + params["exposure_institutions"] * inst_exposure
        + params["exposure_alignment"] * align_exposure
        + params["exposure_neighbours"] * neighbour_mean(sums)
        + terms.severity[rows]
    )
    single = np.isin(alignment, list(SINGLE_POLE_OF)).astype(float)
    shared = c5_shared_stance(terms, alignment, sums, rows)
    loss = delegation_losses(terms)[rows].sum(axis=-1) * (1.0 - params["c5_solidarity"] * shared)
    autonomy = np.exp(-loss) * (1.0 - params["alignment_autonomy_cost"] * single)

    transit = transit_index(
        corridor_values(snap, terms, sums, rows, corridor).sum(axis=-1), corridor.scale
    )

    def fixed(values: np.ndarray) -> np.ndarray:
        return np.broadcast_to(values, (*batch, values.shape[-1]))

    return {
        "market_access": fixed(share_index(terms.market_share[rows])),
        "dependence_russia": dependence_index(ties[..., RUSSIA]),
        "dependence_china": dependence_index(ties[..., CHINA]),
        "dependence_west": dependence_index(ties[..., WEST]),
        "sanctions_exposure": exposure_index(exposure),
        "autonomy": autonomy_index(autonomy),
        "security_coverage": fixed(security_index(terms.security_by_bloc[rows].sum(axis=-1))),
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
    aligned = full.T @ has_alignment(a)  # (B,) full members whose alignment is known
    cohesion = np.divide(
        100.0 * lead_share, aligned, out=np.full(members.shape, np.nan), where=aligned > 0
    )
    return {
        "bloc_members": members,
        "bloc_gdp": full.T @ snap.gdp / GDP_UNIT,
        "bloc_population": full.T @ snap.population / POPULATION_UNIT,
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
    for measure, weights in region_weights(snap).items():
        total = float(weights[region].sum())
        for cat in REGION_OF_ALIGNMENT.values():
            part = float(weights[region & (cats == cat)].sum())
            values[f"region_{measure}_{cat}"] = 100.0 * part / total if total > 0 else 0.0
    return values
