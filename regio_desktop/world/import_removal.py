"""Taking back an import (its undo), inside the store's write transaction.

An import of thousands of rows is undone in one transaction and must stay fast (one statement
per table, not per row), yet it must never delete a record someone changed since the import wrote
it (another window on the same profile, or a later edit here): the stored rows are read once per
kind and compared with what the import wrote, and any difference refuses the whole undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from regio_desktop.problems import problem
from regio_desktop.world.evidence_records import ArgumentRecord, EvidenceError, SourceRecord
from regio_desktop.world.record_kinds import ARGUMENT_KIND, SOURCE_KIND, RecordKind
from regio_desktop.world.team_connection import read_frame

CHUNK = 500
"""Ids per ``IN (...)`` query: well below SQLite's limit on bound parameters."""


def _refuse_if_changed(
    con: Any,
    kind: RecordKind[ArgumentRecord] | RecordKind[SourceRecord],
    written: Sequence[ArgumentRecord] | Sequence[SourceRecord],
) -> None:
    expected = {record.id: kind.as_stored(record) for record in written}  # type: ignore[arg-type]
    ids = list(expected)
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        marks = ", ".join("?" for _ in part)
        frame = read_frame(
            con, f"SELECT * FROM ({kind.select}) AS k WHERE {kind.key} IN ({marks})", part
        )
        stored = {str(row[kind.key]): kind.from_row(row) for _, row in frame.iterrows()}
        for record_id in part:
            if stored.get(record_id) != expected[record_id]:
                raise EvidenceError(problem(kind.changed_code, id=record_id))


def remove_import(
    con: Any,
    arguments: Sequence[ArgumentRecord],
    sources: Sequence[SourceRecord],
) -> None:
    """Delete the user arguments, then the user sources, an import wrote; refused whole (by
    raising, so the caller's transaction rolls back) if any is no longer as written or a source
    is still cited by an argument the import did not add."""
    _refuse_if_changed(con, ARGUMENT_KIND, arguments)
    _refuse_if_changed(con, SOURCE_KIND, sources)
    argument_ids = [{"id": r.id} for r in arguments]
    for table, column in ARGUMENT_KIND.children:
        con.executemany(f"DELETE FROM {table} WHERE {column} = :id", argument_ids)
    con.executemany("DELETE FROM arguments WHERE id = :id AND origin = 'user'", argument_ids)
    for source in sources:
        query = "SELECT id FROM arguments WHERE source_id = :id ORDER BY id"
        citing = [r[0] for r in con.execute(query, {"id": source.id})]
        if citing:
            found = problem(
                "source_cited", id=source.id, count=len(citing), citing=tuple(citing[:5])
            )
            raise EvidenceError(found)
    con.executemany(
        "DELETE FROM sources WHERE id = :id AND origin = 'user'", [{"id": s.id} for s in sources]
    )
