"""What the argument and source editors share: the record being edited, problems shown inline
under the form, OK and Cancel, and saving as one undoable edit (through the one record path of
the EvidenceDocument, for the editor's ``record_kind``) that keeps the dialog open when the store
refuses it."""

from __future__ import annotations

from functools import partial
from typing import ClassVar, Generic

from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel, QWidget

from regio_desktop import api
from regio_desktop.app.documents.evidence_document import EvidenceDocument, RecordT

PROBLEM_COLOUR = "#b4441b"


class RecordEditor(QDialog, Generic[RecordT]):
    """A dialog editing ``original`` (None: a new record). Subclasses build the form, then lay
    out ``problems`` and ``buttons`` under it, and call ``save`` from ``accept``."""

    record_kind: ClassVar[api.RecordKind]
    """Which kind of record the editor writes."""

    def __init__(
        self, evidence: EvidenceDocument, original: RecordT | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.evidence = evidence
        self.original = original
        self.saved_id = ""
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def show_notice(self, text: str) -> None:
        """Say, above the problems, that the record was changed elsewhere since the editor
        opened (a team database's live change): the fields, the user's edits, stay as they are."""
        notice = self.findChild(QLabel, "changed_elsewhere")
        if notice is None:
            notice = QLabel()
            notice.setObjectName("changed_elsewhere")
            notice.setWordWrap(True)
            notice.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: bold")
            layout = self.layout()
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(max(0, layout.indexOf(self.problems)), notice)
        notice.setText(text)
        notice.show()

    def show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(f"• {p}" for p in problems))
        self.problems.setVisible(bool(problems))

    def save(self, record: RecordT) -> None:
        """Add or update ``record``; close on success, else show why and stay open."""
        evidence = self.evidence
        refusals = evidence.save_record(
            record,
            self.original,
            partial(evidence.add_record, self.record_kind),
            partial(evidence.update_record, self.record_kind),
        )
        if refusals:
            self.show_problems(refusals)
            return
        self.saved_id = record.id
        QDialog.accept(self)
