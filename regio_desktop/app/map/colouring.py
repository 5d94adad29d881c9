"""What the map fills each state with, and the legend that explains it: pure colour computation.

``colours_for`` turns an evaluation and a chosen colouring (alignment, membership of one bloc, an
indicator's value or its change against the baseline) into a fill per state, a legend, and the
shown value per state in words for the tooltip. It draws nothing, so it can be tested without a
view and reused by any panel that wants the map's colours (the bloc diagram's alignment dots).
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass, field

import pandas as pd
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from regio_desktop import api
from regio_desktop.api import ALIGNMENTS
from regio_desktop.app.common.indicator_labels import (
    format_number,
    indicator_title,
    judge,
    judgement_mark,
    judgement_word,
    marked_change,
)
from regio_desktop.app.common.palette import (
    ALIGNMENT_COLOURS,
    NO_DATA,
    POLE_COLOURS,
    judgement_colour,
    state_colour,
)
from regio_desktop.app.common.vocabulary_labels import alignment_label, is_full_member, status_label

COLOUR_BY_ALIGNMENT, COLOUR_BY_MEMBERSHIP, COLOUR_BY_VALUE, COLOUR_BY_DELTA = (
    "alignment",
    "membership",
    "value",
    "delta",
)
MODES = (COLOUR_BY_ALIGNMENT, COLOUR_BY_MEMBERSHIP, COLOUR_BY_VALUE, COLOUR_BY_DELTA)

FULL_MEMBER = QColor("#1f4e79")
PARTIAL_MEMBER = QColor("#8fb4dc")
SUSPENDED = QColor("#e3d6c3")
HATCH = QColor("#8a6d3b")
CHANGED = QColor("#e08a00")
"""The outline of a state whose shown colour the scenario changes (amber, as in the matrix)."""
NEUTRAL = QColor("#ffffff")
"""Unchanged states under the delta colouring."""
VALUE_STOPS = ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494")


def delta_stops(indicator: str) -> tuple[QColor, QColor, QColor]:
    """The change scale of an indicator, from the largest fall to the largest rise: each end in
    the one colour rule's colour of what that change is for the state (``judgement_colour``), so
    a fall in sanctions exposure is as blue as a rise in autonomy; white in the middle."""
    fall, rise = judge(indicator, -1.0), judge(indicator, 1.0)
    return (judgement_colour(fall, dark=False), NEUTRAL, judgement_colour(rise, dark=False))


@dataclass(frozen=True)
class LegendEntry:
    """One swatch of the legend; ``hatched`` marks a pattern over the colour, ``outline`` a
    swatch that explains an outline (the scenario's changes) rather than a fill."""

    label: str
    colour: QColor
    hatched: bool = False
    outline: bool = False


@dataclass(frozen=True)
class ColourScale:
    """A continuous scale for the legend's gradient bar: colours from ``low`` to ``high``."""

    low: float
    high: float
    stops: tuple[QColor, ...]


@dataclass
class Colouring:
    """What the map shows for one colouring: a fill per state, the legend, a text per state."""

    colours: dict[str, QColor] = field(default_factory=dict)
    legend: list[LegendEntry] = field(default_factory=list)
    scale: ColourScale | None = None
    values: dict[str, str] = field(default_factory=dict)
    """The shown value per state in words, for the tooltip."""
    hatched: set[str] = field(default_factory=set)
    changed: set[str] = field(default_factory=set)
    """States whose shown value the scenario changes: the map outlines them."""


def interpolate(stops: tuple[QColor, ...], t: float) -> QColor:
    """The colour at ``t`` (0..1) along evenly spaced ``stops``."""
    t = min(1.0, max(0.0, t))
    position = t * (len(stops) - 1)
    i = min(int(position), len(stops) - 2)
    f = position - i
    a, b = stops[i], stops[i + 1]
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * f,
        a.greenF() + (b.greenF() - a.greenF()) * f,
        a.blueF() + (b.blueF() - a.blueF()) * f,
    )


def wants_light_text(colour: QColor) -> bool:
    """Whether white text reads better than black on ``colour`` (relative luminance)."""
    return 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF() < 0.5


