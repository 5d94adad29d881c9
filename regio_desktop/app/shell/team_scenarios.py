"""Scenario > Save to team… and Open from team…: scenarios shared in the team database (#17).

Saving adds the current scenario as the next version of its name, as the window's login, with a
short comment. Opening lists every version and opens the one chosen as a new unsaved scenario
named with its version, so that two versions can be open side by side and compared (Scenario >
Compare scenarios). The dialogs and the flow are common/team_versions.py's, shared with decks.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from regio_desktop import api
from regio_desktop.app.common.team_versions import TeamVersionActions, TeamVersionTexts

if TYPE_CHECKING:
    from regio_desktop.app.shell.main_window import MainWindow


class TeamScenarioActions(TeamVersionActions[api.Scenario]):
    """The two actions of the Scenario menu and what they do, for one main window."""

    refusal_name = "team_scenario_refusal"

    def __init__(self, window: MainWindow) -> None:
        texts = TeamVersionTexts(
            save=QCoreApplication.translate("TeamScenarios", "Save to &team…"),
            save_tip=QCoreApplication.translate(
                "TeamScenarios",
                "Save this scenario as a new version in the team database, with a comment",
            ),
            open=QCoreApplication.translate("TeamScenarios", "&Open from team…"),
            open_tip=QCoreApplication.translate(
                "TeamScenarios", "Open a saved version of a team scenario, to work on or to compare"
            ),
            open_title=QCoreApplication.translate("TeamScenarios", "Open a scenario from the team"),
            kind=QCoreApplication.translate("TeamScenarios", "Scenario"),
            refusal_title=QCoreApplication.translate("TeamScenarios", "Team scenarios"),
            saved=QCoreApplication.translate(
                "TeamScenarios", "Saved “{name}” as version {version} in the team database."
            ),
        )
        super().__init__(
            window,
            window.evidence.store.team,
            api.team_versions.SCENARIOS,
            texts,
            read_only=window.evidence.readonly,
        )
        self.main_window = window

    def current(self) -> api.Scenario:
        return self.main_window.document.scenario

    def name_of(self, value: api.Scenario) -> str:
        return value.name

    def named(self, value: api.Scenario, name: str) -> api.Scenario:
        return dataclasses.replace(value, name=name)

    def save_value(
        self, address: api.TeamAddress, value: api.Scenario, comment: str
    ) -> api.team_versions.TeamVersion:
        return api.save_team_scenario(address, value, comment)

    def open_version(self, address: api.TeamAddress, chosen: api.team_versions.TeamVersion) -> None:
        world = self.main_window.document.world
        _, scenario = api.open_team_scenario(address, chosen.name, chosen.version, world)
        named = QCoreApplication.translate("TeamScenarios", "{name} (version {version})").format(
            name=chosen.name, version=chosen.version
        )
        self.main_window.session.add_unsaved(dataclasses.replace(scenario, name=named))
