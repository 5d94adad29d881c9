"""Making database files look as another version of the program left them, for upgrade tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def run_sql(path: Path, *statements: str) -> None:
    """Run statements on a database file and commit (foreign keys off, as for a raw edit)."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def make_schema_0001(path: Path) -> None:
    """The file as the first schema left it: no source texts table, revision 0001."""
    run_sql(path, "DROP TABLE source_texts", "UPDATE alembic_version SET version_num = '0001'")


def stamp_revision(path: Path, revision: str) -> None:
    """Record another schema revision in the file (e.g. one from a newer program)."""
    run_sql(path, f"UPDATE alembic_version SET version_num = '{revision}'")
