"""The window's words for every problem and tension the core reports (codes and parameters).

The core hands over data (``api.Problem``: a code and plain parameters, see regio_desktop/problems.py)
and keeps one English template for the command line and the report; the window words the same codes
here, in the user's language, with state and bloc names instead of codes and translated statuses,
alignments and poles. Every template is a literal marked with QT_TRANSLATE_NOOP so that lupdate
finds it; tests/app/common/test_problem_texts.py fails when the core gains a code missing here.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from regio_desktop import api
from regio_desktop.app.common.file_problem_texts import (
    DECK_FILE_TEMPLATES,
    SCENARIO_FILE_TEMPLATES,
    os_reason,
)
from regio_desktop.app.common.indicator_labels import localized_count
from regio_desktop.app.common.pole_labels import pole_label
from regio_desktop.app.common.replay_problem_texts import REPLAY_TEMPLATES
from regio_desktop.app.common.team_problem_texts import TEAM_TEMPLATES
from regio_desktop.app.common.vocabulary_labels import (
    alignment_label,
    source_kind_label,
    status_label,
    target_kind_label,
)

CONTEXT = "Problems"

TEMPLATES: dict[str, str] = {
    "year_out_of_range": QT_TRANSLATE_NOOP(
        "Problems", "The year {year} is outside {first}–{latest}, the years with data."
    ),
    "unknown_state": QT_TRANSLATE_NOOP("Problems", "Unknown state code “{state}”."),
    "unknown_bloc": QT_TRANSLATE_NOOP("Problems", "Unknown bloc code “{bloc}”."),
    "leave_not_member": QT_TRANSLATE_NOOP(
        "Problems", "{state} cannot leave {bloc}: it is not a member in {year}."
    ),
    "join_already_holding": QT_TRANSLATE_NOOP(
        "Problems", "{state} cannot join {bloc}: in {year} it is already “{status}” there."
    ),
    "set_status_without_status": QT_TRANSLATE_NOOP(
        "Problems",
        "{state} holds no status in {bloc} in {year} that could be changed; it has to join.",
    ),
    "unknown_alignment_state": QT_TRANSLATE_NOOP(
        "Problems", "Unknown state code “{state}” among the alignment choices."
    ),
    "pole_has_no_alignment": QT_TRANSLATE_NOOP(
        "Problems", "{state} is itself a pole and has no alignment choice."
    ),
    "unknown_alignment": QT_TRANSLATE_NOOP("Problems", "“{alignment}” is not an alignment."),
    "bloc_parameter_field": QT_TRANSLATE_NOOP(
        "Problems", "Parameter “{name}”: “{field}” is not one of {fields}."
    ),
    "bloc_parameter_unknown_bloc": QT_TRANSLATE_NOOP(
        "Problems", "Parameter “{name}”: unknown bloc code “{bloc}”."
    ),
    "bloc_parameter_out_of_range": QT_TRANSLATE_NOOP(
        "Problems", "Parameter “{name}” = {value} is outside 0–1."
    ),
    "unknown_parameter": QT_TRANSLATE_NOOP("Problems", "Unknown parameter “{name}”."),
    "parameter_out_of_range": QT_TRANSLATE_NOOP(
        "Problems", "Parameter “{name}” = {value} is outside {low}–{high}."
    ),
    "two_customs_unions": QT_TRANSLATE_NOOP(
        "Problems",
        "{state} is a full member of {count} customs or economic unions ({blocs}); a state can "
        "apply only one common external tariff.",
    ),
    "rival_alliances": QT_TRANSLATE_NOOP(
        "Problems", "{state} is in collective-defence alliances led by different poles ({blocs})."
    ),
    "alignment_against_bloc": QT_TRANSLATE_NOOP(
        "Problems",
        "{state} is “{alignment}” but a full member of {bloc}, which {pole} leads; deep "
        "integration with one pole sits uneasily with aligning to another.",
    ),
    "bloc_not_yet_founded": QT_TRANSLATE_NOOP(
        "Problems", "{state} joins {bloc} in {year}, before it existed (founded {founded})."
    ),
    "bloc_dissolved": QT_TRANSLATE_NOOP(
        "Problems", "{state} joins {bloc} in {year}, after it was dissolved (founded {founded})."
    ),
    # Arguments and sources: the editors' checks, the store's refusals, importing a file.
    "empty_id": QT_TRANSLATE_NOOP("Problems", "The id is empty."),
    "empty_claim": QT_TRANSLATE_NOOP("Problems", "The claim is empty."),
    # The codes a file must use, not their labels: the problem is met importing a file.
    "unknown_stance": QT_TRANSLATE_NOOP(
        "Problems", "The stance “{stance}” is not one of: {stances}."
    ),
    "unknown_target_kind": QT_TRANSLATE_NOOP(
        "Problems", "The target kind “{target_kind}” is not one of: {target_kinds}."
    ),
    "unknown_target": QT_TRANSLATE_NOOP(
        "Problems", "Unknown target “{target}” (target kind: {target_kind})."
    ),
    "unknown_theme": QT_TRANSLATE_NOOP("Problems", "Unknown theme “{theme}”."),
    "unknown_indicator": QT_TRANSLATE_NOOP("Problems", "“{indicator}” is not a state indicator."),
    "strength_out_of_range": QT_TRANSLATE_NOOP(
        "Problems", "The strength {strength} is not 1, 2 or 3."
    ),
    "unknown_source": QT_TRANSLATE_NOOP("Problems", "Unknown source “{source}”."),
    "quote_too_long": QT_TRANSLATE_NOOP(
        "Problems", "The quotation is longer than a short phrase (at most {words} words)."
    ),
    "empty_citation": QT_TRANSLATE_NOOP("Problems", "The citation is empty."),
    "unknown_source_kind": QT_TRANSLATE_NOOP(
        "Problems", "The kind “{kind}” is not one of: {source_kinds}."
    ),
    "database_read_only": QT_TRANSLATE_NOOP("Problems", "This database is open read-only."),
    "no_such_argument": QT_TRANSLATE_NOOP("Problems", "There is no argument “{id}”."),
    "no_such_source": QT_TRANSLATE_NOOP("Problems", "There is no source “{id}”."),
    "shipped_argument": QT_TRANSLATE_NOOP(
        "Problems",
        "The argument “{id}” comes with the program and cannot be changed; duplicate it to "
        "make your own version.",
    ),
    "shipped_source": QT_TRANSLATE_NOOP(
        "Problems",
        "The source “{id}” comes with the program and cannot be changed; duplicate it to make "
        "your own version.",
    ),
    "argument_id_taken": QT_TRANSLATE_NOOP(
        "Problems", "An argument with the id “{id}” already exists."
    ),
    "source_id_taken": QT_TRANSLATE_NOOP("Problems", "A source with the id “{id}” already exists."),
    "source_cited": QT_TRANSLATE_NOOP(
        "Problems",
        "The source “{id}” is cited by {count} argument(s) ({citing}); delete them or cite "
        "another source first.",
    ),
    # The user's database refusing a write, and opening the profile at start.
    "database_file_read_only": QT_TRANSLATE_NOOP(
        "Problems",
        "{file} is read-only, so the change was not saved. Make the file writable, then try again.",
    ),
    "database_folder_read_only": QT_TRANSLATE_NOOP(
        "Problems",
        "The folder {folder} cannot be written, so the change was not saved. Give it write "
        "permission, then try again.",
    ),
    "database_refuses_writes": QT_TRANSLATE_NOOP(
        "Problems",
        "{file} does not accept changes now ({reason}), so the change was not saved. Check its "
        "permissions, then try again.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Problems",
        "The disk holding {file} is full, so the change was not saved. Free some space, then "
        "try again.",
    ),
    "database_locked": QT_TRANSLATE_NOOP(
        "Problems",
        "Another program is writing to {file}, so the change was not saved. Wait for it to "
        "finish or close it, then try again.",
    ),
    "database_damaged": QT_TRANSLATE_NOOP(
        "Problems",
        "{file} is damaged ({reason}), so the change was not saved. Restart Regio Desktop: it "
        "moves the file aside and recovers your arguments and sources.",
    ),
    "database_write_failed": QT_TRANSLATE_NOOP(
        "Problems",
        "{file} could not be written ({reason}), so the change was not saved. Try again.",
    ),
    "argument_changed_since": QT_TRANSLATE_NOOP(
        "Problems",
        "The argument “{id}” was changed elsewhere since this step (in another window?); the "
        "step was dropped so as not to overwrite that change.",
    ),
    "source_changed_since": QT_TRANSLATE_NOOP(
        "Problems",
        "The source “{id}” was changed elsewhere since this step (in another window?); the "
        "step was dropped so as not to overwrite that change.",
    ),
    "profile_in_use": QT_TRANSLATE_NOOP(
        "Problems",
        "Another Regio Desktop is using your profile, so your arguments and sources are open "
        "read-only here. Close the other window and start again to edit them.",
    ),
    "profile_folder_read_only": QT_TRANSLATE_NOOP(
        "Problems",
        "The folder {folder} cannot be written, so your profile database cannot be prepared. "
        "Give it write permission, then start again.",
    ),
    "profile_disk_full": QT_TRANSLATE_NOOP(
        "Problems",
        "The disk holding {folder} is full, so your profile database cannot be prepared. Free "
        "some space, then start again.",
    ),
    "profile_read_only": QT_TRANSLATE_NOOP(
        "Problems",
        "The folder {folder} cannot be written, so your profile is open read-only: the library "
        "can be read, but arguments and sources you add or change are not saved. Give the "
        "folder write permission and start again to edit them.",
    ),
    "profile_recovered": QT_TRANSLATE_NOOP(
        "Problems",
        "Your profile database was damaged ({reason}). It was moved aside to {moved}, and "
        "{arguments} of your arguments and {sources} of your sources were recovered into a "
        "fresh one.",
    ),
    "file_unreadable": QT_TRANSLATE_NOOP("Problems", "{file} cannot be read: {reason}"),
    "json_invalid": QT_TRANSLATE_NOOP(
        "Problems", "{file} is not valid JSON (line {line}, column {column})."
    ),
    "json_too_deep": QT_TRANSLATE_NOOP(
        "Problems", "{file}: its JSON nests {depth} levels deep; at most {limit} are read."
    ),
    "file_is_folder": QT_TRANSLATE_NOOP("Problems", "{file} is a folder, not a file."),
    "file_not_regular": QT_TRANSLATE_NOOP(
        "Problems", "{file} is not a regular file (it is a device, pipe or socket)."
    ),
    "file_too_large": QT_TRANSLATE_NOOP("Problems", "{file} is {size}; the limit is {limit}."),
    "file_not_utf8": QT_TRANSLATE_NOOP("Problems", "{file} is not UTF-8 text (byte {byte})."),
    "json_duplicate_key": QT_TRANSLATE_NOOP(
        "Problems", "{file}: the key “{key}” appears twice in one object."
    ),
    "json_number_too_long": QT_TRANSLATE_NOOP(
        "Problems", "{file}: a number of {length} characters is too long to be a figure."
    ),
    "json_number_out_of_range": QT_TRANSLATE_NOOP(
        "Problems", "{file}: the number {number} is out of range."
    ),
    "json_constant": QT_TRANSLATE_NOOP(
        "Problems", "{file}: {name} is not a number this program accepts."
    ),
    "json_lone_surrogate": QT_TRANSLATE_NOOP(
        "Problems", "{file}: a text holds a lone surrogate (\\u{point}), not a character."
    ),
    "csv_invalid": QT_TRANSLATE_NOOP(
        "Problems", "{file}, line {line}: not readable as CSV ({reason})."
    ),
    "write_target_is_folder": QT_TRANSLATE_NOOP(
        "Problems", "{file} is a folder; choose a file name to save to."
    ),
    "write_target_not_regular": QT_TRANSLATE_NOOP(
        "Problems", "{file} is a device or pipe, not a file; nothing was saved."
    ),
    "write_refused": QT_TRANSLATE_NOOP(
        "Problems", "{file} cannot be written: {reason}. Nothing was saved; choose another folder."
    ),
    "write_incomplete": QT_TRANSLATE_NOOP(
        "Problems",
        "{file} could not be written completely (is the disk full?); the old file is kept.",
    ),
    "json_not_arguments": QT_TRANSLATE_NOOP(
        "Problems", "{file}: expected a list of arguments or an object with “arguments”."
    ),
    "json_row_not_object": QT_TRANSLATE_NOOP("Problems", "{file}, {where}: expected an object."),
    "csv_header_lacks": QT_TRANSLATE_NOOP(
        "Problems", "{file}: the header lacks the columns {columns}."
    ),
    "strength_not_whole": QT_TRANSLATE_NOOP(
        "Problems", "The strength “{strength}” is not a whole number."
    ),
    "accessed_not_date": QT_TRANSLATE_NOOP(
        "Problems", "The date accessed “{accessed}” is not a date (YYYY-MM-DD)."
    ),
    "source_incomplete": QT_TRANSLATE_NOOP("Problems", "A source needs an id and a citation."),
    "id_exists": QT_TRANSLATE_NOOP("Problems", "The id “{id}” already exists."),
    "explore_no_state": QT_TRANSLATE_NOOP("Problems", "Check at least one state."),
    "explore_state_twice": QT_TRANSLATE_NOOP(
        "Problems", "{state} is named twice in the states to explore."
    ),
    "explore_toggle_twice": QT_TRANSLATE_NOOP(
        "Problems", "The toggle of {state} in {bloc} is named twice."
    ),
    "explore_too_large": QT_TRANSLATE_NOOP(
        "Problems",
        "{combinations} combinations are more than the {limit} an exploration evaluates. "
        "Explore a sample instead: fewer states at a time, with the other states' choices fixed "
        "in the scenario.",
    ),
    "explore_streamed": QT_TRANSLATE_NOOP(
        "Problems",
        "Streamed: the table keeps {kept} of the {evaluated} combinations evaluated, the Pareto "
        "front ({front}) and the {top} best on each compared objective.",
    ),
    "explore_front_too_large": QT_TRANSLATE_NOOP(
        "Problems",
        "The Pareto front of these {combinations} combinations has more than {limit} rows, too "
        "many to keep. Compare fewer objectives or explore fewer states.",
    ),
    "drivers_need_every_combination": QT_TRANSLATE_NOOP(
        "Problems",
        "The drivers need every combination, but this exploration was streamed: it evaluated "
        "{evaluated} and kept {kept}. Explore fewer states or toggles to see them.",
    ),
    "discovery_needs_every_combination": QT_TRANSLATE_NOOP(
        "Problems",
        "Scenario discovery needs every combination, but this exploration was streamed: it "
        "evaluated {evaluated} and kept {kept}. Explore fewer states or toggles to find boxes.",
    ),
    "pareto_share_needs_every_combination": QT_TRANSLATE_NOOP(
        "Problems",
        "The Pareto share needs every combination, but this exploration was streamed: it "
        "evaluated {evaluated} and kept {kept}, so it was not computed.",
    ),
    "where_empty": QT_TRANSLATE_NOOP(
        "Problems", "The condition is empty; write one such as KAZ:autonomy>60."
    ),
    "where_syntax": QT_TRANSLATE_NOOP(
        "Problems",
        "“{part}” is not ENTITY:INDICATOR, one of >, >=, <, <= and a number (such as "
        "KAZ:autonomy>60); join conditions with “and”.",
    ),
    "where_unknown_entity": QT_TRANSLATE_NOOP(
        "Problems", "“{entity}” is not a state code, a bloc code or “region”."
    ),
    "where_unknown_indicator": QT_TRANSLATE_NOOP("Problems", "“{indicator}” is not an indicator."),
    "where_wrong_level": QT_TRANSLATE_NOOP(
        "Problems", "“{indicator}” is not an indicator of {entity}."
    ),
    "where_too_many": QT_TRANSLATE_NOOP(
        "Problems",
        "{combinations} combinations would each be valued one by one for {entity}; at most "
        "{limit} are. Explore fewer states at a time.",
    ),
    "where_holds_nowhere": QT_TRANSLATE_NOOP(
        "Problems",
        "The condition holds in none of the {combinations} combinations, so there is no box "
        "to find.",
    ),
}
TEMPLATES.update(SCENARIO_FILE_TEMPLATES)
TEMPLATES.update(DECK_FILE_TEMPLATES)
TEMPLATES.update(TEAM_TEMPLATES)
TEMPLATES.update(REPLAY_TEMPLATES)
"""One wording per problem code, in the English the translations start from."""

Namer = Callable[[str], str]
"""A state's or bloc's name in the user's language from its code (``ScenarioDocument.name``)."""