def nice_bound(value: float) -> float:
    """The smallest of 1, 2, 5 × 10^k at or above ``value`` (at least 1): a round scale end."""
    if value <= 1.0:
        return 1.0
    exponent = math.floor(math.log10(value))
    for step in (1.0, 2.0, 5.0, 10.0):
        bound = step * 10**exponent
        if bound >= value - 1e-9:
            return bound
    return 10.0 ** (exponent + 1)


def _pole_name(world: api.World, pole: str, language: str) -> str:
    """The pole named by its core state ("Russia", "Turkey"): shorter than the pole's title."""
    for code, state_pole in world.state_poles.items():
        if state_pole == pole:
            return world.name(code, language)
    return pole


def colours_for(
    evaluation: api.Evaluation,
    mode: str,
    key: str = "",
    language: str = "en",
    drawn: Collection[str] | None = None,
) -> Colouring:
    """The fill of every state of the evaluation's world under a colouring, with its legend.

    ``mode`` is one of the COLOUR_BY_* constants; ``key`` names the bloc (membership) or the
    state indicator (value, delta). ``drawn`` (the states the map has outlines for) keeps legend
    entries that only undrawn states would use out of the legend.
    """
    states = list(evaluation.world.state_codes)
    if mode == COLOUR_BY_MEMBERSHIP:
        result = _by_membership(evaluation, states, key)
    elif mode in (COLOUR_BY_VALUE, COLOUR_BY_DELTA):
        result = _by_indicator(evaluation, states, key, mode == COLOUR_BY_DELTA)
    else:
        result = _by_alignment(evaluation, states, language, drawn)
    if result.changed:
        result.legend.append(
            LegendEntry(
                QCoreApplication.translate("MapPanel", "Changed by the scenario"),
                CHANGED,
                outline=True,
            )
        )
    return result


def _by_alignment(
    evaluation: api.Evaluation, states: list[str], language: str, drawn: Collection[str] | None
) -> Colouring:
    result = Colouring()
    world = evaluation.world
    poles = world.state_poles
    for code in states:
        alignment = evaluation.alignment.get(code)
        result.colours[code] = state_colour(evaluation, code)
        if code in poles:
            name = _pole_name(world, poles[code], language)
            result.values[code] = QCoreApplication.translate("MapPanel", "pole: {pole}").format(
                pole=name
            )
        elif alignment:
            result.values[code] = alignment_label(alignment)
        else:
            result.values[code] = QCoreApplication.translate("MapPanel", "no alignment")
        if alignment != evaluation.baseline_alignment.get(code):
            result.changed.add(code)
    result.legend = [LegendEntry(alignment_label(a), ALIGNMENT_COLOURS[a]) for a in ALIGNMENTS]
    shown = [code for code in states if code in poles and (drawn is None or code in drawn)]
    for pole in dict.fromkeys(poles[code] for code in shown):
        result.legend.append(
            LegendEntry(
                QCoreApplication.translate("MapPanel", "Pole: {pole}").format(
                    pole=_pole_name(world, pole, language)
                ),
                POLE_COLOURS.get(pole, POLE_COLOURS["other"]),
            )
        )
    result.legend.append(
        LegendEntry(QCoreApplication.translate("MapPanel", "No alignment recorded"), NO_DATA)
    )
    return result


def _status(frame: pd.DataFrame, state: str, bloc: str) -> str:
    if state in frame.index and bloc in frame.columns:
        cell = frame.at[state, bloc]
        return cell if isinstance(cell, str) else ""
    return ""


def _by_membership(evaluation: api.Evaluation, states: list[str], bloc: str) -> Colouring:
    result = Colouring()
    for code in states:
        status = _status(evaluation.status, code, bloc)
        if is_full_member(status):
            result.colours[code] = FULL_MEMBER
        elif status == "suspended":
            result.colours[code] = SUSPENDED
            result.hatched.add(code)
        elif status and status != "withdrawn":
            result.colours[code] = PARTIAL_MEMBER
        else:
            result.colours[code] = NO_DATA
        result.values[code] = (
            status_label(status)
            if status
            else QCoreApplication.translate("MapPanel", "not a member")
        )
        if status != _status(evaluation.baseline_status, code, bloc):
            result.changed.add(code)
    result.legend = [
        LegendEntry(QCoreApplication.translate("MapPanel", "Full member"), FULL_MEMBER),
        LegendEntry(
            QCoreApplication.translate("MapPanel", "Associate, partner or observer"), PARTIAL_MEMBER
        ),
        LegendEntry(QCoreApplication.translate("MapPanel", "Suspended"), SUSPENDED, hatched=True),
        LegendEntry(QCoreApplication.translate("MapPanel", "Not a member"), NO_DATA),
    ]
    return result


