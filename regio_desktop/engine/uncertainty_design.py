"""What the uncertainty analysis varies, and how one draw of those values is evaluated.

Every estimate the indicators rest on becomes one or more columns of a design (a factor with a
low and a high value): the parameters, the corridor constants and the status weights over the
plausible ranges of ``ASSUMPTIONS``; each estimated data value over the range documented for its
row in ``estimate_ranges.csv``, or the stated default rule where none is
(``estimate_ranges.default_range``). A draw is a row of the unit hypercube; ``Design.evaluate`` maps it onto the factors and
patches a copy of the snapshot's arrays (never rebuilding the world), which keeps one draw at the
cost of one evaluation.

Left out on purpose: ``sanctions_regime`` (a switch the analyst sets, not an estimate),
``DELEGATION_CAP`` (a numerical guard no bloc comes near), ``DEEP_BLOC`` (it decides tensions,
not indicators), ``SECURITY_SCALE`` (it sets where an index reaches
its middle: a monotone rescaling that changes no ranking and no direction of a change) and
``EASE_PARTNERS`` (a count of crossings, not a continuous quantity). A parameter or bloc value the scenario sets itself is the analyst's choice and
is held at it. A zero in the data is a recorded absence (no defence obligation, no binding body,
no trade with a pole, no sanctions) and is held at zero, so no draw invents a tie.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy as np

from regio_desktop.engine.assumptions import ASSUMPTIONS, DATA_ESTIMATES
from regio_desktop.engine.catalogue import BLOC_INDICATORS, STATE_INDICATORS
from regio_desktop.engine.estimate_ranges import RangeKey, range_of
from regio_desktop.engine.indicator_values import (
    CorridorConstants,
    bloc_values,
    region_values,
    state_values,
)
from regio_desktop.engine.snapshot import Snapshot
from regio_desktop.engine.terms import membership_terms, reach_layers
from regio_desktop.scenario.parameters import BLOC_FIELDS
from regio_desktop.world.vocabulary import FULL_STATUSES, STATUS_WEIGHT

NOT_DRAWN = frozenset(
    {
        "sanctions_regime",
        "DELEGATION_CAP",
        "DEEP_BLOC",
        "SECURITY_SCALE",
        "EASE_PARTNERS",
    }
)
"""Assumptions held at their value in every draw (see the module docstring)."""
SUMS_TO_ONE = (
    ("weight_trade", "weight_institutions", "weight_alignment"),
    ("exposure_trade", "exposure_institutions", "exposure_alignment"),
)
"""Weights drawn together and rescaled after drawing, so that each draw keeps their sum (1)."""
CORRIDOR_NAMES = {
    "CORRIDOR_BASE": "base",
    "CORRIDOR_EASE": "ease",
    "CORRIDOR_AFFINITY": "affinity",
    "CORRIDOR_SCALE": "scale",
}
DEPTHS = ("depth_trade", "depth_regulation", "depth_security", "depth_politics")
_SPREAD = {d.table: d.spread for d in DATA_ESTIMATES}


def bloc_estimate(code: str) -> str:
    """The name of the estimate that groups one bloc's depths and delegation."""
    return f"blocs.csv {code}"


SEVERITIES, EXPOSURES, TRADE = "sanctions.csv", "corridors.csv", "trade_shares.csv"
"""Names of the estimates that group a data column's values (one group per column)."""


@dataclass(frozen=True)
class Column:
    """One drawn value: the estimate it belongs to, where it goes, and its range."""

    estimate: str
    target: tuple[str, int, int]  # (what, index, second index): see Design.evaluate
    point: float
    low: float
    high: float


@dataclass(frozen=True, eq=False)
class Drawn:
    """What one draw changes: the snapshot's estimated arrays, the parameters, the corridor
    constants and the status weights."""

    snap: Snapshot
    params: dict[str, float]
    corridor: CorridorConstants
    status_weight: dict[str, float]


