"""Loading at start-up without SQLAlchemy or Alembic, and giving exactly what they would give.

The window starts faster when a database file is checked and read through the standard library's
sqlite3; these tests hold that path equal to the SQLAlchemy one and to Alembic's own reading of
the migrations, and check that an old user file is still upgraded.
"""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from alembic.script import ScriptDirectory

from regio_desktop.world.argument_store import ArgumentStore, EvidenceError
from regio_desktop.world.database import (
    USER_DATABASE_NAME,
    DatabaseError,
    alembic_config,
    check_readable,
    head_revision,
    known_revisions,
    prepare_user_database,
    stored_revision,
)
from regio_desktop.world.loaded_world import load_world
from tests.schema_helpers import make_schema_0001, make_schema_0002, run_sql, stamp_revision


def test_a_file_and_its_sqlalchemy_url_load_the_same_world(tiny_db: Path) -> None:
    by_file = load_world(tiny_db)
    by_url = load_world(f"sqlite:///{tiny_db.as_posix()}")
    compared = 0
    for field in dataclasses.fields(by_file):
        mine, theirs = getattr(by_file, field.name), getattr(by_url, field.name)
        if isinstance(mine, pd.DataFrame):
            pd.testing.assert_frame_equal(mine, theirs)
            compared += 1
    assert compared == 13
    # Dates and flags come back as Python dates and booleans, as the engine expects.
    assert isinstance(by_file.blocs["founded"].iloc[0], type(by_url.blocs["founded"].iloc[0]))
    assert by_file.states["post_soviet"].dtype == bool


def test_migration_files_read_as_alembic_reads_them() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == {s.revision: s.down_revision for s in script.walk_revisions()}
    assert head_revision() == script.get_current_head()


def test_loading_a_world_imports_neither_sqlalchemy_nor_alembic(tiny_db: Path) -> None:
    code = (
        "import sys\n"
        "from regio_desktop.world.loaded_world import load_world\n"
        f"world = load_world({str(tiny_db)!r})\n"
        "print(len(world.state_codes), 'sqlalchemy' in sys.modules, 'alembic' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == [str(len(load_world(tiny_db).state_codes)), "False", "False"]


def test_an_older_user_file_is_upgraded_and_keeps_its_rows(tiny_db: Path, tmp_path: Path) -> None:
    user = prepare_user_database(tmp_path, shipped=tiny_db)
    run_sql(
        user,
        "INSERT INTO sources (id, citation, kind, origin) "
        "VALUES ('mine', 'My notes', 'article', 'user')",
    )
    make_schema_0001(user)
    assert stored_revision(user) == "0001"

    prepare_user_database(tmp_path, shipped=tiny_db)

    assert stored_revision(user) == head_revision()
    assert user.with_suffix(".before-upgrade.sqlite").exists()
    con = sqlite3.connect(user)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    mine = con.execute("SELECT citation FROM sources WHERE id = 'mine'").fetchone()
    con.close()
    assert "source_texts" in tables
    assert mine == ("My notes",)


def test_a_0002_file_gains_the_evidence_columns_and_keeps_the_users_arguments(
    tiny_db: Path, tmp_path: Path
) -> None:
    user = tmp_path / USER_DATABASE_NAME
    shutil.copyfile(tiny_db, user)
    make_schema_0002(user)
    run_sql(
        user,
        "INSERT INTO sources (id, citation, kind, origin) "
        "VALUES ('mine', 'My notes', 'article', 'user')",
        "INSERT INTO arguments (id, claim, stance, target_kind, target, themes, strength, "
        "source_id, origin) VALUES ('user_1', 'My claim.', 'for', 'membership', 'EAEU', '', 2, "
        "'mine', 'user')",
    )
    assert stored_revision(user) == "0002"

    prepare_user_database(tmp_path, shipped=tiny_db)

    assert stored_revision(user) == head_revision()
    con = sqlite3.connect(user)
    columns = {
        table: {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
        for table in ("states", "blocs", "corridors", "corridor_states", "arguments")
    }
    mine = con.execute("SELECT claim, reviewed FROM arguments WHERE id = 'user_1'").fetchone()
    con.close()
    assert "focus" in columns["states"] and "preferential_with" in columns["blocs"]
    assert "sanctions_exposure" in columns["corridors"]
    assert {"start", "end", "note"} <= columns["corridor_states"]
    assert "reviewed" in columns["arguments"]
    assert mine == ("My claim.", None)


def test_a_file_from_a_newer_program_is_refused_by_name(tiny_db: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(tiny_db, newer)
    stamp_revision(newer, "9999")
    with pytest.raises(DatabaseError, match=r"newer version.*9999"):
        check_readable(newer)
    with pytest.raises(DatabaseError, match=r"newer\.sqlite"):
        load_world(newer)


def test_a_folder_with_hash_percent_and_question_mark_works(tiny_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "R&D #2 100% ok?"
    user = prepare_user_database(folder, shipped=tiny_db)
    # An upgrade opens the file through SQLAlchemy and Alembic: that path too must hold.
    make_schema_0001(user)
    prepare_user_database(folder, shipped=tiny_db)
    assert stored_revision(user) == head_revision()
    world = load_world(user)
    store = ArgumentStore(user)
    try:
        assert len(store.arguments()) == len(world.arguments)
    finally:
        store.close()
    # Nothing was created beside the folder by a path cut at the '#'.
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]


def test_a_file_missing_a_table_is_named(tiny_db: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    shutil.copyfile(tiny_db, broken)
    run_sql(broken, "DROP TABLE corridor_states")
    with pytest.raises(DatabaseError, match=r"broken\.sqlite.*corridor_states is missing"):
        load_world(broken)


def test_an_argument_store_on_a_file_that_is_not_a_database_says_so(tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite"
    junk.write_text("not a database at all " * 50)
    store = ArgumentStore(junk)
    # Refused as the store refuses anything: an EvidenceError whose problem names the file.
    with pytest.raises(EvidenceError, match=r"notes\.sqlite.*damaged") as refused:
        store.arguments()
    assert [p.code for p in refused.value.problems] == ["database_damaged"]
