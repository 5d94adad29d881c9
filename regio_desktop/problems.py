"""Problems as data: a stable code and plain parameters, worded by whoever shows them.

Validation problems, consistency tensions, the checks of arguments and sources, the store's
refusals and import problems are built in the Qt-free core, but the words belong to the
presentation: the window words each code in the user's language (app/common/problem_texts.py),
while the command line, exceptions and the PDF report use the one English template per code kept
here. The module sits below every core package (world/ included), so that each can build problems. As in Orange's ``Msg`` classes and napari's notifications, a
problem carries an id and its arguments, never a finished sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from regio_desktop.team_problems import TEAM_ENGLISH

ParamValue = str | int | float | tuple[str, ...]
"""A parameter: a state or bloc code, a year, a status, a number, or a tuple of codes."""

ENGLISH: Final[Mapping[str, str]] = MappingProxyType(
    {
        # Validation (scenario/validation.py): the scenario cannot be evaluated.
        "year_out_of_range": "year {year} is outside {first}..{latest}, the years with data",
        "unknown_state": "unknown state code '{state}'",
        "unknown_bloc": "unknown bloc code '{bloc}'",
        "leave_not_member": "{state} cannot leave {bloc}: it is not in it in {year}",
        "join_already_holding": "{state} cannot join {bloc}: it is already {status} in {year}",
        "set_status_without_status": (
            "{state} holds no status in {bloc} in {year} to change; use 'join'"
        ),
        "unknown_alignment_state": "unknown state code '{state}' in alignments",
        "pole_has_no_alignment": "{state} is itself a pole; it has no alignment choice",
        "unknown_alignment": "'{alignment}' is not an alignment",
        # Parameters (scenario/parameters.py).
        "bloc_parameter_field": "parameter '{name}': '{field}' is not one of {fields}",
        "bloc_parameter_unknown_bloc": "parameter '{name}': unknown bloc code '{bloc}'",
        "bloc_parameter_out_of_range": "parameter '{name}' = {value} is outside 0..1",
        "unknown_parameter": "unknown parameter '{name}'",
        "parameter_out_of_range": "parameter '{name}' = {value} is outside {low}..{high}",
        # Tensions (engine/consistency.py): shown as warnings, evaluation goes on.
        "two_customs_unions": (
            "{state} is a full member of {count} customs or economic unions ({blocs}); "
            "a state can apply only one common external tariff."
        ),
        "rival_alliances": (
            "{state} is in collective-defence alliances led by different poles ({blocs})."
        ),
        "alignment_against_bloc": (
            "{state} is {alignment} but a full member of {bloc}, which {pole} leads; deep "
            "integration with one pole sits uneasily with aligning to another."
        ),
        "bloc_not_yet_founded": (
            "{state} joins {bloc} in {year}, before it existed (founded {founded})."
        ),
        "bloc_dissolved": (
            "{state} joins {bloc} in {year}, after it was dissolved (founded {founded})."
        ),
        # Checks of arguments and sources (world/evidence_records.py); "unknown_state" above
        # serves an argument's states too.
        "empty_id": "the id is empty",
        "empty_claim": "the claim is empty",
        "unknown_stance": "stance '{stance}' is not one of {stances}",
        "unknown_target_kind": "target kind '{target_kind}' is not one of {target_kinds}",
        "unknown_target": "unknown {target_kind} target '{target}'",
        "unknown_theme": "unknown theme '{theme}'",
        "unknown_indicator": "'{indicator}' is not a state indicator",
        "strength_out_of_range": "strength {strength} is not 1, 2 or 3",
        "unknown_source": "unknown source '{source}'",
        "quote_too_long": "the quotation is longer than a short phrase ({words} words at most)",
        "empty_citation": "the citation is empty",
        "unknown_source_kind": "kind '{kind}' is not one of {source_kinds}",
        # The store's refusals (world/argument_store.py).
        "database_read_only": "this database is open read-only",
        "no_such_argument": "there is no argument '{id}'",
        "no_such_source": "there is no source '{id}'",
        "shipped_argument": (
            "argument '{id}' comes with the program and cannot be changed; "
            "duplicate it to make your own version"
        ),
        "shipped_source": (
            "source '{id}' comes with the program and cannot be changed; "
            "duplicate it to make your own version"
        ),
        "argument_id_taken": "an argument with id '{id}' already exists",
        "source_id_taken": "a source with id '{id}' already exists",
        "source_cited": (
            "source '{id}' is cited by {count} argument(s) ({citing}); delete or re-cite them first"
        ),
        # The user's database refusing a write (world/database_faults.py): what happened and
        # what to do; the edit stays where it was (the editor open, the step in the history).
        "database_file_read_only": (
            "{file} is read-only, so the change was not saved; make the file writable, "
            "then try again"
        ),
        "database_folder_read_only": (
            "the folder {folder} cannot be written, so the change was not saved; "
            "give it write permission, then try again"
        ),
        "database_refuses_writes": (
            "{file} does not accept changes now ({reason}), so the change was not saved; "
            "check its permissions, then try again"
        ),
        "disk_full": (
            "the disk holding {file} is full, so the change was not saved; free some space, "
            "then try again"
        ),
        "database_locked": (
            "another program is writing to {file}, so the change was not saved; wait for it "
            "to finish or close it, then try again"
        ),
        "database_damaged": (
            "{file} is damaged ({reason}), so the change was not saved; restart Regio Desktop: "
            "it moves the file aside and recovers your arguments and sources"
        ),
        "database_write_failed": (
            "{file} could not be written ({reason}), so the change was not saved; try again"
        ),
        "argument_changed_since": (
            "argument '{id}' was changed elsewhere since this step (in another window?); "
            "the step was dropped so as not to overwrite that change"
        ),
        "source_changed_since": (
            "source '{id}' was changed elsewhere since this step (in another window?); "
            "the step was dropped so as not to overwrite that change"
        ),
        # Opening the user's profile database at start (world/profile_recovery.py, the window).
        "profile_in_use": (
            "another Regio Desktop is using your profile, so your arguments and sources are "
            "open read-only here; close the other window and start again to edit them"
        ),
        "profile_folder_read_only": (
            "the folder {folder} cannot be written, so your profile database cannot be "
            "prepared; give it write permission, then start again"
        ),
        "profile_disk_full": (
            "the disk holding {folder} is full, so your profile database cannot be prepared; "
            "free some space, then start again"
        ),
        "profile_read_only": (
            "the folder {folder} cannot be written, so your profile is open read-only: the "
            "library can be read, but arguments and sources you add or change are not saved"
        ),
        "profile_recovered": (
            "your profile database was damaged ({reason}); it was moved aside to {moved}, "
            "and {arguments} of your arguments and {sources} of your sources were recovered "
            "into a fresh one"
        ),
        **TEAM_ENGLISH,
        # Importing arguments (io/arguments_io.py).
        # Scenario files (scenario/file_format.py): the shape of the JSON; {where} is its path.
        "scenario_not_object": "a scenario file must hold a JSON object",
        "scenario_wrong_format": 'format: expected "{expected}", found {found}',
        "scenario_wrong_version": "version: this program reads version {expected}, found {found}",
        "scenario_expected_text": "{where}: expected text",
        "scenario_name_too_long": "name: {length} characters; a name has at most {limit}",
        "scenario_expected_year": "year: expected a whole year such as 2024, found {found}",
        "scenario_expected_list": "{where}: expected a list",
        "scenario_edit_not_object": "{where}: expected an object with state, bloc and action",
        "scenario_code_not_text": "{where}: expected a code as text, found {found}",
        "scenario_not_a_code": "{where}: {found} is not a code (letters, digits and _ only)",
        "scenario_not_one_of": "{where}: expected one of {choices}, found {found}",
        "scenario_leave_with_status": "{where}: a 'leave' edit takes no status",
        "scenario_status_not_holdable": "{where}: {found} is not a status one can hold",
        "scenario_edited_twice": "{where}: {state} in {bloc} is edited twice",
        "scenario_alignments_not_object": (
            "alignments: expected an object mapping ISO3 codes to alignments"
        ),
        "scenario_two_alignments": (
            "{where}: {state} is given two alignments (codes differ only in case)"
        ),
        "scenario_parameters_not_object": (
            "parameters: expected an object mapping parameter names to numbers"
        ),
        "scenario_expected_number": "{where}: expected a number, found {found}",
        "scenario_motivation_not_ids": "motivation: expected a list of argument ids",
        # Deck files (deck/file_format.py, deck/checks.py): {where} is the JSON path.
        "deck_not_object": "a deck file must hold a JSON object",
        "deck_wrong_format": 'format: expected "{expected}", found {found}',
        "deck_wrong_version": "version: this program reads deck version {expected}, found {found}",
        "deck_expected_text": "{where}: expected text",
        "deck_empty_text": "{where}: must not be empty",
        "deck_text_too_long": "{where}: {length} characters; at most {limit}",
        "deck_expected_list": "{where}: expected a list",
        "deck_too_many": "{where}: {count} entries; at most {limit}",
        "deck_step_not_object": "{where}: expected an object with a title and a scenario",
        "deck_scenario_not_object": (
            "{where}: expected an object with one of preset, file or scenario"
        ),
        "deck_scenario_kind": "{where}: name exactly one of preset, file or scenario",
        "deck_inline_scenario": "{where}: the scenario written into the deck is not valid",
        "deck_option_not_object": "{where}: expected an object with a label and a count",
        "deck_option_twice": "{where}: the option '{label}' is named twice",
        "deck_expected_count": "{where}: expected a whole number from 0 to {limit}, found {found}",
        "deck_not_one_of": "{where}: expected one of {choices}, found {found}",
        "deck_unknown_preset": "there is no preset '{preset}' (the presets are {presets})",
        "deck_scenario_unreadable": "its scenario file {file} cannot be used",
        "deck_scenario_unfit": "its scenario does not fit the world",
        "deck_unknown_colouring": (
            "'{found}' is not a map colouring: use alignment, a bloc code or a state indicator code"
        ),
        # The timeline replay and its export (engine/replay.py, cli/replay.py).
        "replay_years_reversed": "--from {first} is after --to {last}",
        "replay_size_syntax": "size '{found}' is not WIDTHxHEIGHT in pixels (such as 1920x1080)",
        "replay_size_out_of_range": (
            "a frame of {width}x{height} pixels is outside {smallest} to {largest}"
        ),
        "replay_nothing_to_write": "name --frames DIR, --output FILE.mp4 or FILE.gif, or both",
        "replay_video_kind": "{file}: a video is written as .mp4 or .gif",
        "replay_no_folder": "the folder {folder} does not exist",
        "replay_not_a_folder": "{folder} is a file, not a folder for the frames",
        "replay_no_encoder": "{file}: no MP4 encoder is installed ({reason}); write a .gif instead",
        "write_refused": "{file} cannot be written: {reason}; nothing was saved",
        "file_unreadable": "{file} cannot be read: {reason}",
        # Reading any file the user gives (input_files.py).
        "file_is_folder": "{file} is a folder, not a file",
        "file_not_regular": "{file} is not a regular file (a device, pipe or socket)",
        "file_too_large": "{file} is {size}; the limit is {limit}",
        "file_not_utf8": "{file} is not UTF-8 text (byte {byte})",
        "json_invalid": "{file}: not valid JSON (line {line}, column {column})",
        "json_too_deep": "{file}: its JSON nests {depth} levels deep; at most {limit} are read",
        "json_duplicate_key": '{file}: the key "{key}" appears twice in one object',
        "json_number_too_long": (
            "{file}: a number of {length} characters is too long to be a figure"
        ),
        "json_number_out_of_range": "{file}: the number {number} is out of range",
        "json_constant": "{file}: {name} is not a number this program accepts",
        "json_lone_surrogate": "{file}: a text holds a lone surrogate (\\u{point}), not a character",
        "csv_invalid": "{file}, line {line}: not readable as CSV ({reason})",
        # Saving any file (atomic_file.py).
        "write_target_is_folder": "{file} is a folder; choose a file name to save to",
        "write_target_not_regular": "{file} is a device or pipe, not a file; nothing was saved",
        "write_incomplete": (
            "{file} could not be written completely (is the disk full?); the old file is kept"
        ),
        "json_not_arguments": "{file}: expected a list of arguments or an object with 'arguments'",
        "json_row_not_object": "{file} {where}: expected an object",
        "csv_header_lacks": "{file}: the header lacks {columns}",
        "strength_not_whole": "strength '{strength}' is not a whole number",
        "accessed_not_date": "accessed '{accessed}' is not a date (YYYY-MM-DD)",
        "source_incomplete": "a source needs an id and a citation",
        "id_exists": "id '{id}' already exists",
        # Refusing an exploration before it starts (engine/exploration_limits.py).
        "explore_no_state": "name at least one state to explore",
        "explore_state_twice": "{state} is named twice in the states to explore",
        "explore_toggle_twice": "the toggle {state}:{bloc} is named twice",
        "explore_too_large": (
            "{combinations} combinations are more than the {limit} an exploration evaluates; "
            "explore a sample instead: fewer states or toggles at a time, with the other "
            "states' choices fixed in the scenario"
        ),
        "explore_streamed": (
            "streamed: the table keeps {kept} of the {evaluated} combinations evaluated, the "
            "Pareto front ({front}) and the {top} best on each compared objective"
        ),
        "drivers_need_every_combination": (
            "the drivers need every combination, but this exploration was streamed: it "
            "evaluated {evaluated} and kept {kept}; explore fewer states or toggles"
        ),
        "discovery_needs_every_combination": (
            "scenario discovery needs every combination, but this exploration was streamed: "
            "it evaluated {evaluated} and kept {kept}; explore fewer states or toggles"
        ),
        "pareto_share_needs_every_combination": (
            "the Pareto share needs every combination, but this exploration was streamed: it "
            "evaluated {evaluated} and kept {kept}; explore fewer states or toggles"
        ),
        "explore_front_too_large": (
            "the Pareto front of these {combinations} combinations has more than {limit} rows, "
            "too many to keep; compare fewer objectives or explore fewer states"
        ),
        # Scenario discovery's condition (engine/discovery_condition.py, engine/discovery.py).
        "where_empty": "the condition is empty; write one such as KAZ:autonomy>60",
        "where_syntax": (
            "'{part}' is not ENTITY:INDICATOR, one of >, >=, <, <= and a number "
            "(such as KAZ:autonomy>60); join conditions with 'and'"
        ),
        "where_unknown_entity": "'{entity}' is not a state code, a bloc code or 'region'",
        "where_unknown_indicator": "'{indicator}' is not an indicator",
        "where_wrong_level": "{indicator} is a {level} indicator; {entity} is a {entity_level}",
        "where_too_many": (
            "{combinations} combinations would each be valued one by one for {entity}; at most "
            "{limit} are: explore fewer states or toggles at a time"
        ),
        "where_holds_nowhere": (
            "the condition holds in none of the {combinations} combinations, so there is no box "
            "to find"
        ),
    }
)
"""The one English template of every code the core produces."""


def _english_value(value: ParamValue) -> str:
    return ", ".join(value) if isinstance(value, tuple) else str(value)


@dataclass(frozen=True)
class Problem:
    """One problem: a stable ``code`` (a key of ENGLISH) and the ``params`` its wording needs."""

    code: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in ENGLISH:
            raise KeyError(f"no English template for problem code '{self.code}'")
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.params.items()))))

    @property
    def message(self) -> str:
        """The English sentence: for the command line, exceptions and the report."""
        values = {key: _english_value(value) for key, value in self.params.items()}
        return ENGLISH[self.code].format(**values)

    def __str__(self) -> str:
        return self.message


def problem(code: str, **params: ParamValue) -> Problem:
    """``Problem(code, params)`` written as a call with keywords."""
    return Problem(code, params)
