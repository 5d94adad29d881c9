"""Opening the user's profile database at start, and recovering it when it is damaged.

The profile holds what the user made (their arguments, sources and imported texts) beside a copy
of the shipped data. When SQLite finds the file damaged, or its tables are not the schema it
names, the file is not refused and left: it is moved aside under a timestamped name (its
write-ahead log with it, so nothing committed is lost), a fresh profile is made from the shipped
database, and every user row SQLite can still read is copied into it: first the whole table,
then row by row (a damaged page loses only the rows on it), and, where the ``sqlite3`` command
is installed, from what its ``.recover`` rebuilds too. A notice says how many were saved.

A second window on the same profile (``in_use``) opens it read-only and says so: two programs
upgrading or refreshing one file at once is what the lock in the window prevents.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from regio_desktop.problems import Problem, problem
from regio_desktop.world.database import (
    USER_DATABASE_NAME,
    check_readable,
    file_uri,
    head_revision,
    prepare_user_database,
    shipped_database,
    stored_revision,
)
from regio_desktop.world.database_faults import DatabaseError, start_problem

ROW_SCAN_LIMIT = 200_000
"""Row ids tried one by one when a table's highest row id cannot be read."""
RECOVER_SECONDS = 120
"""How long the ``sqlite3`` command may take to rebuild a damaged file."""

Row = dict[str, Any]


@dataclass(frozen=True)
class Profile:
    """The profile database as the window should open it, and what to tell the user."""

    path: Path
    readonly: bool = False
    notices: tuple[Problem, ...] = ()


@dataclass
class Salvage:
    """The user's rows read out of a damaged file, by table."""

    tables: dict[str, list[Row]] = field(default_factory=dict)

    def add(self, table: str, rows: Iterable[Row], key: tuple[str, ...]) -> None:
        """Add rows not yet held (the same key: the first reading wins)."""
        held = self.tables.setdefault(table, [])
        seen = {tuple(r.get(k) for k in key) for r in held}
        for row in rows:
            if tuple(row.get(k) for k in key) not in seen:
                held.append(row)
                seen.add(tuple(row.get(k) for k in key))


# What is the user's in a profile, and how rows are told apart (table, filter, key).
USER_ROWS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("sources", "origin = 'user'", ("id",)),
    ("arguments", "origin = 'user'", ("id",)),
    ("argument_states", "1", ("argument_id", "state_iso3")),
    ("source_texts", "1", ("source_id",)),
)


def _readable_rows(con: sqlite3.Connection, table: str, where: str) -> list[Row]:
    """Every row of ``table`` matching ``where`` that SQLite can still read."""
    try:
        columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
    except sqlite3.Error:
        return []
    if not columns:
        return []
    names = ", ".join(f'"{c}"' for c in columns)
    try:
        return [
            dict(zip(columns, r, strict=True))
            for r in con.execute(f'SELECT {names} FROM "{table}" WHERE {where}')
        ]
    except sqlite3.Error:
        pass  # a damaged page on the way: read the rows one by one
    try:
        top = int(con.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0)
    except sqlite3.Error:
        top = ROW_SCAN_LIMIT
    rows: list[Row] = []
    for rowid in range(1, min(top, ROW_SCAN_LIMIT) + 1):
        try:
            row = con.execute(
                f'SELECT {names} FROM "{table}" WHERE rowid = ? AND {where}', (rowid,)
            ).fetchone()
        except sqlite3.Error:
            continue
        if row is not None:
            rows.append(dict(zip(columns, row, strict=True)))
    return rows


def _read_into(salvage: Salvage, path: Path) -> None:
    try:
        con = sqlite3.connect(file_uri(path, "ro"), uri=True)
    except sqlite3.Error:
        return
    try:
        for table, where, key in USER_ROWS:
            salvage.add(table, _readable_rows(con, table, where), key)
    finally:
        con.close()


