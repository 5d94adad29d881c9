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
from regio_desktop.engine.exploration import (
    DEFAULT_OBJECTIVES,
    Exploration,
    ExplorationCancelled,
    explore,
)
from regio_desktop.evidence.comparison import Comparison, compare
from regio_desktop.evidence.matching import COLUMNS as ARGUMENT_COLUMNS
from regio_desktop.evidence.matching import argument_records, arguments_for, balance
from regio_desktop.evidence.matching import choices as argument_choices
from regio_desktop.evidence.source_text import (
    SourceText,
    SourceTextError,
    parse_source,
    read_source_file,
)
from regio_desktop.io.arguments_io import ImportReport, export_arguments, import_arguments
from regio_desktop.scenario.file_format import ScenarioFileError
from regio_desktop.scenario.file_format import read as read_scenario
from regio_desktop.scenario.file_format import write as write_scenario
from regio_desktop.scenario.model import MembershipEdit, Scenario
from regio_desktop.scenario.parameters import DEFAULT_PARAMETERS
from regio_desktop.scenario.problems import ENGLISH as PROBLEM_TEMPLATES
from regio_desktop.scenario.problems import ParamValue, Problem
from regio_desktop.scenario.validation import ScenarioError, validate
from regio_desktop.world.argument_store import (
    ArgumentRecord,
    ArgumentStore,
    EvidenceError,
    SourceRecord,
)
from regio_desktop.world.database import DatabaseError
from regio_desktop.world.loaded_world import World, load_world
from regio_desktop.world.vocabulary import EXPLORATION_ALIGNMENTS


def with_store_arguments(world: World, store: ArgumentStore) -> World:
    """The same world with its arguments re-read from ``store`` (after the user edited them)."""
    import dataclasses

    frame = store.arguments()
    frame["location"] = frame["location"].replace("", None)
    frame["quote"] = frame["quote"].replace("", None)
    sources = store.sources()
    return dataclasses.replace(world, arguments=frame, sources=sources)


__all__ = [
    "ARGUMENT_COLUMNS",
    "DEFAULT_OBJECTIVES",
    "DEFAULT_PARAMETERS",
    "EXPLORATION_ALIGNMENTS",
    "INDICATORS",
    "PROBLEM_TEMPLATES",
    "ArgumentRecord",
    "ArgumentStore",
    "Comparison",
    "Contribution",
    "DatabaseError",
    "Evaluation",
    "EvidenceError",
    "Explanation",
    "Exploration",
    "ExplorationCancelled",
    "ImportReport",
    "IndicatorInfo",
    "MembershipEdit",
    "ParamValue",
    "Problem",
    "Scenario",
    "ScenarioError",
    "ScenarioFileError",
    "SourceRecord",
    "SourceText",
    "SourceTextError",
    "Tension",
    "World",
    "argument_choices",
    "argument_records",
    "arguments_for",
    "balance",
    "check",
    "compare",
    "evaluate",
    "explain",
    "explore",
    "export_arguments",
    "import_arguments",
    "indicator_info",
    "load_world",
    "parse_source",
    "read_scenario",
    "read_source_file",
    "validate",
    "with_store_arguments",
    "write_scenario",
]
