"""Live changes of a team database (#17): the server says what changed, the window listens.

Every write to a team table, by any client (the window, the command line, a script, psql), fires
a trigger that NOTIFYs the channel ``regio_changes`` with a small JSON payload: which kind of
record (argument, source, scenario, deck), its id (a scenario's or a deck's name), what happened,
the version of a saved scenario or deck and the role that wrote it. PostgreSQL delivers a
notification when the writing transaction commits, to every connection that LISTENs on the
channel, and folds identical ones of one transaction into one, so a write that replaces an
argument's states costs a handful of messages, not one per row.

``notice_statements`` are the server objects (one trigger function, one trigger per table); the
team schema installs them at ``db init`` and ``db upgrade`` (team_schema.py). They are not a
migration: a profile file has no use for them, and SQLite has no NOTIFY.

``TeamListener`` holds a connection of its own in LISTEN mode and never blocks: the window waits
for its socket to become readable (``fileno``) and then calls ``drain``, which reads what has
arrived and decodes it. A connection the server dropped makes ``drain`` raise ``TeamLost`` with
the problem to show; TCP keepalives make a server that vanished without closing the connection
(a cable, a sleeping laptop) count as lost within about ten seconds. ``retry_delays`` is the
backoff between attempts to reconnect. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from regio_desktop.problems import Problem, problem
from regio_desktop.world.team_database import (
    CONNECT_TIMEOUT_S,
    TeamAddress,
    is_server_error,
    server_problem,
)

CHANNEL = "regio_changes"
LISTENER_NAME = "regio-desktop-live"
"""The listening connection's application_name (the store's is 'regio-desktop')."""
KINDS = ("argument", "source", "scenario", "deck")
WATCHED: tuple[tuple[str, str, str, str], ...] = (
    # table, kind of record, column holding the record's id, what a row's change means
    ("arguments", "argument", "id", ""),
    ("argument_states", "argument", "argument_id", "update"),
    ("sources", "source", "id", ""),
    ("source_texts", "source", "source_id", "update"),
    ("scenarios", "scenario", "name", ""),
    ("scenario_versions", "scenario", "name", ""),
    ("deck_versions", "deck", "name", ""),
)
"""The tables whose writes are announced. A row of argument_states or source_texts is part of
its argument or source: its insert or delete is an update of that record, never its deletion."""
KEEPALIVE: dict[str, Any] = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 2,
}
"""TCP keepalives on the listening connection: a silent server is found out in about 9 s."""
HEARTBEAT_S = 5.0
"""How often the window asks the server for a sign of life on the listening connection."""
SILENCE_S = 4.0
"""How long a sign of life may take before the server counts as lost. Keepalives alone do not
catch every silence: a proxy, a VPN or a NAT box that stops forwarding still answers them."""

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION regio_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    rec jsonb;
    happened text := lower(TG_OP);
BEGIN
    IF TG_OP = 'DELETE' THEN rec := to_jsonb(OLD); ELSE rec := to_jsonb(NEW); END IF;
    IF TG_ARGV[2] <> '' THEN happened := TG_ARGV[2]; END IF;
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'kind', TG_ARGV[0],
        'id', left(rec ->> TG_ARGV[1], 200),
        'op', happened,
        'version', rec -> 'version',
        'by', current_user)::text);
    RETURN NULL;
END
$$
"""


def notice_statements() -> list[str]:
    """The trigger function and one AFTER trigger per watched table (safe to run again)."""
    statements = [_FUNCTION]
    for table, kind, column, happened in WATCHED:
        statements += [
            f"DROP TRIGGER IF EXISTS regio_live ON {table}",
            f"CREATE TRIGGER regio_live AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION regio_notify_change('{kind}', '{column}', "
            f"'{happened}')",
        ]
    return statements


@dataclass(frozen=True)
class TeamChange:
    """One record changed on the server: ``kind`` 'argument', 'source', 'scenario' or 'deck';
    ``op`` 'insert', 'update' or 'delete'; ``by`` the database role that wrote it; ``backend``
    the server process of the writing connection (a window skips its own)."""

    kind: str
    record_id: str
    op: str
    by: str = ""
    version: int | None = None
    backend: int = 0


