"""Indicator titles, descriptions and figures as every room writes them, in the user's language.

The engine's catalogue holds English; these read it through Qt's translation and format numbers
in the user's locale, so the table, charts, map, compare and explore say a figure the same way.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection

import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale

from regio_desktop import api
from regio_desktop.app.common.palette import judgement_hex

SHOW_SELECTED, SHOW_ALL_STATES, SHOW_BLOCS, SHOW_REGION = ("selected", "states", "blocs", "region")
"""Which rows an indicator table shows: the selected state, every state, the blocs, the region."""


def rows_shown(
    table: pd.DataFrame, mode: str, state: str, shown: Collection[str] | None = None
) -> pd.DataFrame:
    """The rows of a long indicator table (``level``, ``entity``, ...) that ``mode`` shows;
    every state's rows only for the ``shown`` states (the window's filter; None: all)."""
    if mode == SHOW_SELECTED:
        return table[(table["level"] == "state") & (table["entity"] == state)]
    level = {SHOW_ALL_STATES: "state", SHOW_BLOCS: "bloc", SHOW_REGION: "region"}[mode]
    rows = table[table["level"] == level]
    if mode == SHOW_ALL_STATES and shown is not None:
        rows = rows[rows["entity"].isin(list(shown))]
    return rows


def indicator_title(code: str) -> str:
    """The indicator's title in the user's language (the catalogue holds English)."""
    info = _catalogue().get(code)
    return QCoreApplication.translate("Indicators", info.title) if info else code


def indicator_description(code: str) -> str:
    info = _catalogue().get(code)
    return QCoreApplication.translate("Indicators", info.description) if info else ""


_CATALOGUE: dict[str, api.IndicatorInfo] = {info.code: info for info in api.INDICATORS}


def _catalogue() -> dict[str, api.IndicatorInfo]:
    """The catalogue by code (asked for every painted change: made once)."""
    return _CATALOGUE


def judge(code: str, delta: float) -> api.Judgement:
    """The core's judgement of a change (``IndicatorInfo.judge``); an indicator the catalogue
    does not know has no better direction."""
    info = _catalogue().get(code)
    if info is None:
        info = api.IndicatorInfo(code, "state", code, "", "", "")
    return info.judge(delta)


JUDGEMENT_MARKS = {"better": "▲", "worse": "▼"}
"""The sign that goes with the colour of a change, for readers who cannot tell the colours
apart: ▲ better, ▼ worse (the figure's own sign says whether it rose or fell)."""


def judgement_mark(judgement: str) -> str:
    return JUDGEMENT_MARKS.get(judgement, "")


def judgement_word(judgement: str) -> str:
    """What a judgement means, for tooltips and legends."""
    words = {
        "better": QCoreApplication.translate("Direction", "better for the state"),
        "worse": QCoreApplication.translate("Direction", "worse for the state"),
        "same": QCoreApplication.translate("Direction", "unchanged"),
        "neutral": QCoreApplication.translate("Direction", "changed (no better direction)"),
    }
    return words.get(judgement, words["neutral"])


def marked_change(code: str, delta: float, text: str | None = None) -> str:
    """A change as every view writes it: the signed figure (or ``text``) and the mark of its
    judgement, e.g. "−11.0 ▲" for a fall in sanctions exposure."""
    shown = format_number(delta, signed=True) if text is None else text
    mark = judgement_mark(judge(code, delta))
    return f"{shown} {mark}" if mark else shown


def change_legend() -> str:
    """The legend of the one colour rule, as rich text in its colours: what ▲ and ▼ mean."""
    better, worse = judgement_hex("better"), judgement_hex("worse")
    return QCoreApplication.translate(
        "Direction",
        "<span style='color:{better}'>▲ better</span> · <span style='color:{worse}'>▼ worse"
        "</span> for the state · no mark: no better direction · double-click a row for its "
        "breakdown",
    ).format(better=better, worse=worse)


def direction_text(code: str) -> str:
    """Which way is better for an indicator, in a few words (the table's column, tooltips)."""
    info = _catalogue().get(code)
    higher_is = info.higher_is if info else "neutral"
    if higher_is == "better":
        return QCoreApplication.translate("Direction", "↑ higher is better")
    if higher_is == "worse":
        return QCoreApplication.translate("Direction", "↓ lower is better")
    return QCoreApplication.translate("Direction", "– no better direction")


def direction_short(code: str) -> str:
    """``direction_text`` in a narrow table column: ↑ (higher is better), ↓ or –."""
    info = _catalogue().get(code)
    return {"better": "↑", "worse": "↓"}.get(info.higher_is if info else "", "–")


def unit_text(code: str) -> str:
    """An indicator's unit with its scale where it has one ("index 0–100")."""
    info = _catalogue().get(code)
    if info is None:
        return ""
    unit = QCoreApplication.translate("Units", info.unit)
    return f"{unit} 0–100" if info.scale == "0-100" and info.unit == "index" else unit


def format_number(value: float, signed: bool = False) -> str:
    """A figure in the user's locale, with as many decimals as its size deserves."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    locale = QLocale()
    magnitude = abs(value)
    if magnitude >= 1e9:
        text = (
            locale.toString(value / 1e9, "f", 1)
            + " "
            + QCoreApplication.translate("IndicatorTable", "bn")
        )
    elif magnitude >= 1e6:
        text = (
            locale.toString(value / 1e6, "f", 1)
            + " "
            + QCoreApplication.translate("IndicatorTable", "m")
        )
    else:  # the core's rule, which the report follows too
        text = locale.toString(value, "f", api.figure_decimals(value))
    if signed and value > 0:
        text = "+" + text
    return text


class Localized:
    """A number that a translated ``str.format`` pattern writes in the user's locale, as
    ``format_number`` does: "{count:,}" groups the digits as the locale does (59 049 in
    Russian, where "59,049" would read as a fraction), "{seconds:.1f}" and "{share:.0%}" take
    the locale's decimal sign. The patterns and their translations stay as they are."""

    def __init__(self, value: float) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        locale = QLocale()
        value = self.value
        if spec.endswith("%"):
            return locale.toString(float(value) * 100, "f", int(spec[1:-1] or 0)) + "%"
        if spec.endswith("f"):
            return locale.toString(float(value), "f", int(spec.lstrip(",.")[:-1] or 6))
        if spec.endswith("g"):
            return locale.toString(float(value), "g", int(spec[1:-1] or 6))
        if isinstance(value, int) or float(value).is_integer():
            return locale.toString(int(value))  # "", "," or "d": a whole number, grouped
        return format_number(float(value))

    def __str__(self) -> str:
        return format(self, "")


_ENGLISH_COUNT = re.compile(r"[0-9]{1,3}(,[0-9]{3})+")


def localized_count(text: str) -> str:
    """A count the core wrote grouped in English ("177,147", in a problem's parameters, which the
    command line prints as they are) grouped as the user's locale groups it ("177 147" in
    Russian, where "177,147" reads as a fraction); any other text unchanged."""
    if _ENGLISH_COUNT.fullmatch(text):
        return QLocale().toString(int(text.replace(",", "")))
    return text
