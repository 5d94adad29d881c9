"""Deck files: a deck round-trips, a malformed or mismatched file is refused with a problem that
names where it is, and a refused save or read never overwrites the file on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regio_desktop import api
from regio_desktop.deck import checks, file_format

STATUS_QUO = api.ScenarioRef.of_preset("status_quo")


def sample_deck(tmp_path: Path) -> api.Deck:
    scenario = api.Scenario(name="KAZ leaves the CSTO", year=2020).with_membership(
        api.MembershipEdit("KAZ", "CSTO", "leave")
    )
    api.write_scenario(scenario, tmp_path / "leave.regio.json")
    return api.Deck(
        title="Choices",
        description="A test deck",
        steps=(
            api.Step("Where we stand", STATUS_QUO, question="Stay?", colour_by="EAEU"),
            api.Step(
                "Leaving the CSTO",
                api.ScenarioRef.of_file("leave.regio.json"),
                question="Should Kazakhstan leave?",
                notes="Say that the CSTO came in 2002.",
                colour_by="security_coverage",
                show="value",
                state="KAZ",
                options=(api.Option("Yes", 3), api.Option("No", 9)),
            ),
            api.Step(
                "Written in",
                api.ScenarioRef.of_scenario(scenario.renamed("Inline")),
                colour_by="alignment",
                options=(api.Option("Agree"),),
            ),
        ),
    )


def test_a_deck_round_trips(tmp_path: Path) -> None:
    deck = sample_deck(tmp_path)
    path = tmp_path / "choices.regio-deck.json"
    api.write_deck(deck, path)
    assert api.read_deck(path) == deck
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("regio-deck", 1)
    assert data["steps"][1]["scenario"] == {"file": "leave.regio.json"}
    assert data["steps"][1]["options"] == [
        {"label": "Yes", "count": 3},
        {"label": "No", "count": 9},
    ]


def test_read_deck_file_reads_every_scenario(tmp_path: Path, tiny_world: api.World) -> None:
    deck = sample_deck(tmp_path)
    deck = api.Deck(deck.title, deck.description, deck.steps[1:])  # the tiny world has no preset
    path = tmp_path / "choices.regio-deck.json"
    api.write_deck(deck, path)
    read, scenarios = api.read_deck_file(path, tiny_world)
    assert read == deck
    assert [s.name for s in scenarios] == ["KAZ leaves the CSTO", "Inline"]


def test_a_relative_path_follows_the_deck_to_another_folder(tmp_path: Path) -> None:
    deck = sample_deck(tmp_path)
    other = tmp_path / "elsewhere"
    other.mkdir()
    moved = api.rebased_deck(deck, tmp_path, other)
    assert moved.steps[1].scenario.path == "../leave.regio.json"
    assert checks.scenario_of(moved.steps[1].scenario, other).name == "KAZ leaves the CSTO"


def test_edits_return_new_decks(tmp_path: Path) -> None:
    deck = sample_deck(tmp_path)
    moved = deck.with_step_moved(0, 2)
    assert [s.title for s in moved.steps] == ["Leaving the CSTO", "Written in", "Where we stand"]
    assert deck.with_count(1, 0, 5).steps[1].options[0].count == 5
    assert deck.with_count(1, 0, -4).steps[1].options[0].count == 0
    assert not deck.steps[0].tallied and deck.steps[1].tallied
    assert len(deck.without_step(0).steps) == 2


def _problem(text: str) -> api.Problem:
    with pytest.raises(api.DeckFileError) as caught:
        file_format.loads(text)
    return caught.value.problem


BASE = {"format": "regio-deck", "version": 1, "title": "T"}


@pytest.mark.parametrize(
    ("data", "code", "where"),
    [
        ([], "deck_not_object", None),
        ({**BASE, "format": "regio-scenario"}, "deck_wrong_format", None),
        ({**BASE, "version": 2}, "deck_wrong_version", None),
        ({**BASE, "version": True}, "deck_wrong_version", None),
        ({**BASE, "steps": {}}, "deck_expected_list", "steps"),
        ({**BASE, "steps": [3]}, "deck_step_not_object", "steps[0]"),
        ({**BASE, "steps": [{"title": "", "scenario": {}}]}, "deck_empty_text", "steps[0].title"),
        ({**BASE, "steps": [{"title": "A"}]}, "deck_scenario_not_object", "steps[0].scenario"),
        (
            {**BASE, "steps": [{"title": "A", "scenario": {"preset": "x", "file": "y"}}]},
            "deck_scenario_kind",
            "steps[0].scenario",
        ),
        (
            {**BASE, "steps": [{"title": "A", "scenario": {"scenario": {"format": "x"}}}]},
            "deck_inline_scenario",
            "steps[0].scenario.scenario",
        ),
        (
            {
                **BASE,
                "steps": [
                    {"title": "A", "scenario": {"preset": "p"}, "options": [{"label": "a"}] * 2}
                ],
            },
            "deck_option_twice",
            "steps[0].options[1]",
        ),
        (
            {
                **BASE,
                "steps": [
                    {
                        "title": "A",
                        "scenario": {"preset": "p"},
                        "options": [{"label": "a", "count": -1}],
                    }
                ],
            },
            "deck_expected_count",
            "steps[0].options[0].count",
        ),
        (
            {**BASE, "steps": [{"title": "A", "scenario": {"preset": "p"}, "show": "both"}]},
            "deck_not_one_of",
            "steps[0].show",
        ),
    ],
)
def test_a_malformed_deck_names_its_problem(data: object, code: str, where: str | None) -> None:
    found = _problem(json.dumps(data))
    assert found.code == code
    if where is not None:
        assert found.params["where"] == where


def test_an_inline_scenario_keeps_the_scenario_problem() -> None:
    text = json.dumps(
        {**BASE, "steps": [{"title": "A", "scenario": {"scenario": {"format": "x"}}}]}
    )
    with pytest.raises(api.DeckFileError) as caught:
        file_format.loads(text)
    assert caught.value.cause is not None
    assert caught.value.cause.code == "scenario_wrong_format"


def test_a_file_that_is_not_json_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.regio-deck.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(api.DeckFileError) as caught:
        api.read_deck(path)
    assert caught.value.problem.code == "json_invalid"
    assert caught.value.problem.params["file"] == "bad.regio-deck.json"


def test_a_wrong_version_names_the_file_and_leaves_it_alone(tmp_path: Path) -> None:
    path = tmp_path / "future.regio-deck.json"
    text = json.dumps({**BASE, "version": 7})
    path.write_text(text, encoding="utf-8")
    with pytest.raises(api.DeckFileError) as caught:
        api.read_deck(path)
    assert caught.value.file == "future.regio-deck.json"
    assert "version 1" in str(caught.value) and "found 7" in str(caught.value)
    assert path.read_text(encoding="utf-8") == text


def test_a_deck_that_does_not_fit_the_world_lists_every_problem(
    tmp_path: Path, tiny_world: api.World
) -> None:
    deck = api.Deck(
        steps=(
            api.Step("A", api.ScenarioRef.of_preset("no_such_preset")),
            api.Step("B", api.ScenarioRef.of_file("missing.regio.json"), colour_by="XYZ"),
            api.Step(
                "C",
                api.ScenarioRef.of_scenario(api.Scenario().with_alignment("QQQ", "multi-vector")),
                state="ZZZ",
            ),
        )
    )
    path = tmp_path / "unfit.regio-deck.json"
    api.write_deck(deck, path)
    before = path.read_bytes()
    with pytest.raises(api.DeckError) as caught:
        api.read_deck_file(path, tiny_world)
    found = [(p.step, p.problem.code) for p in caught.value.problems]
    assert found == [
        (0, "deck_unknown_preset"),
        (1, "deck_scenario_unreadable"),
        (1, "deck_unknown_colouring"),
        (2, "deck_scenario_unfit"),
        (2, "unknown_state"),
    ]
    assert caught.value.problems[1].cause is not None
    assert caught.value.problems[1].cause.code == "file_unreadable"
    assert "unfit.regio-deck.json" in str(caught.value)
    assert path.read_bytes() == before


def test_a_refused_save_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "keep.regio-deck.json"
    path.write_text("old", encoding="utf-8")
    folder = tmp_path / "a-folder.regio-deck.json"
    folder.mkdir()
    with pytest.raises(api.AtomicWriteError):
        api.write_deck(sample_deck(tmp_path), folder)
    assert path.read_text(encoding="utf-8") == "old"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial.json")]


def test_colour_kinds(tiny_world: api.World) -> None:
    assert api.colour_kind(tiny_world, "alignment") == "alignment"
    assert api.colour_kind(tiny_world, "EAEU") == "bloc"
    assert api.colour_kind(tiny_world, "sanctions_exposure") == "indicator"
    assert api.colour_kind(tiny_world, "eaeu") == ""


def test_tally_table(tmp_path: Path) -> None:
    table = api.tally_table(sample_deck(tmp_path))
    assert list(table.columns) == ["deck", "step", "title", "question", "option", "count"]
    assert table[["step", "option", "count"]].values.tolist() == [
        [2, "Yes", 3],
        [2, "No", 9],
        [3, "Agree", 0],
    ]
    out = tmp_path / "tally.csv"
    api.save_table(table, out)
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith("Choices,2,Leaving the CSTO")
