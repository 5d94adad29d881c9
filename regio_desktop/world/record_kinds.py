"""How each kind of evidence record lives in the database: one description per kind.

A ``RecordKind`` says everything the store needs to read, check, write and delete one record of
its kind: the table and key, the query that reads every row, how a row becomes a record and a
record becomes rows, which rows hang off it, and who may still cite it. The store has one method
family over these descriptions, so arguments and sources are added, edited and deleted the same
way, and a third kind would be one more description here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

import pandas as pd

from regio_desktop.problems import Problem
from regio_desktop.world.evidence_records import (
    ArgumentRecord,
    KnownCodes,
    SourceRecord,
    problems_of_argument,
    problems_of_source,
)

RecordT = TypeVar("RecordT", ArgumentRecord, SourceRecord)


@dataclass(frozen=True)
class CitedBy:
    """Rows of another table that refer to a record and so forbid deleting it."""

    table: str
    column: str
    refusal_code: str
    """The problem code of the refusal, with the record's ``id``, the ``count`` of citing rows
    and the first few of them (``citing``)."""


@dataclass(frozen=True)
class RecordKind(Generic[RecordT]):
    """One kind of evidence record: where it is stored and how one record is read and written."""

    noun: str
    """'argument', 'source': names the kind in messages and command names."""
    article: str
    """'an', 'a': for 'an argument with id ... already exists'."""
    table: str
    key: str
    select: str
    """Reads every record, one row each, with the columns ``from_row`` takes."""
    from_row: Callable[[pd.Series], RecordT]
    problems: Callable[[RecordT, KnownCodes], list[Problem]]
    """Every reason a record cannot be stored, against the database's codes."""
    insert: Callable[[Any, RecordT, bool], None]
    """Writes one record (replacing the stored one when the flag is set), always as 'user', on
    a sqlite3 connection or a TeamConnection."""
    children: tuple[tuple[str, str], ...] = ()
    """(table, column) of rows that belong to a record and go with it."""
    cited_by: CitedBy | None = None
    missing_code: str = ""
    """The problem code of a refusal: there is no record of this kind with that id."""
    shipped_code: str = ""
    """... the record comes with the program and cannot be changed."""
    taken_code: str = ""
    """... a record of this kind with that id already exists."""
    changed_code: str = ""
    """... the stored record is no longer the one an undo or redo expected (changed since)."""
    normalise: Callable[[RecordT], RecordT] | None = None
    """The record as the store keeps it (trimmed texts): what a stored row compares against."""

    def as_stored(self, record: RecordT) -> RecordT:
        return record if self.normalise is None else self.normalise(record)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
"""Control characters other than tab and newline: they mean nothing in a claim or citation and
would reach a terminal raw when the record is printed (an escape sequence recolours it)."""


def _clean(text: str) -> str:
    return _CONTROL.sub("", text).strip()


def normalise_argument(record: ArgumentRecord) -> ArgumentRecord:
    """The argument as the store keeps it: texts trimmed and without control characters, the
    quote without surrounding quotation marks. Writes and the changed-since checks both use it,
    so a record compares equal to what was stored from it."""
    return replace(
        record,
        claim=_clean(record.claim),
        location=_clean(record.location),
        quote=_clean(record.quote).strip('"“”«»'),
    )


def normalise_source(record: SourceRecord) -> SourceRecord:
    """The source as the store keeps it (see ``normalise_argument``)."""
    return replace(record, citation=_clean(record.citation))


def _split(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(";") if part)


def _argument_from_row(row: pd.Series) -> ArgumentRecord:
    return ArgumentRecord(
        id=row["id"],
        claim=row["claim"],
        stance=row["stance"],
        target_kind=row["target_kind"],
        target=row["target"],
        source=row["source"],
        states=_split(row["states"]),
        themes=_split(row["themes"]),
        strength=int(row["strength"]),
        location=row["location"],
        quote=row["quote"],
        origin=row["origin"],
        indicators=_split(row["indicators"]),
    )