def _by_indicator(
    evaluation: api.Evaluation, states: list[str], indicator: str, delta: bool
) -> Colouring:
    result = Colouring()
    table = evaluation.indicators
    rows = table[(table["level"] == "state") & (table["indicator"] == indicator)]
    values = dict(zip(rows["entity"].astype(str), rows["value"].astype(float), strict=True))
    baselines = dict(zip(rows["entity"].astype(str), rows["baseline"].astype(float), strict=True))
    numbers = {code: values[code] - baselines[code] for code in values} if delta else values
    finite = [v for v in numbers.values() if not math.isnan(v)]
    info = {i.code: i for i in api.INDICATORS}.get(indicator)
    if delta:
        bound = nice_bound(max((abs(v) for v in finite), default=0.0))
        stops: tuple[QColor, ...] = delta_stops(indicator)
        result.scale = ColourScale(-bound, bound, stops)
        low = -bound
    else:
        # Indices run 0..100; anything else is scaled to its own range.
        low, bound = (0.0, 100.0) if info is None or info.unit == "index" else _range(finite)
        stops = tuple(QColor(c) for c in VALUE_STOPS)
        result.scale = ColourScale(low, bound, stops)
    for code in states:
        number = numbers.get(code, math.nan)
        if math.isnan(number):
            result.colours[code] = NO_DATA
            result.values[code] = QCoreApplication.translate("MapPanel", "no value")
            continue
        if delta:
            unchanged = not api.is_change(number)
            t = 0.5 + 0.5 * number / bound
            result.colours[code] = QColor(NEUTRAL) if unchanged else interpolate(stops, t)
            if unchanged:
                result.values[code] = QCoreApplication.translate(
                    "MapPanel", "unchanged ({value})"
                ).format(value=format_number(values[code]))
            else:
                result.values[code] = QCoreApplication.translate(
                    "MapPanel", "{delta}, {judgement} ({baseline} → {value})"
                ).format(
                    delta=marked_change(indicator, number),
                    judgement=judgement_word(judge(indicator, number)),
                    baseline=format_number(baselines[code]),
                    value=format_number(values[code]),
                )
                result.changed.add(code)
        else:
            span = bound - low or 1.0
            result.colours[code] = interpolate(stops, (number - low) / span)
            result.values[code] = format_number(number)
            if api.is_change(number - baselines.get(code, number)):
                result.changed.add(code)
    result.legend = [LegendEntry(QCoreApplication.translate("MapPanel", "No value"), NO_DATA)]
    if delta:
        result.legend[:0] = _judgement_legend(indicator)
    return result


def _judgement_legend(indicator: str) -> list[LegendEntry]:
    """What the change colours mean: better and worse with their marks, or no direction."""
    unchanged = LegendEntry(QCoreApplication.translate("MapPanel", "Unchanged"), NEUTRAL)
    if judge(indicator, 1.0) == "neutral":
        no_direction = QCoreApplication.translate(
            "MapPanel", "Changed (this indicator has no better direction)"
        )
        return [LegendEntry(no_direction, judgement_colour("neutral", dark=False)), unchanged]
    return [
        LegendEntry(
            f"{judgement_mark(judgement)} {judgement_word(judgement)}",
            judgement_colour(judgement, dark=False),
        )
        for judgement in ("better", "worse")
    ] + [unchanged]


def _range(values: list[float]) -> tuple[float, float]:
    if not values:
        return 0.0, 1.0
    low, high = min(values), max(values)
    return (low, high) if high > low else (low, low + 1.0)


def legend_title(mode: str, key: str, name: str = "") -> str:
    """The heading of the legend (and of an exported map) for a colouring."""
    if mode == COLOUR_BY_MEMBERSHIP:
        return QCoreApplication.translate("MapPanel", "Membership of {bloc}").format(
            bloc=name or key
        )
    if mode == COLOUR_BY_VALUE:
        return indicator_title(key)
    if mode == COLOUR_BY_DELTA:
        return QCoreApplication.translate("MapPanel", "Change in {indicator}").format(
            indicator=indicator_title(key)
        )
    return QCoreApplication.translate("MapPanel", "Alignment")
