"""The user's arguments and sources in their working database: read, add, edit, delete, search.

Shipped rows are read-only here (``origin='shipped'``): an analyst edits a copy. Every write is
one transaction, and deleting a source that arguments still cite is refused. Search uses SQLite
FTS5 where the library has it (a temporary index rebuilt after each write: the corpus is small)
and a plain Python match otherwise; any text a user types is turned into quoted terms, so no
query syntax ever reaches SQLite.

The store talks to SQLite through the standard library's sqlite3 (via ``database.connect``, which
sets the project's pragmas), not SQLAlchemy: it is SQLite-specific anyway (FTS5, the temp
schema), and the window opens a store at start-up, where importing SQLAlchemy would cost more
than building the window.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from regio_desktop.world.data_files import ARGUMENT_COLUMNS, SOURCE_COLUMNS
from regio_desktop.world.database import connect
from regio_desktop.world.vocabulary import SOURCE_KINDS, STANCES, TARGET_KINDS, THEMES

ARGUMENT_FIELDS = (*ARGUMENT_COLUMNS, "origin")
SOURCE_FIELDS = (*SOURCE_COLUMNS, "origin")
_WORD = re.compile(r"\w+", re.UNICODE)


class EvidenceError(ValueError):
    """An argument or source that cannot be written, with the reason in plain words."""


@dataclass(frozen=True)
class ArgumentRecord:
    """One argument as the editor and import/export see it."""

    id: str
    claim: str
    stance: str
    target_kind: str
    target: str
    source: str
    states: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    strength: int = 2
    location: str = ""
    quote: str = ""
    origin: str = "user"


@dataclass(frozen=True)
class SourceRecord:
    """One source: a full citation and where to find it."""

    id: str
    citation: str
    kind: str = "article"
    url: str = ""
    accessed: dt.date | None = None
    licence: str = ""
    origin: str = "user"


@dataclass
class SearchIndex:
    """Whether FTS5 is in use; the fallback keeps search working without it."""

    fts5: bool = False
    fresh: bool = False
    rows: list[tuple[str, str]] = field(default_factory=list)


def query_terms(user_text: str) -> list[str]:
    """The words of what a user typed, lower-cased; punctuation and operators are dropped."""
    return [w.casefold() for w in _WORD.findall(user_text)][:20]


def problems_of_argument(
    record: ArgumentRecord,
    known_states: Iterable[str],
    known_targets: dict[str, set[str]],
    known_sources: set[str],
) -> list[str]:
    """Every reason the record cannot be stored (empty list: fine)."""
    problems = []
    if not record.id.strip():
        problems.append("the id is empty")
    if not record.claim.strip():
        problems.append("the claim is empty")
    if record.stance not in STANCES:
        problems.append(f"stance '{record.stance}' is not 'for' or 'against'")
    if record.target_kind not in TARGET_KINDS:
        problems.append(
            f"target kind '{record.target_kind}' is not one of {', '.join(TARGET_KINDS)}"
        )
    elif record.target not in known_targets.get(record.target_kind, set()):
        problems.append(f"unknown {record.target_kind} target '{record.target}'")
    states = set(known_states)
    problems += [f"unknown state code '{s}'" for s in record.states if s not in states]
    problems += [f"unknown theme '{t}'" for t in record.themes if t not in THEMES]
    if not 1 <= record.strength <= 3:
        problems.append(f"strength {record.strength} is not 1, 2 or 3")
    if record.source not in known_sources:
        problems.append(f"unknown source '{record.source}'")
    if len(_WORD.findall(record.quote)) > 25:
        problems.append("the quotation is longer than a short phrase (25 words at most)")
    return problems


class ArgumentStore:
    """Arguments and sources of one database file (the user's working copy, or read-only).

    The store keeps one sqlite3 connection for its life, opened on first use (so on the thread
    that uses it: the GUI thread) and closed by ``close``; a later call opens a new one. One
    connection is what the FTS5 index needs (it lives in that connection's temp schema), and it
    holds no lock between calls: it runs in autocommit mode, so reads see what other stores on
    the same file have committed, and each write is one explicit transaction (``_transaction``).
    """

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self._con: sqlite3.Connection | None = None
        self._index = SearchIndex()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def _connection(self) -> sqlite3.Connection:
        if self._con is None:
            con = connect(self.path, readonly=self.readonly)
            # Autocommit: sqlite3 would otherwise open transactions implicitly (and only before
            # some statements); writes say BEGIN/COMMIT themselves.
            con.isolation_level = None
            self._con = con
            self._index = SearchIndex()  # a temp index belonged to the previous connection
        return self._con

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back if anything fails.

        IMMEDIATE takes the write lock at the start, so a store that shares the file with
        another waits for it (sqlite3's busy timeout) instead of failing halfway.
        """
        if self.readonly:
            raise EvidenceError("this database is open read-only")
        con = self._connection()
        con.execute("BEGIN IMMEDIATE")
        try:
            yield con
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise

    # --- reading -------------------------------------------------------------------------------
    def arguments(self) -> pd.DataFrame:
        """Every argument, with states as a ';'-joined column (empty: all states)."""
        frame = pd.read_sql_query(
            "SELECT a.id, a.claim, a.stance, a.target_kind, a.target, "
            "COALESCE((SELECT group_concat(state_iso3, ';') FROM "
            "  (SELECT state_iso3 FROM argument_states s WHERE s.argument_id = a.id "
            "   ORDER BY state_iso3)), '') AS states, "
            "a.themes, a.strength, a.source_id AS source, COALESCE(a.location, '') AS location,"
            " COALESCE(a.quote, '') AS quote, a.origin FROM arguments a ORDER BY a.id",
            self._connection(),
        )
        return frame.set_index("id", drop=False)

    def sources(self) -> pd.DataFrame:
        frame = pd.read_sql_query(
            "SELECT id, citation, COALESCE(url, '') AS url, accessed, "
            "COALESCE(licence, '') AS licence, kind, origin FROM sources ORDER BY id",
            self._connection(),
        )
        return frame.set_index("id", drop=False)

    def argument(self, argument_id: str) -> ArgumentRecord:
        frame = self.arguments()
        if argument_id not in frame.index:
            raise EvidenceError(f"there is no argument '{argument_id}'")
        row = frame.loc[argument_id]
        return ArgumentRecord(
            id=row["id"],
            claim=row["claim"],
            stance=row["stance"],
            target_kind=row["target_kind"],
            target=row["target"],
            source=row["source"],
            states=tuple(s for s in row["states"].split(";") if s),
            themes=tuple(t for t in row["themes"].split(";") if t),
            strength=int(row["strength"]),
            location=row["location"],
            quote=row["quote"],
            origin=row["origin"],
        )

    def source(self, source_id: str) -> SourceRecord:
        frame = self.sources()
        if source_id not in frame.index:
            raise EvidenceError(f"there is no source '{source_id}'")
        row = frame.loc[source_id]
        # A missing date comes back from pandas as None or NaN (a float, and truthy).
        stored = row["accessed"]
        accessed = (
            dt.date.fromisoformat(stored[:10]) if isinstance(stored, str) and stored else None
        )
        return SourceRecord(
            id=row["id"],
            citation=row["citation"],
            kind=row["kind"],
            url=row["url"],
            accessed=accessed,
            licence=row["licence"],
            origin=row["origin"],
        )

    def arguments_from_source(self, source_id: str) -> pd.DataFrame:
        """The arguments that cite a source (provenance, seen from the source)."""
        frame = self.arguments()
        return frame[frame["source"] == source_id]

    def _known(self) -> tuple[list[str], dict[str, set[str]], set[str]]:
        con = self._connection()
        states = [r[0] for r in con.execute("SELECT iso3 FROM states")]
        blocs = {r[0] for r in con.execute("SELECT code FROM blocs")}
        sources = {r[0] for r in con.execute("SELECT id FROM sources")}
        from regio_desktop.world.vocabulary import ALIGNMENTS

        targets = {"alignment": set(ALIGNMENTS), "membership": blocs, "bloc": blocs}
        return states, targets, sources

    def check_argument(
        self, record: ArgumentRecord, *, extra_sources: Iterable[str] = ()
    ) -> list[str]:
        """Why the record could not be stored, against this database's codes."""
        states, targets, sources = self._known()
        return problems_of_argument(record, states, targets, sources | set(extra_sources))

    def new_argument_id(self) -> str:
        existing = set(self.arguments().index)
        n = 1
        while f"user_{n:04d}" in existing:
            n += 1
        return f"user_{n:04d}"

    def new_source_id(self, hint: str = "") -> str:
        base = "user_" + ("_".join(query_terms(hint)[:3]) or "source")
        base = re.sub(r"[^a-z0-9_]", "", base.encode("ascii", "ignore").decode()) or "user_source"
        existing = set(self.sources().index)
        candidate, n = base[:56], 2
        while candidate in existing:
            candidate, n = f"{base[:52]}_{n}", n + 1
        return candidate

    # --- writing -------------------------------------------------------------------------------
    def _writable(self, origin: str, what: str) -> None:
        if self.readonly:
            raise EvidenceError("this database is open read-only")
        if origin != "user":
            raise EvidenceError(
                f"{what} comes with the program and cannot be changed; "
                "duplicate it to make your own version"
            )

    def add_argument(self, record: ArgumentRecord) -> None:
        self._writable(record.origin, f"argument '{record.id}'")
        self.write_arguments([record], replace=False)

    def update_argument(self, record: ArgumentRecord) -> None:
        current = self.argument(record.id)
        self._writable(current.origin, f"argument '{record.id}'")
        self.write_arguments([record], replace=True)

    def delete_argument(self, argument_id: str) -> ArgumentRecord:
        """Delete a user argument and return it (so an undo can put it back)."""
        record = self.argument(argument_id)
        self._writable(record.origin, f"argument '{argument_id}'")
        with self._transaction() as con:
            con.execute("DELETE FROM argument_states WHERE argument_id = :id", {"id": argument_id})
            con.execute("DELETE FROM arguments WHERE id = :id", {"id": argument_id})
        self._index.fresh = False
        return record

    def write_arguments(
        self, records: list[ArgumentRecord], *, replace: bool, sources: Sequence[SourceRecord] = ()
    ) -> None:
        """Insert (or replace) arguments and new sources in one transaction: all or nothing."""
        if self.readonly:
            raise EvidenceError("this database is open read-only")
        states, targets, known_sources = self._known()
        known_sources |= {s.id for s in sources}
        for record in records:
            problems = problems_of_argument(record, states, targets, known_sources)
            if problems:
                raise EvidenceError(f"argument '{record.id}': {'; '.join(problems)}")
        with self._transaction() as con:
            for source in sources:
                self._insert_source(con, source, replace=False)
            for record in records:
                if replace:
                    con.execute(
                        "DELETE FROM argument_states WHERE argument_id = :id", {"id": record.id}
                    )
                verb = "INSERT OR REPLACE" if replace else "INSERT"
                try:
                    con.execute(
                        f"{verb} INTO arguments (id, claim, stance, target_kind, target, themes, "
                        "strength, source_id, location, quote, origin) VALUES (:id, :claim, "
                        ":stance, :target_kind, :target, :themes, :strength, :source, :location,"
                        " :quote, 'user')",
                        {
                            "id": record.id,
                            "claim": record.claim.strip(),
                            "stance": record.stance,
                            "target_kind": record.target_kind,
                            "target": record.target,
                            "themes": ";".join(record.themes),
                            "strength": record.strength,
                            "source": record.source,
                            "location": record.location.strip() or None,
                            "quote": record.quote.strip().strip('"“”«»') or None,
                        },
                    )
                except sqlite3.IntegrityError as exc:
                    if "UNIQUE" in str(exc) or "PRIMARY KEY" in str(exc):
                        raise EvidenceError(
                            f"an argument with id '{record.id}' already exists"
                        ) from None
                    raise
                for state in record.states:
                    con.execute(
                        "INSERT INTO argument_states (argument_id, state_iso3) VALUES (:a, :s)",
                        {"a": record.id, "s": state},
                    )
        self._index.fresh = False

    @staticmethod
    def _insert_source(con: sqlite3.Connection, record: SourceRecord, *, replace: bool) -> None:
        if not record.citation.strip():
            raise EvidenceError(f"source '{record.id}': the citation is empty")
        if record.kind not in SOURCE_KINDS:
            raise EvidenceError(
                f"source '{record.id}': kind '{record.kind}' is not one of "
                f"{', '.join(SOURCE_KINDS)}"
            )
        # Replacing updates the row in place: INSERT OR REPLACE would delete it first, and the
        # delete would cascade to the source's imported text.
        upsert = (
            " ON CONFLICT(id) DO UPDATE SET citation = excluded.citation, url = excluded.url,"
            " accessed = excluded.accessed, licence = excluded.licence, kind = excluded.kind,"
            " origin = excluded.origin"
            if replace
            else ""
        )
        try:
            con.execute(
                "INSERT INTO sources (id, citation, url, accessed, licence, kind, origin) "
                "VALUES (:id, :citation, :url, :accessed, :licence, :kind, 'user')" + upsert,
                {
                    "id": record.id,
                    "citation": record.citation.strip(),
                    "url": record.url or None,
                    # ISO text, as SQLAlchemy's Date column reads and writes it (and without
                    # sqlite3's default date adapter, deprecated since Python 3.12).
                    "accessed": (
                        record.accessed.isoformat()
                        if isinstance(record.accessed, dt.date)
                        else None
                    ),
                    "licence": record.licence or None,
                    "kind": record.kind,
                },
            )
        except sqlite3.IntegrityError as exc:
            if "UNIQUE" in str(exc) or "PRIMARY KEY" in str(exc):
                raise EvidenceError(f"a source with id '{record.id}' already exists") from None
            raise

    def add_source(self, record: SourceRecord) -> None:
        self._writable(record.origin, f"source '{record.id}'")
        with self._transaction() as con:
            self._insert_source(con, record, replace=False)
        self._index.fresh = False

    def update_source(self, record: SourceRecord) -> None:
        self._writable(self.source(record.id).origin, f"source '{record.id}'")
        with self._transaction() as con:
            self._insert_source(con, record, replace=True)
        self._index.fresh = False

    def delete_source(self, source_id: str) -> SourceRecord:
        record = self.source(source_id)
        self._writable(record.origin, f"source '{source_id}'")
        citing = self.arguments_from_source(source_id)
        if not citing.empty:
            raise EvidenceError(
                f"source '{source_id}' is cited by {len(citing)} argument(s) "
                f"({', '.join(citing.index[:5])}); delete or re-cite them first"
            )
        with self._transaction() as con:
            con.execute("DELETE FROM sources WHERE id = :id", {"id": source_id})
        self._index.fresh = False
        return record

    # --- imported texts ------------------------------------------------------------------------
    def import_source_text(self, record: SourceRecord, body: str, fmt: str) -> None:
        """Store a new source with its full text, in one transaction."""
        self._writable(record.origin, f"source '{record.id}'")
        with self._transaction() as con:
            self._insert_source(con, record, replace=False)
            con.execute(
                "INSERT INTO source_texts (source_id, format, body, imported) "
                "VALUES (:id, :format, :body, :imported)",
                {
                    "id": record.id,
                    "format": fmt,
                    "body": body,
                    "imported": dt.datetime.now().replace(microsecond=0).isoformat(" "),
                },
            )
        self._index.fresh = False

    def source_text(self, source_id: str) -> tuple[str, str] | None:
        """(format, body) of an imported source, or None for sources without a stored text."""
        row = (
            self._connection()
            .execute(
                "SELECT format, body FROM source_texts WHERE source_id = :id", {"id": source_id}
            )
            .fetchone()
        )
        return (row[0], row[1]) if row else None

    def sources_with_text(self) -> list[str]:
        con = self._connection()
        return [r[0] for r in con.execute("SELECT source_id FROM source_texts ORDER BY source_id")]

    # --- search --------------------------------------------------------------------------------
    def _documents(self) -> list[tuple[str, str]]:
        args, sources = self.arguments(), self.sources()
        citations = sources["citation"].to_dict()
        return [
            (
                row["id"],
                " ".join(
                    [
                        row["claim"],
                        row["quote"],
                        row["location"],
                        citations.get(row["source"], ""),
                        row["source"],
                    ]
                ),
            )
            for _, row in args.iterrows()
        ]

    def _refresh_index(self, con: sqlite3.Connection) -> None:
        docs = self._documents()
        try:
            # One transaction for the whole rebuild (autocommit would commit each row); it only
            # writes the connection's temp schema, so it takes no lock on the file and works on
            # a read-only store too.
            con.execute("BEGIN")
            con.execute("DROP TABLE IF EXISTS temp.argument_search")
            con.execute(
                "CREATE VIRTUAL TABLE temp.argument_search USING fts5("
                "id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')"
            )
            con.executemany("INSERT INTO temp.argument_search (id, body) VALUES (?, ?)", docs)
            con.execute("COMMIT")
            self._index = SearchIndex(fts5=True, fresh=True)
        except sqlite3.OperationalError:
            if con.in_transaction:
                con.execute("ROLLBACK")
            self._index = SearchIndex(fts5=False, fresh=True, rows=docs)

    def search(self, user_text: str, limit: int = 200, *, use_fts5: bool = True) -> list[str]:
        """Ids of the arguments matching every word typed (prefixes too), best first."""
        terms = query_terms(user_text)
        if not terms:
            return []
        con = self._connection()
        if not self._index.fresh:
            self._refresh_index(con)
        if self._index.fts5 and use_fts5:
            match = " AND ".join('"' + t.replace('"', "") + '"*' for t in terms)
            rows = con.execute(
                "SELECT id FROM temp.argument_search WHERE argument_search "
                "MATCH ? ORDER BY bm25(argument_search) LIMIT ?",
                (match, limit),
            ).fetchall()
            return [r[0] for r in rows]
        docs = self._index.rows or self._documents()
        hits = []
        for argument_id, body in docs:
            words = [w.casefold() for w in _WORD.findall(body)]
            if all(any(w.startswith(t) for w in words) for t in terms):
                hits.append((-sum(words.count(t) for t in terms), argument_id))
        return [h[1] for h in sorted(hits)[:limit]]
