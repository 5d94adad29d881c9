"""Opening databases: the user works on a copy, upgrades keep user rows, bad files are named."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from regio_desktop.world.database import (
    USER_DATABASE_NAME,
    DatabaseError,
    check_readable,
    current_revision,
    data_version,
    head_revision,
    make_engine,
    prepare_user_database,
)
from regio_desktop.world.loaded_world import load_world


def test_first_run_copies_the_shipped_file(tiny_db: Path, tmp_path: Path) -> None:
    before = tiny_db.read_bytes()
    user = prepare_user_database(tmp_path / "profile", shipped=tiny_db)
    assert user == tmp_path / "profile" / USER_DATABASE_NAME
    assert data_version(user) == data_version(tiny_db)
    con = sqlite3.connect(user)
    assert con.execute("SELECT count(*) FROM memberships").fetchone()[0] == 20
    con.close()
    assert tiny_db.read_bytes() == before
    assert current_revision(make_engine(user, readonly=True)) == head_revision()


def test_new_shipped_data_keeps_the_users_own_rows(tiny_db: Path, tmp_path: Path) -> None:
    user = prepare_user_database(tmp_path, shipped=tiny_db)
    con = sqlite3.connect(user)
    con.execute(
        "INSERT INTO sources (id, citation, kind, origin) VALUES ('mine', 'My notes', 'article', 'user')"
    )
    con.execute(
        "INSERT INTO arguments (id, claim, stance, target_kind, target, themes, strength, source_id, origin)"
        " VALUES ('u1', 'My own claim', 'for', 'bloc', 'SCO', '', 2, 'mine', 'user')"
    )
    con.execute("DELETE FROM memberships WHERE state_iso3='KGZ'")  # pretend old shipped data
    con.execute("UPDATE meta SET value='old' WHERE key='data_version'")
    con.commit()
    con.close()
    prepare_user_database(tmp_path, shipped=tiny_db)
    con = sqlite3.connect(user)
    assert con.execute("SELECT claim FROM arguments WHERE id='u1'").fetchone() == ("My own claim",)
    assert con.execute("SELECT count(*) FROM memberships WHERE state_iso3='KGZ'").fetchone()[0] == 4
    assert con.execute("SELECT value FROM meta WHERE key='data_version'").fetchone()[0] != "old"


def test_garbage_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match=r"bad\.sqlite"):
        check_readable(bad)
    with pytest.raises(DatabaseError, match="cannot be read"):
        load_world(bad)


def test_damaged_user_database_is_refused_and_left_alone(tiny_db: Path, tmp_path: Path) -> None:
    user = prepare_user_database(tmp_path, shipped=tiny_db)
    data = bytearray(user.read_bytes())
    data[100:4000] = b"\x00" * 3900
    user.write_bytes(bytes(data))
    with pytest.raises(DatabaseError):
        prepare_user_database(tmp_path, shipped=tiny_db)
    assert user.read_bytes() == bytes(data)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        load_world(tmp_path / "nowhere.sqlite")


def test_an_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(DatabaseError, match="not a Regio Desktop database"):
        check_readable(other)


def test_shipped_file_is_opened_read_only(tiny_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "ro.sqlite"
    shutil.copyfile(tiny_db, copy)
    engine = make_engine(copy, readonly=True)
    with engine.connect() as conn, pytest.raises(Exception, match="readonly"):
        conn.exec_driver_sql("DELETE FROM states")
