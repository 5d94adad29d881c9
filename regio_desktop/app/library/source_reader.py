"""The source reader: import an article (plain text or Markdown), read it, quote from it.

The list shows the sources with an imported text; the text is shown as stored (read-only), so a
cursor position is an offset into the body and ``SourceText.location_at`` gives the heading path
of a selected passage. "Make argument from selection" opens the argument editor with the source,
the location and, when the selection is a short phrase, the quotation filled in.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.plain_text import plain_label, plain_tooltip
from regio_desktop.app.documents.evidence_document import EvidenceDocument
from regio_desktop.app.library.evidence_table_model import elided

if TYPE_CHECKING:
    # The editor is imported when an argument is first made from a passage, not at start-up.
    from regio_desktop.app.library.argument_editor import ArgumentEditor

QUOTE_WORDS = 12
SOURCE_FILTER = "*.txt *.md *.markdown"


def quotation_of(selection: str, limit: int = QUOTE_WORDS) -> str:
    """The selection as a quotation when it is a short phrase (at most ``limit`` words), else ''."""
    words = selection.split()
    return " ".join(words) if 0 < len(re.findall(r"\w+", selection)) <= limit else ""


def body_offset(text: str, position: int) -> int:
    """Qt counts positions in UTF-16 units; Python counts code points (they differ for emoji)."""
    return len(text.encode("utf-16-le")[: 2 * position].decode("utf-16-le", errors="ignore"))


class SourceReader(QWidget):
    """Lists imported sources and shows the chosen one's text."""

    def __init__(self, evidence: EvidenceDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence = evidence
        self.editor: ArgumentEditor | None = None
        self.current: api.SourceText | None = None
        self.current_id = ""
        self.sources = QListWidget()
        self.sources.setObjectName("reader_sources")
        self.sources.setAccessibleName(self.tr("Source texts"))
        self.sources.currentItemChanged.connect(self._source_chosen)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reader_text")
        self.text.setAccessibleName(self.tr("Text of the source"))
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFont(self.text.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.text.setFont(font)
        self.text.setPlaceholderText(self.tr("Import an article (File ▸ Import source text…)."))
        self.text.selectionChanged.connect(self._update_actions)
        self.text.cursorPositionChanged.connect(self._show_location)
        self.location_label = plain_label(QLabel())
        self.location_label.setStyleSheet("color: #555")
        self.import_action = QAction(self.tr("Import source &text…"), self)
        self.import_action.triggered.connect(lambda: self.import_source_file())
        self.import_action.setStatusTip(
            self.tr("Read the text of a source (plain text or Markdown) to cite passages from it")
        )
        self.make_argument_action = QAction(self.tr("&Make argument from selection"), self)
        self.make_argument_action.setShortcut("Ctrl+Shift+M")
        self.make_argument_action.setToolTip(
            self.tr("Make an argument from the selected passage (Ctrl+Shift+M)")
        )
        self.make_argument_action.setStatusTip(
            self.tr("Start an argument quoting the passage selected in the reader")
        )
        self.make_argument_action.triggered.connect(self.make_argument_from_selection)
        self.addAction(self.make_argument_action)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.make_argument_action)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.sources)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.location_label)
        self.import_action.setEnabled(not evidence.readonly)
        evidence.changed.connect(self.refresh)
        self.refresh()

    # --- the list ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-list the sources with a text; keep the one being read when it still exists."""
        keep = self.current_id
        citations = self.evidence.sources()["citation"].to_dict()
        self.sources.blockSignals(True)
        self.sources.clear()
        for source_id in self.evidence.sources_with_text():
            citation = str(citations.get(source_id, source_id))
            item = QListWidgetItem(elided(citation, 90))
            item.setData(Qt.ItemDataRole.UserRole, source_id)
            item.setToolTip(plain_tooltip(citation))
            self.sources.addItem(item)
        self.sources.blockSignals(False)
        if not self.show_source(keep):
            self.current, self.current_id = None, ""
            self.text.clear()
        self._update_actions()

    def show_source(self, source_id: str) -> bool:
        """Show the text of ``source_id``; False when it has none (any more)."""
        for row in range(self.sources.count()):
            item = self.sources.item(row)
            if source_id and item.data(Qt.ItemDataRole.UserRole) == source_id:
                self.sources.setCurrentRow(row)
                if self.current_id != source_id:
                    self._source_chosen(item)
                return True
        return False

    def _source_chosen(self, item: QListWidgetItem | None) -> None:
        source_id = str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""
        text = self.evidence.source_text(source_id) if source_id else None
        self.current, self.current_id = text, source_id if text is not None else ""
        self.text.setPlainText(text.body if text is not None else "")
        self._update_actions()

    # --- importing ---------------------------------------------------------------------------
    def import_source_file(self, path: Path | None = None, citation: str | None = None) -> bool:
        """Import an article; asks for the file and the citation unless given."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import source text"),
                "",
                self.tr("Articles ({pattern})").format(pattern=SOURCE_FILTER),
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            source = api.read_source_file(path)
        except api.SourceTextError as exc:
            QMessageBox.warning(self, self.tr("Import source text"), str(exc))
            return False
        if citation is None:
            citation, ok = QInputDialog.getText(
                self,
                self.tr("Import source text"),
                self.tr("Full citation of the article (authors, year, title, journal):"),
                text=source.title,
            )
            if not ok:
                return False
        citation = " ".join(citation.split()) or source.title or path.stem
        record = api.SourceRecord(
            id=self.evidence.new_source_id(citation), citation=citation, kind="article"
        )
        if not self.evidence.import_source_text(record, source):
            return False
        self.show_source(record.id)
        return True

    # --- quoting -----------------------------------------------------------------------------
    def selection(self) -> tuple[int, str]:
        """(offset where the selection starts, the selected text with ordinary line breaks)."""
        cursor = self.text.textCursor()
        body = self.current.body if self.current is not None else ""
        start = body_offset(body, cursor.selectionStart())
        return start, cursor.selectedText().replace("\u2029", "\n")

    def _show_location(self) -> None:
        if self.current is None:
            self.location_label.clear()
            return
        location = self.current.location_at(self.selection()[0])
        self.location_label.setText(
            self.tr("Location: {location}").format(location=location) if location else ""
        )

    def _update_actions(self) -> None:
        has_selection = self.current is not None and self.text.textCursor().hasSelection()
        self.make_argument_action.setEnabled(has_selection and not self.evidence.readonly)

    def make_argument_from_selection(self) -> ArgumentEditor | None:
        """Open the argument editor prefilled from the selected passage."""
        if self.current is None or not self.text.textCursor().hasSelection():
            return None
        start, selected = self.selection()
        record = api.ArgumentRecord(
            id="",
            claim="",
            stance="for",
            target_kind="membership",
            target="",
            source=self.current_id,
            location=self.current.location_at(start),
            quote=quotation_of(selected),
        )
        from regio_desktop.app.library.argument_editor import ArgumentEditor

        editor = ArgumentEditor(self.evidence, record, parent=self)
        self.editor = editor
        editor.open()
        editor.claim.setFocus()
        return editor
