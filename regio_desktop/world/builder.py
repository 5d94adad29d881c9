"""Build the shipped SQLite database from the reviewed CSV files under ``db/data``.

The build writes a temporary file and renames it over the target only when every row passed, so a
bad data file never leaves a half-built database behind. Run it as
``python -m regio_desktop.world.builder`` (``make db`` does).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from regio_desktop.world import models
from regio_desktop.world.data_files import TABLES, DataFileError, parse_file, parse_sources
from regio_desktop.world.database import SHIPPED_DATABASE, create_schema, integrity_ok, make_engine

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "db" / "data"

_MODELS = {m.__tablename__: m for m in models.Base.__subclasses__() if hasattr(m, "__tablename__")}
_FOREIGN = {"state_iso3": "states", "bloc_code": "blocs", "corridor_code": "corridors"}


@dataclass
class BuildReport:
    """What went into a build: rows per table and the data version stamp."""

    rows: dict[str, int] = field(default_factory=dict)
    data_version: str = ""

    def summary(self) -> str:
        parts = ", ".join(f"{t} {n}" for t, n in self.rows.items())
        return f"data {self.data_version[:12]}: {parts}"


def data_fingerprint(data_dir: Path) -> str:
    """A hash of every data file, so a user's copy knows when the shipped data changed."""
    digest = hashlib.sha256()
    for path in sorted(data_dir.glob("*.csv")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _check_references(rows: dict[str, list[tuple[Path, int, dict[str, Any]]]]) -> None:
    keys = {
        "sources": {r["id"] for _, _, r in rows["sources"]},
        "states": {r["iso3"] for _, _, r in rows.get("states", [])},
        "blocs": {r["code"] for _, _, r in rows.get("blocs", [])},
        "corridors": {r["code"] for _, _, r in rows.get("corridors", [])},
    }
    for table, entries in rows.items():
        seen: set[Any] = set()
        for path, line, row in entries:
            if "source_id" in row and row["source_id"] not in keys["sources"]:
                raise DataFileError(path, line, f"unknown source '{row['source_id']}'")
            for column, target in _FOREIGN.items():
                if column in row and row[column] not in keys[target]:
                    raise DataFileError(path, line, f"unknown {target[:-1]} code '{row[column]}'")
            for state in row.get("_states", []):
                if state not in keys["states"]:
                    raise DataFileError(path, line, f"unknown state code '{state}'")
            key = row.get("id") or row.get("iso3") or row.get("code")
            if key is not None and table in (
                "sources",
                "states",
                "blocs",
                "arguments",
                "poles",
                "corridors",
            ):
                if key in seen:
                    raise DataFileError(path, line, f"'{key}' appears twice")
                seen.add(key)
            start, end = row.get("start"), row.get("end")
            if start is not None and end is not None and start > end:
                raise DataFileError(path, line, f"start {start} is after end {end}")


def _check_membership_periods(entries: list[tuple[Path, int, dict[str, Any]]]) -> None:
    periods: dict[tuple[str, str], list[tuple[dt.date, dt.date, int, Path]]] = defaultdict(list)
    for path, line, row in entries:
        end = row["end"] or dt.date.max
        periods[(row["state_iso3"], row["bloc_code"])].append((row["start"], end, line, path))
    for (state, bloc), spans in periods.items():
        spans.sort()
        for (_, end_a, line_a, _), (start_b, _, line_b, path) in pairwise(spans):
            if start_b < end_a:
                raise DataFileError(
                    path,
                    line_b,
                    f"{state} in {bloc}: this period overlaps the one on line {line_a}",
                )


def _check_hubs(entries: list[tuple[Path, int, dict[str, Any]]], states: set[str]) -> None:
    """An agreement bloc's ``preferential_with`` must name another bloc or a state (one state's
    bilateral agreements, such as Ukraine's), never a code that is both, and the agreement must
    be preferential: otherwise its members would silently reach nobody."""
    codes = {row["code"] for _, _, row in entries}
    for path, line, row in entries:
        hub = row.get("preferential_with")
        if hub is None:
            continue
        if hub == row["code"]:
            raise DataFileError(path, line, f"bloc {hub} names itself in preferential_with")
        if hub in codes and hub in states:
            raise DataFileError(
                path, line, f"preferential_with '{hub}' is both a bloc and a state code"
            )
        if hub not in codes and hub not in states:
            raise DataFileError(
                path, line, f"preferential_with names unknown bloc or state code '{hub}'"
            )
        if not row["preferential_trade"]:
            raise DataFileError(
                path, line, f"bloc {row['code']} has preferential_with but preferential_trade 0"
            )


def read_all(data_dir: Path) -> dict[str, list[tuple[Path, int, dict[str, Any]]]]:
    """Parse and cross-check every data file; raise DataFileError at the first problem."""
    rows: dict[str, list[tuple[Path, int, dict[str, Any]]]] = {"sources": parse_sources(data_dir)}
    for spec in TABLES:
        path = data_dir / spec.file
        if not path.exists():
            raise DataFileError(path, 0, "the file is missing")
        rows[spec.table] = [
            (path, line, r) for line, r in parse_file(path, spec.columns, spec.parse)
        ]
    _check_references(rows)
    _check_hubs(rows["blocs"], {r["iso3"] for _, _, r in rows["states"]})
    _check_membership_periods(rows["memberships"])
    return rows


def build(data_dir: Path, output: Path) -> BuildReport:
    """Build ``output`` from ``data_dir``; the old file stays until the new one is complete."""
    rows = read_all(data_dir)
    report = BuildReport(data_version=data_fingerprint(data_dir))
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=output.parent, prefix=".build-", suffix=".sqlite")
    os.close(fd)
    tmp = Path(tmp_name)
    engine = make_engine(tmp, wal=False)
    try:
        create_schema(engine)
        with engine.begin() as conn:
            for table in ["sources", *[s.table for s in TABLES]]:
                values = [dict(r) for _, _, r in rows[table]]
                links = []
                for value in values:
                    for state in value.pop("_states", []):
                        links.append({"argument_id": value["id"], "state_iso3": state})
                if values:
                    conn.execute(insert(_MODELS[table]), values)
                if links:
                    conn.execute(insert(models.ArgumentState), links)
                report.rows[table] = len(values)
            conn.execute(
                insert(models.Meta),
                [
                    {"key": "data_version", "value": report.data_version},
                    {
                        "key": "built",
                        "value": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    },
                ],
            )
        if not integrity_ok(engine):
            raise RuntimeError("the built database failed SQLite's integrity checks")
        engine.dispose()
        os.replace(tmp, output)
    except BaseException:
        engine.dispose()
        tmp.unlink(missing_ok=True)
        raise
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the shipped world database from db/data.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--output", type=Path, default=SHIPPED_DATABASE)
    args = parser.parse_args(argv)
    try:
        report = build(args.data, args.output)
    except DataFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"built {args.output}: {report.summary()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
