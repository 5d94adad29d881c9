"""Presentation mode's type and colours: sized for a projector, scaled with the screen.

Body text is 24 pixels on a 1080-line screen (what reads from the back of a room of twenty) and
grows or shrinks with the screen's height, never below 16 pixels; titles and questions are larger
multiples of it. The theme is black on white with a dark band for the title: the highest contrast a
projector keeps in a lit room, and the colours of the map and the bars stay those of the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont

BODY_AT_1080 = 24
MIN_BODY = 16

BACKGROUND = "#ffffff"
TEXT = "#000000"
BAND = "#0a1f44"
"""The title band: white text on a very dark blue."""
BAND_TEXT = "#ffffff"
QUESTION = "#0a1f44"
MUTED = "#333333"
FOR = "#0b5d1e"
AGAINST = "#9b1111"
"""The sides of the arguments: dark enough for 7:1 contrast on white (WCAG AAA)."""


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes of presentation text for one screen height."""

    body: int

    @classmethod
    def for_height(cls, height: int) -> Sizes:
        return cls(max(MIN_BODY, round(BODY_AT_1080 * height / 1080)))

    @property
    def title(self) -> int:
        return round(self.body * 2)

    @property
    def question(self) -> int:
        return round(self.body * 1.5)

    @property
    def margin(self) -> int:
        return round(self.body * 0.8)


def font(pixels: int, bold: bool = False) -> QFont:
    found = QFont()
    found.setPixelSize(pixels)
    found.setBold(bold)
    return found


def style_sheet(sizes: Sizes) -> str:
    """The presentation's style sheet: every label at body size unless it says otherwise."""
    return f"""
        QWidget#presentation {{ background: {BACKGROUND}; }}
        QLabel {{ color: {TEXT}; font-size: {sizes.body}px; }}
        QLabel#title_band {{ background: {BAND}; color: {BAND_TEXT}; font-size: {sizes.title}px;
            font-weight: bold; padding: {sizes.margin // 2}px {sizes.margin}px; }}
        QLabel#counter {{ background: {BAND}; color: {BAND_TEXT}; padding: 0 {sizes.margin}px; }}
        QLabel#question {{ color: {QUESTION}; font-size: {sizes.question}px; font-weight: bold; }}
        QLabel#side_for {{ color: {FOR}; font-weight: bold; }}
        QLabel#side_against {{ color: {AGAINST}; font-weight: bold; }}
        QLabel#muted {{ color: {MUTED}; }}
        QPushButton {{ font-size: {sizes.body}px; color: {TEXT}; background: #e8e8e8;
            border: 2px solid {TEXT}; padding: 0 {sizes.body // 3}px; min-width: {sizes.body}px; }}
        QWidget#blank {{ background: #000000; }}
    """
