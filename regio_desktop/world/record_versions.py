"""No lost update (#17): writes conditional on the version an edit was read at.

Every argument and source carries a ``row_version``, 1 when first written and one more on each
write. An edit carries the version it was read at (``record.row_version``); the store's UPDATE or
DELETE matches the record only at that version (``WHERE id = :id AND row_version = :read_at``).
When nothing matched, someone changed (or deleted) the record since: nothing is written and the
store raises a ``RecordConflict``, an EvidenceError whose problem says so with both versions, and
which carries both records (theirs as stored now, yours) for the window to set side by side.

The check and the write are one statement, so two writers cannot both pass it: on PostgreSQL the
second UPDATE waits for the first's row lock and then finds the row at the new version; SQLite
has one writer at a time. The same statements run on both back-ends.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from regio_desktop.problems import problem
from regio_desktop.world.evidence_records import ArgumentRecord, EvidenceError, SourceRecord
from regio_desktop.world.record_kinds import RecordKind, RecordT

Record = ArgumentRecord | SourceRecord


class RecordConflict(EvidenceError):
    """An edit or deletion of a record someone changed or deleted since it was read.

    ``theirs`` is the record as stored now (None: deleted), ``mine`` the edit that was refused
    (for a deletion, the record as it was read); ``read_at`` the version the edit was read at.
    """

    def __init__(
        self, noun: str, theirs: Record | None, mine: Record, read_at: int, *, deleting: bool
    ) -> None:
        if theirs is None:
            found = problem("record_deleted_since_read", kind=noun, id=mine.id, yours=read_at)
        else:
            found = problem(
                "record_changed_since_read",
                kind=noun,
                id=mine.id,
                theirs=theirs.row_version,
                yours=read_at,
            )
        super().__init__(found)
        self.noun = noun
        self.theirs = theirs
        self.mine = mine
        self.read_at = read_at
        self.deleting = deleting

    def fields(self) -> list[FieldComparison]:
        """Theirs beside mine, field by field (``compared_fields``)."""
        return compared_fields(self.theirs, self.mine)


def stored_record(con: Any, kind: RecordKind[RecordT], record_id: str) -> RecordT | None:
    """One record as stored now (with its version), or None when there is none. Read without
    pandas: it is the read before every edit, and a frame of one row cost more than the query."""
    cursor = con.execute(
        f"SELECT * FROM ({kind.select}) AS k WHERE {kind.key} = :id", {"id": record_id}
    )
    row = cursor.fetchone()
    if row is None:
        return None
    return kind.from_row(dict(zip((d[0] for d in cursor.description), row, strict=True)))


def update_at(con: Any, kind: RecordKind[RecordT], record: RecordT, read_at: int) -> None:
    """Replace the stored user record if it is still at ``read_at``; else raise RecordConflict
    (or, for a record that ships with the program, refuse it as such)."""
    if not kind.update(con, record, read_at):
        theirs = stored_record(con, kind, record.id)
        if theirs is not None and theirs.origin != "user":
            raise EvidenceError(problem(kind.shipped_code, id=record.id))
        raise RecordConflict(kind.noun, theirs, record, read_at, deleting=False)


def delete_at(con: Any, kind: RecordKind[RecordT], record: RecordT, read_at: int) -> None:
    """Delete the record (its children go with it: ON DELETE CASCADE) if it is still at
    ``read_at``; else raise RecordConflict. The record's own row goes first, so that a delete
    locks rows in the order an update does."""
    gone = con.execute(
        f"DELETE FROM {kind.table} WHERE {kind.key} = :id AND row_version = :read_at",
        {"id": record.id, "read_at": read_at},
    )
    if gone.rowcount != 1:
        theirs = stored_record(con, kind, record.id)
        raise RecordConflict(kind.noun, theirs, record, read_at, deleting=True)
    for table, column in kind.children:
        con.execute(f"DELETE FROM {table} WHERE {column} = :id", {"id": record.id})


@dataclass(frozen=True)
class FieldComparison:
    """One field of a record in two versions, as text, and whether they differ."""

    name: str
    theirs: str
    mine: str

    @property
    def differs(self) -> bool:
        return self.theirs != self.mine


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def compared_fields(theirs: Record | None, mine: Record) -> list[FieldComparison]:
    """Every field a user edits, theirs beside mine (theirs empty when it was deleted), in the
    record's own order; the id, origin and version are not fields one edits."""
    skipped = {"id", "origin", "row_version"}
    return [
        FieldComparison(
            f.name,
            _shown(getattr(theirs, f.name)) if theirs is not None else "",
            _shown(getattr(mine, f.name)),
        )
        for f in dataclasses.fields(mine)
        if f.name not in skipped
    ]