@dataclass(frozen=True, eq=False)
class Design:
    """The columns of one scenario's analysis and the fixed inputs every draw shares."""

    snap: Snapshot
    status_codes: np.ndarray  # (S, B) index into status_names
    status_names: tuple[str, ...]
    alignment: np.ndarray
    params: dict[str, float]
    columns: tuple[Column, ...]
    estimates: tuple[str, ...]  # the groups, in the order of first appearance
    live_blocs: np.ndarray  # (B,) bool: the blocs with rows in the indicator table
    region: np.ndarray  # the region indicators: population, GDP and alignments, none drawn
    pairs: tuple[np.ndarray, np.ndarray]  # the state pairs a preferential bloc joins
    pair_layers: np.ndarray  # (pairs, L) which of the L blocs joins each pair
    reach_blocs: np.ndarray  # (L,)

    @property
    def transit_share(self) -> np.ndarray:
        """(S,) the share of each state's sanctions that bears on transit (0 where none)."""
        severity = self.snap.severity
        return np.divide(
            self.snap.transit_severity,
            severity,
            out=np.zeros_like(severity),
            where=severity > 0,
        )

    @property
    def group_of(self) -> list[str]:
        """Each column's estimate (SALib's ``groups``)."""
        return [c.estimate for c in self.columns]

    def values(self, unit: np.ndarray) -> np.ndarray:
        """(N, D) factor values for rows of the unit hypercube."""
        low = np.array([c.low for c in self.columns])
        high = np.array([c.high for c in self.columns])
        return low + unit * (high - low)

    def point(self) -> np.ndarray:
        """(D,) the values the evaluation uses: a draw of them gives the point values."""
        return np.array([c.point for c in self.columns])

    def drawn(self, row: np.ndarray) -> Drawn:
        """The snapshot, parameters, corridor constants and status weights of one row of
        factor values (``values`` of a unit row)."""
        params = dict(self.params)
        weights = dict(STATUS_WEIGHT)
        corridor: dict[str, float] = {}
        arrays = {
            name: getattr(self.snap, name).copy()
            for name in (*DEPTHS, "delegation", "severity", "corridor_exposure", "trade")
        }
        arrays["transit_share"] = self.transit_share.copy()
        drawn: set[str] = set()
        for column, value in zip(self.columns, row.tolist(), strict=True):
            what, i, j = column.target
            if what == "param":
                params[column.estimate] = value
                drawn.add(column.estimate)
            elif what == "corridor":
                corridor[CORRIDOR_NAMES[column.estimate]] = value
            elif what == "status":
                weights[column.estimate.split("`")[1]] = value
            elif what == "trade":
                arrays["trade"][i, j] = value
            else:
                arrays[what][i] = value
        for triple in SUMS_TO_ONE:
            _rescale(params, self.params, triple, drawn)
        trade = arrays["trade"]
        totals = trade.sum(axis=1, keepdims=True)
        arrays["trade"] = np.divide(trade, totals, out=np.zeros_like(trade), where=totals > 0)
        depth_mean = np.mean([arrays[d] for d in DEPTHS], axis=0)
        # The part of a regime that bears on transit: its drawn severity times its drawn share.
        arrays["transit_severity"] = arrays["severity"] * arrays.pop("transit_share")
        snap = replace(self.snap, **arrays, depth_mean=depth_mean)
        return Drawn(snap, params, CorridorConstants(**corridor), weights)

    def weights(self, drawn: Drawn, status_codes: np.ndarray | None = None) -> np.ndarray:
        """(S, B) the status weights of a draw for the design's statuses (or other codes)."""
        table = np.array([drawn.status_weight.get(s, 0.0) for s in self.status_names])
        return table[self.status_codes if status_codes is None else status_codes]

    def evaluate(self, row: np.ndarray) -> np.ndarray:
        """Every indicator (flat, in the order of ``Evaluation.indicators``) for one row of
        factor values (``values`` of a unit row)."""
        d = self.drawn(row)
        terms = membership_terms(d.snap, self.weights(d), d.params, self.reach(d.snap))
        states = state_values(d.snap, terms, d.params, self.alignment, corridor=d.corridor)
        blocs = bloc_values(d.snap, terms, self.alignment)
        return np.concatenate(
            [states[i.code] for i in STATE_INDICATORS]
            + [blocs[i.code][self.live_blocs] for i in BLOC_INDICATORS]
            + [self.region]
        )

    def reach(self, snap: Snapshot) -> tuple[np.ndarray, np.ndarray]:
        """``preferential_reach`` for a draw's depths, over the joined pairs only: the full
        memberships are the same in every draw (no drawn status weight reaches 1)."""
        return ReachPlan(self.pairs, self.pair_layers, self.reach_blocs).reach(snap)


@dataclass(frozen=True, eq=False)
class ReachPlan:
    """The part of ``preferential_reach`` that one set of statuses fixes: which preferential
    blocs join which pairs of full members. A draw of the depths then costs a maximum over the
    joined pairs, not a pass over every pair of states and every bloc."""

    pairs: tuple[np.ndarray, np.ndarray]  # the state pairs a preferential bloc joins
    pair_layers: np.ndarray  # (pairs, L) which of the L blocs joins each pair
    reach_blocs: np.ndarray  # (L,)

    def reach(self, snap: Snapshot) -> tuple[np.ndarray, np.ndarray]:
        """(S, S) reach and the bloc giving it (-1 where none) at the snapshot's depths."""
        S = len(snap.states)
        reach, via = np.zeros((S, S)), np.full((S, S), -1, dtype=int)
        if self.reach_blocs.size and len(self.pairs[0]):
            values = self.pair_layers * snap.depth_trade[self.reach_blocs]
            best = values.argmax(axis=-1)
            deepest = values[np.arange(len(best)), best]
            reach[self.pairs] = deepest
            via[self.pairs] = np.where(deepest > 0, self.reach_blocs[best], -1)
        return reach, via


