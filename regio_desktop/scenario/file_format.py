"""Reading and writing scenario files (``.regio.json``), as documented in docs/scenario-format.md.

Parsing checks the shape of the file and names the first problem it finds (with its JSON path);
checking codes and actions against the world is ``validation.validate``'s job.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from regio_desktop.atomic_file import write_atomically
from regio_desktop.scenario.model import ACTIONS, MembershipEdit, Scenario
from regio_desktop.world.vocabulary import MEMBERSHIP_STATUSES, SCENARIO_ALIGNMENTS

FORMAT = "regio-scenario"
VERSION = 1
SUFFIX = ".regio.json"


class ScenarioFileError(ValueError):
    """A scenario file or text that cannot be read, with a message that names the problem."""


def _fail(where: str, message: str) -> ScenarioFileError:
    return ScenarioFileError(f"{where}: {message}" if where else message)


def _code(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, f"expected a code as text, found {json.dumps(value)}")
    return value.strip().upper()


def scenario_from_dict(data: Any) -> Scenario:
    """Build a Scenario from parsed JSON, refusing anything not in the documented shape."""
    if not isinstance(data, dict):
        raise _fail("", "a scenario file must hold a JSON object")
    if data.get("format") != FORMAT:
        raise _fail("format", f'expected "{FORMAT}", found {json.dumps(data.get("format"))}')
    version = data.get("version")
    if version != VERSION:
        raise _fail("version", f"this program reads version {VERSION}, found {json.dumps(version)}")
    name = data.get("name", "Untitled scenario")
    if not isinstance(name, str):
        raise _fail("name", "expected text")
    description = data.get("description", "")
    if not isinstance(description, str):
        raise _fail("description", "expected text")
    year = data.get("year")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise _fail("year", f"expected a whole year such as 2024, found {json.dumps(year)}")

    edits: list[MembershipEdit] = []
    raw_edits = data.get("memberships", [])
    if not isinstance(raw_edits, list):
        raise _fail("memberships", "expected a list")
    seen: set[tuple[str, str]] = set()
    for i, item in enumerate(raw_edits):
        where = f"memberships[{i}]"
        if not isinstance(item, dict):
            raise _fail(where, "expected an object with state, bloc and action")
        state = _code(item.get("state"), f"{where}.state")
        bloc = _code(item.get("bloc"), f"{where}.bloc")
        action = item.get("action")
        if action not in ACTIONS:
            raise _fail(
                f"{where}.action",
                f"expected one of {', '.join(ACTIONS)}, found {json.dumps(action)}",
            )
        status = item.get("status")
        if action == "leave":
            if status is not None:
                raise _fail(f"{where}.status", "a 'leave' edit takes no status")
        else:
            status = "member" if status is None and action == "join" else status
            if status not in MEMBERSHIP_STATUSES or status in ("withdrawn",):
                raise _fail(f"{where}.status", f"{json.dumps(status)} is not a status one can hold")
        if (state, bloc) in seen:
            raise _fail(where, f"{state} in {bloc} is edited twice")
        seen.add((state, bloc))
        edits.append(MembershipEdit(state, bloc, action, status))

    raw_alignments = data.get("alignments", {})
    if not isinstance(raw_alignments, dict):
        raise _fail("alignments", "expected an object mapping ISO3 codes to alignments")
    alignments: dict[str, str] = {}
    for key, value in raw_alignments.items():
        state = _code(key, f"alignments.{key}")
        if value not in SCENARIO_ALIGNMENTS:
            raise _fail(
                f"alignments.{key}",
                f"expected one of {', '.join(SCENARIO_ALIGNMENTS)}, found {json.dumps(value)}",
            )
        alignments[state] = value

    raw_parameters = data.get("parameters", {})
    if not isinstance(raw_parameters, dict):
        raise _fail("parameters", "expected an object mapping parameter names to numbers")
    parameters: dict[str, float] = {}
    for key, value in raw_parameters.items():
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise _fail(f"parameters.{key}", f"expected a number, found {json.dumps(value)}")
        parameters[str(key)] = float(value)

    motivation = data.get("motivation", [])
    if not isinstance(motivation, list) or not all(isinstance(m, str) for m in motivation):
        raise _fail("motivation", "expected a list of argument ids")

    return Scenario(
        name=name,
        year=year,
        description=description,
        memberships=tuple(sorted(edits)),
        alignments=tuple(sorted(alignments.items())),
        parameters=tuple(sorted(parameters.items())),
        motivation=tuple(motivation),
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
    return data


def loads(text: str) -> Scenario:
    """Parse scenario JSON text."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScenarioFileError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise ScenarioFileError("not a scenario: its JSON is nested too deeply") from None
    return scenario_from_dict(data)


def dumps(scenario: Scenario) -> str:
    return json.dumps(scenario_to_dict(scenario), ensure_ascii=False, indent=2) + "\n"


def read(path: Path) -> Scenario:
    """Read a scenario file; the error names the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScenarioFileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ScenarioFileError(f"{path}: is not UTF-8 text") from None
    try:
        return loads(text)
    except ScenarioFileError as exc:
        raise ScenarioFileError(f"{path.name}: {exc}") from None


def write(scenario: Scenario, path: Path) -> None:
    """Write atomically: the old file stays intact until the new one is complete."""
    text = dumps(scenario)
    write_atomically(path, lambda partial: partial.write_text(text, encoding="utf-8"))
