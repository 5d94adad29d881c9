"""A Snapshot: the world as it stood in one baseline year, as numpy arrays the indicators use.

Built once per (world, year) and cached. It records which year each figure really comes from
(observations from that year or the nearest earlier one), so the window can say so.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from regio_desktop.world.loaded_world import World, rows_in_force
from regio_desktop.world.vocabulary import ALIGNMENTS, POLES, STATUS_WEIGHT

FloatArray = np.ndarray
NO_ALIGNMENT = -1


@dataclass(frozen=True, eq=False)
class Snapshot:
    """Arrays over states (S), blocs (B), poles (P) and corridors (C) for one baseline year."""

    year: int
    date: dt.date
    states: tuple[str, ...]
    blocs: tuple[str, ...]
    corridors: tuple[str, ...]
    gdp: FloatArray  # (S,) current US$
    gdp_year: np.ndarray  # (S,) year the figure comes from, 0 if none
    population: FloatArray  # (S,)
    population_year: np.ndarray
    trade: FloatArray  # (S, P) fractions of total trade by pole
    trade_year: np.ndarray  # (S,)
    status: np.ndarray  # (S, B) status strings, '' for none
    weight: FloatArray  # (S, B) STATUS_WEIGHT of the status
    bloc_exists: np.ndarray  # (B,) bool
    preferential: FloatArray  # (B,) 1 for preferential-trade blocs
    hub: (
        np.ndarray
    )  # (B,) index of the bloc whose full members an agreement bloc's members reach, -1
    hub_state: np.ndarray  # (B,) index of the state an agreement bloc's members reach, -1
    depth_trade: FloatArray
    depth_regulation: FloatArray
    depth_security: FloatArray
    depth_politics: FloatArray
    depth_mean: FloatArray  # (B,) mean of the four depth dimensions
    delegation: FloatArray
    collective_defence: FloatArray
    lead: np.ndarray  # (B,) pole index or -1
    alignment: np.ndarray  # (S,) baseline alignment index or -1
    own_pole: np.ndarray  # (S,) pole index for pole states, else -1
    severity: FloatArray  # (S,) sanctions severity at the date
    transit_severity: FloatArray  # (S,) the part of it that bears on goods crossing the state
    on_corridor: FloatArray  # (S, C) 1 where the state's segment of the corridor is open
    corridor_pole: np.ndarray  # (C,) pole index
    corridor_exposure: FloatArray  # (C,) share of a state's sanctions that bears on the corridor
    post_soviet: np.ndarray  # (S,) bool
    _state_pos: dict[str, int] = field(init=False, repr=False)
    _bloc_pos: dict[str, int] = field(init=False, repr=False)

    def state_index(self, code: str) -> int:
        return self._state_pos[code]

    def bloc_index(self, code: str) -> int:
        return self._bloc_pos[code]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_state_pos", {c: i for i, c in enumerate(self.states)})
        object.__setattr__(self, "_bloc_pos", {c: i for i, c in enumerate(self.blocs)})


_SERIES: weakref.WeakKeyDictionary[
    World, dict[tuple[str, tuple[str, ...]], list[tuple[np.ndarray, np.ndarray] | None]]
] = weakref.WeakKeyDictionary()


def _series(
    world: World, indicator: str, states: tuple[str, ...]
) -> list[tuple[np.ndarray, np.ndarray] | None]:
    """Each state's figures of one indicator as (years, values), sorted by year (rows of one
    year in the order of the table), None for a state with none; read once per world, so that
    a replay going through the years does not walk every observation for every year."""
    by_key = _SERIES.setdefault(world, {})
    found = by_key.get((indicator, states))
    if found is not None:
        return found
    obs = world.observations
    pos = {c: i for i, c in enumerate(states)}
    chosen = obs["indicator"].to_numpy() == indicator
    rows: list[list[tuple[int, float]]] = [[] for _ in states]
    for state, when, value in zip(
        obs["state"].to_numpy()[chosen].tolist(),
        obs["year"].to_numpy()[chosen].tolist(),
        obs["value"].to_numpy()[chosen].tolist(),
        strict=True,
    ):
        i = pos.get(state)
        if i is not None:
            rows[i].append((int(when), float(value)))
    found = []
    for figures in rows:
        if not figures:
            found.append(None)
            continue
        figures.sort(key=lambda f: f[0])  # stable: rows of one year keep the table's order
        found.append((np.array([f[0] for f in figures]), np.array([f[1] for f in figures])))
    by_key[(indicator, states)] = found
    return found


def _figures_by_state(
    world: World, indicator: str, year: int, states: tuple[str, ...]
) -> tuple[np.ndarray, np.ndarray]:
    """Value and year of each state's latest figure at or before ``year`` (the last row of
    that year); before its first figure, its earliest one (0 and 0 where it has none at all)."""
    values = np.zeros(len(states))
    years = np.zeros(len(states), dtype=int)
    for i, series in enumerate(_series(world, indicator, states)):
        if series is None:
            continue
        when, value = series
        at = max(int(np.searchsorted(when, year, side="right")) - 1, 0)
        values[i], years[i] = float(value[at]), int(when[at])
    return values, years


def _trade_by_state(
    world: World, year: int, states: tuple[str, ...], p_pos: dict[str, int]
) -> tuple[np.ndarray, np.ndarray]:
    """Each state's shares of trade by pole (fractions of its total) and the year they are from:
    its latest year at or before ``year``, else its earliest."""
    shares = world.trade_shares
    trade = np.zeros((len(states), len(p_pos)))
    trade_year = np.zeros(len(states), dtype=int)
    s_pos = {c: i for i, c in enumerate(states)}
    if not shares.empty:
        rows = list(
            zip(
                shares["state"].tolist(),
                shares["year"].tolist(),
                shares["partner"].tolist(),
                shares["share"].tolist(),
                strict=True,
            )
        )
        chosen: dict[int, int] = {}
        first: dict[int, int] = {}
        for state, when, _, _ in rows:
            i = s_pos.get(state)
            if i is None:
                continue
            first[i] = min(first.get(i, when), when)
            if when <= year:
                chosen[i] = max(chosen.get(i, when), when)
        chosen = first | chosen
        for state, when, partner, share in rows:
            i = s_pos.get(state)
            if i is not None and when == chosen[i]:
                trade[i, p_pos[partner]] = float(share) / 100.0
        for i, when in chosen.items():
            trade_year[i] = int(when)
    totals = trade.sum(axis=1, keepdims=True)
    trade = np.divide(trade, totals, out=np.zeros_like(trade), where=totals > 0)
    return trade, trade_year


def build_snapshot(world: World, year: int) -> Snapshot:
    """The arrays for ``year`` (memberships on its last day, figures of that year or earlier)."""
    date = world.reference_date(year)
    states, blocs = world.state_codes, world.bloc_codes
    s_pos = {c: i for i, c in enumerate(states)}
    b_pos = {c: i for i, c in enumerate(blocs)}
    p_pos = {c: i for i, c in enumerate(POLES)}
    S, B = len(states), len(blocs)

    gdp, gdp_year = _figures_by_state(world, "gdp_usd", year, states)
    pop, pop_year = _figures_by_state(world, "population", year, states)
    trade, trade_year = _trade_by_state(world, year, states, p_pos)

    status = np.full((S, B), "", dtype=object)
    weight = np.zeros((S, B))
    active = world.memberships_on(date)[["state", "bloc", "status"]]
    cells = [
        (s_pos[state], b_pos[bloc], membership)
        for state, bloc, membership in active.itertuples(index=False, name=None)
    ]
    for i, b, membership in cells:
        status[i, b] = membership
    # Only the cells with a status weigh anything (a pass over the rows, not over S x B).
    for i, b, _ in cells:
        weight[i, b] = STATUS_WEIGHT.get(status[i, b], 0.0)

    bl = world.blocs
    founded = bl["founded"].to_numpy()
    dissolved = bl["dissolved"].to_numpy()
    exists = np.array(
        [
            f <= date and (d is None or pd.isna(d) or date < d)
            for f, d in zip(founded, dissolved, strict=True)
        ],
        dtype=bool,
    )
    depth_cols = ["depth_trade", "depth_regulation", "depth_security", "depth_politics"]
    lead = np.array(
        [p_pos.get(v, -1) if isinstance(v, str) else -1 for v in bl["leading_pole"]], dtype=int
    )
    hubs = bl["preferential_with"] if "preferential_with" in bl.columns else [None] * B
    hub = np.array([b_pos.get(v, -1) if isinstance(v, str) else -1 for v in hubs], dtype=int)
    hub_state = np.array([s_pos.get(v, -1) if isinstance(v, str) else -1 for v in hubs], dtype=int)

    alignment = np.full(S, NO_ALIGNMENT, dtype=int)
    active = rows_in_force(world.alignments, date)[["state", "alignment"]]
    for state, choice in active.itertuples(index=False, name=None):
        alignment[s_pos[state]] = ALIGNMENTS.index(choice)
    own_pole = np.array(
        [p_pos.get(v, -1) if isinstance(v, str) else -1 for v in world.states["pole"]], dtype=int
    )
    alignment[own_pole >= 0] = NO_ALIGNMENT

    severity = np.zeros(S)
    transit_severity = np.zeros(S)
    in_force = rows_in_force(world.sanctions, date)
    transit = in_force["transit"] if "transit" in in_force.columns else 1.0
    active = in_force.assign(transit=in_force["severity"] * transit)[
        ["state", "severity", "transit"]
    ]
    for state, level, on_transit in active.itertuples(index=False, name=None):
        i = s_pos[state]
        severity[i] = max(severity[i], float(level))
        transit_severity[i] = max(transit_severity[i], float(on_transit))

    corridors = tuple(world.corridors.index)
    c_pos = {c: i for i, c in enumerate(corridors)}
    on_corridor = np.zeros((S, len(corridors)))
    links = world.corridor_states_on(date)[["state", "corridor"]]
    for state, corridor in links.itertuples(index=False, name=None):
        on_corridor[s_pos[state], c_pos[corridor]] = 1.0
    corridor_pole = np.array([p_pos[p] for p in world.corridors["pole"]], dtype=int)
    corridor_exposure = (
        world.corridors["sanctions_exposure"].to_numpy(dtype=float)
        if "sanctions_exposure" in world.corridors.columns
        else np.ones(len(corridors))
    )

    return Snapshot(
        year=year,
        date=date,
        states=states,
        blocs=blocs,
        corridors=corridors,
        gdp=gdp,
        gdp_year=gdp_year,
        population=pop,
        population_year=pop_year,
        trade=trade,
        trade_year=trade_year,
        status=status,
        weight=weight,
        bloc_exists=exists,
        preferential=bl["preferential_trade"].to_numpy(dtype=float),
        hub=hub,
        hub_state=hub_state,
        depth_trade=bl["depth_trade"].to_numpy(dtype=float),
        depth_regulation=bl["depth_regulation"].to_numpy(dtype=float),
        depth_security=bl["depth_security"].to_numpy(dtype=float),
        depth_politics=bl["depth_politics"].to_numpy(dtype=float),
        depth_mean=bl[depth_cols].to_numpy(dtype=float).mean(axis=1) if B else np.zeros(0),
        delegation=bl["delegation"].to_numpy(dtype=float),
        collective_defence=bl["collective_defence"].to_numpy(dtype=float),
        lead=lead,
        alignment=alignment,
        own_pole=own_pole,
        severity=severity,
        transit_severity=transit_severity,
        on_corridor=on_corridor,
        corridor_pole=corridor_pole,
        corridor_exposure=corridor_exposure,
        post_soviet=world.states["post_soviet"].to_numpy(dtype=bool),
    )


def with_bloc_overrides(snap: Snapshot, overrides: dict[tuple[str, str], float]) -> Snapshot:
    """A copy of ``snap`` with some blocs' depths or delegation replaced (a scenario parameter)."""
    if not overrides:
        return snap
    arrays = {
        name: getattr(snap, name).copy()
        for name in (
            "depth_trade",
            "depth_regulation",
            "depth_security",
            "depth_politics",
            "delegation",
        )
    }
    for (code, name), value in overrides.items():
        arrays[name][snap.bloc_index(code)] = value
    depth_mean = np.mean(
        [
            arrays[f]
            for f in ("depth_trade", "depth_regulation", "depth_security", "depth_politics")
        ],
        axis=0,
    )
    return replace(snap, **arrays, depth_mean=depth_mean)


_SNAPSHOTS: weakref.WeakKeyDictionary[World, dict[int, Snapshot]] = weakref.WeakKeyDictionary()


def snapshot(world: World, year: int) -> Snapshot:
    """Cached ``build_snapshot``: a world's year is built once. A Snapshot holds no reference
    to its World, so the cache lets the World go when nobody else holds it."""
    by_year = _SNAPSHOTS.get(world)
    if by_year is None:
        by_year = _SNAPSHOTS[world] = {}
    snap = by_year.get(year)
    if snap is None:
        snap = by_year[year] = build_snapshot(world, year)
    return snap
