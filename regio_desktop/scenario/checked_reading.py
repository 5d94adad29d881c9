"""Opening a scenario file checked against the world: the window, the command line and decks
all open files this one way, so none can skip the check."""

from __future__ import annotations

from pathlib import Path

from regio_desktop.scenario.file_format import read as read_scenario
from regio_desktop.scenario.model import Scenario
from regio_desktop.scenario.validation import require_valid
from regio_desktop.world.loaded_world import World


def read_scenario_file(path: Path | str, world: World) -> Scenario:
    """The one way to open a scenario file: read it, check it against ``world`` and refuse it
    whole if anything is wrong, so no caller can forget the check.

    Raises ``ScenarioFileError`` (naming the file) when it cannot be read or parsed, and
    ``ScenarioError`` listing every problem ``validate`` finds when it does not fit the world.
    """
    scenario = read_scenario(Path(path))
    require_valid(world, scenario)
    return scenario
