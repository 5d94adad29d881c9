"""Reading and writing scenario files (``.regio.json``), as documented in docs/scenario-format.md.

Parsing checks the shape of the file and names the first problem it finds (with its JSON path);
checking codes and actions against the world is ``validation.validate``'s job.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from regio_desktop.atomic_file import write_atomically
from regio_desktop.input_files import (
    SCENARIO_LIMIT,
    InputFileError,
    parse_json,
    printable,
    read_text,
)
from regio_desktop.problems import ParamValue, Problem, problem
from regio_desktop.scenario.model import ACTIONS, MembershipEdit, Scenario
from regio_desktop.world.vocabulary import MEMBERSHIP_STATUSES, SCENARIO_ALIGNMENTS

FORMAT = "regio-scenario"
VERSION = 1
SUFFIX = ".regio.json"
NAME_LIMIT = 300
"""Characters in a scenario's name: it heads the window, the list, the report and its pages."""


class ScenarioFileError(ValueError):
    """A scenario file or text that cannot be read: ``problem`` (a code and parameters, worded by
    the window in the user's language) and the ``file`` it is in; ``str()`` is the English."""

    def __init__(self, found: Problem, file: str | None = None) -> None:
        super().__init__(f"{file}: {found.message}" if file else found.message)
        self.problem = found
        self.file = file


def _fail(code: str, **params: ParamValue) -> ScenarioFileError:
    return ScenarioFileError(problem(code, **params))


_CODE = re.compile(r"[A-Z0-9_]{1,24}")


def _shown(value: Any) -> str:
    """A value from the file as a message shows it: JSON, without control characters, short."""
    return printable(json.dumps(value, ensure_ascii=False), 60)


def _code(value: Any, where: str) -> str:
    """A state or bloc code: letters, digits and underscores, case and outer spaces ignored."""
    if not isinstance(value, str) or not value.strip():
        raise _fail("scenario_code_not_text", where=where, found=_shown(value))
    code = value.strip().upper()
    if not _CODE.fullmatch(code):
        raise _fail("scenario_not_a_code", where=where, found=_shown(value))
    return code


