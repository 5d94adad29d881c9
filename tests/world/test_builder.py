"""The builder turns reviewed CSV into SQLite and refuses bad rows, naming file and line."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from regio_desktop.world.builder import build
from regio_desktop.world.data_files import DataFileError
from tests.conftest import TINY_WORLD_DIR


def _copy_world(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(TINY_WORLD_DIR, target)
    return target


def test_build_counts_rows_per_table(tmp_path: Path) -> None:
    report = build(TINY_WORLD_DIR, tmp_path / "w.sqlite")
    assert report.rows["states"] == 6
    assert report.rows["memberships"] == 20
    con = sqlite3.connect(tmp_path / "w.sqlite")
    assert con.execute("SELECT count(*) FROM argument_states").fetchone()[0] == 2
    assert (
        con.execute("SELECT value FROM meta WHERE key='data_version'").fetchone()[0]
        == report.data_version
    )


def _append(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")


@pytest.mark.parametrize(
    ("file", "line", "message"),
    [
        ("memberships.csv", "KAZ,EAEU,emperor,2016-01-01,,fixture,0,", "'emperor' is not one of"),
        ("memberships.csv", "KAZ,NOPE,member,2016-01-01,,fixture,0,", "unknown bloc code 'NOPE'"),
        ("memberships.csv", "KAZ,WTO,member,2016-13-01,,fixture,0,", "is not a date"),
        ("memberships.csv", "XYZ,WTO,member,2016-01-01,,fixture,0,", "unknown state code 'XYZ'"),
        ("memberships.csv", "UZB,WTO,member,2016-01-01,2015-01-01,fixture,0,", "after end"),
        ("memberships.csv", "KAZ,EAEU,member,2016-01-01,,fixture,0,", "overlaps"),
        ("memberships.csv", "UZB,WTO,member,2016-01-01,,nobody,0,", "unknown source 'nobody'"),
        ("blocs.csv", "X,X,X,X,forum,,2001-01-01,,2,0,0,0,0,0,0,fixture,", "outside 0..1"),
    ],
)
def test_bad_rows_are_refused_with_file_and_line(
    tmp_path: Path, file: str, line: str, message: str
) -> None:
    data = _copy_world(tmp_path)
    _append(data / file, line)
    n_lines = len((data / file).read_text(encoding="utf-8").splitlines())
    with pytest.raises(DataFileError) as info:
        build(data, tmp_path / "w.sqlite")
    assert message in str(info.value)
    assert str(info.value).startswith(f"{file}, line {n_lines}")


def test_failed_build_keeps_the_previous_database(tmp_path: Path) -> None:
    output = tmp_path / "w.sqlite"
    build(TINY_WORLD_DIR, output)
    before = output.read_bytes()
    data = _copy_world(tmp_path)
    _append(data / "states.csv", "ZZZ,Z,Z,Z,x,0,0,,unknown_source")
    with pytest.raises(DataFileError):
        build(data, output)
    assert output.read_bytes() == before
    assert not list(tmp_path.glob(".build-*"))


def test_wrong_header_is_named(tmp_path: Path) -> None:
    data = _copy_world(tmp_path)
    (data / "poles.csv").write_text("code,name\nrussia,Russia\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"poles.csv, line 1: header is code,name"):
        build(data, tmp_path / "w.sqlite")