def reach_plan(snap: Snapshot, status: np.ndarray) -> ReachPlan:
    """The ``ReachPlan`` of a set of statuses (its full memberships)."""
    layers, reach_blocs = reach_layers(snap, np.isin(status, list(FULL_STATUSES)))
    joined = np.asarray(layers.any(axis=-1))
    np.fill_diagonal(joined, False)
    first, second = np.nonzero(joined)
    pairs = (np.asarray(first), np.asarray(second))
    return ReachPlan(pairs, layers[pairs], reach_blocs)


def _rescale(
    params: dict[str, float], point: dict[str, float], names: tuple[str, ...], drawn: set[str]
) -> None:
    """Scale the drawn weights of ``names`` so that all of them sum to their point sum."""
    moved = [n for n in names if n in drawn]
    if not moved:
        return
    room = sum(point[n] for n in names) - sum(params[n] for n in names if n not in drawn)
    total = sum(params[n] for n in moved)
    if total > 0 and room > 0:
        for n in moved:
            params[n] *= room / total


def design(
    snap: Snapshot,
    status: np.ndarray,
    alignment: np.ndarray,
    params: dict[str, float],
    overridden: frozenset[str],
    live_blocs: np.ndarray,
    ranges: Mapping[RangeKey, tuple[float, float]] | None = None,
) -> Design:
    """The columns for one scenario: its snapshot (bloc overrides applied), statuses after its
    edits, alignment, resolved parameters, the parameter names it sets itself and the documented
    ranges of the data (``estimate_ranges.documented_ranges``; the default rule elsewhere)."""
    documented = ranges or {}
    columns: list[Column] = []
    for a in ASSUMPTIONS:
        if a.name in NOT_DRAWN or a.name in overridden:
            continue
        if a.kind == "parameter":
            target = "param"
        elif a.kind == "status weight":
            target = "status"
        else:
            target = "corridor"
        point = params[a.name] if target == "param" else a.value
        columns.append(Column(a.name, (target, 0, 0), point, a.low, a.high))
    blocs_spread = _SPREAD["blocs.csv"]
    for b, code in enumerate(snap.blocs):
        if not snap.bloc_exists[b]:
            continue
        for field in BLOC_FIELDS:
            value = float(getattr(snap, field)[b])
            if value > 0 and f"bloc.{code}.{field}" not in overridden:
                drawn = range_of(documented, ("bloc", code, field), value, blocs_spread)
                columns.append(Column(bloc_estimate(code), (field, b, 0), *drawn))
    share = np.divide(
        snap.transit_severity,
        snap.severity,
        out=np.zeros_like(snap.severity),
        where=snap.severity > 0,
    )
    for i in np.flatnonzero(snap.severity > 0):
        state = snap.states[int(i)]
        for field, target, value in (
            ("severity", "severity", float(snap.severity[i])),
            ("transit", "transit_share", float(share[i])),
        ):
            if value > 0:
                drawn = range_of(documented, ("sanction", state, field), value, _SPREAD[SEVERITIES])
                columns.append(Column(SEVERITIES, (target, int(i), 0), *drawn))
    for c in np.flatnonzero(snap.corridor_exposure > 0):
        key = ("corridor", snap.corridors[int(c)], "sanctions_exposure")
        drawn = range_of(documented, key, float(snap.corridor_exposure[c]), _SPREAD[EXPOSURES])
        columns.append(Column(EXPOSURES, ("corridor_exposure", int(c), 0), *drawn))
    spread = _SPREAD[TRADE] / 100.0  # percentage points of the share, as a fraction
    for i, p in zip(*np.nonzero(snap.trade > 0), strict=True):
        value = float(snap.trade[i, p])
        columns.append(
            Column(TRADE, ("trade", int(i), int(p)), *range_of({}, ("", "", ""), value, spread))
        )
    names = sorted({str(s) for s in status.ravel()} | set(STATUS_WEIGHT))
    position = {name: k for k, name in enumerate(names)}
    codes = np.array([position[str(s)] for s in status.ravel()], dtype=int).reshape(status.shape)
    estimates = tuple(dict.fromkeys(c.estimate for c in columns))
    region = np.fromiter(region_values(snap, alignment).values(), dtype=float)
    joins = reach_plan(snap, status)
    return Design(
        snap,
        codes,
        tuple(names),
        alignment,
        params,
        tuple(columns),
        estimates,
        live_blocs,
        region,
        joins.pairs,
        joins.pair_layers,
        joins.reach_blocs,
    )
