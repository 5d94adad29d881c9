"""Indicator titles, descriptions and figures as every room writes them, in the user's language.

The engine's catalogue holds English; these read it through Qt's translation and format numbers
in the user's locale, so the table, charts, map, compare and explore say a figure the same way.
"""

from __future__ import annotations

import math
from collections.abc import Collection

import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale

from regio_desktop import api

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


def _catalogue() -> dict[str, api.IndicatorInfo]:
    return {info.code: info for info in api.INDICATORS}


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
    elif magnitude >= 100:
        text = locale.toString(value, "f", 0)
    elif magnitude >= 10 or magnitude == 0:
        text = locale.toString(value, "f", 1)
    else:
        text = locale.toString(value, "f", 2)
    if signed and value > 0:
        text = "+" + text
    return text
