"""What a team shares with every version kept (#17): scenarios and decks, the SQL of their tables.

Saving a scenario or a deck under a name adds its next version (1, 2, ...) with the saver's
database role, the time and a short comment; nothing is ever changed or deleted, so every earlier
version can be opened and compared. The body travels as the text its file format writes (the
caller turns it into a Scenario or a Deck: this layer knows only the rows). Two saves of one name
at once are taken in turn (an advisory lock on the table and the name), so neither gets the
other's number.

Each kind has a table of its own (``scenario_versions``, ``deck_versions``) of the same shape and
the same rights: editors may add versions, only as themselves (row-level security checks
``author`` against the role), and nobody may change one; viewers read them (team_schema.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from regio_desktop.problems import problem
from regio_desktop.world.database_faults import DatabaseError
from regio_desktop.world.team_database import TeamAddress, is_server_error, server_error
from regio_desktop.world.team_schema import open_engine

COMMENT_LIMIT = 500
"""Characters of a version's comment: a line or two, not a report."""
NAME_LIMIT = 300
"""Characters of a shared name: the tables' column (migrations 0007 and 0010), as long as a
scenario's name or a deck's title may be."""


@dataclass(frozen=True)
class SharedKind:
    """One kind of versioned record: its table, and the problem that says a version is missing."""

    table: str
    missing: str


SCENARIOS = SharedKind("scenario_versions", "team_scenario_missing")
DECKS = SharedKind("deck_versions", "team_deck_missing")


@dataclass(frozen=True)
class TeamVersion:
    """One saved version: who saved it, when, why; ``body`` only when it was asked for."""

    name: str
    version: int
    author: str
    saved: dt.datetime
    comment: str
    body: str = ""


def _failed(exc: Exception, address: TeamAddress, *, reading: bool = False) -> Exception:
    return server_error(exc, address, reading=reading) if is_server_error(exc) else exc


def save_version(
    address: TeamAddress, kind: SharedKind, name: str, body: str, comment: str = ""
) -> TeamVersion:
    """Add the next version of ``name`` in ``kind``'s table as the connected role; returns it."""
    from sqlalchemy import text

    if len(comment) > COMMENT_LIMIT:
        found = problem("team_comment_too_long", length=len(comment), limit=COMMENT_LIMIT)
        raise DatabaseError(found.message, problem=found)
    engine = open_engine(address)
    try:
        with engine.begin() as conn:
            conn.execute(
                text("SELECT pg_advisory_xact_lock(hashtext(:lock))"),
                {"lock": f"{kind.table}:{name}"},
            )
            row = conn.execute(
                text(
                    f"INSERT INTO {kind.table} (name, version, body, author, saved, comment) "
                    "SELECT CAST(:name AS VARCHAR), COALESCE(MAX(version), 0) + 1, :body, current_user, "
                    "date_trunc('second', localtimestamp), :comment "
                    f"FROM {kind.table} WHERE name = :name "
                    "RETURNING name, version, author, saved, comment"
                ),
                {"name": name, "body": body, "comment": comment.strip()},
            ).one()
    except Exception as exc:
        raise _failed(exc, address) from None
    finally:
        engine.dispose()
    return TeamVersion(*row)


def _read(address: TeamAddress, statement: str, params: dict[str, object]) -> list[Any]:
    """The rows a reading statement returns; the server's refusal as its problem."""
    from sqlalchemy import text

    engine = open_engine(address)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(statement), params).all())
    except Exception as exc:
        raise _failed(exc, address, reading=True) from None
    finally:
        engine.dispose()


def list_versions(
    address: TeamAddress, kind: SharedKind, name: str | None = None
) -> list[TeamVersion]:
    """Every saved version of ``kind`` (of ``name`` only, when given), by name, newest first."""
    where = "WHERE name = :name " if name is not None else ""
    rows = _read(
        address,
        f"SELECT name, version, author, saved, comment FROM {kind.table} "
        f"{where}ORDER BY name, version DESC",
        {"name": name},
    )
    return [TeamVersion(*row) for row in rows]


def read_version(
    address: TeamAddress, kind: SharedKind, name: str, version: int | None = None
) -> TeamVersion:
    """One version with its body: ``version``, or the newest; a DatabaseError when there is none."""
    which = "AND version = :version " if version is not None else ""
    rows = _read(
        address,
        f"SELECT name, version, author, saved, comment, body FROM {kind.table} "
        f"WHERE name = :name {which}ORDER BY version DESC LIMIT 1",
        {"name": name, "version": version},
    )
    if not rows:
        found = problem(
            kind.missing,
            name=name,
            version=str(version) if version is not None else "any",
            database=address.database,
        )
        raise DatabaseError(found.message, problem=found)
    return TeamVersion(*rows[0])
