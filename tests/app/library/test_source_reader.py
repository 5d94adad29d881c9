"""The source reader: import a Markdown article, select a passage, make an argument from it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.library.source_reader import SourceReader, quotation_of
from regio_desktop.app.shell.main_window import MainWindow
from tests.app.evidence_helpers import click_ok

ARTICLE = """# Balancing in the steppe

A short introduction.

## Discussion

### The Central Asian context

Kazakhstan balances between Moscow and Beijing with care, and the union helps its grain
exports reach Russian markets while Chinese investment builds the railways across the country.

## Conclusion

Nothing is settled.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "steppe.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _select(reader: SourceReader, phrase: str) -> None:
    start = reader.text.toPlainText().index(phrase)
    cursor = reader.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    reader.text.setTextCursor(cursor)


def test_import_asks_for_the_citation(
    window: MainWindow, article: Path, store: api.ArgumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, bool]:
        offered.append(str(kwargs.get("text")))
        return "Doe, J. (2024). Balancing in the steppe. Steppe Review, 3(1).", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    reader = window.reader
    assert reader.import_source_file(article)
    assert offered == ["Balancing in the steppe"]
    source_id = reader.current_id
    assert store.source(source_id).citation.startswith("Doe, J. (2024)")
    assert store.sources_with_text() == [source_id]
    assert reader.sources.count() == 1
    assert reader.text.toPlainText() == ARTICLE
    assert reader.text.isReadOnly()
    stack = window.evidence.undo_stack
    assert stack.undoText() == f"Import source {source_id}"
    stack.undo()
    assert store.sources_with_text() == []
    assert reader.sources.count() == 0 and reader.text.toPlainText() == ""
    stack.redo()
    assert reader.sources.count() == 1


def test_selection_becomes_an_argument_with_its_location(
    window: MainWindow, article: Path, store: api.ArgumentStore, qtbot: QtBot
) -> None:
    reader = window.reader
    assert reader.import_source_file(article, citation="Doe (2024). Balancing in the steppe.")
    assert not reader.make_argument_action.isEnabled()
    _select(reader, "balances between Moscow and Beijing")
    assert reader.make_argument_action.isEnabled()
    assert reader.location_label.text() == "Location: Discussion / The Central Asian context"
    reader.make_argument_action.trigger()
    editor = reader.editor
    assert editor is not None and editor.isVisible()
    assert editor.location.text() == "Discussion / The Central Asian context"
    assert editor.quote.text() == "balances between Moscow and Beijing"
    assert editor.source.currentData() == reader.current_id
    assert editor.claim.toPlainText() == ""
    qtbot.keyClicks(editor.claim, "Kazakhstan balances with care.")
    editor.target_kind.setCurrentIndex(editor.target_kind.findData("alignment"))
    editor.target.setCurrentIndex(editor.target.findData("multi-vector"))
    click_ok(qtbot, editor)
    record = store.argument("user_0001")
    assert record.location == "Discussion / The Central Asian context"
    assert record.quote == "balances between Moscow and Beijing"
    assert record.source == reader.current_id
    assert "Kazakhstan balances with care." in window.arguments_panel.toPlainText()


def test_long_selection_leaves_the_quotation_empty(window: MainWindow, article: Path) -> None:
    reader = window.reader
    assert reader.import_source_file(article, citation="Doe (2024).")
    _select(
        reader, "Kazakhstan balances between Moscow and Beijing with care, and the union helps its"
    )
    editor = reader.make_argument_from_selection()
    assert editor is not None
    assert editor.quote.text() == ""
    assert editor.location.text() == "Discussion / The Central Asian context"
    editor.reject()


def test_unreadable_file_is_reported(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert not window.reader.import_source_file(empty, citation="x")
    assert warned == ["empty.txt is empty"]


def test_quotation_of() -> None:
    assert quotation_of("  a short\nphrase ") == "a short phrase"
    assert quotation_of(" ".join(["w"] * 13)) == ""
    assert quotation_of("...") == ""
