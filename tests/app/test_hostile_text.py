"""Imported text is shown as text in every view (#18 item 2): no tag is rendered as markup.

A hostile argument, source and scenario name are added; then every item view in the window is
walked, and every tooltip and display text that holds the hostile markup must be one Qt shows
literally (escaped inside ``<qt>``), never one it would render.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QAbstractItemView, QLabel
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.common.plain_text import plain_tooltip
from regio_desktop.app.shell.main_window import MainWindow
from tests.app.evidence_helpers import user_argument

MARKUP = '<b>bold</b><img src="x.png"><a href="http://x.test">link</a>'


def _renders_markup(text: str) -> bool:
    """True when Qt would draw ``text`` as rich text with the hostile tags live."""
    return "<b>bold</b>" in text and bool(QtGuiNamespace.mightBeRichText(text))


def _texts(
    model: QAbstractItemModel, role: Qt.ItemDataRole, parent: QModelIndex | None = None
) -> list[str]:
    parent = parent or QModelIndex()
    found: list[str] = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model (QStringListModel) hides columnCount: one column
        columns = 1
    for row in range(min(model.rowCount(parent), 400)):
        for column in range(columns):
            value = model.data(model.index(row, column, parent), role)
            if isinstance(value, str):
                found.append(value)
    return found


def test_plain_tooltip_shows_tags_literally() -> None:
    shown = plain_tooltip("a < b\n<b>x</b>")
    assert shown == "<qt>a &lt; b<br>&lt;b&gt;x&lt;/b&gt;</qt>"
    assert not _renders_markup(plain_tooltip(MARKUP))
    assert plain_tooltip("") == ""


def test_no_view_renders_imported_markup(window: MainWindow, qtbot: QtBot) -> None:
    evidence = window.evidence
    assert evidence.add_source(api.SourceRecord(id="hostile", citation=f"Notes {MARKUP}"))
    record = dataclasses.replace(user_argument("user_0001", f"Claim {MARKUP}"), source="hostile")
    assert evidence.add_argument(record)
    window.show()
    qtbot.waitExposed(window)

    views = window.findChildren(QAbstractItemView)
    assert views, "the window has item views"
    walked = hostile = 0
    for view in views:
        model = view.model()
        if model is None:
            continue
        # Item views draw display text as plain text; tooltips are where Qt renders markup.
        for text in _texts(model, Qt.ItemDataRole.ToolTipRole):
            walked += 1
            if "&lt;b&gt;bold" in text or "<b>bold</b>" in text:
                hostile += 1
            assert not _renders_markup(text), f"{type(view).__name__} renders: {text[:80]}"
    assert walked and hostile, "the hostile argument reached at least one view"
    for label in window.findChildren(QLabel):
        if "<b>bold</b>" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
