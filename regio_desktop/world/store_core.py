"""The argument store's foundation: its connection, transactions, failures and reading one record.

``ArgumentStore`` (argument_store.py) builds on this the writes and searches of every kind; kept
apart so that both modules stay a readable size. The store talks to SQLite through the standard
library's sqlite3 (via ``database.connect``, which sets the project's pragmas), and to a team
database through team_connection.py, with the same statements.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from regio_desktop.problems import Problem, problem
from regio_desktop.world.argument_search import SearchIndex
from regio_desktop.world.audit_trail import AuditRow, audit_rows, install_profile_triggers, os_user
from regio_desktop.world.database import connect
from regio_desktop.world.evidence_records import (
    ArgumentRecord,
    EvidenceError,
    KnownCodes,
    SourceRecord,
)
from regio_desktop.world.record_kinds import SOURCE_KIND, RecordKind, RecordT
from regio_desktop.world.record_versions import stored_record
from regio_desktop.world.store_faults import duplicate_key, store_problem
from regio_desktop.world.team_connection import TeamConnection, read_frame
from regio_desktop.world.team_database import TeamAddress, is_team_address, parse_address
from regio_desktop.world.vocabulary import ALIGNMENTS


class StoreCore:
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
        self._world_codes: tuple[Any, set[str], set[str]] | None = None
        self._login_refusal: tuple[Problem | None] | None = None

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
            if not self.readonly:
                install_profile_triggers(con, os_user())
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

    def _unchanged(self, con: Any, kind: RecordKind[RecordT], expected: RecordT) -> int:
        """Refuse, inside a write transaction, when the stored record is not ``expected``;
        the stored record's version otherwise (the write that follows is conditional on it)."""
        stored = stored_record(con, kind, expected.id)
        if stored is None or stored != kind.as_stored(expected):
            raise EvidenceError(problem(kind.changed_code, id=expected.id))
        return stored.row_version

    def login_refusal(self) -> Problem | None:
        """Why this store's team login may not write (its role is a viewer), or None: a profile,
        an editor, or a server that could not be asked. Asked once and kept, whatever the
        answer (the window reads it on every update of its actions, and a server gone must not
        be asked again each time); the server enforces the rights either way."""
        if self.team is None:
            return None
        if self._login_refusal is None:
            refusal = None
            try:
                with self._faults():
                    con = self._connection()
                    row = con.execute(
                        "SELECT has_table_privilege('arguments', 'INSERT')"
                    ).fetchone()
                if not row[0]:
                    refusal = problem(
                        "team_login_reads_only", user=self.team.login, database=self.team.database
                    )
            except EvidenceError:
                pass  # unknown: a write goes to the server, which decides
            self._login_refusal = (refusal,)
        return self._login_refusal[0]

    # --- reading any kind ----------------------------------------------------------------------
    def records(self, kind: RecordKind[RecordT]) -> pd.DataFrame:
        """Every record of ``kind``, one row each, indexed by its key."""
        with self._faults():
            frame = read_frame(self._connection(), kind.select)
        return frame.set_index(kind.key, drop=False)

    def record(self, kind: RecordKind[RecordT], record_id: str) -> RecordT:
        """One record as stored now, with the version it is at."""
        with self._faults():
            found = stored_record(self._connection(), kind, record_id)
        if found is None:
            raise EvidenceError(problem(kind.missing_code, id=record_id))
        return found

    def history(self, kind: RecordKind[Any], record_id: str) -> list[AuditRow]:
        """Who wrote the record and when, newest first (the audit's rows of it)."""
        with self._faults():
            return audit_rows(self._connection(), table=kind.table, record_id=record_id)

    def audit(self, record_id: str | None = None, limit: int = 1000) -> list[AuditRow]:
        """The audit, newest first: every write of the team's (or the profile's) own arguments
        and sources, or of the records with one id."""
        with self._faults():
            return audit_rows(self._connection(), record_id=record_id, limit=limit)

    def _known(self) -> KnownCodes:
        """The codes a record may name. The states and blocs are the shipped world's, read once
        per connection (nothing the store writes changes them); the sources are read each time,
        since other stores add them."""
        with self._faults():
            con = self._connection()
            if self._world_codes is None or self._world_codes[0] is not con:
                blocs = {r[0] for r in con.execute("SELECT code FROM blocs")}
                states = {r[0] for r in con.execute("SELECT iso3 FROM states")}
                self._world_codes = (con, states, blocs)
            _, states, blocs = self._world_codes
            return KnownCodes(
                states=set(states),
                targets={
                    "alignment": set(ALIGNMENTS),
                    "membership": set(blocs),
                    "bloc": set(blocs),
                },
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
