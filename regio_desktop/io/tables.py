"""Tables for export: memberships, observations, arguments, evaluations, in documented columns.

Each function returns a pandas DataFrame whose columns are the stable, documented export format;
writing them as CSV or JSON is the caller's choice (``write_table``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

import pandas as pd

from regio_desktop.atomic_file import write_atomically
from regio_desktop.engine.evaluation import Evaluation
from regio_desktop.io.cell_safety import safe_frame
from regio_desktop.world.data_files import ARGUMENT_COLUMNS
from regio_desktop.world.loaded_world import World

MEMBERSHIP_COLUMNS = ["state_iso3", "bloc", "status", "start", "end", "source", "estimate", "note"]
OBSERVATION_COLUMNS = ["state_iso3", "indicator", "year", "value", "unit", "source", "estimate"]
EVALUATION_COLUMNS = ["level", "entity", "indicator", "value", "baseline", "delta", "unit"]


def memberships_table(world: World, year: int | None = None) -> pd.DataFrame:
    """Every membership period (or those in force on ``year``'s reference date), ISO dates,
    with its source, whether it is an estimate (1) and the note that says why."""
    frame = world.memberships if year is None else world.memberships_on(year)
    out = pd.DataFrame(
        {
            "state_iso3": frame["state"],
            "bloc": frame["bloc"],
            "status": frame["status"],
            "start": frame["start"].map(lambda d: d.isoformat()),
            "end": frame["end"].map(lambda d: d.isoformat() if d is not None and d == d else ""),
            "source": frame["source"],
            "estimate": frame["estimate"].astype(int),
            "note": frame["note"].fillna(""),
        }
    )
    return out.sort_values(["bloc", "start", "state_iso3"]).reset_index(drop=True)


def observations_table(world: World) -> pd.DataFrame:
    frame = world.observations.rename(columns={"state": "state_iso3"})
    out = frame[OBSERVATION_COLUMNS].copy()
    out["estimate"] = out["estimate"].astype(int)
    return out.sort_values(["state_iso3", "indicator", "year"]).reset_index(drop=True)


def arguments_table(world: World) -> pd.DataFrame:
    frame = world.arguments.reset_index(drop=True)
    for column in ("location", "quote"):
        frame[column] = frame[column].fillna("")
    return frame[list(ARGUMENT_COLUMNS)].sort_values("id").reset_index(drop=True)


def evaluation_table(evaluation: Evaluation) -> pd.DataFrame:
    """The long-format indicator table: level, entity, indicator, value, baseline, delta, unit."""
    return evaluation.indicators[EVALUATION_COLUMNS]


def write_table(frame: pd.DataFrame, fmt: str, out: TextIO | None = None) -> None:
    """Write a table as CSV (comma, header, LF) or JSON (a list of records) to ``out`` or stdout."""
    out = out if out is not None else sys.stdout
    if fmt == "csv":
        safe_frame(frame).to_csv(out, index=False, lineterminator="\n", float_format="%.6g")
    elif fmt == "json":
        records = json.loads(
            frame.to_json(orient="records", force_ascii=False, double_precision=10)
        )
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        raise ValueError(f"unknown format '{fmt}'; use csv or json")


def save_table(frame: pd.DataFrame, path: Path, *, sheet: str = "Regio Desktop") -> None:
    """Save a table as CSV or XLSX (by the file's suffix), atomically: a failed write leaves the
    old file as it was."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"cannot save a table as '{path.suffix}'; use .csv or .xlsx")

    safe = safe_frame(frame)  # no cell a spreadsheet would run as a formula

    def write(partial: Path) -> None:
        if suffix == ".csv":
            safe.to_csv(partial, index=False, lineterminator="\n", encoding="utf-8")
        else:
            safe.to_excel(partial, index=False, sheet_name=sheet[:31], engine="openpyxl")

    write_atomically(path, write)
