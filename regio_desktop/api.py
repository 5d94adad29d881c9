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

from pathlib import Path

from regio_desktop.atomic_file import (
    REPORT_TEMP_PREFIX,
    AtomicWriteError,
    pdf_complete,
    remove_leftovers,
    remove_stale_temp_folders,
    write_atomically,
)
from regio_desktop.engine.assumptions import ASSUMPTIONS, DATA_ESTIMATES, Assumption, DataEstimate
from regio_desktop.engine.catalogue import (
    DELTA_TOLERANCE,
    INDICATORS,
    IndicatorInfo,
    Judgement,
    indicator_info,
    is_change,
)
from regio_desktop.engine.consistency import Tension, check
from regio_desktop.engine.data_notes import DataNote, data_notes
from regio_desktop.engine.discovery import (
    Discovery,
    PrimStep,
    Trajectory,
    discover,
    discover_in,
    prim,
)
from regio_desktop.engine.discovery_condition import (
    Condition,
    DiscoveryRefused,
    parse_where,
    where_text,
)
from regio_desktop.engine.drivers import (
    DriversError,
    drivers,
    exploration_drivers,
    variance_shares,
)
from regio_desktop.engine.evaluation import Evaluation, evaluate
from regio_desktop.engine.explanation import Explanation, explain
from regio_desktop.engine.explanation_change import ChangeExplanation, ChangeStep, explain_change
from regio_desktop.engine.explanation_parts import Contribution
from regio_desktop.engine.explanation_phrases import ENGLISH as PHRASES
from regio_desktop.engine.explanation_phrases import Phrase
from regio_desktop.engine.exploration import (
    DEFAULT_OBJECTIVES,
    Exploration,
    ExplorationCancelled,
    explore,
)
from regio_desktop.engine.exploration_aggregation import (
    Aggregation,
    AggregationError,
    WeightedRanking,
    objective_signs,
    weighted_rank,
)
from regio_desktop.engine.exploration_aggregation import position as exploration_position
from regio_desktop.engine.exploration_limits import (
    ExplorationRefused,
    exploration_bytes,
    exploration_problems,
)
from regio_desktop.engine.exploration_robustness import pareto_frequency
from regio_desktop.engine.exploration_tensions import tension_counts
from regio_desktop.engine.spillovers import (
    DEFAULT_SPILLOVER_THRESHOLD,
    Spillover,
    spillovers,
)

