"""Reading and validating the reviewed CSV files under ``db/data`` (the shipped world as text).

Each table has a declared header and a row parser; a bad cell raises DataFileError naming the file,
the line and the problem, so a reviewer can fix the data without reading code.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regio_desktop.world import vocabulary as vocab


class DataFileError(ValueError):
    """A row of a data file that breaks the rules of docs/data-files.md."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path.name}, line {line}: {message}")
        self.path = path
        self.line = line


Row = dict[str, str]


@dataclass(frozen=True)
class Cell:
    """Parses one cell of a row; raising ValueError makes it a DataFileError with the location."""

    row: Row

    def text(self, name: str, *, required: bool = True) -> str | None:
        value = (self.row.get(name) or "").strip()
        if required and not value:
            raise ValueError(f"column '{name}' is empty")
        return value or None

    def req(self, name: str) -> str:
        value = self.text(name)
        assert value is not None
        return value

    def date(self, name: str, *, required: bool = True) -> dt.date | None:
        value = self.text(name, required=required)
        if value is None:
            return None
        try:
            parsed = dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"column '{name}': '{value}' is not a date (YYYY-MM-DD)") from None
        if not 1900 <= parsed.year <= 2100:
            raise ValueError(f"column '{name}': {value} is not a plausible date")
        return parsed

    def flag(self, name: str) -> bool:
        value = (self.row.get(name) or "0").strip()
        if value not in ("0", "1"):
            raise ValueError(f"column '{name}' must be 0 or 1, not '{value}'")
        return value == "1"

    def number(self, name: str, low: float | None = None, high: float | None = None) -> float:
        value = self.req(name)
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"column '{name}': '{value}' is not a number") from None
        if (low is not None and number < low) or (high is not None and number > high):
            raise ValueError(f"column '{name}': {value} is outside {low}..{high}")
        return number

    def choice(
        self, name: str, allowed: tuple[str, ...] | frozenset[str], *, required: bool = True
    ) -> str | None:
        value = self.text(name, required=required)
        if value is not None and value not in allowed:
            raise ValueError(
                f"column '{name}': '{value}' is not one of {', '.join(sorted(allowed))}"
            )
        return value


