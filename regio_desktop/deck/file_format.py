"""Reading and writing deck files (``.regio-deck.json``), as documented in docs/deck-format.md.

Parsing checks the shape of the file and names the first problem it finds with its JSON path;
whether the presets, bloc codes, indicators and scenario files a deck names exist is
``checks.check``'s job. Paths of scenario files are kept as written (relative to the deck's
folder); ``rebased`` rewrites them when a deck is saved into another folder.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from regio_desktop.atomic_file import write_atomically
from regio_desktop.deck.model import SHOWS, Deck, Option, ScenarioRef, Step
from regio_desktop.input_files import (
    SCENARIO_LIMIT,
    InputFileError,
    parse_json,
    printable,
    read_text,
)
from regio_desktop.problems import ParamValue, Problem, problem
from regio_desktop.scenario.file_format import (
    ScenarioFileError,
    scenario_from_dict,
    scenario_to_dict,
)

FORMAT = "regio-deck"
VERSION = 1
SUFFIX = ".regio-deck.json"
TEXT_LIMIT = 300
"""Characters in a title or an option's label: each is one line on a projector."""
MAX_STEPS = 200
MAX_OPTIONS = 12
MAX_COUNT = 1_000_000


class DeckFileError(ValueError):
    """A deck file that cannot be read: ``problem`` (a code and parameters, worded by the window),
    the ``file`` it is in, and ``cause``, the scenario problem behind a step's inline scenario
    that does not parse; ``str()`` is the English."""

    def __init__(self, found: Problem, file: str | None = None, cause: Problem | None = None):
        message = found.message + (f" ({cause.message})" if cause is not None else "")
        super().__init__(f"{file}: {message}" if file else message)
        self.problem = found
        self.file = file
        self.cause = cause


def _fail(code: str, **params: ParamValue) -> DeckFileError:
    return DeckFileError(problem(code, **params))


def _shown(value: Any) -> str:
    return printable(json.dumps(value, ensure_ascii=False), 60)


def _text(data: dict[str, Any], key: str, where: str, limit: int | None = None) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise _fail("deck_expected_text", where=f"{where}{key}")
    if limit is not None and len(value) > limit:
        raise _fail("deck_text_too_long", where=f"{where}{key}", length=len(value), limit=limit)
    return value


def _ref(value: Any, where: str) -> ScenarioRef:
    if not isinstance(value, dict):
        raise _fail("deck_scenario_not_object", where=where)
    kinds = [kind for kind in ("preset", "file", "scenario") if kind in value]
    if len(kinds) != 1 or len(value) != 1:
        raise _fail("deck_scenario_kind", where=where)
    kind = kinds[0]
    inner = value[kind]
    if kind == "scenario":
        try:
            return ScenarioRef.of_scenario(scenario_from_dict(inner))
        except ScenarioFileError as exc:
            raise DeckFileError(
                problem("deck_inline_scenario", where=f"{where}.scenario"), cause=exc.problem
            ) from None
    if not isinstance(inner, str) or not inner.strip():
        raise _fail("deck_expected_text", where=f"{where}.{kind}")
    return ScenarioRef.of_preset(inner.strip()) if kind == "preset" else ScenarioRef.of_file(inner)


