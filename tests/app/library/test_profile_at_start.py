"""The profile database at start: a damaged file is moved aside and the user's arguments and
sources recovered (the window says how many), a schema that is not what it says is handled the
same way, and a full disk or a read-only folder is named as such, not as "may be damaged"."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.shell.launch import start_failure_text, start_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.world import database, database_faults
from regio_desktop.world.database import USER_DATABASE_NAME
from tests.schema_helpers import make_schema_0001, run_sql

USER_ARGUMENTS = 300


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def _profile_with_user_rows(tiny_db: Path, folder: Path, arguments: int) -> Path:
    """A profile as a user left it: a source of their own and ``arguments`` arguments citing it
    (long enough claims that they fill many pages)."""
    path = api.prepare_user_database(folder, tiny_db)
    rows = [
        f"INSERT INTO arguments (id, claim, stance, target_kind, target, themes, strength, "
        f"source_id, origin) VALUES ('user_{n:04d}', 'Claim {n}: {'words of my own ' * 30}', "
        f"'for', 'membership', 'EAEU', '', 2, 'mine', 'user')"
        for n in range(1, arguments + 1)
    ]
    run_sql(
        path,
        "INSERT INTO sources (id, citation, kind, origin) VALUES ('mine', 'My notes', "
        "'article', 'user')",
        *rows,
    )
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def _start(qtbot: QtBot, settings: AppSettings, folder: Path, shipped: Path) -> MainWindow:
    window = start_window(_app(), settings, None, folder, shipped)
    qtbot.addWidget(window)
    window.show()
    return window


def _damage_one_page_of_arguments(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        leaf_pages = [
            r[0]
            for r in con.execute(
                "SELECT pageno FROM dbstat WHERE name = 'arguments' AND pagetype = 'leaf' "
                "ORDER BY pageno"
            )
        ]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table to find a page of the arguments")
    finally:
        con.close()
    assert len(leaf_pages) > 3
    with path.open("r+b") as f:
        f.seek((leaf_pages[len(leaf_pages) // 2] - 1) * page_size)
        f.write(b"\xff" * page_size)


def _user_arguments(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(
            con.execute("SELECT count(*) FROM arguments WHERE origin = 'user'").fetchone()[0]
        )
    finally:
        con.close()


def test_a_damaged_profile_is_moved_aside_and_its_arguments_recovered_row_by_row(
    tiny_db: Path, tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    folder = tmp_path / "profile"
    path = _profile_with_user_rows(tiny_db, folder, USER_ARGUMENTS)
    _damage_one_page_of_arguments(path)

    window = _start(qtbot, app_settings, folder, tiny_db)

    moved = sorted(folder.glob("regio-world.damaged-*.sqlite"))
    assert len(moved) == 1, "the damaged file is kept, renamed with the time"
    saved = _user_arguments(path)
    # One page lost at most a few dozen rows; the rest came back.
    assert USER_ARGUMENTS // 2 < saved <= USER_ARGUMENTS
    banner = window.library.banner
    assert banner.isVisible()
    assert f"{saved} of your arguments and 1 of your sources were recovered" in banner.text()
    assert moved[0].name in banner.text()
    assert not window.evidence.readonly
    assert window.evidence.argument("user_0001").source == "mine"
    window.close_discarding()


def test_a_profile_labelled_0001_that_has_the_0002_table_opens_with_its_arguments(
    tiny_db: Path, tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    folder = tmp_path / "profile"
    path = _profile_with_user_rows(tiny_db, folder, 2)
    make_schema_0001(path)
    run_sql(
        path,
        "CREATE TABLE source_texts (source_id VARCHAR(64) NOT NULL PRIMARY KEY, "
        "format VARCHAR(12) NOT NULL, body TEXT NOT NULL, imported DATETIME NOT NULL)",
    )

    window = _start(qtbot, app_settings, folder, tiny_db)

    assert api.bring_up_to_date(path) is None  # current now
    assert _user_arguments(path) == 2
    assert "2 of your arguments and 1 of your sources were recovered" in (
        window.library.banner.text()
    )
    assert list(folder.glob("regio-world.damaged-*.sqlite"))
    window.close_discarding()


def test_a_full_disk_at_start_is_named_as_such(
    tiny_db: Path, tmp_path: Path, app_settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", no_space)  # the first start copies the shipped file
    with pytest.raises(api.DatabaseError) as refused:
        start_window(_app(), app_settings, None, tmp_path / "profile", tiny_db)
    text = start_failure_text(refused.value)
    assert "is full" in text and "Free some space" in text
    assert "damaged" not in text
    assert not (tmp_path / "profile" / USER_DATABASE_NAME).exists()


def test_a_full_disk_while_upgrading_is_named_as_such(
    tiny_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "profile"
    path = _profile_with_user_rows(tiny_db, folder, 2)
    make_schema_0001(path)
    before = path.read_bytes()

    def upgrade_on_a_full_disk(engine: object) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorname = "SQLITE_FULL"  # as SQLite's own error says it
        raise error

    monkeypatch.setattr(database, "upgrade", upgrade_on_a_full_disk)
    with pytest.raises(api.DatabaseError) as refused:
        api.open_profile(folder, tiny_db)
    assert refused.value.problem is not None
    assert refused.value.problem.code == "profile_disk_full"
    assert not refused.value.damaged
    assert path.read_bytes() == before, "a full disk never moves the profile aside"
    assert not list(folder.glob("*.damaged-*"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to a read-only folder regardless")
def test_a_read_only_profile_folder_at_start_is_named_as_such(
    tiny_db: Path, tmp_path: Path, app_settings: AppSettings
) -> None:
    folder = tmp_path / "profile"
    _profile_with_user_rows(tiny_db, folder, 2)
    folder.chmod(0o555)
    try:
        with pytest.raises(api.DatabaseError) as refused:
            start_window(_app(), app_settings, None, folder, tiny_db)
    finally:
        folder.chmod(0o755)
    text = start_failure_text(refused.value)
    assert "cannot be written" in text and "write permission" in text
    assert "damaged" not in text


def test_a_profile_overwritten_with_garbage_is_moved_aside_and_says_nothing_was_saved(
    tiny_db: Path, tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    folder = tmp_path / "profile"
    path = _profile_with_user_rows(tiny_db, folder, 2)
    path.write_bytes(b"not a database any more " * 4000)

    window = _start(qtbot, app_settings, folder, tiny_db)

    (moved,) = folder.glob("regio-world.damaged-*.sqlite")
    assert moved.read_bytes().startswith(b"not a database any more")
    assert _user_arguments(path) == 0
    text = window.library.banner.text()
    assert "0 of your arguments and 0 of your sources were recovered" in text
    assert not window.evidence.readonly
    window.close_discarding()


def _scramble_cells_of_a_shipped_page(path: Path) -> None:
    """Overwrite the cell pointers of a page of shipped data in the middle of the file, as a
    failing disk would: SQLite still opens the file, and its integrity check lists every damaged
    cell (on the real world's file, thousands of characters)."""
    con = sqlite3.connect(path)
    try:
        leaf_pages = [
            r[0]
            for r in con.execute(
                "SELECT pageno FROM dbstat WHERE pagetype = 'leaf' AND name NOT IN "
                "('arguments', 'sources', 'argument_states', 'source_texts', 'sqlite_schema', 'sqlite_master') "
                "ORDER BY pageno"
            )
        ]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table to find a page of shipped data")
    finally:
        con.close()
    with path.open("r+b") as f:
        f.seek((leaf_pages[len(leaf_pages) // 2 - 1] - 1) * page_size + 8)  # the cell pointers
        f.write(bytes((n * 151 + 7) % 256 for n in range(300)))


def test_a_damaged_profile_is_told_in_a_few_words_and_sqlites_report_kept_beside_it(
    tiny_db: Path, tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    folder = tmp_path / "profile"
    path = _profile_with_user_rows(tiny_db, folder, 1)
    _scramble_cells_of_a_shipped_page(path)
    con = sqlite3.connect(path)
    try:
        report = "\n".join(r[0] for r in con.execute("PRAGMA quick_check"))
    except sqlite3.DatabaseError as error:  # damaged past what the check can walk
        report = str(error)
    finally:
        con.close()
    assert report != "ok"

    window = _start(qtbot, app_settings, folder, tiny_db)

    (moved,) = folder.glob("regio-world.damaged-*.sqlite")
    text = window.library.banner.text()
    checked = "SQLite's integrity check failed on 1 page" in text
    assert checked or "(database disk image is malformed)" in text
    assert "***" not in text and "\\n" not in text and "On tree page" not in text
    assert str(moved) in text, "the banner says where the damaged copy went"
    assert "1 of your arguments and 1 of your sources were recovered" in text
    assert len(text) < 600
    if checked:  # SQLite's own report is kept beside the copy, out of the banner
        kept = moved.with_suffix(".integrity-check.txt")
        assert kept.read_text("utf-8").startswith("*** in database main ***")
    assert _user_arguments(path) == 1
    window.close_discarding()


def test_sqlites_integrity_report_is_summed_up_by_the_pages_it_names() -> None:
    report = "*** in database main ***\n" + "\n".join(
        f"On tree page {296 + n % 4} cell {n}: Offset {50000 + n} out of range 196..4092"
        for n in range(400)
    )
    assert database_faults.integrity_summary(report) == (
        "SQLite's integrity check failed on 4 pages"
    )
    assert database_faults.integrity_summary("row 7 missing from index x\nwrong # of entries") == (
        "SQLite's integrity check found 2 problems"
    )