# Also public: what the window and the command line need besides the engine (vocabularies,
# shipped resources, the user's database, tables and report content). The shell imports the
# core only through this module (an import-linter contract in pyproject.toml).
from regio_desktop.engine.timeline import bloc_sizes, membership_spans
from regio_desktop.engine.uncertainty import Uncertainty, UncertaintyCancelled, uncertainty
from regio_desktop.evidence.comparison import Comparison, compare
from regio_desktop.evidence.framing import (
    FramedChoice,
    arguments_about,
    framed_arguments,
    framed_choices,
    stance_on_move,
)
from regio_desktop.evidence.matching import COLUMNS as ARGUMENT_COLUMNS
from regio_desktop.evidence.matching import argument_records, arguments_for, balance
from regio_desktop.evidence.matching import choices as argument_choices
from regio_desktop.evidence.source_text import (
    SourceText,
    SourceTextError,
    parse_source,
    read_source_file,
)
from regio_desktop.input_files import InputFileError, printable
from regio_desktop.io.arguments_io import (
    ImportCancelled,
    ImportReport,
    export_arguments,
    import_arguments,
)
from regio_desktop.io.report_html import report_html, report_states
from regio_desktop.io.report_moves import decimals as figure_decimals
from regio_desktop.io.tables import (
    arguments_table,
    evaluation_table,
    memberships_table,
    observations_table,
    save_table,
    write_table,
)
from regio_desktop.io.team_scenario_files import open_team_scenario, save_team_scenario
from regio_desktop.problems import ENGLISH as PROBLEM_TEMPLATES
from regio_desktop.problems import ParamValue, Problem
from regio_desktop.process_clock import process_age_s
from regio_desktop.scenario.file_format import ScenarioFileError
from regio_desktop.scenario.file_format import read as read_scenario
from regio_desktop.scenario.file_format import write as write_scenario
from regio_desktop.scenario.model import (
    MembershipEdit,
    Scenario,
    ScenarioChanges,
    toggled_status,
)
from regio_desktop.scenario.parameters import DEFAULT_PARAMETERS
from regio_desktop.scenario.validation import ScenarioError, require_valid, validate
from regio_desktop.world.argument_store import (
    ArgumentRecord,
    ArgumentStore,
    EvidenceError,
    SourceRecord,
)
from regio_desktop.world.database import DatabaseError, bring_up_to_date, prepare_user_database
from regio_desktop.world.database_faults import WRITE_FAULTS
from regio_desktop.world.loaded_world import LANGUAGES, World, load_world
from regio_desktop.world.profile_location import LOCK_NAME as PROFILE_LOCK_NAME
from regio_desktop.world.profile_location import profile_folder, profile_in_use
from regio_desktop.world.profile_recovery import Profile, open_profile
from regio_desktop.world.record_kinds import ARGUMENT_KIND, SOURCE_KIND, RecordKind
from regio_desktop.world.resource_files import (
    application_icon_path,
    map_outlines,
    preset_scenario_paths,
)
from regio_desktop.world.team_database import TeamAddress, is_team_address
from regio_desktop.world.team_database import parse_address as team_address
from regio_desktop.world.team_scenarios import ScenarioVersion as TeamScenarioVersion
from regio_desktop.world.team_scenarios import list_versions as team_scenario_versions
from regio_desktop.world.team_schema import ROLES as TEAM_ROLES
from regio_desktop.world.team_schema import grant as grant_team_role
from regio_desktop.world.team_schema import prepare as prepare_team_database
from regio_desktop.world.team_schema import upgrade as upgrade_team_database
from regio_desktop.world.vocabulary import (
    ACTIVE_STATUSES,
    ALIGNMENTS,
    ARGUMENT_INDICATORS,
    EXPLORATION_ALIGNMENTS,
    FULL_STATUSES,
    MAIN_BLOCS,
    MEMBERSHIP_STATUSES,
    SCENARIO_ALIGNMENTS,
    SOURCE_KINDS,
    STANCES,
    TARGET_KINDS,
    THEMES,
)


def read_scenario_file(path: Path | str, world: World) -> Scenario:
    """The one way to open a scenario file: read it, check it against ``world`` and refuse it
    whole if anything is wrong, so no caller can forget the check.

    Raises ``ScenarioFileError`` (naming the file) when it cannot be read or parsed, and
    ``ScenarioError`` listing every problem ``validate`` finds when it does not fit the world.
    """
    scenario = read_scenario(Path(path))
    require_valid(world, scenario)
    return scenario


def shown_states(world: World, scenario: Scenario, outside: bool = False) -> tuple[str, ...]:
    """The states the window lists and draws (matrix, map, alignments, state pickers): every
    state with ``outside``, else the focus states plus the states ``scenario`` edits, in the
    world's order. Only what is shown depends on it; every computation counts every state."""
    return world.states_shown(outside, list(scenario.edited_states))


def with_figures_until(world: World, year: int) -> World:
    """The same world with its observations and trade shares cut after ``year``.

    Every later baseline year then takes each state's figures of ``year`` (or its latest
    before), so from one such year to the next only the dated facts move: memberships, blocs
    founded or dissolved, alignments, sanctions. That isolates what a dated event does to an
    indicator from what the economy did in the same year (the history check in the tests).
    """
    import dataclasses

    observations = world.observations[world.observations["year"] <= year]
    trade = world.trade_shares[world.trade_shares["year"] <= year]
    return dataclasses.replace(world, observations=observations, trade_shares=trade)


def with_store_arguments(world: World, store: ArgumentStore) -> World:
    """The same world with its arguments re-read from ``store`` (after the user edited them)."""
    import dataclasses

    frame = store.arguments()
    frame["location"] = frame["location"].replace("", None)
    frame["quote"] = frame["quote"].replace("", None)
    sources = store.sources()
    return dataclasses.replace(world, arguments=frame, sources=sources)


