"""Team scenarios as scenarios (#17): the versions the team database keeps, read and written in
the scenario file format, so that a shared version is exactly what a file would hold.

The rows and their SQL live in world/team_versions.py; this module adds the scenario's text and
its checks against a world, which the data layer below the scenario package cannot do.
"""

from __future__ import annotations

from regio_desktop.scenario.file_format import dumps, loads
from regio_desktop.scenario.model import Scenario
from regio_desktop.scenario.validation import require_valid
from regio_desktop.world.loaded_world import World
from regio_desktop.world.team_database import TeamAddress
from regio_desktop.world.team_versions import SCENARIOS, TeamVersion, read_version, save_version


def save_team_scenario(address: TeamAddress, scenario: Scenario, comment: str = "") -> TeamVersion:
    """Save ``scenario`` as the next version of its name in the team database (as the login of
    ``address``, with the time and ``comment``); returns the version saved."""
    return save_version(address, SCENARIOS, scenario.name, dumps(scenario), comment)


def open_team_scenario(
    address: TeamAddress, name: str, version: int | None = None, world: World | None = None
) -> tuple[TeamVersion, Scenario]:
    """A saved version of a team scenario (the newest unless ``version``), read as a scenario
    file is read, and checked against ``world`` when one is given."""
    saved = read_version(address, SCENARIOS, name, version)
    scenario = loads(saved.body, f"{name} (version {saved.version})")
    if world is not None:
        require_valid(world, scenario)
    return saved, scenario
