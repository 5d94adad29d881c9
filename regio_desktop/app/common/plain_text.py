"""Text from users, files and imports shown as text, never as markup.

Qt renders a tooltip, a label or a message box as rich text whenever the string "might be" HTML
(``Qt::mightBeRichText``), so an imported claim or a scenario name such as ``<img src=...>`` or
``<a href=...>`` would be drawn as an image or a link. Every place that shows such text passes it
through ``plain_tooltip`` (escaped and wrapped so Qt shows it literally, line breaks kept) or
uses a label set to plain text (``plain_label``).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows exactly these characters (also ``<``, ``&`` and tags)."""
    if not text:
        return ""
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>"


def plain_label(label: QLabel) -> QLabel:
    """Make ``label`` show its text as plain text whatever it holds; returns it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