def _count(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise _fail("deck_expected_count", where=where, found=_shown(value), limit=MAX_COUNT)
    return value


def _options(value: Any, where: str) -> tuple[Option, ...]:
    if not isinstance(value, list):
        raise _fail("deck_expected_list", where=where)
    if len(value) > MAX_OPTIONS:
        raise _fail("deck_too_many", where=where, count=len(value), limit=MAX_OPTIONS)
    options: list[Option] = []
    for i, item in enumerate(value):
        here = f"{where}[{i}]"
        if not isinstance(item, dict):
            raise _fail("deck_option_not_object", where=here)
        label = _text(item, "label", f"{here}.", TEXT_LIMIT).strip()
        if not label:
            raise _fail("deck_empty_text", where=f"{here}.label")
        if any(option.label == label for option in options):
            raise _fail("deck_option_twice", where=here, label=printable(label, 60))
        options.append(Option(label, _count(item.get("count", 0), f"{here}.count")))
    return tuple(options)


def _step(item: Any, where: str) -> Step:
    if not isinstance(item, dict):
        raise _fail("deck_step_not_object", where=where)
    title = _text(item, "title", f"{where}.", TEXT_LIMIT)
    if not title.strip():
        raise _fail("deck_empty_text", where=f"{where}.title")
    if "scenario" not in item:
        raise _fail("deck_scenario_not_object", where=f"{where}.scenario")
    ref = _ref(item["scenario"], f"{where}.scenario")
    colour_by = _text(item, "colour_by", f"{where}.").strip() or "alignment"
    show = item.get("show", "change")
    if show not in SHOWS:
        raise _fail(
            "deck_not_one_of", where=f"{where}.show", choices=", ".join(SHOWS), found=_shown(show)
        )
    return Step(
        title=title,
        scenario=ref,
        question=_text(item, "question", f"{where}."),
        notes=_text(item, "notes", f"{where}."),
        colour_by=colour_by,
        show=show,
        state=_text(item, "state", f"{where}.").strip().upper(),
        options=_options(item.get("options", []), f"{where}.options"),
    )


def deck_from_dict(data: Any) -> Deck:
    """Build a Deck from parsed JSON, refusing anything not in the documented shape."""
    if not isinstance(data, dict):
        raise _fail("deck_not_object")
    if data.get("format") != FORMAT:
        raise _fail("deck_wrong_format", expected=FORMAT, found=_shown(data.get("format")))
    version = data.get("version")
    if isinstance(version, bool) or version != VERSION:
        raise _fail("deck_wrong_version", expected=VERSION, found=_shown(version))
    title = _text(data, "title", "", TEXT_LIMIT)
    description = _text(data, "description", "")
    raw_steps = data.get("steps", [])
    if not isinstance(raw_steps, list):
        raise _fail("deck_expected_list", where="steps")
    if len(raw_steps) > MAX_STEPS:
        raise _fail("deck_too_many", where="steps", count=len(raw_steps), limit=MAX_STEPS)
    steps = tuple(_step(item, f"steps[{i}]") for i, item in enumerate(raw_steps))
    return Deck(title=title, description=description, steps=steps)


def _ref_to_dict(ref: ScenarioRef) -> dict[str, Any]:
    if ref.kind == "inline" and ref.scenario is not None:
        return {"scenario": scenario_to_dict(ref.scenario)}
    return {"preset": ref.preset} if ref.kind == "preset" else {"file": ref.path}


def deck_to_dict(deck: Deck) -> dict[str, Any]:
    """The documented JSON shape of a deck (round-trips through ``deck_from_dict``)."""
    steps: list[dict[str, Any]] = []
    for step in deck.steps:
        item: dict[str, Any] = {"title": step.title, "scenario": _ref_to_dict(step.scenario)}
        if step.question:
            item["question"] = step.question
        if step.notes:
            item["notes"] = step.notes
        item["colour_by"] = step.colour_by
        if step.show != "change":
            item["show"] = step.show
        if step.state:
            item["state"] = step.state
        item["options"] = [{"label": o.label, "count": o.count} for o in step.options]
        steps.append(item)
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "title": deck.title}
    if deck.description:
        data["description"] = deck.description
    data["steps"] = steps
    return data


def dumps(deck: Deck) -> str:
    return json.dumps(deck_to_dict(deck), ensure_ascii=False, indent=2) + "\n"


def loads(text: str, file: str = "the text") -> Deck:
    try:
        data = parse_json(text, file)
    except InputFileError as exc:
        raise DeckFileError(exc.problem) from None
    return deck_from_dict(data)


def read(path: Path) -> Deck:
    """Read a deck file; the error names the file."""
    name = printable(Path(path).name)
    try:
        data = parse_json(read_text(Path(path), SCENARIO_LIMIT), name)
    except InputFileError as exc:
        raise DeckFileError(exc.problem) from None  # the problem names the file already
    try:
        return deck_from_dict(data)
    except DeckFileError as exc:
        raise DeckFileError(exc.problem, name, exc.cause) from None


def rebased(deck: Deck, old_folder: Path | None, new_folder: Path) -> Deck:
    """The deck with its relative scenario paths rewritten so that, read from ``new_folder``,
    they name the same files they named from ``old_folder`` (None: paths already absolute or
    relative to the working folder)."""
    steps = []
    for step in deck.steps:
        ref = step.scenario
        if ref.kind == "file":
            target = Path(ref.path)
            if not target.is_absolute():
                target = (old_folder or Path.cwd()) / target
            try:
                path = os.path.relpath(target.resolve(), new_folder.resolve())
            except ValueError:  # another drive on Windows
                path = str(target.resolve())
            step = replace(step, scenario=ScenarioRef.of_file(Path(path).as_posix()))
        steps.append(step)
    return replace(deck, steps=tuple(steps))


def write(deck: Deck, path: Path) -> None:
    """Write atomically: the old file stays intact until the new one is complete."""
    text = dumps(deck)
    write_atomically(Path(path), lambda partial: partial.write_text(text, encoding="utf-8"))
