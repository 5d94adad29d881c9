"""A dialog for a new or edited source: full citation, kind, URL, date accessed, licence.

On OK the source is written as one undoable edit through the EvidenceDocument; problems (an empty
citation, a malformed date or URL, a refusal of the store) are shown inline and the dialog stays.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.api import SOURCE_KINDS
from regio_desktop.app.common.vocabulary_labels import source_kind_label
from regio_desktop.app.documents.evidence_document import EvidenceDocument
from regio_desktop.app.library.record_editor import RecordEditor


class SourceEditor(RecordEditor[api.SourceRecord]):
    """Edits ``record`` (None: a new source; ``citation`` pre-fills its citation)."""

    record_kind = api.SOURCE_KIND

    def __init__(
        self,
        evidence: EvidenceDocument,
        record: api.SourceRecord | None = None,
        citation: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(evidence, record, parent)
        self.setWindowTitle(
            self.tr("New source")
            if record is None
            else self.tr("Edit source {id}").format(id=record.id)
        )
        self.citation = QPlainTextEdit()
        self.citation.setTabChangesFocus(True)
        self.citation.setPlaceholderText(
            self.tr("Authors (year). Title. Journal or publisher, pages.")
        )
        self.citation.setFixedHeight(80)
        self.kind = QComboBox()
        for kind in SOURCE_KINDS:
            self.kind.addItem(source_kind_label(kind), kind)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.accessed = QLineEdit()
        self.accessed.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self.licence = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Citation:"), self.citation)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&URL:"), self.url)
        form.addRow(self.tr("&Accessed:"), self.accessed)
        form.addRow(self.tr("&Licence:"), self.licence)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(560, 320)
        if record is not None:
            self.citation.setPlainText(record.citation)
            self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind)))
            self.url.setText(record.url)
            self.accessed.setText(record.accessed.isoformat() if record.accessed else "")
            self.licence.setText(record.licence)
        else:
            self.citation.setPlainText(citation)

    def record(self) -> tuple[api.SourceRecord | None, list[str]]:
        """The source the fields describe, or None with the reasons it cannot be (the core's
        checks, in the user's language, then what the fields themselves cannot read)."""
        problems = []
        citation = " ".join(self.citation.toPlainText().split())
        url = self.url.text().strip()
        if url and not url.startswith(("http://", "https://")):
            problems.append(self.tr("The URL must start with http:// or https://."))
        accessed: dt.date | None = None
        if self.accessed.text().strip():
            try:
                accessed = dt.date.fromisoformat(self.accessed.text().strip())
            except ValueError:
                problems.append(self.tr("The date accessed must read YYYY-MM-DD."))
        fields = {
            "citation": citation,
            "kind": str(self.kind.currentData()),
            "url": url,
            "accessed": accessed,
            "licence": self.licence.text().strip(),
        }
        if self.original is not None:
            record = dataclasses.replace(self.original, **fields)
        else:
            record = api.SourceRecord(id=self.evidence.new_source_id(citation), **fields)
        problems = self.evidence.words(self.evidence.check_source(record)) + problems
        return (None, problems) if problems else (record, [])

    def accept(self) -> None:
        record, problems = self.record()
        if record is None:
            self.show_problems(problems)
            return
        self.save(record)