def _insert_argument(con: Any, record: ArgumentRecord, replace: bool) -> None:
    record = normalise_argument(record)
    if replace:
        con.execute("DELETE FROM argument_states WHERE argument_id = :id", {"id": record.id})
    # An upsert, not SQLite's INSERT OR REPLACE: the same statement runs on PostgreSQL (the team
    # database), and the row's states were deleted above either way.
    upsert = (
        " ON CONFLICT(id) DO UPDATE SET claim = excluded.claim, stance = excluded.stance,"
        " target_kind = excluded.target_kind, target = excluded.target,"
        " themes = excluded.themes, indicators = excluded.indicators,"
        " strength = excluded.strength, source_id = excluded.source_id,"
        " location = excluded.location, quote = excluded.quote, origin = excluded.origin"
        if replace
        else ""
    )
    con.execute(
        "INSERT INTO arguments (id, claim, stance, target_kind, target, themes, "
        "indicators, strength, source_id, location, quote, origin) VALUES (:id, :claim, "
        ":stance, :target_kind, :target, :themes, :indicators, :strength, :source, :location,"
        " :quote, 'user')" + upsert,
        {
            "id": record.id,
            "claim": record.claim,
            "stance": record.stance,
            "target_kind": record.target_kind,
            "target": record.target,
            "themes": ";".join(record.themes),
            "indicators": ";".join(record.indicators),
            "strength": record.strength,
            "source": record.source,
            "location": record.location or None,
            "quote": record.quote or None,
        },
    )
    for state in record.states:
        con.execute(
            "INSERT INTO argument_states (argument_id, state_iso3) VALUES (:a, :s)",
            {"a": record.id, "s": state},
        )


def _source_from_row(row: pd.Series) -> SourceRecord:
    # A missing date comes back from pandas as None or NaN (a float, and truthy).
    # SQLite gives ISO text, PostgreSQL a date.
    stored = row["accessed"]
    accessed = dt.date.fromisoformat(stored[:10]) if isinstance(stored, str) and stored else None
    if isinstance(stored, dt.date):
        accessed = stored
    return SourceRecord(
        id=row["id"],
        citation=row["citation"],
        kind=row["kind"],
        url=row["url"],
        accessed=accessed,
        licence=row["licence"],
        origin=row["origin"],
    )


def _insert_source(con: Any, record: SourceRecord, replace: bool) -> None:
    # Replacing updates the row in place: INSERT OR REPLACE would delete it first, and the
    # delete would cascade to the source's imported text.
    record = normalise_source(record)
    upsert = (
        " ON CONFLICT(id) DO UPDATE SET citation = excluded.citation, url = excluded.url,"
        " accessed = excluded.accessed, licence = excluded.licence, kind = excluded.kind,"
        " origin = excluded.origin"
        if replace
        else ""
    )
    parameters: dict[str, Any] = {
        "id": record.id,
        "citation": record.citation,
        "url": record.url or None,
        # ISO text, as SQLAlchemy's Date column reads and writes it (and without sqlite3's
        # default date adapter, deprecated since Python 3.12).
        "accessed": (record.accessed.isoformat() if isinstance(record.accessed, dt.date) else None),
        "licence": record.licence or None,
        "kind": record.kind,
    }
    con.execute(
        "INSERT INTO sources (id, citation, url, accessed, licence, kind, origin) "
        "VALUES (:id, :citation, :url, :accessed, :licence, :kind, 'user')" + upsert,
        parameters,
    )


ARGUMENT_KIND: RecordKind[ArgumentRecord] = RecordKind(
    noun="argument",
    article="an",
    table="arguments",
    key="id",
    select=(
        "SELECT a.id, a.claim, a.stance, a.target_kind, a.target, "
        "COALESCE((SELECT group_concat(state_iso3, ';') FROM "
        "  (SELECT state_iso3 FROM argument_states s WHERE s.argument_id = a.id "
        "   ORDER BY state_iso3) AS st), '') AS states, "
        "a.themes, a.indicators, a.strength, a.source_id AS source, COALESCE(a.location, '') AS location,"
        " COALESCE(a.quote, '') AS quote, a.origin FROM arguments a ORDER BY a.id"
    ),
    from_row=_argument_from_row,
    problems=problems_of_argument,
    insert=_insert_argument,
    children=(("argument_states", "argument_id"),),
    missing_code="no_such_argument",
    shipped_code="shipped_argument",
    taken_code="argument_id_taken",
    changed_code="argument_changed_since",
    normalise=normalise_argument,
)

SOURCE_KIND: RecordKind[SourceRecord] = RecordKind(
    noun="source",
    article="a",
    table="sources",
    key="id",
    select=(
        "SELECT id, citation, COALESCE(url, '') AS url, accessed, "
        "COALESCE(licence, '') AS licence, kind, origin FROM sources ORDER BY id"
    ),
    from_row=_source_from_row,
    problems=problems_of_source,
    insert=_insert_source,
    cited_by=CitedBy(table="arguments", column="source_id", refusal_code="source_cited"),
    missing_code="no_such_source",
    shipped_code="shipped_source",
    taken_code="source_id_taken",
    changed_code="source_changed_since",
    normalise=normalise_source,
)
