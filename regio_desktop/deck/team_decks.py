"""Team decks as decks (#17): the versions of a facilitator's deck the team database keeps, read
and written in the deck file format, as scenarios are (io/team_scenario_files.py).

A shared deck must mean the same on every machine, so a step that names a scenario file is saved
with that scenario written into the deck (presets ship with the program and stay presets). A deck
is shared under its title. The rows and their SQL live in world/team_versions.py.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from regio_desktop.deck.checks import scenario_of, scenarios
from regio_desktop.deck.file_format import dumps, loads
from regio_desktop.deck.model import Deck, ScenarioRef
from regio_desktop.problems import problem
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.database_faults import DatabaseError
from regio_desktop.world.loaded_world import World
from regio_desktop.world.team_database import TeamAddress
from regio_desktop.world.team_versions import (
    DECKS,
    TeamVersion,
    read_version,
    save_version,
)


def self_contained(deck: Deck, folder: Path | None = None) -> Deck:
    """The deck with every step's scenario file read (relative paths from ``folder``, the deck's)
    and written into it; raises ``ScenarioFileError`` for a file that cannot be read."""
    steps = tuple(
        replace(step, scenario=ScenarioRef.of_scenario(scenario_of(step.scenario, folder)))
        if step.scenario.kind == "file"
        else step
        for step in deck.steps
    )
    return replace(deck, steps=steps)


def save_team_deck(
    address: TeamAddress, deck: Deck, comment: str = "", folder: Path | None = None
) -> TeamVersion:
    """Save ``deck`` as the next version of its title in the team database (as the login of
    ``address``, with the time and ``comment``), its scenario files written into it; returns
    the version saved. An untitled deck is refused: the title is the name it is shared under."""
    name = deck.title.strip()
    if not name:
        found = problem("team_deck_untitled")
        raise DatabaseError(found.message, problem=found)
    return save_version(address, DECKS, name, dumps(self_contained(deck, folder)), comment)


def open_team_deck(
    address: TeamAddress, name: str, version: int | None = None, world: World | None = None
) -> tuple[TeamVersion, Deck, list[Scenario]]:
    """A saved version of a team deck (the newest unless ``version``), parsed as a deck file is
    (``DeckFileError`` when it does not), with every step's scenario read and checked against
    ``world`` when one is given (``DeckError`` listing every problem; none without a world)."""
    saved = read_version(address, DECKS, name, version)
    deck = loads(saved.body, f"{name} (version {saved.version})")
    return saved, deck, scenarios(world, deck) if world is not None else []
