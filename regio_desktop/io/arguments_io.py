"""Export and import of arguments (and their sources) as CSV or JSON, with a report of refusals.

Import checks every row first and writes in one transaction: by default a file with any refused
row writes nothing (the report says which rows and why); with ``partial=True`` the valid rows are
written, each whole. Columns are those of ``regio-desktop export arguments``. A long import takes
plain ``progress`` and ``should_cancel`` callables (as exploration does) and knows nothing of
windows; a cancel rolls the one transaction back, so nothing is ever half-imported.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from regio_desktop.atomic_file import write_atomically
from regio_desktop.input_files import IMPORT_LIMIT, InputFileError, parse_json, printable, read_text
from regio_desktop.io.cell_safety import restore, safe_cell
from regio_desktop.problems import Problem, problem
from regio_desktop.world.argument_store import (
    ArgumentRecord,
    ArgumentStore,
    EvidenceError,
    SourceRecord,
    problems_of_argument,
)
from regio_desktop.world.data_files import ARGUMENT_COLUMNS, SOURCE_COLUMNS
from regio_desktop.world.record_kinds import normalise_argument, normalise_source

COLUMNS = list(ARGUMENT_COLUMNS)
CHECKED_SHARE = 0.3
"""The share of the progress bar that reading and checking the rows fills; writing fills the rest."""
STEP = 250
"""Rows between two calls of ``progress`` and ``should_cancel``."""


class ImportCancelled(Exception):
    """Raised when ``should_cancel`` returned True; the import wrote nothing."""


@dataclass
class ImportReport:
    """What an import did: ids written, and rows refused with their reasons (as data)."""

    added: list[str] = field(default_factory=list)
    sources_added: list[str] = field(default_factory=list)
    refusals: list[tuple[str, list[Problem]]] = field(default_factory=list)  # (where, problems)
    written: bool = False
    records: list[ArgumentRecord] = field(default_factory=list)
    """The arguments written, as written (an undo deletes them, a redo writes them again)."""
    sources: list[SourceRecord] = field(default_factory=list)
    """The new sources written, as written."""

    @property
    def refused(self) -> list[tuple[str, str]]:
        """(where, reason) of each refused row, the reasons in English."""
        return [(where, "; ".join(p.message for p in found)) for where, found in self.refusals]

    def summary(self) -> str:
        head = (
            f"{len(self.added)} argument(s) and {len(self.sources_added)} source(s) imported"
            if self.written
            else "nothing imported"
        )
        lines = [head] + [f"{where}: {reason}" for where, reason in self.refused]
        return "\n".join(lines)


def _split(value: Any) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return tuple(v.strip() for v in str(value or "").split(";") if v.strip())


def _record(row: dict[str, Any]) -> ArgumentRecord:
    try:
        strength = int(str(row.get("strength") or 2))
    except ValueError:
        raise EvidenceError(
            problem("strength_not_whole", strength=printable(row.get("strength"), 40))
        ) from None
    return ArgumentRecord(
        id=str(row.get("id") or "").strip(),
        claim=str(row.get("claim") or ""),
        stance=str(row.get("stance") or "").strip(),
        target_kind=str(row.get("target_kind") or "").strip(),
        target=str(row.get("target") or "").strip(),
        source=str(row.get("source") or "").strip(),
        states=tuple(s.upper() for s in _split(row.get("states"))),
        themes=_split(row.get("themes")),
        indicators=_split(row.get("indicators")),
        strength=strength,
        location=str(row.get("location") or ""),
        quote=str(row.get("quote") or ""),
    )


def _source(row: dict[str, Any]) -> SourceRecord:
    accessed = str(row.get("accessed") or "").strip()
    try:
        date = dt.date.fromisoformat(accessed) if accessed else None
    except ValueError:
        raise EvidenceError(problem("accessed_not_date", accessed=accessed)) from None
    return SourceRecord(
        id=str(row.get("id") or "").strip(),
        citation=str(row.get("citation") or ""),
        kind=str(row.get("kind") or "article").strip(),
        url=str(row.get("url") or ""),
        accessed=date,
        licence=str(row.get("licence") or ""),
    )


def read_rows(
    path: Path,
) -> tuple[list[tuple[str, dict[str, Any]]], list[tuple[str, dict[str, Any]]]]:
    """(arguments, sources) rows of a CSV or JSON file, each with where it stands in the file."""
    name = printable(path.name)
    try:
        content = read_text(path, IMPORT_LIMIT)
        data = parse_json(content, name) if path.suffix.lower() == ".json" else None
    except InputFileError as exc:
        raise EvidenceError(exc.problem) from None
    if path.suffix.lower() == ".json":
        if isinstance(data, list):
            data = {"arguments": data}
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("arguments", []), list)
            or not isinstance(data.get("sources", []), list)
        ):
            raise EvidenceError(problem("json_not_arguments", file=name))
        args = [(f"arguments[{i}]", r) for i, r in enumerate(data.get("arguments", []))]
        sources = [(f"sources[{i}]", r) for i, r in enumerate(data.get("sources", []))]
        for where, row in args + sources:
            if not isinstance(row, dict):
                raise EvidenceError(problem("json_row_not_object", file=name, where=where))
        return args, sources
    reader = csv.DictReader(io.StringIO(content, newline=""))
    try:
        missing = [
            c
            for c in ("id", "claim", "stance", "target_kind", "target", "source")
            if c not in (reader.fieldnames or [])
        ]
        if missing:
            raise EvidenceError(problem("csv_header_lacks", file=name, columns=tuple(missing)))
        return [
            (f"line {reader.line_num}", {k: restore(v) for k, v in row.items()}) for row in reader
        ], []
    except csv.Error as exc:
        raise EvidenceError(
            # DictReader's own line_num is taken after each whole row; the inner reader's is
            # the line being read when the error struck.
            problem("csv_invalid", file=name, line=reader.reader.line_num, reason=printable(exc))
        ) from None


def import_arguments(
    store: ArgumentStore,
    path: Path,
    *,
    partial: bool = False,
    progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import arguments (and, from JSON, new sources) from ``path`` into the user's database.

    Every row is checked against one read of the database's codes and written in one
    transaction, so the time grows with the number of rows, not its square. ``progress`` hears
    the share done (0 to 1) every ``STEP`` rows; when ``should_cancel`` answers True the import
    stops, rolls back what it had begun to write and raises ImportCancelled.
    """

    def step(share: float) -> None:
        if should_cancel is not None and should_cancel():
            raise ImportCancelled
        if progress is not None:
            progress(share)

    arg_rows, source_rows = read_rows(path)
    step(0.0)
    report = ImportReport()
    existing_args = set(store.arguments().index)
    existing_sources = set(store.sources().index)
    sources: list[SourceRecord] = []
    for where, row in source_rows:
        try:
            source = _source(row)
            if source.id in existing_sources:
                continue  # already known: the file's copy is not needed
            if not source.id or not source.citation.strip():
                raise EvidenceError(problem("source_incomplete"))
            sources.append(source)
        except EvidenceError as exc:
            report.refusals.append((where, exc.problems))
    known = store.known_codes(extra_sources=[s.id for s in sources])
    records: list[ArgumentRecord] = []
    seen: set[str] = set()
    for number, (where, row) in enumerate(arg_rows, 1):
        if number % STEP == 0:
            step(CHECKED_SHARE * number / len(arg_rows))
        try:
            record = _record(row)
        except EvidenceError as exc:
            report.refusals.append((where, exc.problems))
            continue
        problems = problems_of_argument(record, known)
        if record.id in existing_args or record.id in seen:
            problems.insert(0, problem("id_exists", id=record.id))
        if problems:
            report.refusals.append((f"{where} ({record.id or 'no id'})", problems))
            continue
        seen.add(record.id)
        records.append(record)
    if report.refusals and not partial:
        return report
    step(CHECKED_SHARE)
    if records or sources:
        total = len(records) + len(sources)

        def written(count: int) -> None:
            step(CHECKED_SHARE + (1 - CHECKED_SHARE) * count / total)

        store.write_arguments(records, replace=False, sources=sources, each=(STEP, written))
        report.written = True
    report.added = [r.id for r in records]
    report.sources_added = [s.id for s in sources]
    # As the store keeps them (trimmed), so that undoing the import finds them unchanged.
    report.records = [normalise_argument(r) for r in records]
    report.sources = [normalise_source(s) for s in sources]
    if progress is not None:
        progress(1.0)
    return report


def export_arguments(store: ArgumentStore, path: Path, *, only_user: bool = False) -> int:
    """Write arguments to CSV or JSON (by the file's suffix), atomically; returns the count.

    JSON also carries the sources the arguments cite, so a colleague can import them whole.
    """
    frame = store.arguments()
    if only_user:
        frame = frame[frame["origin"] == "user"]
    rows = frame[COLUMNS].to_dict(orient="records")
    if path.suffix.lower() == ".json":
        cited = store.sources().loc[sorted(set(frame["source"]))]
        sources = [
            {
                k: (str(v) if v is not None and v == v else "")
                for k, v in r.items()
                if k in SOURCE_COLUMNS
            }
            for r in cited.to_dict(orient="records")
        ]
        text = (
            json.dumps(
                {"format": "regio-arguments", "version": 1, "arguments": rows, "sources": sources},
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
        write_atomically(path, lambda partial: partial.write_text(text, encoding="utf-8"))
    else:

        def write_csv(partial: Path) -> None:
            with partial.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
                writer.writeheader()
                writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows)

        write_atomically(path, write_csv)
    return len(rows)
