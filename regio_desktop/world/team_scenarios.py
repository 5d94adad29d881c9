"""Scenarios shared in a team database, with versions (#17): the SQL of ``scenario_versions``.

Saving a scenario under a name adds its next version (1, 2, ...) with the saver's database role,
the time and a short comment; nothing is ever changed or deleted, so every earlier version can be
opened and compared. The scenario travels as the text its file format writes (the caller turns
it into a Scenario: this layer knows only the rows). Two saves of one name at once are taken in
turn (an advisory lock on the name), so neither gets the other's number.

Editors may add versions, only as themselves (row-level security checks ``author`` against the
role), and nobody may change one; viewers read them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from regio_desktop.problems import problem
from regio_desktop.world.database_faults import DatabaseError
from regio_desktop.world.team_database import TeamAddress, is_server_error, server_error
from regio_desktop.world.team_schema import open_engine

COMMENT_LIMIT = 500
"""Characters of a version's comment: a line or two, not a report."""


@dataclass(frozen=True)
class ScenarioVersion:
    """One saved version: who saved it, when, why; ``body`` only when it was asked for."""

    name: str
    version: int
    author: str
    saved: dt.datetime
    comment: str
    body: str = ""


def _failed(exc: Exception, address: TeamAddress, *, reading: bool = False) -> Exception:
    return server_error(exc, address, reading=reading) if is_server_error(exc) else exc


def save_version(address: TeamAddress, name: str, body: str, comment: str = "") -> ScenarioVersion:
    """Add the next version of scenario ``name`` as the connected role; returns it."""
    from sqlalchemy import text

    if len(comment) > COMMENT_LIMIT:
        found = problem("team_comment_too_long", length=len(comment), limit=COMMENT_LIMIT)
        raise DatabaseError(found.message, problem=found)
    engine = open_engine(address)
    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": name})
            row = conn.execute(
                text(
                    "INSERT INTO scenario_versions (name, version, body, author, saved, comment) "
                    "SELECT CAST(:name AS VARCHAR), COALESCE(MAX(version), 0) + 1, :body, current_user, "
                    "date_trunc('second', localtimestamp), :comment "
                    "FROM scenario_versions WHERE name = :name "
                    "RETURNING name, version, author, saved, comment"
                ),
                {"name": name, "body": body, "comment": comment.strip()},
            ).one()
    except Exception as exc:
        raise _failed(exc, address) from None
    finally:
        engine.dispose()
    return ScenarioVersion(*row)


def list_versions(address: TeamAddress, name: str | None = None) -> list[ScenarioVersion]:
    """Every saved version (of ``name`` only, when given), by name, newest version first."""
    from sqlalchemy import text

    where = "WHERE name = :name " if name is not None else ""
    engine = open_engine(address)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT name, version, author, saved, comment FROM scenario_versions "
                    f"{where}ORDER BY name, version DESC"
                ),
                {"name": name},
            ).all()
    except Exception as exc:
        raise _failed(exc, address, reading=True) from None
    finally:
        engine.dispose()
    return [ScenarioVersion(*row) for row in rows]


def read_version(address: TeamAddress, name: str, version: int | None = None) -> ScenarioVersion:
    """One version with its body: ``version``, or the newest; a DatabaseError when there is none."""
    from sqlalchemy import text

    which = "AND version = :version " if version is not None else ""
    engine = open_engine(address)
    try:
        with engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT name, version, author, saved, comment, body FROM scenario_versions "
                    f"WHERE name = :name {which}ORDER BY version DESC LIMIT 1"
                ),
                {"name": name, "version": version},
            ).first()
    except Exception as exc:
        raise _failed(exc, address, reading=True) from None
    finally:
        engine.dispose()
    if row is None:
        found = problem(
            "team_scenario_missing",
            name=name,
            version=str(version) if version is not None else "any",
            database=address.database,
        )
        raise DatabaseError(found.message, problem=found)
    return ScenarioVersion(*row)
