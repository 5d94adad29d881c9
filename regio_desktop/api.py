"""The public entry points that the command line, the window and scripts share.

Everything here is Qt-free and documented in docs/api.md. Typical use::

    from regio_desktop import api
    world = api.load_world()                        # the shipped database, read-only
    s = api.Scenario(year=2024).with_alignment("KAZ", "china-centred")
    ev = api.evaluate(world, s)
    ev.indicators                                   # long table: level, entity, indicator, ...
    api.explain(world, s, "sanctions_exposure", "KAZ").contributions
"""

from __future__ import annotations

from regio_desktop.engine.catalogue import INDICATORS, IndicatorInfo, indicator_info
from regio_desktop.engine.consistency import Tension, check
from regio_desktop.engine.evaluation import Evaluation, evaluate
from regio_desktop.engine.explanation import Contribution, Explanation, explain
from regio_desktop.engine.exploration import Exploration, explore
from regio_desktop.evidence.matching import arguments_for
from regio_desktop.scenario.file_format import ScenarioFileError
from regio_desktop.scenario.file_format import read as read_scenario
from regio_desktop.scenario.file_format import write as write_scenario
from regio_desktop.scenario.model import MembershipEdit, Scenario
from regio_desktop.scenario.parameters import DEFAULT_PARAMETERS
from regio_desktop.scenario.validation import ScenarioError, validate
from regio_desktop.world.database import DatabaseError
from regio_desktop.world.loaded_world import World, load_world

__all__ = [
    "DEFAULT_PARAMETERS",
    "INDICATORS",
    "Contribution",
    "DatabaseError",
    "Evaluation",
    "Explanation",
    "Exploration",
    "IndicatorInfo",
    "MembershipEdit",
    "Scenario",
    "ScenarioError",
    "ScenarioFileError",
    "Tension",
    "World",
    "arguments_for",
    "check",
    "evaluate",
    "explain",
    "explore",
    "indicator_info",
    "load_world",
    "read_scenario",
    "validate",
    "write_scenario",
]