def _recovered_copy(path: Path, folder: Path) -> Path | None:
    """The file as ``sqlite3 .recover`` rebuilds it, when that command is installed."""
    program = shutil.which("sqlite3")
    if program is None:
        return None
    rebuilt = folder / "recovered.sqlite"
    try:
        sql = subprocess.run(
            [program, str(path), ".recover"],
            capture_output=True,
            timeout=RECOVER_SECONDS,
            check=False,
        ).stdout
        subprocess.run(
            [program, str(rebuilt)], input=sql, capture_output=True, timeout=RECOVER_SECONDS
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return rebuilt if rebuilt.exists() else None


def salvage_user_rows(path: Path) -> Salvage:
    """The user's rows of a damaged profile: read directly, then from ``.recover``'s rebuild."""
    salvage = Salvage()
    _read_into(salvage, path)
    with tempfile.TemporaryDirectory(prefix="regio-recover-") as folder:
        rebuilt = _recovered_copy(path, Path(folder))
        if rebuilt is not None:
            _read_into(salvage, rebuilt)
    return salvage


def write_salvage(target: Path, salvage: Salvage) -> tuple[int, int]:
    """Insert the salvaged rows into a fresh profile, each on its own (a row the new schema
    refuses, or whose source was lost, is left out); returns (arguments, sources) saved."""
    con = sqlite3.connect(target, isolation_level=None)
    saved = {"arguments": 0, "sources": 0}
    try:
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("BEGIN")
        for table, _where, _key in USER_ROWS:
            columns = {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}
            for row in salvage.tables.get(table, []):
                kept = {k: v for k, v in row.items() if k in columns}
                names = ", ".join(f'"{k}"' for k in kept)
                marks = ", ".join("?" for _ in kept)
                con.execute("SAVEPOINT row")
                try:
                    con.execute(
                        f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(kept.values())
                    )
                except sqlite3.Error:
                    con.execute("ROLLBACK TO row")
                else:
                    saved[table] = saved.get(table, 0) + 1
                con.execute("RELEASE row")
        con.execute("COMMIT")
    finally:
        con.close()
    return saved["arguments"], saved["sources"]


def move_aside(path: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged file (and its -wal and -shm files) to ``NAME.damaged-YYYYMMDD-HHMMSS``."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    moved = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    n = 2
    while moved.exists():
        moved = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
        n += 1
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{moved}{suffix}"))
    os.replace(path, moved)
    return moved


def recover_profile(user_dir: Path, shipped: Path, reason: str, details: str = "") -> Profile:
    """Move a damaged profile aside, make a fresh one and copy the user's rows into it.

    ``details`` (SQLite's whole integrity-check report) is written beside the moved copy, as
    ``NAME.damaged-....integrity-check.txt``, for whoever looks into the file; the notice says
    only ``reason``, short, and where the copy went.
    """
    target = user_dir / USER_DATABASE_NAME
    moved = move_aside(target)
    if details:
        with contextlib.suppress(OSError):  # the report is a courtesy; the recovery goes on
            moved.with_suffix(".integrity-check.txt").write_text(details + "\n", "utf-8")
    salvage = salvage_user_rows(moved)
    path = prepare_user_database(user_dir, shipped)
    arguments, sources = write_salvage(path, salvage)
    notice = problem(
        "profile_recovered", reason=reason, moved=str(moved), arguments=arguments, sources=sources
    )
    return Profile(path, notices=(notice,))


def read_only_profile(user_dir: Path, shipped: Path | None = None) -> Profile:
    """The profile opened read-only because its folder cannot be written (a read-only folder, a
    full disk, a home that does not exist); the notice says that nothing will be saved.

    The user's file is read from a copy in a temporary folder, removed when the program ends:
    SQLite cannot open a write-ahead-log file in a folder it may not write (it must make the
    ``-shm`` file beside it), even read-only. A file that is missing, damaged, from another
    schema or cannot be copied leaves the shipped database, without the user's own rows.
    """
    shipped = shipped or shipped_database()
    notice = problem("profile_read_only", folder=str(user_dir))
    target = user_dir / USER_DATABASE_NAME
    try:
        folder = Path(tempfile.mkdtemp(prefix="regio-read-only-"))
    except OSError:
        return Profile(shipped, True, (notice,))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    copy = folder / USER_DATABASE_NAME
    try:
        for suffix in ("", "-wal"):
            if suffix == "" or Path(f"{target}{suffix}").exists():
                shutil.copyfile(f"{target}{suffix}", f"{copy}{suffix}")
        check_readable(copy)
        if stored_revision(copy) == head_revision():
            return Profile(copy, True, (notice,))
    except (DatabaseError, OSError, sqlite3.Error):
        pass  # missing, unreadable, damaged or older: the shipped world
    return Profile(shipped, True, (notice,))


def open_profile(user_dir: Path, shipped: Path | None = None, *, in_use: bool = False) -> Profile:
    """The user's profile database, ready: made on first run, upgraded, refreshed, recovered
    when damaged; read-only when another window holds the profile (``in_use``).

    Raises DatabaseError when it cannot be used (a read-only folder, a full disk, a file from a
    newer program: ``problem`` says which and what to do).
    """
    shipped = shipped or shipped_database()
    target = user_dir / USER_DATABASE_NAME
    if in_use:
        # The other window prepares and writes the file; this one only reads it.
        return Profile(target if target.exists() else shipped, True, (problem("profile_in_use"),))
    try:
        return Profile(prepare_user_database(user_dir, shipped))
    except DatabaseError as exc:
        if not exc.damaged or not target.exists():
            raise
        reason = exc.reason or str(exc.__cause__ or exc)
        details = exc.details
    try:
        return recover_profile(user_dir, shipped, reason, details)
    except OSError as exc:  # the damaged file could not be moved aside or a fresh one made
        raise DatabaseError(str(exc), problem=start_problem(exc, user_dir)) from exc
