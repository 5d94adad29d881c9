"""Light and dark palettes, and the few colours views choose themselves.

A facilitator projecting in a bright room wants the light palette; an analyst at night may want the
dark one; "system" follows the desktop. Views that colour cells (the matrix, deltas) ask this module
for colours that stay readable on the current palette instead of hard-coding one for a white
background.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#3c3f41",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#8c8c8c",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#3c3f41",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Link: "#7fb2f0",
    QPalette.ColorRole.LinkVisited: "#b59cf0",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Light: "#4a4d50",
    QPalette.ColorRole.Midlight: "#404346",
    QPalette.ColorRole.Mid: "#323437",
    QPalette.ColorRole.Dark: "#1a1b1d",
    QPalette.ColorRole.Shadow: "#000000",
}
_DISABLED_TEXT = "#7a7a7a"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole program's palette now; unknown names fall back to the system's."""
    if theme in ("light", "dark"):
        # Fusion draws consistently with any palette; native styles may ignore a dark one.
        app.setStyle("Fusion")
    style = app.style()
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(style.standardPalette())
    else:
        app.setPalette(QPalette())


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (so text and accents must be light)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def delta_colour(better_up: bool, dark: bool | None = None) -> QColor:
    """Blue for a rise, orange for a fall: colour-blind safe, lighter shades on dark."""
    dark = is_dark() if dark is None else dark
    if better_up:
        return QColor("#7fb2f0" if dark else "#1f5fa8")
    return QColor("#f0a070" if dark else "#b4441b")


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
