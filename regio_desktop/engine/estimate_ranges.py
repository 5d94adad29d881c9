"""The range each estimated data value is drawn over in the uncertainty analysis (#14 item 3).

A value's range is the one documented for its row in ``estimate_ranges.csv`` (a bloc's depth or
delegation, a corridor's sanctions exposure, a sanctions regime's severity or transit share), with
the reason written beside it. A value without a documented range gets the stated rule
``default_range``: half the value either side, at most the column's spread of
``assumptions.DATA_ESTIMATES``, within 0..1. The rule scales with the value so that a value near
zero stays near zero (the CIS Free Trade Area's delegation of 0.02 is drawn over 0.01-0.03, not
up to 0.17), while a large value keeps the column's full spread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from regio_desktop.world.loaded_world import World, rows_in_force

RangeKey = tuple[str, str, str]
"""(kind, code, field): ``bloc``/``corridor`` with the row's code; ``sanction`` with the state's
ISO3 (the regime in force at the snapshot's date stands for the state)."""
DEFAULT_SHARE = 0.5
"""The default range's half-width as a share of the value (capped by the column's spread)."""


def default_range(value: float, spread: float) -> tuple[float, float]:
    """The stated rule for a value without a documented range: ``value ± min(spread, half of
    value)``, within 0..1."""
    half = min(spread, DEFAULT_SHARE * abs(value))
    return max(0.0, value - half), min(1.0, value + half)


def documented_ranges(world: World, date: dt.date) -> dict[RangeKey, tuple[float, float]]:
    """Every documented range that applies on a date, keyed as the design looks them up: the
    sanctions rows are those of the regime in force on the date (the most severe one where two
    overlap, as the snapshot takes it)."""
    frame = world.estimate_ranges
    found: dict[RangeKey, tuple[float, float]] = {}
    in_force: dict[str, tuple[float, str]] = {}
    sanctions = rows_in_force(world.sanctions, date)
    for state, start, severity in zip(
        sanctions["state"].tolist(),
        sanctions["start"].tolist(),
        sanctions["severity"].tolist(),
        strict=True,
    ):
        code = f"{state}/{start.isoformat()}"
        if state not in in_force or float(severity) > in_force[state][0]:
            in_force[state] = (float(severity), code)
    regime_state = {code: state for state, (_, code) in in_force.items()}
    for kind, code, field, low, high in zip(
        frame["kind"].tolist(),
        frame["code"].tolist(),
        frame["field"].tolist(),
        frame["low"].tolist(),
        frame["high"].tolist(),
        strict=True,
    ):
        if kind == "sanction":
            if code not in regime_state:
                continue
            code = regime_state[code]
        found[(str(kind), str(code), str(field))] = (float(low), float(high))
    return found


def range_of(
    ranges: Mapping[RangeKey, tuple[float, float]], key: RangeKey, value: float, spread: float
) -> tuple[float, float, float]:
    """(value, low, high) for one drawn value: its documented range, else the default rule.
    A documented range that no longer holds the value (a scenario changed it) is widened to it."""
    low, high = ranges.get(key) or default_range(value, spread)
    return value, min(low, value), max(high, value)
