"""Undoable edits of the user's arguments and sources, on the evidence's own undo stack.

Each edit is written through the ArgumentStore *before* its command is pushed (so a refused edit
never enters the history); the command's first ``redo`` therefore only refreshes the views, and
later redo/undo calls write again. Names read like the edit: "Add argument user_0001".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from regio_desktop import api

if TYPE_CHECKING:
    from regio_desktop.app.documents.evidence_document import EvidenceDocument

Write = Callable[[api.ArgumentStore], object]


class EvidenceCommand(QUndoCommand):
    """Replays ``forward`` on redo and ``backward`` on undo, then refreshes the evidence views."""

    def __init__(
        self, evidence: EvidenceDocument, text: str, forward: Write, backward: Write
    ) -> None:
        super().__init__(text)
        self.evidence = evidence
        self._forward = forward
        self._backward = backward
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
        else:
            self._write(self._forward)
        self.evidence.refresh()

    def undo(self) -> None:
        self._write(self._backward)
        self.evidence.refresh()

    def _write(self, write: Write) -> None:
        try:
            write(self.evidence.store)
        except api.EvidenceError as exc:
            # The database changed under the history (another program wrote to it): say so.
            self.evidence.refused.emit(str(exc))


def add_argument(evidence: EvidenceDocument, record: api.ArgumentRecord) -> EvidenceCommand:
    return EvidenceCommand(
        evidence,
        QCoreApplication.translate("EvidenceCommands", "Add argument {id}").format(id=record.id),
        lambda store: store.add_argument(record),
        lambda store: store.delete_argument(record.id),
    )


def edit_argument(
    evidence: EvidenceDocument, before: api.ArgumentRecord, after: api.ArgumentRecord
) -> EvidenceCommand:
    return EvidenceCommand(
        evidence,
        QCoreApplication.translate("EvidenceCommands", "Edit argument {id}").format(id=after.id),
        lambda store: store.update_argument(after),
        lambda store: store.update_argument(before),
    )


def delete_argument(evidence: EvidenceDocument, record: api.ArgumentRecord) -> EvidenceCommand:
    return EvidenceCommand(
        evidence,
        QCoreApplication.translate("EvidenceCommands", "Delete argument {id}").format(id=record.id),
        lambda store: store.delete_argument(record.id),
        lambda store: store.add_argument(record),
    )


def add_source(evidence: EvidenceDocument, record: api.SourceRecord) -> EvidenceCommand:
    return EvidenceCommand(
        evidence,
        QCoreApplication.translate("EvidenceCommands", "Add source {id}").format(id=record.id),
        lambda store: store.add_source(record),
        lambda store: store.delete_source(record.id),
    )


def edit_source(
    evidence: EvidenceDocument, before: api.SourceRecord, after: api.SourceRecord
) -> EvidenceCommand:
    return EvidenceCommand(
        evidence,
        QCoreApplication.translate("EvidenceCommands", "Edit source {id}").format(id=after.id),
        lambda store: store.update_source(after),
        lambda store: store.update_source(before),
    )


def delete_source(
    evidence: EvidenceDocument, record: api.SourceRecord, text: tuple[str, str] | None
) -> EvidenceCommand:
    """Undo puts the source back with its imported text, if it had one."""

    def restore(store: api.ArgumentStore) -> None:
        if text is None:
            store.add_source(record)
        else:
            store.import_source_text(record, text[1], text[0])

    return EvidenceCommand(
        evidence,
        QCoreApplication.translate("EvidenceCommands", "Delete source {id}").format(id=record.id),
        lambda store: store.delete_source(record.id),
        restore,
    )


def import_source_text(
    evidence: EvidenceDocument, record: api.SourceRecord, body: str, fmt: str
) -> EvidenceCommand:
    return EvidenceCommand(
        evidence,
        QCoreApplication.translate("EvidenceCommands", "Import source {id}").format(id=record.id),
        lambda store: store.import_source_text(record, body, fmt),
        lambda store: store.delete_source(record.id),
    )


def import_arguments(
    evidence: EvidenceDocument,
    records: list[api.ArgumentRecord],
    sources: list[api.SourceRecord],
) -> EvidenceCommand:
    """An import already written; undo deletes what it added (arguments first, then sources)."""

    def remove(store: api.ArgumentStore) -> None:
        for record in records:
            store.delete_argument(record.id)
        for source in sources:
            store.delete_source(source.id)

    return EvidenceCommand(
        evidence,
        QCoreApplication.translate("EvidenceCommands", "Import {count} argument(s)").format(
            count=len(records)
        ),
        lambda store: store.write_arguments(records, replace=False, sources=sources),
        remove,
    )
