"""The schema itself refuses rows that break the rules, whatever code tries to write them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from regio_desktop.world.database import make_engine


@pytest.fixture
def db(tiny_db: Path, tmp_path: Path) -> sqlite3.Connection:
    path = tmp_path / "copy.sqlite"
    shutil.copyfile(tiny_db, path)
    engine = make_engine(path)
    raw = engine.raw_connection()
    return raw.driver_connection  # type: ignore[return-value]


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO memberships (state_iso3, bloc_code, status, start, source_id, estimate) "
        "VALUES ('KAZ', 'WTO', 'overlord', '2020-01-01', 'fixture', 0)",
        'INSERT INTO memberships (state_iso3, bloc_code, status, start, "end", source_id, estimate) '
        "VALUES ('UZB', 'WTO', 'member', '2020-01-01', '2019-01-01', 'fixture', 0)",
        "INSERT INTO memberships (state_iso3, bloc_code, status, start, source_id, estimate) "
        "VALUES ('QQQ', 'WTO', 'member', '2020-01-01', 'fixture', 0)",
        "INSERT INTO memberships (state_iso3, bloc_code, status, start, source_id, estimate) "
        "VALUES ('UZB', 'WTO', 'member', '2020-01-01', 'no_such_source', 0)",
        "INSERT INTO memberships (state_iso3, bloc_code, status, start, source_id, estimate) "
        "VALUES ('KAZ', 'EAEU', 'member', '2015-01-01', 'fixture', 0)",
        "INSERT INTO states (iso3, name_en, name_ru, name_kk, region, landlocked, post_soviet, source_id) "
        "VALUES ('kz', 'x', 'x', 'x', 'x', 0, 0, 'fixture')",
        "INSERT INTO arguments (id, claim, stance, target_kind, target, themes, strength, source_id, origin) "
        "VALUES ('a', 'c', 'maybe', 'bloc', 'EAEU', '', 2, 'fixture', 'user')",
    ],
    ids=["status", "dates", "state-fk", "source-fk", "unique", "iso3", "stance"],
)
def test_constraint_refuses(db: sqlite3.Connection, sql: str) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(sql)
