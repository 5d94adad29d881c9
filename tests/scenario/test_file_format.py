"""Scenario files: the documented shape is read and written back; bad files are named precisely."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regio_desktop.scenario import file_format
from regio_desktop.scenario.file_format import ScenarioFileError
from regio_desktop.scenario.model import MembershipEdit, Scenario

EXAMPLE = {
    "format": "regio-scenario",
    "version": 1,
    "name": "Uzbekistan joins, Kazakhstan balances",
    "year": 2024,
    "memberships": [
        {"state": "UZB", "bloc": "EAEU", "action": "join", "status": "member"},
        {"state": "KAZ", "bloc": "CSTO", "action": "leave"},
    ],
    "alignments": {"KAZ": "multi-vector"},
}


def test_the_issue_example_reads() -> None:
    scenario = file_format.loads(json.dumps(EXAMPLE))
    assert scenario.year == 2024
    assert scenario.membership_edit("UZB", "EAEU") == MembershipEdit(
        "UZB", "EAEU", "join", "member"
    )
    assert scenario.membership_edit("KAZ", "CSTO") == MembershipEdit("KAZ", "CSTO", "leave")
    assert scenario.alignment_map == {"KAZ": "multi-vector"}


def test_round_trip_through_a_file(tmp_path: Path) -> None:
    scenario = (
        Scenario(name="Ёлка / Қазақ", year=2016, description="x", notes="Check:\n- CPC «exempt»")
        .with_membership(MembershipEdit("KGZ", "CSTO", "leave"))
        .with_alignment("KAZ", "china-centred")
        .with_parameter("sanctions_regime", 0.0)
    )
    path = tmp_path / "s.regio.json"
    file_format.write(scenario, path)
    assert file_format.read(path) == scenario
    assert file_format.read(path).notes == "Check:\n- CPC «exempt»"
    assert not list(tmp_path.glob("*.tmp"))


def test_notes_are_written_only_when_there_are_some() -> None:
    assert "notes" not in file_format.scenario_to_dict(Scenario(name="a"))
    assert file_format.scenario_to_dict(Scenario(name="a", notes="n"))["notes"] == "n"
    assert Scenario(notes="a") != Scenario(notes="b")  # an edit of the notes is an edit


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "other"}, 'format: expected "regio-scenario"'),
        ({"version": 7}, "version: this program reads version 1, found 7"),
        ({"year": "2024"}, "year: expected a whole year"),
        ({"memberships": {}}, "memberships: expected a list"),
        (
            {"memberships": [{"state": "UZB", "bloc": "EAEU", "action": "annex"}]},
            "memberships[0].action: expected one of join, leave, set_status",
        ),
        (
            {"memberships": [{"state": "UZB", "bloc": "EAEU", "action": "join", "status": "king"}]},
            'memberships[0].status: "king" is not a status',
        ),
        (
            {
                "memberships": [
                    {"state": "UZB", "bloc": "EAEU", "action": "leave", "status": "member"}
                ]
            },
            "a 'leave' edit takes no status",
        ),
        (
            {"memberships": [{"state": 5, "bloc": "EAEU", "action": "join"}]},
            "memberships[0].state: expected a code as text",
        ),
        ({"alignments": {"KAZ": "neutral"}}, "alignments.KAZ: expected one of"),
        ({"notes": ["a list"]}, "notes: expected text"),
        ({"name": "n" * 301}, "name: 301 characters; a name has at most 300"),
        (
            {"memberships": [{"state": "KAZ", "bloc": "CSTO", "action": "leave"}] * 2},
            "KAZ in CSTO is edited twice",
        ),
    ],
)
def test_malformed_content_is_named(change: dict, message: str) -> None:
    with pytest.raises(ScenarioFileError) as info:
        file_format.loads(json.dumps(EXAMPLE | change))
    assert message in str(info.value)


def test_broken_json_gives_line_and_column() -> None:
    with pytest.raises(ScenarioFileError, match=r"not valid JSON \(line 2, column"):
        file_format.loads('{"format": "regio-scenario",\n  "version": 1,,}')


def test_unreadable_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.regio.json"
    path.write_bytes(b"\xff\xfe\xfa")
    with pytest.raises(ScenarioFileError, match=r"latin1\.regio\.json is not UTF-8"):
        file_format.read(path)
    with pytest.raises(ScenarioFileError, match="cannot be read"):
        file_format.read(tmp_path / "missing.regio.json")


def test_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.regio.json"
    file_format.write(Scenario(name="old"), path)

    def explode(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", explode)
    with pytest.raises(OSError):
        file_format.write(Scenario(name="new"), path)
    assert file_format.read(path).name == "old"


def test_deeply_nested_json_is_refused_with_a_message(tmp_path: Path) -> None:
    """A hostile file nested 100,000 deep raised RecursionError out of every command."""
    path = tmp_path / "deep.regio.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ScenarioFileError, match="nests 100000 levels deep") as caught:
        file_format.read(path)
    assert "deep.regio.json" in str(caught.value)
