"""Every colour the rooms paint with, and the ones that follow the light or dark theme.

Views ask here instead of writing colours of their own, so that a colour means one thing
everywhere (an alignment, a stance, a rise or a fall) and stays readable on a dark palette. The
shell's theme (``app/shell/theme.py``) only switches the application palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from regio_desktop import api

UP_HEX, DOWN_HEX = "#1f5fa8", "#b4441b"
"""Blue for a rise, orange for a fall (colour-blind safe), on a light background."""
UP_COLOUR, DOWN_COLOUR = QColor(UP_HEX), QColor(DOWN_HEX)
UNCHANGED_HEX = "#707070"

STANCE_COLOURS = {"for": UP_HEX, "against": DOWN_HEX}
"""Arguments for a choice in the rise colour, against it in the fall colour."""

ALIGNMENT_COLOURS: dict[str, QColor] = {
    "russia-led": QColor("#d6604d"),
    "china-centred": QColor("#f2b035"),
    "multi-vector": QColor("#9b7fc4"),
    "west-oriented": QColor("#4f8fd0"),
}
"""Alignment hues, each a lighter relative of its pole's colour so the two read as a family."""
POLE_COLOURS: dict[str, QColor] = {
    "russia": QColor("#8e1b12"),
    "china": QColor("#a86b00"),
    "west": QColor("#1d3f7a"),
    "turkic": QColor("#17806f"),
    "other": QColor("#5b5b5b"),
}
NO_DATA = QColor("#b9b9b9")
"""A state with nothing to show under a colouring (no alignment, no membership, no value)."""


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (so text and accents must be light)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def delta_colour(better_up: bool, dark: bool | None = None) -> QColor:
    """Blue for a rise, orange for a fall: colour-blind safe, lighter shades on dark."""
    dark = is_dark() if dark is None else dark
    if better_up:
        return QColor("#7fb2f0" if dark else UP_HEX)
    return QColor("#f0a070" if dark else DOWN_HEX)


_CELL_COLOURS = {
    # kind: (light palette, dark palette)
    "edited": ("#ffe3a3", "#6e5514"),
    "full": ("#d6e6f5", "#234563"),
    "partial": ("#edf3fa", "#2c3a4a"),
}


def cell_background(kind: str, dark: bool | None = None) -> QColor:
    """Background of a matrix cell: ``edited``, ``full`` (member) or ``partial`` (other status)."""
    dark = is_dark() if dark is None else dark
    light_colour, dark_colour = _CELL_COLOURS[kind]
    return QColor(dark_colour if dark else light_colour)


def state_colour(evaluation: api.Evaluation, state: str) -> QColor:
    """A state's alignment colour as the map paints it: its pole's colour for a pole state."""
    pole = evaluation.world.state_poles.get(state)
    if pole:
        return QColor(POLE_COLOURS.get(pole, POLE_COLOURS["other"]))
    return QColor(ALIGNMENT_COLOURS.get(evaluation.alignment.get(state) or "", NO_DATA))