def decode(payload: str, backend: int = 0) -> TeamChange | None:
    """A notification's payload as a change; None for one this program did not send."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("kind") not in KINDS:
        return None
    record_id, op = data.get("id"), data.get("op")
    if not isinstance(record_id, str) or op not in ("insert", "update", "delete"):
        return None
    version = data.get("version")
    return TeamChange(
        kind=str(data["kind"]),
        record_id=record_id,
        op=str(op),
        by=str(data.get("by") or ""),
        version=version if isinstance(version, int) else None,
        backend=backend,
    )


class TeamLost(Exception):
    """The listening connection is gone; ``problem`` says why, for the window to word."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _lost(error: BaseException, address: TeamAddress) -> TeamLost:
    return TeamLost(server_problem(error, address))


class TeamListener:
    """A connection of its own that LISTENs on the team database's channel.

    Opening it connects (up to CONNECT_TIMEOUT_S), so the window opens one off its GUI thread
    when reconnecting; ``drain`` never waits.
    """

    def __init__(self, address: TeamAddress) -> None:
        import psycopg

        self.address = address
        self._asked: float | None = None
        """When the unanswered sign of life was asked for (None: none is outstanding)."""
        try:
            self._con: Any = psycopg.connect(
                address.libpq_url(),
                autocommit=True,
                connect_timeout=CONNECT_TIMEOUT_S,
                application_name=LISTENER_NAME,
                **KEEPALIVE,
            )
            self._con.execute(f"LISTEN {CHANNEL}")
            found = self._con.execute(
                "SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'regio_live')"
            ).fetchone()
            self.announcing = bool(found and found[0])
            """Whether the database has the triggers (one prepared before them has not)."""
        except Exception as exc:
            if is_server_error(exc):
                raise _lost(exc, address) from None
            raise

    def fileno(self) -> int:
        """The socket to wait on: readable when a notification (or the end) has arrived."""
        return int(self._con.pgconn.socket)

    @property
    def backend(self) -> int:
        """The server process of this connection."""
        return int(self._con.info.backend_pid)

    def drain(self) -> list[TeamChange]:
        """Every change that has arrived, oldest first; raises TeamLost when the server has
        dropped the connection (the caller then closes this listener and opens a new one)."""
        from psycopg import pq

        pgconn = self._con.pgconn
        try:
            pgconn.consume_input()
        except Exception as exc:
            raise _lost(exc, self.address) from None
        if pgconn.status != pq.ConnStatus.OK:
            raise _lost(
                ConnectionError(pgconn.error_message.decode(errors="replace")), self.address
            )
        if self._asked is not None and not pgconn.is_busy():
            while pgconn.get_result() is not None:
                pass
            self._asked = None
        changes = []
        while (note := pgconn.notifies()) is not None:
            change = decode(note.extra.decode(errors="replace"), note.be_pid)
            if change is not None:
                changes.append(change)
        return changes

    def heartbeat(self, now: float | None = None) -> None:
        """Ask the server for a sign of life (its answer makes the socket readable and ``drain``
        takes it); raises TeamLost when the previous one is unanswered after SILENCE_S."""
        now = time.monotonic() if now is None else now
        if self._asked is not None:
            if now - self._asked > SILENCE_S:
                raise TeamLost(
                    problem("team_server_silent", server=self.address.server, seconds=SILENCE_S)
                )
            return
        pgconn = self._con.pgconn
        try:
            pgconn.send_query(b"SELECT 1")
            pgconn.flush()
        except Exception as exc:
            raise _lost(exc, self.address) from None
        self._asked = now

    def close(self) -> None:
        with contextlib.suppress(Exception):  # a connection the server dropped
            self._con.close()


def open_listener(address: TeamAddress) -> TeamListener | TeamLost:
    """A listener, or why none could be opened (for a worker thread to hand back)."""
    try:
        return TeamListener(address)
    except TeamLost as lost:
        return lost


def store_backend(store: Any) -> int | None:
    """The server process of a team store's open connection, if one is open: the window hears
    its own writes announced too, and skips them by this number."""
    return getattr(getattr(store, "_con", None), "backend_pid", None)


def retry_delays(first: float = 1.0, factor: float = 2.0, most: float = 30.0) -> Iterator[float]:
    """Seconds to wait before each attempt to reconnect: 1, 2, 4, 8, 16, then every 30."""
    delay = first
    while True:
        yield min(delay, most)
        delay *= factor


__all__ = [
    "CHANNEL",
    "TeamChange",
    "TeamListener",
    "TeamLost",
    "decode",
    "notice_statements",
    "open_listener",
    "retry_delays",
    "store_backend",
]
