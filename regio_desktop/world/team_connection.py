"""The argument store's connection to a team database: psycopg 3 speaking the store's SQL.

The store (argument_store.py, record_kinds.py, import_removal.py, source_text_rows.py) writes its
statements once, in the SQL that SQLite and PostgreSQL share, with sqlite3's placeholders
(``:name`` and ``?``) and its calls (``execute``, ``executemany``, ``in_transaction``). This
connection runs the same statements on PostgreSQL, so that one store serves a profile and a team
database alike: placeholders become psycopg's (``%(name)s``, ``%s``), ``BEGIN IMMEDIATE`` (SQLite's
write lock taken up front) becomes ``BEGIN``, and ``group_concat`` becomes ``string_agg``. It runs
in autocommit mode, as the store's sqlite3 connection does, and the store says BEGIN and COMMIT.

``read_frame`` turns a query into a pandas frame on either connection, as pandas'
``read_sql_query`` does for sqlite3 (which it supports for no other DB-API driver).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import pandas as pd

from regio_desktop.world.team_database import CONNECT_TIMEOUT_S, TeamAddress

_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
Parameters = Mapping[str, Any] | Sequence[Any] | None


@lru_cache(maxsize=256)
def translate(sql: str, with_parameters: bool) -> str:
    """A statement written for sqlite3 as psycopg runs it on PostgreSQL."""
    text = sql.replace("BEGIN IMMEDIATE", "BEGIN").replace("group_concat(", "string_agg(")
    if not with_parameters:
        return text
    text = text.replace("%", "%%")
    return _NAMED.sub(r"%(\1)s", text).replace("?", "%s")


class TeamConnection:
    """A psycopg connection in autocommit mode that takes the store's sqlite3-style statements."""

    def __init__(self, address: TeamAddress) -> None:
        import psycopg

        self.address = address
        self._con = psycopg.connect(
            address.libpq_url(),
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="regio-desktop",
        )

    def execute(self, sql: str, parameters: Parameters = None) -> Any:
        given = bool(parameters)
        return self._con.execute(translate(sql, given), parameters if given else None)

    def executemany(self, sql: str, rows: Iterable[Mapping[str, Any] | Sequence[Any]]) -> Any:
        cursor = self._con.cursor()
        cursor.executemany(translate(sql, True), list(rows))
        return cursor

    @property
    def closed(self) -> bool:
        """True once the server has dropped the connection (the store then opens a new one)."""
        return bool(self._con.closed)

    @property
    def backend_pid(self) -> int:
        """The server process serving this connection (a notification names its writer's)."""
        return int(self._con.info.backend_pid)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self._con.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self._con.close()


def read_frame(con: Any, sql: str, parameters: Parameters = None) -> pd.DataFrame:
    """The rows of a query as a frame (columns named as the query names them), on a sqlite3
    connection or a TeamConnection: what pandas' read_sql_query makes of a sqlite3 query."""
    cursor = con.execute(sql, parameters) if parameters else con.execute(sql)
    columns = [d[0] for d in cursor.description]
    return pd.DataFrame.from_records(cursor.fetchall(), columns=columns, coerce_float=True)
