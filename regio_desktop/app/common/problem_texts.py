"""The window's words for every problem and tension the core reports (codes and parameters).

The core hands over data (``api.Problem``: a code and plain parameters, see scenario/problems.py)
and keeps one English template for the command line and the report; the window words the same codes
here, in the user's language, with state and bloc names instead of codes and translated statuses,
alignments and poles. Every template is a literal marked with QT_TRANSLATE_NOOP so that lupdate
finds it; tests/app/common/test_problem_texts.py fails when the core gains a code missing here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from regio_desktop import api
from regio_desktop.app.common.vocabulary_labels import alignment_label, status_label

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
}
"""One wording per problem code, in the English the translations start from."""

_POLE_LABELS: dict[str, str] = {
    "russia": QT_TRANSLATE_NOOP("Problems", "Russia"),
    "china": QT_TRANSLATE_NOOP("Problems", "China"),
    "west": QT_TRANSLATE_NOOP("Problems", "the West"),
    "turkic": QT_TRANSLATE_NOOP("Problems", "the Turkic world"),
    "other": QT_TRANSLATE_NOOP("Problems", "another pole"),
}

Namer = Callable[[str], str]
"""A state's or bloc's name in the user's language from its code (``ScenarioDocument.name``)."""


def pole_label(pole: str) -> str:
    """The user's-language name of a pole ('russia' -> Russia), as the subject of a sentence."""
    return QCoreApplication.translate(CONTEXT, _POLE_LABELS.get(pole, pole))


def _word(key: str, value: api.ParamValue, name: Namer) -> str:
    if isinstance(value, tuple):
        return ", ".join(name(v) if key == "blocs" else v for v in value)
    if key in ("state", "bloc"):
        return name(str(value))
    if key == "status":
        return status_label(str(value))
    if key == "alignment":
        return alignment_label(str(value))
    if key == "pole":
        return pole_label(str(value))
    return str(value)


def problem_text(problem: api.Problem, name: Namer) -> str:
    """The problem as a sentence in the user's language, states and blocs named by ``name``."""
    template = TEMPLATES.get(problem.code)
    if template is None:
        return problem.message  # a code the window does not know yet: the core's English
    values = {key: _word(key, value, name) for key, value in problem.params.items()}
    return QCoreApplication.translate(CONTEXT, template).format(**values)


def problem_texts(problems: Iterable[api.Problem], name: Namer) -> list[str]:
    """``problem_text`` of each problem, in order."""
    return [problem_text(p, name) for p in problems]


def error_text(error: Exception, name: Namer) -> str:
    """Why ``error`` stopped an action: a ScenarioError's problems worded here, one a line;
    any other error (a file that cannot be read) with its own message."""
    if isinstance(error, api.ScenarioError):
        return "\n".join(problem_texts(error.problems, name))
    return str(error)
