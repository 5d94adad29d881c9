"""Decks shared in a team database with every version kept (#17), as scenarios are: saved by
editors as themselves, read by viewers, never changed afterwards; a shared deck carries the
scenario files it names, so that it opens the same anywhere."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import psycopg
import pytest

from regio_desktop import api
from regio_desktop.cli import main

DECKS = api.team_versions.DECKS
TITLE = "Workshop: Kazakhstan"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def one_line(code: int, err: str) -> str:
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1, err
    return err


def _deck_file(folder: Path, yes: int = 3) -> tuple[Path, api.Deck, api.Scenario]:
    """A deck of a preset step with a tally and a step whose scenario is a file beside it."""
    own = api.Scenario(name="KAZ turns east", year=2024).with_alignment("KAZ", "china-centred")
    api.write_scenario(own, folder / "own.regio.json")
    deck = api.Deck(
        title=TITLE,
        steps=(
            api.Step(
                "Where it stands",
                api.ScenarioRef.of_preset("status_quo"),
                question="Is EAEU membership still worth it?",
                options=(api.Option("Yes", yes), api.Option("No", 2)),
            ),
            api.Step("Turning east", api.ScenarioRef.of_file("own.regio.json"), colour_by="EAEU"),
        ),
    )
    path = folder / "workshop.regio-deck.json"
    api.write_deck(deck, path)
    return path, deck, own


def test_two_versions_are_saved_and_both_read_back_whole(
    desk: tuple[str, str, str, str], tmp_path: Path
) -> None:
    as_editor, editor, as_viewer, _ = desk
    _, deck, own = _deck_file(tmp_path)
    writer, reader = api.team_address(as_editor), api.team_address(as_viewer)
    first = api.save_team_deck(writer, deck, "before the room", tmp_path)
    second = api.save_team_deck(writer, deck.with_count(0, 0, 9), "after the vote", tmp_path)
    assert (first.name, first.version, first.author) == (TITLE, 1, editor)
    assert (second.version, second.comment) == (2, "after the vote")
    listed = api.team_versions.list_versions(reader, DECKS)
    assert [(v.name, v.version, v.author, v.comment) for v in listed] == [
        (TITLE, 2, editor, "after the vote"),
        (TITLE, 1, editor, "before the room"),
    ]
    assert api.team_versions.list_versions(reader, api.team_versions.SCENARIOS) == []
    world = api.load_world(as_viewer)
    saved, back, scenarios = api.open_team_deck(reader, TITLE, 1, world)
    assert saved.version == 1 and saved.body
    assert [o.count for o in back.steps[0].options] == [3, 2]
    assert back.steps[0].scenario == api.ScenarioRef.of_preset("status_quo")
    # the step's scenario file went into the shared deck: it no longer needs the file
    assert back.steps[1].scenario == api.ScenarioRef.of_scenario(own)
    assert scenarios[1] == own and len(scenarios) == 2
    newest, latest, none_read = api.open_team_deck(reader, TITLE)
    assert newest.version == 2 and latest.steps[0].options[0].count == 9 and none_read == []
    assert latest.steps[1:] == back.steps[1:]


def test_a_viewer_cannot_save_and_nobody_changes_a_version(
    desk: tuple[str, str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    as_editor, _, as_viewer, _ = desk
    path, deck, _ = _deck_file(tmp_path)
    err = one_line(*run(["decks", "save", str(path), "--db", as_viewer], capsys)[::2])
    assert "refused the change" in err and "may not write shared decks" in err
    with pytest.raises(api.DatabaseError) as refused:
        api.save_team_deck(api.team_address(as_viewer), deck, "", tmp_path)
    assert refused.value.problem is not None
    assert refused.value.problem.code == "team_write_refused"
    api.save_team_deck(api.team_address(as_editor), deck, "", tmp_path)
    with psycopg.connect(as_editor, autocommit=True) as con:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("UPDATE deck_versions SET comment = 'rewritten'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("DELETE FROM deck_versions")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            con.execute(
                "INSERT INTO deck_versions (name, version, body, author, saved, comment) "
                "VALUES ('x', 1, '{}', 'someone_else', now(), '')"
            )
    assert [
        v.version for v in api.team_versions.list_versions(api.team_address(as_viewer), DECKS)
    ] == [1]


def test_the_decks_verb_saves_lists_and_gets_versions(
    desk: tuple[str, str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    as_editor, editor, as_viewer, _ = desk
    path, _, own = _deck_file(tmp_path)
    code, out, _ = run(
        ["decks", "save", str(path), "--comment", "first", "--db", as_editor], capsys
    )
    assert code == 0 and f"saved '{TITLE}' version 1 as {editor}" in out
    _deck_file(tmp_path, yes=11)  # the room voted: the file changes, the next version is saved
    code, out, _ = run(
        ["decks", "save", str(path), "--comment", "voted", "--db", as_editor], capsys
    )
    assert code == 0 and "version 2" in out
    code, out, _ = run(["decks", "--db", as_viewer], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["name"], r["version"], r["author"], r["comment"]) for r in rows] == [
        (TITLE, "2", editor, "voted"),
        (TITLE, "1", editor, "first"),
    ]
    assert all(r["saved"][:4].isdigit() for r in rows)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    back = elsewhere / "back.regio-deck.json"
    code, out, _ = run(
        ["decks", "get", TITLE, "--version", "1", "--output", str(back), "--db", as_viewer], capsys
    )
    assert code == 0 and f"wrote '{TITLE}' version 1 ({editor}," in out
    (tmp_path / "own.regio.json").unlink()  # the version got back needs no file beside it
    deck, scenarios = api.read_deck_file(back, api.load_world(as_viewer))
    assert deck.steps[0].options[0].count == 3 and scenarios[1] == own
    code, out, _ = run(["decks", "get", TITLE, "--output", str(back), "--db", as_viewer], capsys)
    assert code == 0 and "version 2" in out
    assert api.read_deck(back).steps[0].options[0].count == 11


def test_what_is_not_a_fitting_deck_is_refused_in_one_line(
    desk: tuple[str, str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    as_editor, _, as_viewer, _ = desk
    scenario = tmp_path / "a.regio.json"
    api.write_scenario(api.Scenario(name="Not a deck", year=2024), scenario)
    err = one_line(*run(["decks", "save", str(scenario), "--db", as_editor], capsys)[::2])
    assert 'expected "regio-deck"' in err
    unknown = tmp_path / "unknown.regio-deck.json"
    step = api.Step("Nowhere", api.ScenarioRef.of_preset("no_such_preset"))
    api.write_deck(api.Deck(title="Bad", steps=(step,)), unknown)
    err = one_line(*run(["decks", "save", str(unknown), "--db", as_editor], capsys)[::2])
    assert "unknown.regio-deck.json" in err and "no preset 'no_such_preset'" in err
    untitled = tmp_path / "untitled.regio-deck.json"
    api.write_deck(api.Deck(), untitled)
    err = one_line(*run(["decks", "save", str(untitled), "--db", as_editor], capsys)[::2])
    assert "give the deck a title" in err
    assert api.team_versions.list_versions(api.team_address(as_viewer), DECKS) == []
    missing = ["decks", "get", "No such", "--output", str(tmp_path / "n.json"), "--db", as_viewer]
    assert "holds no deck 'No such'" in one_line(*run(missing, capsys)[::2])
    assert "live in a team database" in one_line(*run(["decks"], capsys)[::2])
    err = one_line(*run(["decks", "get", TITLE, "--db", as_viewer], capsys)[::2])
    assert "decks get needs --output FILE" in err
