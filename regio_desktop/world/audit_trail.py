"""Who changed which argument or source, and when (#17): the ``audit`` table, written and read.

Each write of a user's argument or source adds one ``audit`` row in the same transaction: who,
when (UTC), the table, the record's id, insert/update/delete, and the version written. On a team
database the triggers of migration 0008 write it with the database role (PostgreSQL's
``session_user``), and editors may only read the table. A profile has no roles: the store puts
the same triggers on its own SQLite connection as temporary ones (a SQLite trigger cannot learn
the OS user), naming the OS user, or 'local' when there is none; every write the store makes goes
through that connection, so none skips the audit.
"""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass
from typing import Any

from regio_desktop.world.team_connection import read_frame

AUDITED_TABLES = ("arguments", "sources")


@dataclass(frozen=True)
class AuditRow:
    """One write of one record."""

    at: dt.datetime
    """When, in UTC."""
    who: str
    table: str
    record_id: str
    action: str
    """'insert', 'update' or 'delete'."""
    row_version: int


def os_user() -> str:
    """Who writes a profile: the OS login name, or 'local' when the system names none."""
    try:
        return getpass.getuser() or "local"
    except (KeyError, OSError):
        return "local"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"


def install_profile_triggers(con: Any, who: str) -> None:
    """Temporary triggers on this sqlite3 connection that audit its writes, naming ``who``
    (nothing when the file has no ``audit`` table: a file of an older schema, read only)."""
    has_audit = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit'"
    ).fetchone()
    if not has_audit:
        return
    name = _literal(who[:64])
    for table in AUDITED_TABLES:
        for action, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
            con.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS regio_audit_{table}_{action} "
                f"AFTER {action.upper()} ON main.{table} FOR EACH ROW "
                f"WHEN {row}.origin = 'user' BEGIN "
                "INSERT INTO audit (at, who, table_name, record_id, action, row_version) "
                f"VALUES ({_NOW}, {name}, '{table}', {row}.id, '{action}', {row}.row_version); "
                "END"
            )


def _at(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def audit_rows(
    con: Any, *, table: str | None = None, record_id: str | None = None, limit: int = 1000
) -> list[AuditRow]:
    """The audit's rows, newest first: of one record (``table`` and ``record_id``), of every
    record with that id, or all of them."""
    where, parameters = [], {}
    if table is not None:
        where.append("table_name = :table")
        parameters["table"] = table
    if record_id is not None:
        where.append("record_id = :record")
        parameters["record"] = record_id
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    frame = read_frame(
        con,
        "SELECT at, who, table_name, record_id, action, row_version FROM audit"
        f"{clause} ORDER BY at DESC, id DESC LIMIT {int(limit)}",
        parameters or None,
    )
    return [
        AuditRow(
            _at(r.at),
            str(r.who),
            str(r.table_name),
            str(r.record_id),
            str(r.action),
            int(r.row_version),
        )
        for r in frame.itertuples(index=False)
    ]
