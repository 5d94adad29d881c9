"""The user's arguments and sources in their working database: read, add, edit, delete, search.

Shipped rows are read-only here (``origin='shipped'``): an analyst edits a copy. Every write is
one transaction, and deleting a source that arguments still cite is refused. Adding, editing and
deleting are one method family over a ``RecordKind`` (record_kinds.py), so arguments and sources
follow the same path; ``add_argument``, ``delete_source`` and their kin name that path for one
kind. Search lives in argument_search.py.

A write SQLite refuses (a read-only file or folder, a full disk, another program holding the
file, a damaged file) becomes an EvidenceError with a problem that says which and what to do
(database_faults.py); nothing is half-written, since each write is one transaction. An update or
delete can name the record it ``expected`` to find: when the stored one differs (another window
changed it since), nothing is written, so an undo never overwrites a later edit.

The store talks to SQLite through the standard library's sqlite3 (via ``database.connect``, which
sets the project's pragmas), not SQLAlchemy: the window opens a store at start-up, where
importing SQLAlchemy would cost more than building the window. Given a team address
(``postgresql://...``) instead of a path, the same statements run on PostgreSQL through
team_connection.py, where search is the plain one (FTS5 is SQLite's) and the server's refusals
(a viewer's write, a lost connection) become EvidenceErrors with team problems.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from regio_desktop.problems import Problem, problem
from regio_desktop.world import source_text_rows
from regio_desktop.world.argument_search import (
    SearchIndex,
    build_index,
    fts5_search,
    plain_search,
    search_documents,
)
from regio_desktop.world.database import connect
from regio_desktop.world.evidence_records import (
    ARGUMENT_FIELDS,
    SOURCE_FIELDS,
    ArgumentRecord,
    EvidenceError,
    KnownCodes,
    SourceRecord,
    free_argument_id,
    free_source_id,
    problems_of_argument,
    problems_of_source,
    query_terms,
)
from regio_desktop.world.import_removal import remove_import
from regio_desktop.world.record_kinds import ARGUMENT_KIND, SOURCE_KIND, RecordKind, RecordT
from regio_desktop.world.store_faults import duplicate_key, store_problem
from regio_desktop.world.team_connection import TeamConnection, read_frame
from regio_desktop.world.team_database import TeamAddress, is_team_address, parse_address
from regio_desktop.world.vocabulary import ALIGNMENTS

__all__ = [
    "ARGUMENT_FIELDS",
    "SOURCE_FIELDS",
    "ArgumentRecord",
    "ArgumentStore",
    "EvidenceError",
    "SourceRecord",
    "problems_of_argument",
    "query_terms",
]


class ArgumentStore:
    """Arguments and sources of one database file (the user's working copy, or read-only).

    The store keeps one sqlite3 connection for its life, opened on first use (so on the thread
    that uses it: the GUI thread) and closed by ``close``; a later call opens a new one. One
    connection is what the FTS5 index needs (it lives in that connection's temp schema), and it
    holds no lock between calls: it runs in autocommit mode, so reads see what other stores on
    the same file have committed, and each write is one explicit transaction (``_transaction``).
    """

    BUSY_TIMEOUT = 5.0
    """Seconds a write waits for another program's write lock before it is refused."""

    def __init__(
        self, path: Path | str, *, readonly: bool = False, busy_timeout: float = BUSY_TIMEOUT
    ) -> None:
        team = isinstance(path, str) and is_team_address(path)
        self.team: TeamAddress | None = parse_address(str(path)) if team else None
        self.path = Path(path) if self.team is None else path
        self.readonly = readonly
        self.busy_timeout = busy_timeout
        self._con: Any = None
        self._index = SearchIndex()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def _connection(self) -> Any:
        """The sqlite3 connection of a profile, or a TeamConnection (same calls) to a server."""
        if self._con is None and self.team is not None:
            self._con = TeamConnection(self.team)
            self._index = SearchIndex()
        if self._con is None:
            con = connect(Path(self.path), readonly=self.readonly)
            # Autocommit: sqlite3 would otherwise open transactions implicitly (and only before
            # some statements); writes say BEGIN/COMMIT themselves.
            con.isolation_level = None
            con.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            self._con = con
            self._index = SearchIndex()  # a temp index belonged to the previous connection
        return self._con

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        """One write transaction: committed when the block ends, rolled back if anything fails.

        IMMEDIATE takes the write lock at the start, so a store that shares the file with
        another waits for it (sqlite3's busy timeout) instead of failing halfway. Every write
        leaves the search index stale.
        """
        if self.readonly:
            raise EvidenceError(problem("database_read_only"))
        with self._faults():
            con = self._connection()
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
            finally:
                self._index.fresh = False

    @contextmanager
    def _faults(self) -> Iterator[None]:
        """SQLite's refusals (and pandas' wrapping of them) as an EvidenceError saying why."""
        try:
            yield
        except EvidenceError:
            raise
        except Exception as exc:
            found = store_problem(exc, self.path, self.team)
            if found is None:
                raise
            if getattr(self._con, "closed", False):
                self._con = None  # the server dropped it: the next call opens a new one
            raise EvidenceError(found) from exc

    def _unchanged(self, con: Any, kind: RecordKind[RecordT], expected: RecordT) -> None:
        """Refuse, inside a write transaction, when the stored record is not ``expected``."""
        frame = read_frame(
            con, f"SELECT * FROM ({kind.select}) AS k WHERE {kind.key} = :id", {"id": expected.id}
        )
        if frame.empty or kind.from_row(frame.iloc[0]) != kind.as_stored(expected):
            raise EvidenceError(problem(kind.changed_code, id=expected.id))

    # --- reading any kind ----------------------------------------------------------------------
    def records(self, kind: RecordKind[RecordT]) -> pd.DataFrame:
        """Every record of ``kind``, one row each, indexed by its key."""
        with self._faults():
            frame = read_frame(self._connection(), kind.select)
        return frame.set_index(kind.key, drop=False)

    def record(self, kind: RecordKind[RecordT], record_id: str) -> RecordT:
        frame = self.records(kind)
        if record_id not in frame.index:
            raise EvidenceError(problem(kind.missing_code, id=record_id))
        return kind.from_row(frame.loc[record_id])

    def _known(self) -> KnownCodes:
        with self._faults():
            con = self._connection()
            blocs = {r[0] for r in con.execute("SELECT code FROM blocs")}
            return KnownCodes(
                states={r[0] for r in con.execute("SELECT iso3 FROM states")},
                targets={"alignment": set(ALIGNMENTS), "membership": blocs, "bloc": blocs},
                sources={r[0] for r in con.execute("SELECT id FROM sources")},
            )

    # --- writing any kind ----------------------------------------------------------------------
    def _writable(self, kind: RecordKind[RecordT], record: RecordT) -> None:
        if self.readonly:
            raise EvidenceError(problem("database_read_only"))
        if record.origin != "user":
            raise EvidenceError(problem(kind.shipped_code, id=record.id))

    def _check(self, records: list[tuple[RecordKind[Any], ArgumentRecord | SourceRecord]]) -> None:
        """Refuse the whole batch if any record has a problem; sources in it count as known."""
        if self.readonly:
            raise EvidenceError(problem("database_read_only"))
        known = self._known()
        known.sources |= {r.id for kind, r in records if kind is SOURCE_KIND}
        for kind, record in records:
            problems = kind.problems(record, known)
            if problems:
                raise EvidenceError(problems, subject=f"{kind.noun} '{record.id}'")

    @staticmethod
    def _insert(con: Any, kind: RecordKind[RecordT], record: RecordT, *, replace: bool) -> None:
        try:
            kind.insert(con, record, replace)
        except Exception as exc:
            if duplicate_key(exc):
                raise EvidenceError(problem(kind.taken_code, id=record.id)) from None
            raise

    def add(self, kind: RecordKind[RecordT], record: RecordT) -> None:
        """Store a new user record; refused if it has a problem or its id is taken."""
        self._writable(kind, record)
        with self._faults():
            self._check([(kind, record)])
        with self._transaction() as con:
            self._insert(con, kind, record, replace=False)

    def update(
        self, kind: RecordKind[RecordT], record: RecordT, *, expected: RecordT | None = None
    ) -> None:
        """Replace the stored user record of the same id (the stored one's origin decides);
        refused when ``expected`` is given and the stored record is no longer that."""
        with self._faults():
            self._writable(kind, self.record(kind, record.id))
            self._check([(kind, record)])
        with self._transaction() as con:
            if expected is not None:
                self._unchanged(con, kind, expected)
            self._insert(con, kind, record, replace=True)

    def delete(
        self, kind: RecordKind[RecordT], record_id: str, *, expected: RecordT | None = None
    ) -> RecordT:
        """Delete a user record and return it (so an undo can put it back); refused when
        ``expected`` is given and the stored record is no longer that."""
        with self._faults():
            record = self.record(kind, record_id)
            self._writable(kind, record)
            self._refuse_if_cited(kind, record_id)
        with self._transaction() as con:
            if expected is not None:
                self._unchanged(con, kind, expected)
            self._remove(con, kind, record_id)
        return record

    @staticmethod
    def _remove(con: Any, kind: RecordKind[Any], record_id: str) -> None:
        for table, column in kind.children:
            con.execute(f"DELETE FROM {table} WHERE {column} = :id", {"id": record_id})
        con.execute(f"DELETE FROM {kind.table} WHERE {kind.key} = :id", {"id": record_id})

    def _refuse_if_cited(self, kind: RecordKind[RecordT], record_id: str) -> None:
        cited = kind.cited_by
        if cited is None:
            return
        query = f"SELECT id FROM {cited.table} WHERE {cited.column} = :id ORDER BY id"
        citing = [r[0] for r in self._connection().execute(query, {"id": record_id})]
        if citing:
            found = problem(
                cited.refusal_code, id=record_id, count=len(citing), citing=tuple(citing[:5])
            )
            raise EvidenceError(found)

    # --- the same path, named for each kind ----------------------------------------------------
    def arguments(self) -> pd.DataFrame:
        """Every argument, with states as a ';'-joined column (empty: all states)."""
        return self.records(ARGUMENT_KIND)

    def sources(self) -> pd.DataFrame:
        return self.records(SOURCE_KIND)

    def argument(self, argument_id: str) -> ArgumentRecord:
        return self.record(ARGUMENT_KIND, argument_id)

    def source(self, source_id: str) -> SourceRecord:
        return self.record(SOURCE_KIND, source_id)

    def add_argument(self, record: ArgumentRecord) -> None:
        self.add(ARGUMENT_KIND, record)

    def update_argument(self, record: ArgumentRecord) -> None:
        self.update(ARGUMENT_KIND, record)

    def delete_argument(self, argument_id: str) -> ArgumentRecord:
        return self.delete(ARGUMENT_KIND, argument_id)

    def add_source(self, record: SourceRecord) -> None:
        self.add(SOURCE_KIND, record)

    def update_source(self, record: SourceRecord) -> None:
        self.update(SOURCE_KIND, record)

    def delete_source(self, source_id: str) -> SourceRecord:
        return self.delete(SOURCE_KIND, source_id)

    def arguments_from_source(self, source_id: str) -> pd.DataFrame:
        """The arguments that cite a source (provenance, seen from the source)."""
        frame = self.arguments()
        return frame[frame["source"] == source_id]

    def known_codes(self, *, extra_sources: Iterable[str] = ()) -> KnownCodes:
        """The codes a record may name in this database (and ``extra_sources``, about to be
        added): read once, for checking many records."""
        known = self._known()
        known.sources |= set(extra_sources)
        return known

    def check_argument(
        self, record: ArgumentRecord, *, extra_sources: Iterable[str] = ()
    ) -> list[Problem]:
        """Why the record could not be stored, against this database's codes."""
        return problems_of_argument(record, self.known_codes(extra_sources=extra_sources))

    def check_source(self, record: SourceRecord) -> list[Problem]:
        """Why the source could not be stored (it names no other code)."""
        return problems_of_source(record, KnownCodes())

    def write_arguments(
        self,
        records: list[ArgumentRecord],
        *,
        replace: bool,
        sources: Sequence[SourceRecord] = (),
        each: tuple[int, Callable[[int], object]] | None = None,
    ) -> None:
        """Insert (or replace) arguments and new sources in one transaction: all or nothing.

        ``each = (n, call)`` calls ``call(written)`` after every n records (a long import's
        progress); an exception it raises rolls the whole batch back (its cancel).
        """
        batch: list[tuple[RecordKind[Any], ArgumentRecord | SourceRecord]] = [
            *((SOURCE_KIND, s) for s in sources),
            *((ARGUMENT_KIND, r) for r in records),
        ]
        with self._faults():
            self._check(batch)
        with self._transaction() as con:
            for written, (kind, record) in enumerate(batch, 1):
                self._insert(con, kind, record, replace=replace and kind is ARGUMENT_KIND)
                if each is not None and written % each[0] == 0:
                    each[1](written)

    def delete_imported(
        self, arguments: Sequence[ArgumentRecord], sources: Sequence[SourceRecord]
    ) -> None:
        """Take back an import as it wrote ``arguments`` and ``sources``, in one transaction;
        refused whole if any was changed since or a source is still cited (import_removal.py)."""
        if self.readonly:
            raise EvidenceError(problem("database_read_only"))
        with self._transaction() as con:
            remove_import(con, arguments, sources)

    def new_argument_id(self) -> str:
        return free_argument_id(set(self.arguments().index))

    def new_source_id(self, hint: str = "") -> str:
        return free_source_id(set(self.sources().index), hint)

    # --- imported texts ------------------------------------------------------------------------
    def import_source_text(self, record: SourceRecord, body: str, fmt: str) -> None:
        """Store a new source with its full text, in one transaction."""
        self._writable(SOURCE_KIND, record)
        with self._faults():
            self._check([(SOURCE_KIND, record)])
        with self._transaction() as con:
            self._insert(con, SOURCE_KIND, record, replace=False)
            source_text_rows.insert_text(con, record.id, fmt, body)

    def source_text(self, source_id: str) -> tuple[str, str] | None:
        """(format, body) of an imported source, or None for sources without a stored text."""
        return source_text_rows.read_text(self._connection(), source_id)

    def sources_with_text(self) -> list[str]:
        with self._faults():
            return source_text_rows.sources_with_text(self._connection())

    # --- search --------------------------------------------------------------------------------
    def search(self, user_text: str, limit: int = 200, *, use_fts5: bool = True) -> list[str]:
        """Ids of the arguments matching every word typed (prefixes too), best first."""
        terms = query_terms(user_text)
        if not terms:
            return []
        with self._faults():
            con = self._connection()
            if not self._index.fresh and self.team is not None:
                docs = search_documents(self.arguments(), self.sources())
                self._index = SearchIndex(fts5=False, fresh=True, rows=docs)
            if not self._index.fresh:
                self._index = build_index(con, search_documents(self.arguments(), self.sources()))
            if self._index.fts5 and use_fts5:
                return fts5_search(con, terms, limit)
        docs = self._index.rows or search_documents(self.arguments(), self.sources())
        return plain_search(docs, terms, limit)
