"""The decks that ship for workshops: each opens against the shipped world, asks a question at
every step with options to tally, and cites in its notes only sources the database holds."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from regio_desktop import api
from regio_desktop.deck.file_format import dumps
from tests.conftest import REPO_ROOT

DECKS = sorted((REPO_ROOT / "resources" / "decks").glob("*.regio-deck.json"))
CITED = re.compile(r"\[([a-z0-9_]+)\]")


@pytest.fixture(scope="module")
def world() -> api.World:
    return api.load_world(today=dt.date(2026, 11, 23))


def test_two_decks_ship() -> None:
    assert [p.name for p in DECKS] == [
        "from-eurasec-to-eaeu.regio-deck.json",
        "kazakhstan-after-2022.regio-deck.json",
    ]


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.name)
def test_a_shipped_deck_opens_and_cites_known_sources(world: api.World, path: Path) -> None:
    deck, scenarios = api.read_deck_file(path, world)
    assert deck.title and len(deck.steps) >= 5
    for step, scenario in zip(deck.steps, scenarios, strict=True):
        assert step.question.endswith("?")
        assert len(step.options) >= 2 and not step.tallied
        cited = CITED.findall(step.notes)
        assert cited, f"{step.title}: the notes cite no source"
        assert set(cited) <= set(world.sources.index), step.title
        room = api.strongest_arguments(
            world, scenario, step.focus_state(scenario), about=step.colour_by
        )
        assert room.sides["for"] or room.sides["against"], step.title


@pytest.mark.parametrize("path", DECKS, ids=lambda p: p.name)
def test_a_shipped_deck_is_written_as_the_program_writes_it(path: Path) -> None:
    """Saved from the window, a shipped deck keeps every byte (no churn in a diff)."""
    assert dumps(api.read_deck(path)) == path.read_text(encoding="utf-8")


def test_for_leaving_means_against_membership(world: api.World) -> None:
    """The room sees the arguments framed as the workbench frames an edit: for leaving the EAEU
    are the arguments against membership, strongest first."""
    scenario = api.Scenario().with_membership(api.MembershipEdit("KAZ", "EAEU", "leave"))
    room = api.strongest_arguments(world, scenario, "KAZ", count=3)
    assert room.edited
    ids = set(world.arguments.index)
    for side, stance in (("for", "against"), ("against", "for")):
        rows = room.sides[side]
        assert len(rows) == 3 and {str(r["id"]) for r in rows} <= ids
        assert all(r["stance"] == stance and r["on_move"] == side for r in rows)
        strengths = [int(str(r["strength"])) for r in rows]
        assert strengths == sorted(strengths, reverse=True)
