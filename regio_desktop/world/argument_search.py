"""Full-text search over the arguments: SQLite FTS5 where the library has it, plain Python else.

The index is a temporary table of the store's connection, rebuilt after each write (the corpus
is small). Whatever a user types is turned into quoted terms, so no query syntax ever reaches
SQLite.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

import pandas as pd

from regio_desktop.world.evidence_records import WORD, query_terms


@dataclass
class SearchIndex:
    """Whether FTS5 is in use; the fallback keeps search working without it."""

    fts5: bool = False
    fresh: bool = False
    rows: list[tuple[str, str]] = field(default_factory=list)


def search_documents(arguments: pd.DataFrame, sources: pd.DataFrame) -> list[tuple[str, str]]:
    """(id, searchable text) of each argument: claim, quotation, location and its citation."""
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
        for _, row in arguments.iterrows()
    ]


def build_index(con: sqlite3.Connection, docs: list[tuple[str, str]]) -> SearchIndex:
    """A fresh index of ``docs``: an FTS5 table in the connection's temp schema if it can."""
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
        return SearchIndex(fts5=True, fresh=True)
    except sqlite3.OperationalError:
        if con.in_transaction:
            con.execute("ROLLBACK")
        return SearchIndex(fts5=False, fresh=True, rows=docs)


def fts5_search(con: sqlite3.Connection, terms: list[str], limit: int) -> list[str]:
    """Ids matching every term as a prefix, best (BM25) first."""
    match = " AND ".join('"' + t.replace('"', "") + '"*' for t in terms)
    rows = con.execute(
        "SELECT id FROM temp.argument_search WHERE argument_search "
        "MATCH ? ORDER BY bm25(argument_search) LIMIT ?",
        (match, limit),
    ).fetchall()
    return [r[0] for r in rows]


def plain_search(docs: list[tuple[str, str]], terms: list[str], limit: int) -> list[str]:
    """The same match without FTS5: every term a prefix of a word, most occurrences first."""
    hits = []
    for argument_id, body in docs:
        words = [w.casefold() for w in WORD.findall(body)]
        if all(any(w.startswith(t) for w in words) for t in terms):
            hits.append((-sum(words.count(t) for t in terms), argument_id))
    return [h[1] for h in sorted(hits)[:limit]]


__all__ = ["SearchIndex", "build_index", "fts5_search", "plain_search", "query_terms"]
