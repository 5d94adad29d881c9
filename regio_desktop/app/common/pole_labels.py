"""The poles' names as a sentence uses them ("Russia", "the West"), in the user's language.

Problems and explanations both name poles; the words are translated in the "Problems" context,
where they were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Problems"

_POLE_LABELS: dict[str, str] = {
    "russia": QT_TRANSLATE_NOOP("Problems", "Russia"),
    "china": QT_TRANSLATE_NOOP("Problems", "China"),
    "west": QT_TRANSLATE_NOOP("Problems", "the West"),
    "turkic": QT_TRANSLATE_NOOP("Problems", "the Turkic world"),
    "other": QT_TRANSLATE_NOOP("Problems", "another pole"),
}


def pole_label(pole: str) -> str:
    """The user's-language name of a pole ('russia' -> Russia), as the subject of a sentence."""
    return QCoreApplication.translate(CONTEXT, _POLE_LABELS.get(pole, pole))
