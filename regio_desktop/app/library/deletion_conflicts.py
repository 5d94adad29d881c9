"""A deletion refused because someone changed the record since the window showed it (#17).

The library deletes the record as it showed it (its version); when the store refuses because the
stored record is at another version, the ConflictDialog sets the two side by side and the choice
is carried out here: keep theirs (nothing is deleted, the views re-read) or delete anyway (at
their version). Edits are resolved by their editor (record_editor.py), not here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from regio_desktop import api
from regio_desktop.app.documents.evidence_document import EvidenceDocument
from regio_desktop.app.library.conflict_dialog import KEEP_THEIRS, OVERWRITE, ConflictDialog


class DeletionConflicts(QObject):
    """Listens to the evidence's conflicts and offers the choice for the deletions among them."""

    def __init__(self, evidence: EvidenceDocument, window: QWidget) -> None:
        super().__init__(window)
        self.evidence = evidence
        self.window = window
        self.dialog: ConflictDialog | None = None
        evidence.conflicted.connect(self._conflicted)

    def _conflicted(self, conflict: api.RecordConflict) -> None:
        if not conflict.deleting:
            return
        dialog = ConflictDialog(self.evidence, conflict, self.window)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._carry_out(dialog))
        dialog.open()

    def _carry_out(self, dialog: ConflictDialog) -> None:
        conflict, evidence = dialog.conflict, self.evidence
        if dialog.choice == OVERWRITE and conflict.theirs is not None:
            version = conflict.theirs.row_version
            if conflict.noun == "argument":
                evidence.delete_argument(conflict.mine.id, read_at=version)
            else:
                evidence.delete_source(conflict.mine.id, read_at=version)
        elif dialog.choice == KEEP_THEIRS:
            evidence.refresh()
