"""The parts of a breakdown: a contribution, one side's inner sum with its index, the sources.

Shared by ``explain`` (explanation.py), the state indicators' breakdowns (explanation_state.py)
and ``explain_change`` (explanation_change.py).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

from regio_desktop.engine.explanation_phrases import Phrase
from regio_desktop.world.loaded_world import World

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
    """Each row's source by its key, the last row winning (as ``iloc[-1]`` of a filter would):
    a breakdown looks up a source per part, and filtering the observations per lookup cost
    tens of milliseconds a breakdown."""

    memberships: dict[tuple[str, str], str]
    trade: dict[str, str]
    figures: dict[tuple[str, str, int], str]


_SOURCES: weakref.WeakKeyDictionary[World, _Sources] = weakref.WeakKeyDictionary()


def _sources(world: World) -> _Sources:
    found = _SOURCES.get(world)
    if found is None:
        m, t, o = world.memberships, world.trade_shares, world.observations
        # Columns as lists first: iterating a Series element by element costs ten times more.
        found = _SOURCES[world] = _Sources(
            dict(
                zip(
                    zip(m["state"].tolist(), m["bloc"].tolist(), strict=True),
                    m["source"].astype(str).tolist(),
                    strict=True,
                )
            ),
            dict(zip(t["state"].tolist(), t["source"].astype(str).tolist(), strict=True)),
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


def membership_source(world: World, state: str, bloc: str) -> str:
    return _sources(world).memberships.get((state, bloc), "scenario edit")


def trade_source(world: World, state: str) -> str:
    return _sources(world).trade.get(state, "")


def figure_source(world: World, state: str, indicator: str, year: int) -> str:
    """The source of the observation a snapshot took for a state ('' if it has none)."""
    return _sources(world).figures.get((state, indicator, int(year)), "")
