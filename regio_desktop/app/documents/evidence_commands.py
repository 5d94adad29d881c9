"""Undoable edits of the user's arguments and sources, on the evidence's own undo stack.

Each edit is written through the ArgumentStore *before* its command is pushed (so a refused edit
never enters the history); the command's first ``redo`` therefore only refreshes the views, and
later redo/undo calls write again. Every later write names the record it expects to find (the
one this command last wrote or saw), so an undo never overwrites what another window wrote since;
a write that fails is handed to ``FailedSteps``, which keeps or drops the step. One command family, ``add_record``, ``edit_record`` and
``delete_record``, serves every kind of record (``api.RecordKind``); names read like the edit:
"Add argument user_0001".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from regio_desktop import api

if TYPE_CHECKING:
    from regio_desktop.app.documents.evidence_document import EvidenceDocument

Write = Callable[[api.ArgumentStore], object]
Record = api.ArgumentRecord | api.SourceRecord

COMMAND_NAMES: dict[tuple[str, str], str] = {
    ("add", "argument"): QT_TRANSLATE_NOOP("EvidenceCommands", "Add argument {id}"),
    ("edit", "argument"): QT_TRANSLATE_NOOP("EvidenceCommands", "Edit argument {id}"),
    ("delete", "argument"): QT_TRANSLATE_NOOP("EvidenceCommands", "Delete argument {id}"),
    ("add", "source"): QT_TRANSLATE_NOOP("EvidenceCommands", "Add source {id}"),
    ("edit", "source"): QT_TRANSLATE_NOOP("EvidenceCommands", "Edit source {id}"),
    ("delete", "source"): QT_TRANSLATE_NOOP("EvidenceCommands", "Delete source {id}"),
}
"""The name of each edit of each kind, as the Edit menu and the history show it."""


def command_name(verb: str, kind: api.RecordKind[Any], record_id: str) -> str:
    """The translated name of ``verb`` ('add', 'edit', 'delete') on one record of ``kind``."""
    return QCoreApplication.translate("EvidenceCommands", COMMAND_NAMES[verb, kind.noun]).format(
        id=record_id
    )


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
        self.skip_once = False
        """Set by the document to move the history back over a step that failed to write."""

    def redo(self) -> None:
        if self.skip_once:
            self.skip_once = False
            return
        if self._already_done:
            self._already_done = False
        elif not self._write(self._forward, "redo"):
            return
        self.evidence.refresh()

    def undo(self) -> None:
        if self.skip_once:
            self.skip_once = False
            return
        if self._write(self._backward, "undo"):
            self.evidence.refresh()

    def _write(self, write: Write, direction: str) -> bool:
        try:
            self.evidence.check_online()  # a team database's server gone: kept, not lost
            write(self.evidence.store)
        except api.EvidenceError as exc:
            self.evidence.failed_steps.failed(self, direction, exc)
            return False
        return True


def add_record(
    evidence: EvidenceDocument, kind: api.RecordKind[Any], record: Record
) -> EvidenceCommand:
    """Adding ``record``; undo deletes it again."""
    return EvidenceCommand(
        evidence,
        command_name("add", kind, record.id),
        lambda store: store.add(kind, record),
        lambda store: store.delete(kind, record.id, expected=record),
    )


def edit_record(
    evidence: EvidenceDocument, kind: api.RecordKind[Any], before: Record, after: Record
) -> EvidenceCommand:
    """Replacing ``before`` by ``after`` (the same id); undo writes ``before`` back."""
    return EvidenceCommand(
        evidence,
        command_name("edit", kind, after.id),
        lambda store: store.update(kind, after, expected=before),
        lambda store: store.update(kind, before, expected=after),
    )


def delete_record(
    evidence: EvidenceDocument,
    kind: api.RecordKind[Any],
    record: Record,
    restore: Write | None = None,
) -> EvidenceCommand:
    """Deleting ``record``; undo adds it back, or runs ``restore`` when more went with it."""
    return EvidenceCommand(
        evidence,
        command_name("delete", kind, record.id),
        lambda store: store.delete(kind, record.id, expected=record),
        restore if restore is not None else lambda store: store.add(kind, record),
    )


def restore_source_text(record: api.SourceRecord, text: tuple[str, str]) -> Write:
    """Puts a deleted source back with the imported text it had."""
    return lambda store: store.import_source_text(record, text[1], text[0])


def import_source_text(
    evidence: EvidenceDocument, record: api.SourceRecord, body: str, fmt: str
) -> EvidenceCommand:
    return EvidenceCommand(
        evidence,
        QCoreApplication.translate("EvidenceCommands", "Import source {id}").format(id=record.id),
        lambda store: store.import_source_text(record, body, fmt),
        lambda store: store.delete(api.SOURCE_KIND, record.id, expected=record),
    )


def import_arguments(
    evidence: EvidenceDocument,
    records: list[api.ArgumentRecord],
    sources: list[api.SourceRecord],
) -> EvidenceCommand:
    """An import already written; undo deletes what it added in one transaction (arguments
    first, then sources), redo writes it again in one."""

    def remove(store: api.ArgumentStore) -> None:
        store.delete_imported(records, sources)

    return EvidenceCommand(
        evidence,
        QCoreApplication.translate("EvidenceCommands", "Import {count} argument(s)").format(
            count=len(records)
        ),
        lambda store: store.write_arguments(records, replace=False, sources=sources),
        remove,
    )


class FailedSteps:
    """An undo or redo that could not write: a fault keeps the step where it was (the history
    moves back once the stack has moved, so Undo or Redo again repeats it); a refusal (the
    record changed elsewhere since) drops the step, since repeating it could only overwrite."""

    def __init__(self, evidence: EvidenceDocument) -> None:
        self.evidence = evidence
        self._put_back: tuple[EvidenceCommand, str] | None = None
        evidence.undo_stack.indexChanged.connect(self._history_moved)

    def failed(self, command: EvidenceCommand, direction: str, error: api.EvidenceError) -> None:
        evidence = self.evidence
        if evidence.is_fault(error):
            self._put_back = (command, direction)
            stack = evidence.undo_stack
            evidence.fail(error, stack.undo if direction == "undo" else stack.redo)
        else:
            command.setObsolete(True)
            evidence.fail(error, None)

    def _history_moved(self, _index: int) -> None:
        if self._put_back is None:
            return
        command, direction = self._put_back
        self._put_back = None
        command.skip_once = True
        if direction == "undo":
            self.evidence.undo_stack.redo()
        else:
            self.evidence.undo_stack.undo()
