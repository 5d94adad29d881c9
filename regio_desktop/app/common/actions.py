"""One way to make an action: its tooltip names it and its shortcut, as every room's actions do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def make_action(
    parent: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
) -> QAction:
    """An action of ``parent`` (added to it, so its shortcut works while ``parent`` is shown)
    whose tooltip is its text without the mnemonic or a closing ellipsis, followed by the
    shortcut in brackets."""
    action = QAction(text, parent)
    action.triggered.connect(slot)
    plain = text.replace("&", "").removesuffix("…")
    action.setToolTip(plain)
    if shortcut is not None:
        sequence = QKeySequence(shortcut)
        action.setShortcut(sequence)
        keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{plain} ({keys})")
    parent.addAction(action)
    return action
