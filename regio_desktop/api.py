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

from regio_desktop.atomic_file import (
    REPORT_TEMP_PREFIX,
    AtomicWriteError,
    pdf_complete,
    remove_leftovers,
    remove_stale_temp_folders,
    write_atomically,
)
from regio_desktop.deck.checks import DeckError, colour_kind, presets, read_deck_file
from regio_desktop.deck.checks import check as check_deck
from regio_desktop.deck.file_format import DeckFileError
from regio_desktop.deck.file_format import read as read_deck
from regio_desktop.deck.file_format import rebased as rebased_deck
from regio_desktop.deck.file_format import write as write_deck
from regio_desktop.deck.model import Deck, Option, ScenarioRef, Step
from regio_desktop.deck.room import RoomArguments, strongest_arguments, tally_table
from regio_desktop.deck.team_decks import open_team_deck, save_team_deck
from regio_desktop.engine.assumptions import ASSUMPTIONS, DATA_ESTIMATES, Assumption, DataEstimate
from regio_desktop.engine.catalogue import (
    DELTA_TOLERANCE,
    INDICATORS,
    IndicatorInfo,
    Judgement,
    find_indicator,
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
    Drivers,
    DriversError,
    Spread,
    drivers,
    exploration_drivers,
    exploration_spreads,
    spread_of,
    variance_shares,
)
from regio_desktop.engine.estimate_names import ESTIMATE_NAMES
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
    STREAM_LIMIT,
    ExplorationRefused,
    exploration_bytes,
    exploration_problems,
    streamed_notice,
    streamed_refusal,
    streams,
)
from regio_desktop.engine.exploration_robustness import pareto_frequency
from regio_desktop.engine.exploration_tensions import tension_counts
from regio_desktop.engine.indicator_target import Target, resolve_target
from regio_desktop.engine.replay import Replay, parse_size, replay_of, replay_problems
from regio_desktop.engine.replay_events import YearEvent
from regio_desktop.engine.spillovers import DEFAULT_SPILLOVER_THRESHOLD, Spillover, spillovers

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
from regio_desktop.scenario.checked_reading import read_scenario_file
from regio_desktop.scenario.file_format import ScenarioFileError
from regio_desktop.scenario.file_format import read as read_scenario
from regio_desktop.scenario.file_format import write as write_scenario
from regio_desktop.scenario.model import MembershipEdit, Scenario, ScenarioChanges, toggled_status
from regio_desktop.scenario.parameters import DEFAULT_PARAMETERS
from regio_desktop.scenario.shown_states import shown_states
from regio_desktop.scenario.validation import ScenarioError, validate
from regio_desktop.world import team_live, team_versions  # live changes, shared versions (#17)
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
from regio_desktop.world.profile_recovery import Profile, open_profile, read_only_profile
from regio_desktop.world.record_kinds import ARGUMENT_KIND, SOURCE_KIND, RecordKind
from regio_desktop.world.record_versions import RecordConflict
from regio_desktop.world.resource_files import (
    application_icon_path,
    map_outlines,
    preset_scenario_paths,
    shipped_deck_paths,
)
from regio_desktop.world.team_database import TeamAddress, is_team_address
from regio_desktop.world.team_database import parse_address as team_address
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
from regio_desktop.world.world_variants import with_figures_until, with_store_arguments

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
    "ESTIMATE_NAMES",
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
    "STREAM_LIMIT",
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
    "Deck",
    "DeckError",
    "DeckFileError",
    "Discovery",
    "DiscoveryRefused",
    "Drivers",
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
    "Option",
    "ParamValue",
    "Phrase",
    "PrimStep",
    "Problem",
    "Profile",
    "RecordConflict",
    "RecordKind",
    "Replay",
    "RoomArguments",
    "Scenario",
    "ScenarioChanges",
    "ScenarioError",
    "ScenarioFileError",
    "ScenarioRef",
    "SourceRecord",
    "SourceText",
    "SourceTextError",
    "Spillover",
    "Spread",
    "Step",
    "Target",
    "TeamAddress",
    "Tension",
    "Trajectory",
    "Uncertainty",
    "UncertaintyCancelled",
    "WeightedRanking",
    "World",
    "YearEvent",
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
    "check_deck",
    "colour_kind",
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
    "exploration_spreads",
    "explore",
    "export_arguments",
    "figure_decimals",
    "find_indicator",
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
    "open_team_deck",
    "open_team_scenario",
    "pareto_frequency",
    "parse_size",
    "parse_source",
    "parse_where",
    "pdf_complete",
    "prepare_team_database",
    "prepare_user_database",
    "preset_scenario_paths",
    "presets",
    "prim",
    "printable",
    "process_age_s",
    "profile_folder",
    "profile_in_use",
    "read_deck",
    "read_deck_file",
    "read_only_profile",
    "read_scenario",
    "read_scenario_file",
    "read_source_file",
    "rebased_deck",
    "remove_leftovers",
    "remove_stale_temp_folders",
    "replay_of",
    "replay_problems",
    "report_html",
    "report_states",
    "resolve_target",
    "save_table",
    "save_team_deck",
    "save_team_scenario",
    "shipped_deck_paths",
    "shown_states",
    "spillovers",
    "spread_of",
    "stance_on_move",
    "streamed_notice",
    "streamed_refusal",
    "streams",
    "strongest_arguments",
    "tally_table",
    "team_address",
    "team_live",
    "team_versions",
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
    "write_deck",
    "write_scenario",
    "write_table",
]
