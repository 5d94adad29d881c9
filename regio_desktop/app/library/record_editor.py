"""What the argument and source editors share: the record being edited, problems shown inline
under the form, OK and Cancel, and saving as one undoable edit (through the one record path of
the EvidenceDocument, for the editor's ``record_kind``) that keeps the dialog open when the store
refuses it.

When the store refuses the edit because someone changed the record since the editor read it (a
team database), the editor opens the ConflictDialog with both versions and carries out the choice:
keep theirs (the editor closes, the views re-read), overwrite (yours is written at their version),
or merge by hand (the editor stays open with yours in the fields and theirs shown beneath them; OK
then writes at their version). Closing the dialog without a choice leaves the editor as it was,
yours intact.
"""

from __future__ import annotations

import dataclasses
import html
from functools import partial
from typing import ClassVar, Generic

from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel, QWidget

from regio_desktop import api
from regio_desktop.app.documents.evidence_document import EvidenceDocument, RecordT
from regio_desktop.app.library.conflict_dialog import (
    MERGE,
    OVERWRITE,
    ConflictDialog,
    field_label,
    shown_value,
)

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
        self.theirs = QLabel()
        """Someone else's version while merging by hand: the fields where it differs."""
        self.theirs.setObjectName("theirs")
        self.theirs.setWordWrap(True)
        self.theirs.setStyleSheet("background: #fff1c2; padding: 6px")
        self.theirs.hide()
        self.conflict_dialog: ConflictDialog | None = None
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
        """Add or update ``record``; close on success, else show why and stay open (or, when
        someone changed the record since, offer the choice)."""
        evidence = self.evidence
        conflicts: list[api.RecordConflict] = []
        connection = evidence.conflicted.connect(conflicts.append)
        try:
            refusals = evidence.save_record(
                record,
                self.original,
                partial(evidence.add_record, self.record_kind),
                partial(evidence.update_record, self.record_kind),
            )
        finally:
            evidence.conflicted.disconnect(connection)
        if refusals and conflicts:
            self.show_problems(refusals)
            self.resolve(conflicts[-1])
            return
        if refusals:
            self.show_problems(refusals)
            return
        self.saved_id = record.id
        QDialog.accept(self)

    def resolve(self, conflict: api.RecordConflict) -> ConflictDialog:
        """Show both versions; the choice is carried out when the dialog closes."""
        dialog = ConflictDialog(self.evidence, conflict, self)
        self.conflict_dialog = dialog
        dialog.finished.connect(lambda _result: self._carry_out(dialog))
        dialog.open()
        return dialog

    def _carry_out(self, dialog: ConflictDialog) -> None:
        theirs = dialog.conflict.theirs
        mine: RecordT = dialog.conflict.mine  # type: ignore[assignment]
        if dialog.choice == OVERWRITE:
            self.original = theirs
            version = theirs.row_version if theirs is not None else 0
            self.save(dataclasses.replace(mine, row_version=version))
        elif dialog.choice == MERGE and theirs is not None:
            self.original = theirs
            self.show_theirs(dialog)
        elif dialog.choice:  # keep theirs: yours is discarded, the views re-read
            self.evidence.refresh()
            QDialog.reject(self)

    def show_theirs(self, dialog: ConflictDialog) -> None:
        """Theirs beneath the fields, where it differs from yours: what merging by hand needs."""
        theirs = dialog.conflict.theirs
        version = theirs.row_version if theirs is not None else 0
        lines = [
            f"<b>{html.escape(field_label(row.name))}:</b> "
            f"{html.escape(shown_value(row.name, row.theirs))}"
            for row in dialog.model.rows
            if row.differs
        ]
        heading = self.tr("Their version (version {n}) where it differs from yours:").format(
            n=version
        )
        self.theirs.setText(f"<p>{html.escape(heading)}</p>" + "<br>".join(lines))
        layout = self.layout()
        if self.theirs.parent() is not self and isinstance(layout, QBoxLayout):
            layout.insertWidget(max(0, layout.indexOf(self.problems)), self.theirs)
        self.theirs.show()
        self.show_problems([])
