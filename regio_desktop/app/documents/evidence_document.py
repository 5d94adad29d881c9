"""The analyst's evidence: arguments and sources in the user's working database, with undo.

Sibling of the ScenarioDocument, with an undo stack of its own in the document's undo group (the
evidence is shared by every scenario, so its history survives switching scenarios and never marks
one modified): every evidence edit goes through one of the methods here (library, editor, reader, menus and tests call the same ones). An edit is
written through the ArgumentStore; when the store refuses it (an EvidenceError) ``refused`` carries
the reason, worded in the user's language from the error's problems, and nothing enters the
history. After each edit the world's arguments are re-read,
so the arguments panel and the matching follow.

A write the database refuses for a reason outside the edit (a code in ``api.WRITE_FAULTS``: a
read-only file or folder, a full disk, another program's lock, a damaged file) is a fault of the
moment: ``storage_failed`` says what happened and what to do, nothing the user typed is dropped
(an editor stays open with its text), and a step of the history that failed stays where it was,
so that ``retry`` (or Undo again) repeats it. An undo or redo refused because the record was
changed elsewhere since (another window) is dropped from the history instead: repeating it could
only overwrite that change. ``notices`` are what the start-up has to tell (a recovered profile, a
profile open read-only because another window holds it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import pandas as pd
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from regio_desktop import api
from regio_desktop.app.common.problem_texts import error_text, problem_texts
from regio_desktop.app.documents import evidence_commands
from regio_desktop.app.documents.scenario_document import ScenarioDocument

OFFLINE_ID = "user_pending"
"""The id a new record is shown under while the team database's server is gone."""
RecordT = TypeVar("RecordT", api.ArgumentRecord, api.SourceRecord)
T = TypeVar("T")


