"""The team database (#17): a PostgreSQL server's address, its engine, and what its refusals mean.

One person's data lives in SQLite files (database.py); a team points the program at a PostgreSQL
database they run, with an address such as ``postgresql://alice@db.example.org:5432/regio``. The
password comes from the address or from ``~/.pgpass`` (libpq reads that file itself, so the
program never stores one). psycopg 3 is the driver; it is imported only when a team address is
used, so that SQLite users pay nothing for it at start.

What goes wrong with a server (a bad address, no answer, a refused login, a database that is not
there or not prepared, a right the role lacks) becomes a ``DatabaseError`` carrying a problem, for
the command line to print in one line and the window to word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, unquote, urlsplit

from regio_desktop.problems import Problem, problem
from regio_desktop.world.database_faults import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy import URL, Engine

TEAM_SCHEMES = ("postgresql", "postgres")
CONNECT_TIMEOUT_S = 5
"""Seconds a connection attempt waits for the server before the address is called unreachable."""
DEFAULT_PORT = 5432


def is_team_address(text: str) -> bool:
    """Whether ``text`` names a team database (``postgresql://...``) rather than a file."""
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme.lower() in TEAM_SCHEMES


@dataclass(frozen=True)
class TeamAddress:
    """A checked team-database address, split into what libpq needs."""

    user: str | None
    password: str | None
    host: str
    port: int
    database: str
    options: tuple[tuple[str, str], ...] = ()

    @property
    def server(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def shown(self) -> str:
        """The address without its password: what messages and files may carry."""
        who = f"{self.user}@" if self.user else ""
        return f"postgresql://{who}{self.server}/{self.database}"

    @property
    def login(self) -> str:
        return self.user or "(your login name)"

    def sqlalchemy_url(self) -> URL:
        from sqlalchemy import URL

        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.database,
            query=dict(self.options),
        )

    def libpq_url(self) -> str:
        """The address as libpq takes it (psycopg, pg_dump), password and options included."""
        from urllib.parse import quote, urlencode

        who = ""
        if self.user:
            who = quote(self.user, safe="")
            if self.password:
                who += ":" + quote(self.password, safe="")
            who += "@"
        query = "?" + urlencode(self.options) if self.options else ""
        return f"postgresql://{who}{self.host}:{self.port}/{quote(self.database, safe='')}{query}"


def _invalid(text: str, code: str) -> DatabaseError:
    shown = re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", text)
    found = problem(code, address=shown[:200])
    return DatabaseError(found.message, problem=found)


def parse_address(text: str) -> TeamAddress:
    """Check a team address (``postgresql://user@host:port/dbname``); a DatabaseError says what
    is wrong with it otherwise."""
    if not is_team_address(text):
        raise _invalid(text, "team_address_not_postgresql")
    parts = urlsplit(text)
    try:
        port = parts.port
    except ValueError:
        raise _invalid(text, "team_address_bad_port") from None
    host = parts.hostname
    if not host:
        raise _invalid(text, "team_address_no_server")
    database = unquote(parts.path.lstrip("/"))
    if not database:
        raise _invalid(text, "team_address_no_database")
    if "/" in database:
        raise _invalid(text, "team_address_no_database")
    return TeamAddress(
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
        host=host,
        port=port or DEFAULT_PORT,
        database=database,
        options=tuple(parse_qsl(parts.query)),
    )


def team_engine(address: TeamAddress) -> Engine:
    """An engine on the team database through psycopg 3; no connection is made until used."""
    from sqlalchemy import create_engine

    return create_engine(
        address.sqlalchemy_url(),
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "regio-desktop"},
        pool_pre_ping=True,
    )


def _driver_error(error: BaseException) -> BaseException:
    """The psycopg error behind ``error`` (SQLAlchemy wraps it), or ``error`` itself."""
    seen: BaseException | None = error
    while seen is not None:
        if type(seen).__module__.startswith("psycopg"):
            return seen
        seen = getattr(seen, "orig", None) or seen.__cause__ or seen.__context__
    return error


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    line = re.sub(r"^connection failed: ", "", line)
    # 'connection to server at "127.0.0.1", port 5999 failed: Connection refused'
    cause = re.search(r"failed: (.+)$", line)
    return (cause.group(1) if cause else line).strip()[:200]


_TABLE_WORDS = {"scenario_versions": "shared scenarios", "deck_versions": "shared decks"}
"""The tables a refusal names, in the words the README and the menus use (a viewer saving a
scenario was told it "may not write scenario_versions")."""


def _table_words(table: str) -> str:
    return _TABLE_WORDS.get(table, table.replace("_", " "))


def server_problem(error: BaseException, address: TeamAddress, *, reading: bool = False) -> Problem:
    """What a refusal from the server (or its silence) means, as a problem with what to do;
    ``reading`` says a missing right refused a read (a login with neither role), not a write."""
    cause = _driver_error(error)
    text = str(cause)
    sqlstate = getattr(cause, "sqlstate", None) or ""
    if sqlstate == "42501" and reading:  # insufficient_privilege
        return problem("team_read_refused", user=address.login, database=address.database)
    if sqlstate == "42501":
        table = re.search(r'(?:table|relation) "?(\w+)', text)
        return problem(
            "team_write_refused",
            user=address.login,
            database=address.database,
            table=_table_words(table.group(1)) if table else "its tables",
        )
    if sqlstate == "42P01":  # undefined_table
        return problem("team_not_prepared", database=address.database, server=address.server)
    lowered = text.lower()
    if "no password supplied" in lowered and address.password is None:
        return problem("team_password_needed", user=address.login, server=address.server)
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return problem("team_login_refused", user=address.login, server=address.server)
    if re.search(r'role "[^"]*" does not exist', text):
        return problem("team_login_refused", user=address.login, server=address.server)
    if re.search(r'database "[^"]*" does not exist', text):
        return problem("team_database_missing", database=address.database, server=address.server)
    if "permission denied for database" in lowered:
        return problem(
            "team_write_refused",
            user=address.login,
            database=address.database,
            table="its tables",
        )
    return problem("team_server_unreachable", server=address.server, reason=_first_line(text))


def server_error(
    error: BaseException, address: TeamAddress, *, reading: bool = False
) -> DatabaseError:
    found = server_problem(error, address, reading=reading)
    return DatabaseError(found.message, problem=found)


_SERVER_CLASSES = ("08", "28", "3D", "53", "57")
"""SQLSTATE classes of the server's refusals and failures, not of a wrong statement: connection
exceptions, authorisation, unknown database, insufficient resources, operator intervention."""


def is_server_error(error: BaseException) -> bool:
    """Whether ``error`` is the server refusing or failing (no connection, a refused login, a
    missing right or table), as opposed to a statement the program got wrong (a bug, raised)."""
    cause = _driver_error(error)
    if not type(cause).__module__.startswith("psycopg"):
        return False
    state = getattr(cause, "sqlstate", None)
    if state is None:  # a connection that failed or was lost carries no SQLSTATE
        return True
    return state[:2] in _SERVER_CLASSES or state in ("42501", "42P01")


__all__ = [
    "TEAM_SCHEMES",
    "TeamAddress",
    "is_server_error",
    "is_team_address",
    "parse_address",
    "server_error",
    "server_problem",
    "team_engine",
]
