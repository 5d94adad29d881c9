"""`regio-desktop scenarios`: scenarios shared in a team database, every version kept (#17).

``scenarios --db URL`` lists the versions (name, version, author, saved, comment);
``scenarios save FILE [--comment TEXT] --db URL`` saves a scenario file as the next version of
its name, as the login in the address; ``scenarios get NAME [--version N] --output FILE --db URL``
writes a version (the newest by default) to a scenario file, to open or compare. The verb's
words are team_versions.py's, shared with `decks`.
"""

from __future__ import annotations

from pathlib import Path

from regio_desktop import api
from regio_desktop.cli import team_versions

NEEDS_WORLD = False
"""The verb reads the world itself, from the team database, only to check a file it saves."""


def _save(
    address: api.TeamAddress, path: Path, location: str, comment: str
) -> api.team_versions.TeamVersion:
    scenario = api.read_scenario_file(path, api.load_world(location))
    return api.save_team_scenario(address, scenario, comment)


def _get(
    address: api.TeamAddress, name: str, version: int | None, output: Path
) -> api.team_versions.TeamVersion:
    saved, scenario = api.open_team_scenario(address, name, version)
    api.write_scenario(scenario, output)
    return saved


SCENARIOS = team_versions.SharedVerb(
    verb="scenarios",
    noun="scenario",
    help="list, save and get scenarios in a team database",
    kind=api.team_versions.SCENARIOS,
    save=_save,
    get=_get,
)

add_parser = SCENARIOS.add_parser
run = SCENARIOS.run