__all__ = [
    "ACTIVE_STATUSES",
    "ALIGNMENTS",
    "ARGUMENT_COLUMNS",
    "ARGUMENT_INDICATORS",
    "ARGUMENT_KIND",
    "ASSUMPTIONS",
    "DATA_ESTIMATES",
    "DEFAULT_OBJECTIVES",
    "DEFAULT_PARAMETERS",
    "DEFAULT_SPILLOVER_THRESHOLD",
    "DELTA_TOLERANCE",
    "EXPLORATION_ALIGNMENTS",
    "FULL_STATUSES",
    "INDICATORS",
    "LANGUAGES",
    "MAIN_BLOCS",
    "MEMBERSHIP_STATUSES",
    "PHRASES",
    "PROBLEM_TEMPLATES",
    "PROFILE_LOCK_NAME",
    "REPORT_TEMP_PREFIX",
    "SCENARIO_ALIGNMENTS",
    "SOURCE_KIND",
    "SOURCE_KINDS",
    "STANCES",
    "TARGET_KINDS",
    "TEAM_ROLES",
    "THEMES",
    "WRITE_FAULTS",
    "Aggregation",
    "AggregationError",
    "ArgumentRecord",
    "ArgumentStore",
    "Assumption",
    "AtomicWriteError",
    "ChangeExplanation",
    "ChangeStep",
    "Comparison",
    "Condition",
    "Contribution",
    "DataEstimate",
    "DataNote",
    "DatabaseError",
    "Discovery",
    "DiscoveryRefused",
    "DriversError",
    "Evaluation",
    "EvidenceError",
    "Explanation",
    "Exploration",
    "ExplorationCancelled",
    "ExplorationRefused",
    "FramedChoice",
    "ImportCancelled",
    "ImportReport",
    "IndicatorInfo",
    "InputFileError",
    "Judgement",
    "MembershipEdit",
    "ParamValue",
    "Phrase",
    "PrimStep",
    "Problem",
    "Profile",
    "RecordKind",
    "Scenario",
    "ScenarioChanges",
    "ScenarioError",
    "ScenarioFileError",
    "SourceRecord",
    "SourceText",
    "SourceTextError",
    "Spillover",
    "TeamAddress",
    "TeamScenarioVersion",
    "Tension",
    "Trajectory",
    "Uncertainty",
    "UncertaintyCancelled",
    "WeightedRanking",
    "World",
    "application_icon_path",
    "argument_choices",
    "argument_records",
    "arguments_about",
    "arguments_for",
    "arguments_table",
    "balance",
    "bloc_sizes",
    "bring_up_to_date",
    "check",
    "compare",
    "data_notes",
    "discover",
    "discover_in",
    "drivers",
    "evaluate",
    "evaluation_table",
    "explain",
    "explain_change",
    "exploration_bytes",
    "exploration_drivers",
    "exploration_position",
    "exploration_problems",
    "explore",
    "export_arguments",
    "figure_decimals",
    "framed_arguments",
    "framed_choices",
    "grant_team_role",
    "import_arguments",
    "indicator_info",
    "is_change",
    "is_team_address",
    "load_world",
    "map_outlines",
    "membership_spans",
    "memberships_table",
    "objective_signs",
    "observations_table",
    "open_profile",
    "open_team_scenario",
    "pareto_frequency",
    "parse_source",
    "parse_where",
    "pdf_complete",
    "prepare_team_database",
    "prepare_user_database",
    "preset_scenario_paths",
    "prim",
    "printable",
    "process_age_s",
    "profile_folder",
    "profile_in_use",
    "read_scenario",
    "read_scenario_file",
    "read_source_file",
    "remove_leftovers",
    "remove_stale_temp_folders",
    "report_html",
    "report_states",
    "save_table",
    "save_team_scenario",
    "shown_states",
    "spillovers",
    "stance_on_move",
    "team_address",
    "team_scenario_versions",
    "tension_counts",
    "toggled_status",
    "uncertainty",
    "upgrade_team_database",
    "validate",
    "variance_shares",
    "weighted_rank",
    "where_text",
    "with_figures_until",
    "with_store_arguments",
    "write_atomically",
    "write_scenario",
    "write_table",
]
