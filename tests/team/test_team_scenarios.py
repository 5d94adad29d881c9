"""Scenarios shared in a team database with every version kept (#17): saved by editors as
themselves, read by viewers, never changed afterwards."""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path

import psycopg
import pytest

from regio_desktop import api
from regio_desktop.cli import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def _files(tmp_path: Path) -> tuple[Path, Path, api.Scenario, api.Scenario]:
    first = api.Scenario(name="KAZ after 2022", year=2024).with_alignment("KAZ", "china-centred")
    second = first.with_alignment("UZB", "russia-led")
    paths = tmp_path / "v1.regio.json", tmp_path / "v2.regio.json"
    api.write_scenario(first, paths[0])
    api.write_scenario(second, paths[1])
    return paths[0], paths[1], first, second


def test_versions_are_saved_listed_and_opened_again(
    desk: tuple[str, str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    as_editor, editor, as_viewer, _ = desk
    v1, v2, first, second = _files(tmp_path)
    code, out, _ = run(
        ["scenarios", "save", str(v1), "--comment", "baseline", "--db", as_editor], capsys
    )
    assert code == 0 and f"saved 'KAZ after 2022' version 1 as {editor}" in out
    code, out, _ = run(
        ["scenarios", "save", str(v2), "--comment", "UZB too", "--db", as_editor], capsys
    )
    assert code == 0 and "version 2" in out
    code, out, _ = run(["scenarios", "--db", as_viewer], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["name"], r["version"], r["author"], r["comment"]) for r in rows] == [
        ("KAZ after 2022", "2", editor, "UZB too"),
        ("KAZ after 2022", "1", editor, "baseline"),
    ]
    assert all(r["saved"][:4].isdigit() for r in rows)
    back = tmp_path / "back.regio.json"
    code, out, _ = run(
        [
            "scenarios",
            "get",
            "KAZ after 2022",
            "--version",
            "1",
            "--output",
            str(back),
            "--db",
            as_viewer,
        ],
        capsys,
    )
    assert code == 0 and "version 1" in out
    assert api.read_scenario(back) == first
    saved, newest = api.open_team_scenario(api.team_address(as_viewer), "KAZ after 2022")
    assert saved.version == 2 and newest == second


def test_a_viewer_cannot_save_and_nobody_changes_a_version(
    desk: tuple[str, str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    as_editor, _, as_viewer, _ = desk
    v1, _, _, _ = _files(tmp_path)
    code, _, err = run(["scenarios", "save", str(v1), "--db", as_viewer], capsys)
    assert code == 2 and err.count("\n") == 1
    assert "refused the change" in err and "may not write shared scenarios" in err
    assert main(["scenarios", "save", str(v1), "--db", as_editor]) == 0
    with psycopg.connect(as_editor, autocommit=True) as con:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("UPDATE scenario_versions SET comment = 'rewritten'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            con.execute(
                "INSERT INTO scenario_versions (name, version, body, author, saved, comment) "
                "VALUES ('x', 1, '{}', 'someone_else', now(), '')"
            )
    code, _, err = run(
        ["scenarios", "get", "No such", "--output", str(tmp_path / "n.json"), "--db", as_viewer],
        capsys,
    )
    assert code == 2 and "holds no scenario 'No such'" in err
    code, _, err = run(["scenarios"], capsys)
    assert code == 2 and "live in a team database" in err


def test_two_saves_at_once_get_two_numbers(desk: tuple[str, str, str, str]) -> None:
    as_editor, _, _, _ = desk
    address = api.team_address(as_editor)
    scenario = api.Scenario(name="Race", year=2024)
    versions: list[int] = []
    errors: list[BaseException] = []

    def save() -> None:
        try:
            versions.append(api.save_team_scenario(address, scenario, "at once").version)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=save) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(versions) == [1, 2, 3, 4, 5, 6]
