"""What the Compare dialog's tables share: roles, colours, the fixed columns, scenario letters,
and how a scenario's name, a delta or a raw cell reads in a cell or header.

Numbers stay raw under ``SortRole`` so that sorting by a delta column sorts by the figure, not by
its text.
"""

from __future__ import annotations

import math
import textwrap

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import format_number
from regio_desktop.app.common.palette import judgement_colour

ModelIndex = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2

BETTER_COLOUR = judgement_colour("better", dark=False)
WORSE_COLOUR = judgement_colour("worse", dark=False)
UNCHANGED_COLOUR = judgement_colour("same", dark=False)
"""The one colour rule's colours on a light palette (``palette.judgement_colour``), for tests."""
DIFFERS_BACKGROUND = QColor("#fff4d6")
EPSILON = api.DELTA_TOLERANCE
"""Deltas no larger than this are rounding noise, not a difference between scenarios."""

HEADER_WIDTH = 20
HEADER_LINES = 2
"""Scenario names are wrapped at this many characters in column headers, so that four long
names still fit side by side instead of pushing the deltas off the screen."""

LETTERS = "ABCD"
"""Short tags of the compared scenarios, in order (A is the reference), where a column is too
narrow for a name; a legend next to the table spells them out."""

TITLE, ENTITY = 0, 1
"""The indicator model's fixed columns; values and then deltas follow, one per scenario."""


def wrapped(label: str) -> str:
    """A scenario name over at most two lines for a column header, shortened with an ellipsis
    beyond that (the header's tooltip keeps it whole)."""
    lines = textwrap.wrap(label, HEADER_WIDTH) or [label]
    if len(lines) > HEADER_LINES:
        rest = " ".join(lines[HEADER_LINES - 1 :])
        lines = [*lines[: HEADER_LINES - 1], textwrap.shorten(rest, HEADER_WIDTH, placeholder="…")]
    return "\n".join(lines)


def header_label(name: str, scenario: int, years: tuple[int, ...]) -> str:
    """A scenario's column header: its wrapped name, and its baseline year when the compared
    scenarios do not all share one (then a change may come from the year, not the choices)."""
    label = wrapped(name)
    if len(set(years)) > 1 and scenario < len(years):
        label += "\n" + QCoreApplication.translate("CompareDialog", "({year})").format(
            year=years[scenario]
        )
    return label


def format_delta(value: float) -> str:
    """A signed change; one too small for two decimals keeps two significant digits, so that a
    real but tiny change never reads as "-0.00"."""
    if not math.isnan(value) and 0 < abs(value) < 0.005:
        text = QLocale().toString(value, "g", 2)
        return "+" + text if value > 0 else text
    return format_number(value, signed=True)


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def is_nan(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def cell_text(value: object) -> str:
    return "" if is_nan(value) else str(value)
