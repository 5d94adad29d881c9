"""Why SQLite refused to write the user's database, as a problem the window can word.

SQLite says what went wrong in an error code (``SQLITE_READONLY``, ``SQLITE_FULL``,
``SQLITE_BUSY``, ``SQLITE_CORRUPT``, ...); its messages ("attempt to write a readonly database")
say nothing of what to do. Here each code becomes a problem that tells a read-only file from a
read-only folder, a full disk, another program holding the file and a damaged file, so that the
user knows whether to change a permission, free space, wait, or restart (a damaged profile is
moved aside and recovered at start, profile_recovery.py). These are faults of the moment, not
refusals of the edit: the edit is kept so that it can be tried again (``WRITE_FAULTS``).

``DatabaseError`` (a database that cannot be used at all) lives here too, so that it can carry
what ``start_problem`` finds at start: a read-only folder or a full disk is said as such, and
only a file that is itself damaged is marked ``damaged`` (and recovered).
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from pathlib import Path

from regio_desktop.problems import Problem, problem

WRITE_FAULTS = frozenset(
    {
        "database_file_read_only",
        "database_folder_read_only",
        "database_refuses_writes",
        "disk_full",
        "database_locked",
        "database_damaged",
        "database_write_failed",
        "team_server_unreachable",
        "team_server_silent",
        "team_offline",
    }
)
"""Codes of a write that failed for a reason outside the edit: trying again can succeed."""

LOW_SPACE_BYTES = 1 << 20
"""Free space under which an I/O error while writing is taken for a full disk."""


def sqlite_cause(error: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind ``error`` (pandas wraps it in an error of its own)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, sqlite3.Error):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _folder_writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def _low_on_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def read_only_problem(path: Path, reason: str) -> Problem:
    """A refused write told apart: the file read-only, its folder read-only, or neither seen."""
    if path.exists() and not os.access(path, os.W_OK):
        return problem("database_file_read_only", file=str(path))
    if not _folder_writable(path.parent):
        return problem("database_folder_read_only", folder=str(path.parent))
    return problem("database_refuses_writes", file=str(path), reason=reason)


def write_problem(error: BaseException, path: Path) -> Problem:
    """What stopped a write to the database at ``path``, as a problem with what to do."""
    cause = sqlite_cause(error)
    name = (getattr(cause, "sqlite_errorname", "") or "") if cause is not None else ""
    reason = str(cause if cause is not None else error)
    code = getattr(error, "errno", None)
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")) or isinstance(
        error, PermissionError
    ):
        return read_only_problem(path, reason)
    if name == "SQLITE_FULL" or code == errno.ENOSPC:
        return problem("disk_full", file=str(path))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return problem("database_locked", file=str(path))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return problem("database_damaged", file=str(path), reason=reason)
    if name.startswith("SQLITE_IOERR") and _low_on_space(path.parent):
        return problem("disk_full", file=str(path))
    return problem("database_write_failed", file=str(path), reason=reason)


def is_damage(error: BaseException) -> bool:
    """True when SQLite found the file itself damaged or not a database."""
    cause = sqlite_cause(error)
    name = (getattr(cause, "sqlite_errorname", "") or "") if cause is not None else ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


class DatabaseError(Exception):
    """A database that cannot be used, with a message that names the file and the problem.

    ``damaged`` says the file itself is unusable (not SQLite, failing SQLite's check, or a schema
    that is not what it says it is), as opposed to a folder or disk that refuses to be written
    or a file from a newer program: only a damaged profile is moved aside and recovered.
    ``problem``, when set, says the same as data with what to do, for the window to word.
    ``reason`` is why, short enough for a notice ("SQLite's integrity check failed on 3
    pages"); ``details`` what SQLite reported in full (thousands of lines on a badly damaged
    file), which the recovery writes beside the moved-aside copy instead of into a message.
    """

    def __init__(
        self,
        message: str,
        *,
        damaged: bool = False,
        problem: Problem | None = None,
        reason: str = "",
        details: str = "",
    ):
        super().__init__(problem.message if problem is not None else message)
        self.damaged = damaged
        self.problem = problem
        self.reason = reason
        self.details = details


_DAMAGED_PAGE = re.compile(r"\bpage (\d+)", re.IGNORECASE)


def integrity_summary(report: str) -> str:
    """SQLite's integrity-check report in a few words: on how many pages it found damage (or,
    where it names no page, how many problems)."""
    lines = [line for line in report.splitlines() if line and not line.startswith("*** ")]
    pages = {int(m) for m in _DAMAGED_PAGE.findall(report)}
    if pages:
        return f"SQLite's integrity check failed on {len(pages)} page{'s' * (len(pages) != 1)}"
    count = max(len(lines), 1)
    return f"SQLite's integrity check found {count} problem{'s' * (count != 1)}"


def start_problem(error: BaseException, folder: Path) -> Problem | None:
    """What a folder or disk refusing writes at start means for the profile, or None (another
    cause: the file, not its surroundings)."""
    cause = sqlite_cause(error)
    name = (getattr(cause, "sqlite_errorname", "") or "") if cause is not None else ""
    code = getattr(error, "errno", None)
    if name == "SQLITE_FULL" or code == errno.ENOSPC:
        return problem("profile_disk_full", folder=str(folder))
    writable = os.access(folder, os.W_OK | os.X_OK)
    if (
        isinstance(error, PermissionError)
        or code in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOTDIR)
        or (name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")) and not writable)
    ):
        return problem("profile_folder_read_only", folder=str(folder))
    return None
