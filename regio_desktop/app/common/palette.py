"""Every colour the rooms paint with, and the ones that follow the light or dark theme.

Views ask here instead of writing colours of their own, so that a colour means one thing
everywhere (an alignment, a stance, a rise or a fall) and stays readable on a dark palette. The
shell's theme (``app/shell/theme.py``) only switches the application palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from regio_desktop import api

UP_HEX, DOWN_HEX = "#1f5fa8", "#b4441b"
"""Blue for better (and for arguments for), orange for worse (against): colour-blind safe, on a
light background."""
UP_COLOUR, DOWN_COLOUR = QColor(UP_HEX), QColor(DOWN_HEX)
UNCHANGED_HEX = "#707070"

STANCE_COLOURS = {"for": UP_HEX, "against": DOWN_HEX, "context": UNCHANGED_HEX}
"""Arguments for a choice in the rise colour, against it in the fall colour; context, which
argues neither way, in the grey of no change."""

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


_JUDGEMENT_HEX = {
    # judgement: (light palette, dark palette)
    "better": (UP_HEX, "#7fb2f0"),
    "worse": (DOWN_HEX, "#f0a070"),
    "same": (UNCHANGED_HEX, "#a0a0a0"),
    "neutral": ("#3c3c3c", "#dcdcdc"),
}


def judgement_hex(judgement: str, dark: bool | None = None) -> str:
    """The one colour rule for a change: blue when the core judges it better, orange when worse
    (``IndicatorInfo.judge``), grey when it is no change, the text colour when the indicator has
    no better direction. Blue and orange stay apart for colour-blind readers; the views add a
    mark (``indicator_labels.judgement_mark``) so the colour is never the only sign."""
    dark = is_dark() if dark is None else dark
    light_hex, dark_hex = _JUDGEMENT_HEX.get(judgement, _JUDGEMENT_HEX["neutral"])
    return dark_hex if dark else light_hex


def judgement_colour(judgement: str, dark: bool | None = None) -> QColor:
    """``judgement_hex`` as a QColor."""
    return QColor(judgement_hex(judgement, dark))


_TOTAL_BAR_HEX = {
    # bar: (light palette, dark palette)
    "scenario": ("#4a4458", "#d8d0e0"),
    "baseline": ("#afafaf", "#6e6e6e"),
}
"""A scenario's and a baseline's bar (the paired bars of the charts, the totals of a
waterfall). The scenario's is a dark slate violet, neither the better blue nor the worse orange,
so that a worse result never ends in a better-looking bar; it stays apart from the baseline's
grey by lightness, which colour-blind readers see as well as anyone."""


def bar_hex(bar: str, dark: bool | None = None) -> str:
    """The colour of a ``"scenario"`` or ``"baseline"`` bar (on a light or dark background)."""
    dark = is_dark() if dark is None else dark
    light_hex, dark_hex = _TOTAL_BAR_HEX[bar]
    return dark_hex if dark else light_hex


def bar_colour(bar: str, dark: bool | None = None) -> QColor:
    """``bar_hex`` as a QColor."""
    return QColor(bar_hex(bar, dark))


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