def read_rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, Row]]:
    """Yield (line number, row) after checking the header is exactly ``columns``."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        header = tuple(reader.fieldnames or ())
        if header != columns:
            raise DataFileError(
                path, 1, f"header is {','.join(header)}; expected {','.join(columns)}"
            )
        for row in reader:
            if None in row:
                raise DataFileError(path, reader.line_num, "the row has more cells than the header")
            if not any((v or "").strip() for v in row.values()):
                continue
            yield reader.line_num, row


@dataclass(frozen=True)
class TableSpec:
    """How one CSV file maps to one table: its header and a function from a row to column values."""

    file: str
    table: str
    columns: tuple[str, ...]
    parse: Callable[[Cell], dict[str, Any]]
    optional: bool = False  # a data folder from before the file existed builds without it


def _names(c: Cell) -> dict[str, Any]:
    return {"name_en": c.req("name_en"), "name_ru": c.req("name_ru"), "name_kk": c.req("name_kk")}


def _source(c: Cell, kind: str = "shipped") -> dict[str, Any]:
    return {
        "id": c.req("id"),
        "citation": c.req("citation"),
        "url": c.text("url", required=False),
        "accessed": c.date("accessed", required=False),
        "licence": c.text("licence", required=False),
        "kind": c.choice("kind", vocab.SOURCE_KINDS),
        "origin": kind,
    }


def _pole(c: Cell) -> dict[str, Any]:
    return {
        "code": c.choice("code", vocab.POLES),
        **_names(c),
        "core_states": c.text("core_states", required=False) or "",
        "source_id": c.req("source"),
    }


def _state(c: Cell) -> dict[str, Any]:
    return {
        "iso3": c.req("iso3"),
        **_names(c),
        "region": c.req("region"),
        "landlocked": c.flag("landlocked"),
        "post_soviet": c.flag("post_soviet"),
        "pole": c.choice("pole", vocab.POLES, required=False),
        "source_id": c.req("source"),
        "focus": c.flag("focus"),
    }


def _alignment(c: Cell) -> dict[str, Any]:
    return {
        "state_iso3": c.req("state"),
        "start": c.date("start"),
        "end": c.date("end", required=False),
        "alignment": c.choice("alignment", vocab.ALIGNMENTS),
        "source_id": c.req("source"),
        "estimate": c.flag("estimate"),
        "note": c.text("note", required=False),
    }


def _bloc(c: Cell) -> dict[str, Any]:
    return {
        "code": c.req("code"),
        **_names(c),
        "kind": c.choice("kind", vocab.BLOC_KINDS),
        "leading_pole": c.choice("leading_pole", vocab.POLES, required=False),
        "founded": c.date("founded"),
        "dissolved": c.date("dissolved", required=False),
        "depth_trade": c.number("depth_trade", 0, 1),
        "depth_regulation": c.number("depth_regulation", 0, 1),
        "depth_security": c.number("depth_security", 0, 1),
        "depth_politics": c.number("depth_politics", 0, 1),
        "delegation": c.number("delegation", 0, 1),
        "preferential_trade": c.flag("preferential_trade"),
        "collective_defence": c.flag("collective_defence"),
        "source_id": c.req("source"),
        "note": c.text("note", required=False),
        "preferential_with": c.text("preferential_with", required=False),
    }


def _membership(c: Cell) -> dict[str, Any]:
    return {
        "state_iso3": c.req("state"),
        "bloc_code": c.req("bloc"),
        "status": c.choice("status", vocab.MEMBERSHIP_STATUSES),
        "start": c.date("start"),
        "end": c.date("end", required=False),
        "source_id": c.req("source"),
        "estimate": c.flag("estimate"),
        "note": c.text("note", required=False),
    }


def _observation(c: Cell) -> dict[str, Any]:
    return {
        "state_iso3": c.req("state"),
        "indicator": c.req("indicator"),
        "year": int(c.number("year", 1900, 2100)),
        "value": c.number("value"),
        "unit": c.req("unit"),
        "source_id": c.req("source"),
        "estimate": c.flag("estimate"),
    }


def _trade_share(c: Cell) -> dict[str, Any]:
    return {
        "state_iso3": c.req("state"),
        "partner": c.choice("partner", vocab.POLES),
        "year": int(c.number("year", 1900, 2100)),
        "share": c.number("share", 0, 100),
        "source_id": c.req("source"),
        "estimate": c.flag("estimate"),
        "note": c.text("note", required=False),
    }


def _corridor(c: Cell) -> dict[str, Any]:
    return {
        "code": c.req("code"),
        **_names(c),
        "pole": c.choice("pole", vocab.POLES),
        "source_id": c.req("source"),
        "note": c.text("note", required=False),
        "sanctions_exposure": c.number("sanctions_exposure", 0, 1),
    }


def _corridor_state(c: Cell) -> dict[str, Any]:
    return {
        "corridor_code": c.req("corridor"),
        "state_iso3": c.req("state"),
        "role": c.choice("role", vocab.CORRIDOR_ROLES),
        "source_id": c.req("source"),
        # Every shipped segment says when it opened; the column stays nullable for databases
        # upgraded from before segments were dated (World.corridor_states_on reads those).
        "start": c.date("start"),
        "end": c.date("end", required=False),
        "note": c.text("note", required=False),
    }


def _sanction(c: Cell) -> dict[str, Any]:
    return {
        "state_iso3": c.req("state"),
        "start": c.date("start"),
        "end": c.date("end", required=False),
        "regime": c.req("regime"),
        "severity": c.number("severity", 0, 1),
        "transit": c.number("transit", 0, 1),
        "source_id": c.req("source"),
        "note": c.text("note", required=False),
    }


ESTIMATE_FIELDS = {
    "bloc": ("depth_trade", "depth_regulation", "depth_security", "depth_politics", "delegation"),
    "corridor": ("sanctions_exposure",),
    "sanction": ("severity", "transit"),
}
"""The estimated columns a row of estimate_ranges.csv may give a range for, by kind."""


def _estimate_range(c: Cell) -> dict[str, Any]:
    kind = c.choice("kind", tuple(ESTIMATE_FIELDS))
    assert kind is not None
    field = c.choice("field", ESTIMATE_FIELDS[kind])
    low, high = c.number("low", 0, 1), c.number("high", 0, 1)
    if low > high:
        raise ValueError(f"low {low:g} is above high {high:g}")
    return {
        "kind": kind,
        "code": c.req("code"),
        "field": field,
        "low": low,
        "high": high,
        "source_id": c.req("source"),
        "reason": c.req("reason"),
    }


def _argument(c: Cell) -> dict[str, Any]:
    kind = c.choice("target_kind", vocab.TARGET_KINDS)
    target = c.req("target")
    if kind == "alignment" and target not in vocab.ALIGNMENTS:
        raise ValueError(f"column 'target': '{target}' is not an alignment")
    themes = [t.strip() for t in (c.text("themes", required=False) or "").split(";") if t.strip()]
    for theme in themes:
        if theme not in vocab.THEMES:
            raise ValueError(f"column 'themes': '{theme}' is not a theme")
    indicators = [
        i.strip() for i in (c.text("indicators", required=False) or "").split(";") if i.strip()
    ]
    for indicator in indicators:
        if indicator not in vocab.ARGUMENT_INDICATORS:
            raise ValueError(f"column 'indicators': '{indicator}' is not a state indicator")
    states = [s.strip() for s in (c.text("states", required=False) or "").split(";") if s.strip()]
    return {
        "id": c.req("id"),
        "claim": c.req("claim"),
        "stance": c.choice("stance", vocab.STANCES),
        "target_kind": kind,
        "target": target,
        "themes": ";".join(themes),
        "indicators": ";".join(indicators),
        "strength": int(c.number("strength", 1, 3)),
        "source_id": c.req("source"),
        "location": c.text("location", required=False),
        "quote": c.text("quote", required=False),
        "reviewed": c.text("reviewed", required=False),
        "origin": "shipped",
        "_states": states,
    }


SOURCE_COLUMNS = ("id", "citation", "url", "accessed", "licence", "kind")
ARGUMENT_COLUMNS = (
    "id",
    "claim",
    "stance",
    "target_kind",
    "target",
    "states",
    "themes",
    "indicators",
    "strength",
    "source",
    "location",
    "quote",
)
SHIPPED_ARGUMENT_COLUMNS = (*ARGUMENT_COLUMNS, "reviewed")
"""The shipped file also says what was checked against the source (``reviewed``)."""

TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "poles.csv",
        "poles",
        ("code", "name_en", "name_ru", "name_kk", "core_states", "source"),
        _pole,
    ),
    TableSpec(
        "states.csv",
        "states",
        (
            "iso3",
            "name_en",
            "name_ru",
            "name_kk",
            "region",
            "landlocked",
            "post_soviet",
            "pole",
            "source",
            "focus",
        ),
        _state,
    ),
    TableSpec(
        "alignments.csv",
        "alignments",
        ("state", "start", "end", "alignment", "source", "estimate", "note"),
        _alignment,
    ),
    TableSpec(
        "blocs.csv",
        "blocs",
        (
            "code",
            "name_en",
            "name_ru",
            "name_kk",
            "kind",
            "leading_pole",
            "founded",
            "dissolved",
            "depth_trade",
            "depth_regulation",
            "depth_security",
            "depth_politics",
            "delegation",
            "preferential_trade",
            "collective_defence",
            "source",
            "note",
            "preferential_with",
        ),
        _bloc,
    ),
    TableSpec(
        "memberships.csv",
        "memberships",
        ("state", "bloc", "status", "start", "end", "source", "estimate", "note"),
        _membership,
    ),
    TableSpec(
        "observations.csv",
        "observations",
        ("state", "indicator", "year", "value", "unit", "source", "estimate"),
        _observation,
    ),
    TableSpec(
        "trade_shares.csv",
        "trade_shares",
        ("state", "partner", "year", "share", "source", "estimate", "note"),
        _trade_share,
    ),
    TableSpec(
        "corridors.csv",
        "corridors",
        ("code", "name_en", "name_ru", "name_kk", "pole", "source", "note", "sanctions_exposure"),
        _corridor,
    ),
    TableSpec(
        "corridor_states.csv",
        "corridor_states",
        ("corridor", "state", "role", "source", "start", "end", "note"),
        _corridor_state,
    ),
    TableSpec(
        "sanctions.csv",
        "sanctions",
        ("state", "start", "end", "regime", "severity", "transit", "source", "note"),
        _sanction,
    ),
    TableSpec(
        "estimate_ranges.csv",
        "estimate_ranges",
        ("kind", "code", "field", "low", "high", "source", "reason"),
        _estimate_range,
        optional=True,
    ),
    TableSpec("arguments.csv", "arguments", SHIPPED_ARGUMENT_COLUMNS, _argument),
)


def parse_file(
    path: Path, spec_columns: tuple[str, ...], parse: Callable[[Cell], dict[str, Any]]
) -> list[tuple[int, dict[str, Any]]]:
    """Parse every row of one file, turning a cell's ValueError into a located DataFileError."""
    parsed = []
    for line, row in read_rows(path, spec_columns):
        try:
            parsed.append((line, parse(Cell(row))))
        except ValueError as exc:
            raise DataFileError(path, line, str(exc)) from None
    return parsed


def parse_sources(data_dir: Path) -> list[tuple[Path, int, dict[str, Any]]]:
    """Every source row from ``sources*.csv`` (the world's and the literature's files)."""
    rows = []
    for path in sorted(data_dir.glob("sources*.csv")):
        for line, values in parse_file(path, SOURCE_COLUMNS, _source):
            rows.append((path, line, values))
    return rows
