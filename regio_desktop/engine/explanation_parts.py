"""The parts of a breakdown: a contribution, one side's inner sum with its index, the sources.

Shared by ``explain`` (explanation.py), the state indicators' breakdowns (explanation_state.py)
and ``explain_change`` (explanation_change.py).
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from regio_desktop.engine.explanation_phrases import Phrase
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import STATUS_WEIGHT

LITERATURE = "project reading of the literature"


@dataclass(frozen=True)
class Contribution:
    """One part of an indicator's value, with the source of the figure behind it."""

    phrase: Phrase
    value: float
    source: str = ""

    @property
    def label(self) -> str:
        """The part in English words."""
        return self.phrase.english


Part = tuple[Phrase, float, str]
"""A term of an indicator's inner sum before its index is applied: phrase, amount, source."""


@dataclass(frozen=True)
class Breakdown:
    """One side's parts of an indicator: the inner sum's terms and the index applied to it.

    ``index`` None means a plain sum: the parts are the contributions as they are (in their order,
    zeros kept). Otherwise the value is ``index(start + sum of parts)`` plus the ``fixed``
    contributions (autonomy's starting 100).
    """

    formula: Phrase
    parts: list[Part]
    index: Callable[[float], float] | None = None
    start: float = 0.0
    fixed: list[Contribution] = field(default_factory=list)

    def contributions(self) -> list[Contribution]:
        if self.index is None:
            return [Contribution(p, v, s) for p, v, s in self.parts]
        return [*self.fixed, *in_turn(self.parts, self.index, self.start)]


def in_turn(
    parts: list[Part], index: Callable[[float], float], start: float = 0.0
) -> list[Contribution]:
    """What each part adds to ``index`` of the running sum, largest part first.

    The contributions telescope to ``index(start + sum of parts) - index(start)``: for a linear
    index they are the parts themselves (times the index's slope); past a cap they are 0.
    """
    out = []
    total = start
    before = float(index(start))
    for phrase, amount, source in sorted((p for p in parts if p[1]), key=lambda p: -p[1]):
        total += amount
        now = float(index(total))
        out.append(Contribution(phrase, now - before, source))
        before = now
    return out


@dataclass(frozen=True, eq=False)
class _Sources:
    """Each row's source by its key: a breakdown looks up a source per part, and filtering the
    tables per lookup cost tens of milliseconds a breakdown. A state's membership of a bloc has
    one row per dated segment (joined, suspended, withdrawn ...) and its trade shares one per
    year, so those keep every row: the source is the one of the segment or year the figure
    really comes from."""

    memberships: dict[tuple[str, str], list[tuple[dt.date, dt.date, str, str]]]
    trade: dict[tuple[str, int], str]
    figures: dict[tuple[str, str, int], str]


_SOURCES: weakref.WeakKeyDictionary[World, _Sources] = weakref.WeakKeyDictionary()


def _day(value: object, missing: dt.date) -> dt.date:
    return value if isinstance(value, dt.date) and not pd.isna(value) else missing


def _sources(world: World) -> _Sources:
    found = _SOURCES.get(world)
    if found is None:
        m, t, o = world.memberships, world.trade_shares, world.observations
        segments: dict[tuple[str, str], list[tuple[dt.date, dt.date, str, str]]] = {}
        # Columns as lists first: iterating a Series element by element costs ten times more.
        for state, bloc, start, end, source, status in zip(
            m["state"].tolist(),
            m["bloc"].tolist(),
            m["start"].tolist(),
            m["end"].tolist(),
            m["source"].astype(str).tolist(),
            m["status"].tolist(),
            strict=True,
        ):
            segment = (_day(start, dt.date.min), _day(end, dt.date.max), source, status)
            segments.setdefault((state, bloc), []).append(segment)
        for rows in segments.values():
            rows.sort()
        found = _SOURCES[world] = _Sources(
            segments,
            dict(
                zip(
                    zip(t["state"].tolist(), t["year"].astype(int).tolist(), strict=True),
                    t["source"].astype(str).tolist(),
                    strict=True,
                )
            ),
            dict(
                zip(
                    zip(
                        o["state"].tolist(),
                        o["indicator"].tolist(),
                        o["year"].astype(int).tolist(),
                        strict=True,
                    ),
                    o["source"].astype(str).tolist(),
                    strict=True,
                )
            ),
        )
    return found


def membership_source(world: World, state: str, bloc: str, on: dt.date) -> str:
    """The source of the state's membership segment in force ``on`` that day, or "scenario
    edit" when the data have the state out of the bloc then (no segment, or one that weighs
    nothing, such as 'withdrawn'): a counted membership is then one a scenario makes."""
    rows = _sources(world).memberships.get((state, bloc), [])
    in_force = [row for row in rows if row[0] <= on <= row[1]]
    if in_force and STATUS_WEIGHT.get(in_force[-1][3], 0.0) > 0:
        return in_force[-1][2]
    return "scenario edit"


def trade_source(world: World, state: str, year: int) -> str:
    """The source of the state's trade shares of ``year`` (the year its snapshot took)."""
    return _sources(world).trade.get((state, int(year)), "")


def figure_source(world: World, state: str, indicator: str, year: int) -> str:
    """The source of the observation a snapshot took for a state ('' if it has none)."""
    return _sources(world).figures.get((state, indicator, int(year)), "")
