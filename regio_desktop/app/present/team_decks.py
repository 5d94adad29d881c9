"""Deck > Save deck to team… and Open deck from team…: decks shared in the team database (#17).

Saving adds the open deck as the next version of its title, as the window's login, with a short
comment; a step's scenario file goes into the shared deck, so that it opens the same on every
machine. Opening lists every version and makes the one chosen the open deck (after asking about
unsaved changes), with no file of its own until it is saved as one; saving it to the team again
adds the next version. The dialogs and the flow are common/team_versions.py's, shared with the
scenarios.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from regio_desktop import api
from regio_desktop.app.common.team_versions import TeamVersionActions, TeamVersionTexts
from regio_desktop.app.present.deck_document import DeckContents

if TYPE_CHECKING:
    from regio_desktop.app.present.deck_actions import DeckActions

OpenDeck = tuple[api.Deck, Path | None]
"""The deck on show and its folder (where its relative scenario paths are read from)."""


class TeamDeckActions(TeamVersionActions[OpenDeck]):
    """The two team actions of the Deck menu, for the deck of one main window."""

    refusal_name = "team_deck_refusal"

    def __init__(
        self, decks: DeckActions, address: api.TeamAddress | None, read_only: bool = False
    ) -> None:
        texts = TeamVersionTexts(
            save=QCoreApplication.translate("TeamDecks", "Save dec&k to team…"),
            save_tip=QCoreApplication.translate(
                "TeamDecks", "Save this deck as a new version in the team database, with a comment"
            ),
            open=QCoreApplication.translate("TeamDecks", "Open deck from tea&m…"),
            open_tip=QCoreApplication.translate(
                "TeamDecks", "Open a saved version of a team deck, to present or to work on"
            ),
            open_title=QCoreApplication.translate("TeamDecks", "Open a deck from the team"),
            kind=QCoreApplication.translate("TeamDecks", "Deck"),
            refusal_title=QCoreApplication.translate("TeamDecks", "Team decks"),
            saved=QCoreApplication.translate(
                "TeamDecks", "Saved deck “{name}” as version {version} in the team database."
            ),
        )
        super().__init__(decks.window, address, api.team_versions.DECKS, texts, read_only)
        self.decks = decks

    def current(self) -> OpenDeck:
        return self.decks.deck.deck, self.decks.deck.folder

    def name_of(self, value: OpenDeck) -> str:
        return value[0].title

    def named(self, value: OpenDeck, name: str) -> OpenDeck:
        return dataclasses.replace(value[0], title=name), value[1]

    def save_value(
        self, address: api.TeamAddress, value: OpenDeck, comment: str
    ) -> api.team_versions.TeamVersion:
        deck, folder = value
        return api.save_team_deck(address, deck, comment, folder)

    def open_version(self, address: api.TeamAddress, chosen: api.team_versions.TeamVersion) -> None:
        if not self.decks.confirm_discard():
            return
        world = self.decks.document.world
        _, deck, scenarios = api.open_team_deck(address, chosen.name, chosen.version, world)
        self.decks.deck.start(DeckContents(deck, tuple(scenarios)))
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "TeamDecks", "Opened deck “{name}” version {version} from the team database."
            ).format(name=chosen.name, version=chosen.version),
            8000,
        )