_TUPLE_WORDS: dict[str, Callable[[str], str]] = {
    "target_kinds": target_kind_label,
    "source_kinds": source_kind_label,
}


def _word(key: str, value: api.ParamValue, name: Namer) -> str:
    if isinstance(value, tuple):
        word = name if key == "blocs" else _TUPLE_WORDS.get(key, str)
        return ", ".join(word(v) for v in value)
    if key == "target_kind":
        return target_kind_label(str(value))
    if key in ("state", "bloc"):
        return name(str(value))
    if key == "status":
        return status_label(str(value))
    if key == "alignment":
        return alignment_label(str(value))
    if key == "pole":
        return pole_label(str(value))
    return localized_count(str(value))


def problem_text(problem: api.Problem, name: Namer) -> str:
    """The problem as a sentence in the user's language, states and blocs named by ``name``."""
    template = TEMPLATES.get(problem.code)
    if template is None:
        return problem.message  # a code the window does not know yet: the core's English
    values = {key: _word(key, value, name) for key, value in problem.params.items()}
    if "error" in problem.params and "reason" in values:
        values["reason"] = os_reason(problem.params["error"], values["reason"])
    return QCoreApplication.translate(CONTEXT, template).format(**values)


def problem_texts(problems: Iterable[api.Problem], name: Namer) -> list[str]:
    """``problem_text`` of each problem, in order."""
    return [problem_text(p, name) for p in problems]


def error_text(error: Exception, name: Namer) -> str:
    """Why ``error`` stopped an action, in the user's language: the problems of a ScenarioError
    or EvidenceError one a line, the problem of a file that cannot be read, parsed or written,
    and for any other system error its reason worded by its errno; else its own message."""
    if isinstance(error, api.ScenarioError | api.EvidenceError):
        return "\n".join(problem_texts(error.problems, name))
    if isinstance(error, api.ScenarioFileError):
        text = problem_text(error.problem, name)
        return f"{error.file}: {text}" if error.file else text
    found = getattr(error, "problem", None)
    if isinstance(found, api.Problem):
        return problem_text(found, name)
    if isinstance(error, OSError) and error.errno is not None:
        reason = os_reason(errno.errorcode.get(error.errno, ""), error.strerror or str(error))
        where = Path(error.filename).name if error.filename else ""
        return f"{where}: {reason}" if where else reason
    return str(error)