class EvidenceDocument(QObject):
    """Holds the ArgumentStore; reads for the views, undoable writes for everyone."""

    changed = Signal()
    """Arguments or sources changed: views re-read."""
    refused = Signal(str)
    """An edit was refused; the message says why."""
    storage_failed = Signal(str)
    """A write failed for a reason outside the edit (the message says which and what to do);
    ``can_retry`` says whether ``retry`` can repeat it."""
    conflicted = Signal(object)
    """Someone changed the record since it was read (an ``api.RecordConflict``): the editor, or
    the window for a deletion, offers the choice."""
    server_lost = Signal(object)
    """A read or write found the team database's server gone (the problem saying so); the
    window's live link (app/team) goes offline and reconnects."""

    def __init__(
        self,
        document: ScenarioDocument,
        store: api.ArgumentStore,
        parent: QObject | None = None,
        notices: Sequence[api.Problem] = (),
    ) -> None:
        super().__init__(parent if parent is not None else document)
        self.document = document
        self.store = store
        self.notices = tuple(notices)
        """What the start-up has to tell about the profile (worded by ``words``)."""
        self.undo_stack: QUndoStack = document.new_undo_stack(self)
        """The history of argument and source edits (in the document's undo group)."""
        self._retry: Callable[[], object] | None = None
        self._read: dict[str, pd.DataFrame] = {}
        """The last arguments and sources read, shown while the file cannot be read."""
        self.offline: api.Problem | None = None
        """Set while the team database's server cannot be reached (``set_offline``)."""
        self.failed_steps = evidence_commands.FailedSteps(self)
        """What an undo or redo that could not write does to the history."""

    @property
    def world(self) -> api.World:
        return self.document.world

    @property
    def readonly(self) -> bool:
        """A read-only profile, or a team login that only reads (a viewer)."""
        return self.store.readonly or self.store.login_refusal() is not None

    # --- reading -----------------------------------------------------------------------------
    def arguments(self) -> pd.DataFrame:
        """Every argument; the last ones read while the database cannot be read (it says so)."""
        self._read["arguments"] = self._reading(self.store.arguments, self._read.get("arguments"))
        return self._read["arguments"]

    def sources(self) -> pd.DataFrame:
        self._read["sources"] = self._reading(self.store.sources, self._read.get("sources"))
        return self._read["sources"]

    def search(self, text: str) -> list[str]:
        """Ids matching what the user typed, best first; any string is safe."""
        return self._reading(lambda: self.store.search(text), [])

    def sources_with_text(self) -> list[str]:
        return self._reading(self.store.sources_with_text, [])

    def has_source_text(self, source_id: str) -> bool:
        return self._reading(lambda: self.store.source_text(source_id) is not None, False)

    def arguments_from_source(self, source_id: str) -> pd.DataFrame:
        """The arguments citing a source (from those read last, while the server is gone)."""
        frame = self.arguments()
        return frame[frame["source"] == source_id]

    def new_argument_id(self) -> str:
        """A free id for a new argument; while the server is gone a stand-in (the write is
        refused anyway, and the editor asks again on its next OK)."""
        return self._reading(self.store.new_argument_id, OFFLINE_ID)

    def new_source_id(self, citation: str) -> str:
        return self._reading(lambda: self.store.new_source_id(citation), OFFLINE_ID)

    def _reading(self, read: Callable[[], T], fallback: T | None) -> T:
        if self.offline is not None and fallback is not None:
            return fallback  # the server is gone: what was read last, without waiting for it
        try:
            self.check_online()
            return read()
        except api.EvidenceError as exc:
            if fallback is None:
                raise
            self._note_loss(exc)
            self.storage_failed.emit(self.reason(exc))
            return fallback

    # --- a team database whose server is gone (app/team/live_link.py says when) ---------------
    def set_offline(self, reason: api.Problem | None) -> None:
        """While ``reason`` is set, reads give what was read last and every write is refused
        with it at once (the edit kept, as for any fault); None: the server is back."""
        self.offline = reason

    def check_online(self) -> None:
        """Raise the offline refusal while the server is gone (before any write starts)."""
        if self.offline is not None:
            raise api.EvidenceError(self.offline)

    def _note_loss(self, error: api.EvidenceError) -> None:
        for found in error.problems:
            if found.code == "team_server_unreachable":
                self.server_lost.emit(found)
                return

    def _record(self, kind: api.RecordKind[RecordT], record_id: str) -> RecordT:
        """One record from the store; while offline, from what was read last."""
        read = self._read.get(kind.table)
        if self.offline is not None and read is not None and record_id in read.index:
            return kind.from_row(read.loc[record_id])
        return self.store.record(kind, record_id)

    def argument(self, argument_id: str) -> api.ArgumentRecord:
        return self._record(api.ARGUMENT_KIND, argument_id)

    def source(self, source_id: str) -> api.SourceRecord:
        return self._record(api.SOURCE_KIND, source_id)

    def check_argument(self, record: api.ArgumentRecord) -> list[api.Problem]:
        """Why the record could not be stored; a database that cannot be read is a reason."""
        return self._checking(lambda: self.store.check_argument(record))

    def check_source(self, record: api.SourceRecord) -> list[api.Problem]:
        return self._checking(lambda: self.store.check_source(record))

    def _checking(self, check: Callable[[], list[api.Problem]]) -> list[api.Problem]:
        try:
            self.check_online()
            return check()
        except api.EvidenceError as exc:
            self.fail(exc, None)
            return exc.problems

    def words(self, problems: list[api.Problem]) -> list[str]:
        """The problems in the user's language, states and blocs by name."""
        return problem_texts(problems, self.document.name)

    def reason(self, error: Exception) -> str:
        """Why ``error`` (an EvidenceError, or any other) stopped an action, in the user's
        language: what ``refused`` carries."""
        return error_text(error, self.document.name)

    def duplicate(self, argument_id: str) -> api.ArgumentRecord:
        """A user copy of an argument under a new id (not yet stored)."""
        original = self.argument(argument_id)
        return dataclasses.replace(original, id=self.new_argument_id(), origin="user")

    # --- writing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the arguments into the world and tell every view."""
        self.document.replace_arguments(api.with_store_arguments(self.document.world, self.store))
        self.changed.emit()

    def _apply(
        self, write: evidence_commands.Write, retry: Callable[[], object] | None = None
    ) -> bool:
        """Write; on a refusal say why (and, for a fault, remember ``retry``)."""
        try:
            self.check_online()
            write(self.store)
        except api.EvidenceError as exc:
            self.fail(exc, retry)
            return False
        self._retry = None
        return True

    @staticmethod
    def is_fault(error: api.EvidenceError) -> bool:
        """True when the write failed for a reason outside the edit: trying again may work."""
        return any(p.code in api.WRITE_FAULTS for p in error.problems)

    def fail(self, error: api.EvidenceError, retry: Callable[[], object] | None) -> None:
        """Say why a write failed (and, for a fault, remember ``retry``)."""
        if isinstance(error, api.RecordConflict):
            self.conflicted.emit(error)
        text = self.reason(error)
        self._note_loss(error)
        if self.is_fault(error):
            self._retry = retry
            self.storage_failed.emit(text)
        self.refused.emit(text)

    @property
    def can_retry(self) -> bool:
        """Whether the last failed write can be repeated by ``retry`` (an editor that stays
        open repeats its own with OK)."""
        return self._retry is not None

    def retry(self) -> None:
        """Repeat the write that last failed for a reason outside the edit."""
        again, self._retry = self._retry, None
        if again is not None:
            again()

    def _push(self, command: evidence_commands.EvidenceCommand) -> None:
        self.undo_stack.push(command)

    def attempt(self, edit: Callable[[], bool]) -> list[str]:
        """Run one edit and return why it was refused (empty when it went through).

        Editors call this to show the refusal inline, beside the fields, while other listeners of
        ``refused`` (the status bar) still hear it.
        """
        refusals: list[str] = []
        connection = self.refused.connect(refusals.append)
        try:
            ok = edit()
        finally:
            self.refused.disconnect(connection)
        return [] if ok else refusals or [self.tr("The change could not be saved.")]

    def save_record(
        self,
        record: RecordT,
        original: RecordT | None,
        add: Callable[[RecordT], bool],
        update: Callable[[RecordT], bool],
    ) -> list[str]:
        """Add ``record`` (no ``original``) or update it; saving an unchanged record is no
        refusal. Returns the refusals, as ``attempt`` does."""
        return self.attempt(
            lambda: add(record) if original is None else update(record) or record == original
        )

    # One path for every kind of record: arguments and sources are added, edited and deleted
    # alike; the named methods below are that path for one kind.
    def add_record(self, kind: api.RecordKind[RecordT], record: RecordT) -> bool:
        if not self._apply(lambda store: store.add(kind, record)):
            return False
        # The command remembers the record as stored (trimmed), which undo expects to find.
        self._push(evidence_commands.add_record(self, kind, self.store.record(kind, record.id)))
        return True

    def update_record(self, kind: api.RecordKind[RecordT], record: RecordT) -> bool:
        """Replace the stored record of the same id; an unchanged record is no edit (False).

        A record read from the store (an editor's) carries the version it was read at, and the
        write is refused (``conflicted``) if someone changed the record since; a record made
        without one is written over whatever is stored as this moment reads it."""
        try:
            self.check_online()
            before = self.store.record(kind, record.id)
        except api.EvidenceError as exc:
            missing = any(p.code == kind.missing_code for p in exc.problems)
            if record.row_version <= 0 or not missing:
                self.fail(exc, None)
                return False
            before = None  # deleted since the editor read it: the store says so as a conflict
        if before == record:
            return False
        expected = before if record.row_version <= 0 else None
        # (before is None: the store refuses an edit of a record deleted since)
        if not self._apply(lambda store: store.update(kind, record, expected=expected)):
            return False
        assert before is not None
        after = self.store.record(kind, record.id)
        self._push(evidence_commands.edit_record(self, kind, before, after))
        return True

    def delete_record(
        self,
        kind: api.RecordKind[RecordT],
        record_id: str,
        restore: Callable[[RecordT], evidence_commands.Write] | None = None,
        *,
        read_at: int | None = None,
    ) -> bool:
        """Delete one record; ``restore`` says how an undo puts back more than the record.

        The deletion is of the record as the window last showed it (its version in the last
        rows read, or ``read_at``): refused (``conflicted``) if someone changed it since."""
        deleted: list[RecordT] = []
        version = self.shown_version(kind, record_id) if read_at is None else read_at
        if not self._apply(
            lambda store: deleted.append(store.delete(kind, record_id, read_at=version)),
            lambda: self.delete_record(kind, record_id, restore, read_at=read_at),
        ):
            return False
        undo = restore(deleted[0]) if restore is not None else None
        self._push(evidence_commands.delete_record(self, kind, deleted[0], undo))
        return True

    def shown_version(self, kind: api.RecordKind[RecordT], record_id: str) -> int:
        """The version of a record in the rows last read for the views (0: not shown)."""
        frame = self._read.get(kind.table)
        if frame is None or record_id not in frame.index or "row_version" not in frame:
            return 0
        return int(frame.at[record_id, "row_version"])

    def add_argument(self, record: api.ArgumentRecord) -> bool:
        return self.add_record(api.ARGUMENT_KIND, record)

    def update_argument(self, record: api.ArgumentRecord) -> bool:
        return self.update_record(api.ARGUMENT_KIND, record)

    def delete_argument(self, argument_id: str, *, read_at: int | None = None) -> bool:
        return self.delete_record(api.ARGUMENT_KIND, argument_id, read_at=read_at)

    def add_source(self, record: api.SourceRecord) -> bool:
        return self.add_record(api.SOURCE_KIND, record)

    def update_source(self, record: api.SourceRecord) -> bool:
        return self.update_record(api.SOURCE_KIND, record)

    def delete_source(self, source_id: str, *, read_at: int | None = None) -> bool:
        """Delete a source; an undo puts it back with its imported text, if it had one."""
        text = None if self.offline else self.store.source_text(source_id)
        if text is None:  # (offline, the delete is refused before anything is written)
            return self.delete_record(api.SOURCE_KIND, source_id, read_at=read_at)
        return self.delete_record(
            api.SOURCE_KIND,
            source_id,
            lambda record: evidence_commands.restore_source_text(record, text),
            read_at=read_at,
        )

    def import_source_text(self, record: api.SourceRecord, source: api.SourceText) -> bool:
        body, fmt = source.body, source.format
        if not self._apply(lambda store: store.import_source_text(record, body, fmt)):
            return False
        stored = self.store.source(record.id)
        self._push(evidence_commands.import_source_text(self, stored, body, fmt))
        return True

    def source_text(self, source_id: str) -> api.SourceText | None:
        """The stored text of an imported source, outlined (headings) for locations."""
        stored = self.store.source_text(source_id)
        return api.parse_source(stored[1], stored[0]) if stored is not None else None

    def import_arguments(
        self,
        path: Path,
        *,
        partial: bool = False,
        progress: Callable[[float], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> api.ImportReport:
        """Import a CSV/JSON file; written rows become one undoable step.

        Raises EvidenceError when the file cannot be read at all, and api.ImportCancelled
        (nothing written, nothing in the history) when ``should_cancel`` answered True.
        """
        self.check_online()
        report = api.import_arguments(
            self.store, path, partial=partial, progress=progress, should_cancel=should_cancel
        )
        if report.written:
            self._push(evidence_commands.import_arguments(self, report.records, report.sources))
        return report

    def export_arguments(self, path: Path, *, only_user: bool = False) -> int:
        return api.export_arguments(self.store, path, only_user=only_user)
