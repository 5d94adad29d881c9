"""Why the argument store could not read or write, for a profile file and a team database alike.

The store catches every failure in one place (``ArgumentStore._faults``) and asks here what it
means: a team server's refusal or silence (team_database.py), a profile file SQLite will not write
(database_faults.py), or nothing known, which the store lets through as the bug it is.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd

from regio_desktop.problems import Problem
from regio_desktop.world.database_faults import DatabaseError, write_problem
from regio_desktop.world.team_database import TeamAddress, is_server_error, server_problem


def store_problem(
    error: BaseException, path: Path | str, team: TeamAddress | None
) -> Problem | None:
    """The problem behind a failed read or write of the store at ``path``, or None (a bug)."""
    if team is not None and is_server_error(error):
        return server_problem(error, team)
    if isinstance(error, DatabaseError) and error.problem is not None:
        return error.problem
    if isinstance(error, sqlite3.Error | pd.errors.DatabaseError | DatabaseError | OSError):
        return write_problem(error, Path(path))
    return None


def duplicate_key(error: BaseException) -> bool:
    """Whether a write failed because the record's id is taken (SQLite's or PostgreSQL's words)."""
    if isinstance(error, sqlite3.IntegrityError):
        return "UNIQUE" in str(error) or "PRIMARY KEY" in str(error)
    return getattr(error, "sqlstate", None) == "23505"  # unique_violation
