"""The window's words for a scenario or deck file of the wrong shape, and for the operating system's
reasons a file cannot be read or written.

Kept apart from ``problem_texts`` (which merges these templates into its table) because they are
many and only about files. ``{where}`` is the JSON path inside the file (``memberships[0].action``)
and ``{found}`` the value found there, both shown as the file has them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SCENARIO_FILE_TEMPLATES: dict[str, str] = {
    "scenario_not_object": QT_TRANSLATE_NOOP(
        "Problems", "A scenario file must hold a JSON object."
    ),
    "scenario_wrong_format": QT_TRANSLATE_NOOP(
        "Problems", "format: “{expected}” expected, found {found}."
    ),
    "scenario_wrong_version": QT_TRANSLATE_NOOP(
        "Problems", "version: this program reads version {expected}, found {found}."
    ),
    "scenario_expected_text": QT_TRANSLATE_NOOP("Problems", "{where}: text expected."),
    "scenario_name_too_long": QT_TRANSLATE_NOOP(
        "Problems", "name: {length} characters; a name has at most {limit}."
    ),
    "scenario_expected_year": QT_TRANSLATE_NOOP(
        "Problems", "year: a whole year such as 2024 expected, found {found}."
    ),
    "scenario_expected_list": QT_TRANSLATE_NOOP("Problems", "{where}: a list expected."),
    "scenario_edit_not_object": QT_TRANSLATE_NOOP(
        "Problems", "{where}: an object with state, bloc and action expected."
    ),
    "scenario_code_not_text": QT_TRANSLATE_NOOP(
        "Problems", "{where}: a code expected as text, found {found}."
    ),
    "scenario_not_a_code": QT_TRANSLATE_NOOP(
        "Problems", "{where}: {found} is not a code (Latin letters, digits and _ only)."
    ),
    "scenario_not_one_of": QT_TRANSLATE_NOOP(
        "Problems", "{where}: one of {choices} expected, found {found}."
    ),
    "scenario_leave_with_status": QT_TRANSLATE_NOOP(
        "Problems", "{where}: an edit that leaves a bloc takes no status."
    ),
    "scenario_status_not_holdable": QT_TRANSLATE_NOOP(
        "Problems", "{where}: {found} is not a status a state can hold."
    ),
    "scenario_edited_twice": QT_TRANSLATE_NOOP(
        "Problems", "{where}: {state} in {bloc} is edited twice."
    ),
    "scenario_alignments_not_object": QT_TRANSLATE_NOOP(
        "Problems", "alignments: an object from state codes to alignments expected."
    ),
    "scenario_two_alignments": QT_TRANSLATE_NOOP(
        "Problems", "{where}: {state} is given two alignments (the codes differ only in case)."
    ),
    "scenario_parameters_not_object": QT_TRANSLATE_NOOP(
        "Problems", "parameters: an object from parameter names to numbers expected."
    ),
    "scenario_expected_number": QT_TRANSLATE_NOOP(
        "Problems", "{where}: a number expected, found {found}."
    ),
    "scenario_motivation_not_ids": QT_TRANSLATE_NOOP(
        "Problems", "motivation: a list of argument ids expected."
    ),
}
"""One wording per scenario-file code of ``regio_desktop/problems.py``."""

DECK_FILE_TEMPLATES: dict[str, str] = {
    "deck_not_object": QT_TRANSLATE_NOOP("Problems", "A deck file must hold a JSON object."),
    "deck_wrong_format": QT_TRANSLATE_NOOP(
        "Problems", "format: “{expected}” expected, found {found}."
    ),
    "deck_wrong_version": QT_TRANSLATE_NOOP(
        "Problems", "version: this program reads deck version {expected}, found {found}."
    ),
    "deck_expected_text": QT_TRANSLATE_NOOP("Problems", "{where}: text expected."),
    "deck_empty_text": QT_TRANSLATE_NOOP("Problems", "{where}: must not be empty."),
    "deck_text_too_long": QT_TRANSLATE_NOOP(
        "Problems", "{where}: {length} characters; at most {limit}."
    ),
    "deck_expected_list": QT_TRANSLATE_NOOP("Problems", "{where}: a list expected."),
    "deck_too_many": QT_TRANSLATE_NOOP("Problems", "{where}: {count} entries; at most {limit}."),
    "deck_step_not_object": QT_TRANSLATE_NOOP(
        "Problems", "{where}: an object with a title and a scenario expected."
    ),
    "deck_scenario_not_object": QT_TRANSLATE_NOOP(
        "Problems", "{where}: an object with one of preset, file or scenario expected."
    ),
    "deck_scenario_kind": QT_TRANSLATE_NOOP(
        "Problems", "{where}: name exactly one of preset, file or scenario."
    ),
    "deck_inline_scenario": QT_TRANSLATE_NOOP(
        "Problems", "{where}: the scenario written into the deck is not valid."
    ),
    "deck_option_not_object": QT_TRANSLATE_NOOP(
        "Problems", "{where}: an object with a label and a count expected."
    ),
    "deck_option_twice": QT_TRANSLATE_NOOP(
        "Problems", "{where}: the option “{label}” is named twice."
    ),
    "deck_expected_count": QT_TRANSLATE_NOOP(
        "Problems", "{where}: a whole number from 0 to {limit} expected, found {found}."
    ),
    "deck_not_one_of": QT_TRANSLATE_NOOP(
        "Problems", "{where}: one of {choices} expected, found {found}."
    ),
    "deck_unknown_preset": QT_TRANSLATE_NOOP(
        "Problems", "There is no preset “{preset}” (the presets are {presets})."
    ),
    "deck_scenario_unreadable": QT_TRANSLATE_NOOP(
        "Problems", "Its scenario file {file} cannot be used."
    ),
    "deck_scenario_unfit": QT_TRANSLATE_NOOP("Problems", "Its scenario does not fit the world."),
    "deck_unknown_colouring": QT_TRANSLATE_NOOP(
        "Problems",
        "“{found}” is not a map colouring: use alignment, a bloc code or a state indicator code.",
    ),
}
"""One wording per deck-file code of ``regio_desktop/problems.py``."""

_OS_REASONS: dict[str, str] = {
    "ENOENT": QT_TRANSLATE_NOOP("Problems", "there is no such file"),
    "EACCES": QT_TRANSLATE_NOOP("Problems", "you have no permission to read it"),
    "EPERM": QT_TRANSLATE_NOOP("Problems", "the system does not permit it"),
    "ENOTDIR": QT_TRANSLATE_NOOP("Problems", "a part of its path is not a folder"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("Problems", "its name is too long"),
    "ELOOP": QT_TRANSLATE_NOOP("Problems", "its links lead round in a circle"),
    "EIO": QT_TRANSLATE_NOOP("Problems", "the disk reported a read error"),
    "ENOSPC": QT_TRANSLATE_NOOP("Problems", "the disk is full"),
    "EROFS": QT_TRANSLATE_NOOP("Problems", "the disk is read-only"),
}


def os_reason(error: object, fallback: str) -> str:
    """The operating system's reason (an errno name such as ``ENOENT``) in the user's language;
    ``fallback`` (the system's own English text) for a reason without a wording here."""
    template = _OS_REASONS.get(str(error))
    return QCoreApplication.translate("Problems", template) if template else fallback
