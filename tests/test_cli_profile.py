"""`regio-desktop profile`: the user's profile is found where the window keeps it, made on first
use, and takes imported arguments; a profile open in a window is not written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from regio_desktop import api
from regio_desktop.cli import main

SAMPLE = Path(__file__).resolve().parent.parent / "packaging" / "upgrade" / "analyst_argument.csv"


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def test_the_profile_is_made_on_first_use_and_takes_an_import(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = data_home / "Regio Desktop" / "Regio Desktop"
    assert api.profile_folder() == folder
    assert main(["profile"]) == 0
    out = capsys.readouterr().out
    assert f"profile: {folder / 'regio-world.sqlite'}" in out
    assert "own arguments: 0" in out
    assert main(["profile", "--import", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "1 argument(s) and 0 source(s) imported" in out
    assert "argument: user_upgrade_check_001" in out
    # The window reads the same file: the argument is the user's, beside the shipped ones.
    store = api.ArgumentStore(folder / "regio-world.sqlite", readonly=True)
    try:
        assert store.arguments().at["user_upgrade_check_001", "origin"] == "user"
    finally:
        store.close()


def test_an_import_that_writes_nothing_is_bad_input(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["profile", "--import", str(SAMPLE)]) == 0
    capsys.readouterr()
    assert main(["profile", "--import", str(SAMPLE)]) == 2
    captured = capsys.readouterr()
    assert "already exists" in captured.out
    assert "nothing imported" in captured.err


def test_a_profile_open_in_a_window_is_not_written(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = api.profile_folder()
    folder.mkdir(parents=True)
    (folder / api.PROFILE_LOCK_NAME).write_text(f"{os.getpid()}\nregio-desktop\nhost\n")
    assert api.profile_in_use(folder)
    assert main(["profile", "--import", str(SAMPLE)]) == 2
    assert "open in a window" in capsys.readouterr().err
    assert not (folder / "regio-world.sqlite").exists()


def test_a_lock_left_by_an_ended_process_holds_nothing(tmp_path: Path) -> None:
    (tmp_path / api.PROFILE_LOCK_NAME).write_text("999999999\nregio-desktop\nhost\n")
    assert not api.profile_in_use(tmp_path)
    assert not api.profile_in_use(tmp_path / "nowhere")


def test_audit_prints_who_changed_the_profiles_records(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import getpass

    assert main(["import", "arguments", str(SAMPLE)]) == 0
    capsys.readouterr()
    assert main(["audit", "--record", "user_upgrade_check_001"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "at_utc,who,table,record,action,version"
    assert len(lines) == 2 and lines[1].endswith(
        f",{getpass.getuser()},arguments,user_upgrade_check_001,insert,1"
    )
    assert main(["audit", "--record", "nothing_like_it"]) == 0
    assert capsys.readouterr().out.splitlines() == ["at_utc,who,table,record,action,version"]
