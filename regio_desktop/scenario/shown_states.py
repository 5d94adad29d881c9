"""Which states the window lists and draws for a scenario: the focus states and what it edits."""

from __future__ import annotations

from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World


def shown_states(world: World, scenario: Scenario, outside: bool = False) -> tuple[str, ...]:
    """The states the window lists and draws (matrix, map, alignments, state pickers): every
    state with ``outside``, else the focus states plus the states ``scenario`` edits, in the
    world's order. Only what is shown depends on it; every computation counts every state."""
    return world.states_shown(outside, list(scenario.edited_states))
