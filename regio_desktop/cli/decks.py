"""`regio-desktop decks`: facilitators' decks shared in a team database, every version kept (#17).

``decks --db URL`` lists the versions (name, version, author, saved, comment); ``decks save
FILE.regio-deck.json [--comment TEXT] --db URL`` checks the deck against the team database's
world (a deck that does not read or fit is refused) and saves it as the next version of its
title, its scenario files written into it; ``decks get NAME [--version N] --output FILE --db
URL`` writes a version (the newest by default) to a deck file. The verb's words are
team_versions.py's, shared with `scenarios`.
"""

from __future__ import annotations

from pathlib import Path

from regio_desktop import api
from regio_desktop.cli import team_versions

NEEDS_WORLD = False
"""The verb reads the world itself, from the team database, only to check a deck it saves."""


def _save(
    address: api.TeamAddress, path: Path, location: str, comment: str
) -> api.team_versions.TeamVersion:
    deck, _ = api.read_deck_file(path, api.load_world(location))
    return api.save_team_deck(address, deck, comment, path.parent)


def _get(
    address: api.TeamAddress, name: str, version: int | None, output: Path
) -> api.team_versions.TeamVersion:
    saved, deck, _ = api.open_team_deck(address, name, version)
    api.write_deck(deck, output)
    return saved


DECKS = team_versions.SharedVerb(
    verb="decks",
    noun="deck",
    help="list, save and get workshop decks in a team database",
    kind=api.team_versions.DECKS,
    save=_save,
    get=_get,
)

add_parser = DECKS.add_parser
run = DECKS.run
