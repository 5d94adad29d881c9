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


_COLUMNS_0003 = (
    ("states", "focus"),
    ("blocs", "preferential_with"),
    ("corridors", "sanctions_exposure"),
    ("corridor_states", "start"),
    ("corridor_states", "end"),
    ("corridor_states", "note"),
    ("arguments", "reviewed"),
)


def make_schema_0009(path: Path) -> None:
    """The file as the ninth schema left it: no ``deck_versions`` table, revision 0009."""
    run_sql(path, "DROP TABLE deck_versions", "UPDATE alembic_version SET version_num = '0009'")


def make_schema_0007(path: Path) -> None:
    """The file as the seventh schema left it: no ``row_version`` columns, no ``audit`` table,
    revision 0007."""
    make_schema_0009(path)
    run_sql(
        path,
        "DROP TABLE audit",
        'ALTER TABLE arguments DROP COLUMN "row_version"',
        'ALTER TABLE sources DROP COLUMN "row_version"',
        "UPDATE alembic_version SET version_num = '0007'",
    )


def make_schema_0006(path: Path) -> None:
    """The file as the sixth schema left it: no ``scenario_versions`` table, revision 0006."""
    make_schema_0007(path)
    run_sql(path, "DROP TABLE scenario_versions", "UPDATE alembic_version SET version_num = '0006'")


def make_schema_0005(path: Path) -> None:
    """The file as the fifth schema left it: no ``estimate_ranges`` table, revision 0005."""
    make_schema_0006(path)
    run_sql(path, "DROP TABLE estimate_ranges", "UPDATE alembic_version SET version_num = '0005'")


def make_schema_0004(path: Path) -> None:
    """The file as the fourth schema left it: no ``sanctions.transit``, revision 0004."""
    make_schema_0005(path)
    run_sql(
        path,
        'ALTER TABLE sanctions DROP COLUMN "transit"',
        "UPDATE alembic_version SET version_num = '0004'",
    )


def make_schema_0003(path: Path) -> None:
    """The file as the third schema left it: no ``arguments.indicators``, revision 0003."""
    make_schema_0004(path)
    run_sql(
        path,
        'ALTER TABLE arguments DROP COLUMN "indicators"',
        "UPDATE alembic_version SET version_num = '0003'",
    )


def make_schema_0002(path: Path) -> None:
    """The file as the second schema left it: none of 0003's columns, revision 0002."""
    make_schema_0003(path)
    drops = [f'ALTER TABLE {table} DROP COLUMN "{column}"' for table, column in _COLUMNS_0003]
    run_sql(path, *drops, "UPDATE alembic_version SET version_num = '0002'")


def make_schema_0001(path: Path) -> None:
    """The file as the first schema left it: no source texts table, revision 0001."""
    make_schema_0002(path)
    run_sql(path, "DROP TABLE source_texts", "UPDATE alembic_version SET version_num = '0001'")


def stamp_revision(path: Path, revision: str) -> None:
    """Record another schema revision in the file (e.g. one from a newer program)."""
    run_sql(path, f"UPDATE alembic_version SET version_num = '{revision}'")