def scenario_from_dict(data: Any) -> Scenario:
    """Build a Scenario from parsed JSON, refusing anything not in the documented shape."""
    if not isinstance(data, dict):
        raise _fail("scenario_not_object")
    if data.get("format") != FORMAT:
        raise _fail("scenario_wrong_format", expected=FORMAT, found=_shown(data.get("format")))
    version = data.get("version")
    if isinstance(version, bool) or version != VERSION:
        raise _fail("scenario_wrong_version", expected=VERSION, found=_shown(version))
    name = data.get("name", "Untitled scenario")
    if not isinstance(name, str):
        raise _fail("scenario_expected_text", where="name")
    if len(name) > NAME_LIMIT:  # a title: longer belongs in the description or the notes
        raise _fail("scenario_name_too_long", length=len(name), limit=NAME_LIMIT)
    description = data.get("description", "")
    if not isinstance(description, str):
        raise _fail("scenario_expected_text", where="description")
    notes = data.get("notes", "")
    if not isinstance(notes, str):
        raise _fail("scenario_expected_text", where="notes")
    year = data.get("year")
    if year is not None and (
        not isinstance(year, int) or isinstance(year, bool) or not 1000 <= year <= 9999
    ):
        raise _fail("scenario_expected_year", found=_shown(year))

    edits: list[MembershipEdit] = []
    raw_edits = data.get("memberships", [])
    if not isinstance(raw_edits, list):
        raise _fail("scenario_expected_list", where="memberships")
    seen: set[tuple[str, str]] = set()
    for i, item in enumerate(raw_edits):
        where = f"memberships[{i}]"
        if not isinstance(item, dict):
            raise _fail("scenario_edit_not_object", where=where)
        state = _code(item.get("state"), f"{where}.state")
        bloc = _code(item.get("bloc"), f"{where}.bloc")
        action = item.get("action")
        if action not in ACTIONS:
            raise _fail(
                "scenario_not_one_of",
                where=f"{where}.action",
                choices=", ".join(ACTIONS),
                found=_shown(action),
            )
        status = item.get("status")
        if action == "leave":
            if status is not None:
                raise _fail("scenario_leave_with_status", where=f"{where}.status")
        else:
            status = "member" if status is None and action == "join" else status
            if status not in MEMBERSHIP_STATUSES or status in ("withdrawn",):
                raise _fail(
                    "scenario_status_not_holdable", where=f"{where}.status", found=_shown(status)
                )
        if (state, bloc) in seen:
            raise _fail("scenario_edited_twice", where=where, state=state, bloc=bloc)
        seen.add((state, bloc))
        edits.append(MembershipEdit(state, bloc, action, status))

    raw_alignments = data.get("alignments", {})
    if not isinstance(raw_alignments, dict):
        raise _fail("scenario_alignments_not_object")
    alignments: dict[str, str] = {}
    for key, value in raw_alignments.items():
        where = f"alignments.{printable(key, 30)}"
        state = _code(key, where)
        if value not in SCENARIO_ALIGNMENTS:
            raise _fail(
                "scenario_not_one_of",
                where=where,
                choices=", ".join(SCENARIO_ALIGNMENTS),
                found=_shown(value),
            )
        if state in alignments:
            raise _fail("scenario_two_alignments", where=where, state=state)
        alignments[state] = value

    raw_parameters = data.get("parameters", {})
    if not isinstance(raw_parameters, dict):
        raise _fail("scenario_parameters_not_object")
    parameters: dict[str, float] = {}
    for key, value in raw_parameters.items():
        where = f"parameters.{printable(key, 30)}"
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise _fail("scenario_expected_number", where=where, found=_shown(value))
        parameters[str(key).strip()] = float(value)

    motivation = data.get("motivation", [])
    if not isinstance(motivation, list) or not all(isinstance(m, str) for m in motivation):
        raise _fail("scenario_motivation_not_ids")

    return Scenario(
        name=name,
        year=year,
        description=description,
        memberships=tuple(sorted(edits)),
        alignments=tuple(sorted(alignments.items())),
        parameters=tuple(sorted(parameters.items())),
        motivation=tuple(motivation),
        notes=notes,
    )


def scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    """The documented JSON shape of a scenario (round-trips through ``scenario_from_dict``)."""
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "name": scenario.name}
    if scenario.description:
        data["description"] = scenario.description
    data["year"] = scenario.year
    data["memberships"] = [
        {"state": e.state, "bloc": e.bloc, "action": e.action}
        | ({"status": e.status} if e.action != "leave" else {})
        for e in scenario.memberships
    ]
    data["alignments"] = dict(scenario.alignments)
    if scenario.parameters:
        data["parameters"] = dict(scenario.parameters)
    if scenario.motivation:
        data["motivation"] = list(scenario.motivation)
    if scenario.notes:
        data["notes"] = scenario.notes
    return data


def loads(text: str, file: str = "the text") -> Scenario:
    """Parse scenario JSON text (strictly: see ``input_files.parse_json``)."""
    try:
        data = parse_json(text, file)
    except InputFileError as exc:
        raise ScenarioFileError(exc.problem) from None  # the problem names the file already
    return scenario_from_dict(data)


def dumps(scenario: Scenario) -> str:
    return json.dumps(scenario_to_dict(scenario), ensure_ascii=False, indent=2) + "\n"


def read(path: Path) -> Scenario:
    """Read a scenario file; the error names the file."""
    name = printable(path.name)
    try:
        data = parse_json(read_text(path, SCENARIO_LIMIT), name)
    except InputFileError as exc:
        raise ScenarioFileError(exc.problem) from None  # the problem names the file already
    try:
        return scenario_from_dict(data)
    except ScenarioFileError as exc:
        raise ScenarioFileError(exc.problem, name) from None


def write(scenario: Scenario, path: Path) -> None:
    """Write atomically: the old file stays intact until the new one is complete."""
    text = dumps(scenario)
    write_atomically(path, lambda partial: partial.write_text(text, encoding="utf-8"))
