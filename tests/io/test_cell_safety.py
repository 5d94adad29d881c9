"""Exports that cannot run code (#18 item 2): formula-like text is neutralised, numbers stay."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from regio_desktop.io.arguments_io import export_arguments, import_arguments
from regio_desktop.io.cell_safety import restore, safe_cell
from regio_desktop.io.tables import save_table, write_table
from regio_desktop.world.argument_store import ArgumentRecord, ArgumentStore, SourceRecord
from regio_desktop.world.database import prepare_user_database

HOSTILE = ['=HYPERLINK("http://x.test","click")', "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3"]


@pytest.mark.parametrize("text", [*HOSTILE, "\tTAB", "\rCR"])
def test_formula_text_gets_a_guard_that_restore_removes(text: str) -> None:
    assert safe_cell(text) == "'" + text
    assert restore(safe_cell(text)) == text


def test_plain_text_and_numbers_are_left_alone() -> None:
    assert safe_cell("Kazakhstan") == "Kazakhstan"
    assert safe_cell(-2.5) == -2.5 and safe_cell(7) == 7
    assert restore("'quoted") == "'quoted"


def test_a_scenario_named_as_a_formula_is_text_in_the_xlsx(tmp_path: Path) -> None:
    frame = pd.DataFrame({"scenario": HOSTILE, "delta": [-1.5, 2.0, 0.0, -3.25]})
    path = tmp_path / "comparison.xlsx"
    save_table(frame, path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    names = [sheet.cell(row=r, column=1) for r in range(2, 6)]
    assert all(c.data_type == "s" and str(c.value).startswith("'") for c in names)
    assert [sheet.cell(row=r, column=2).value for r in range(2, 6)] == [-1.5, 2, 0, -3.25]


def test_table_csv_to_stdout_and_file_is_neutralised(tmp_path: Path) -> None:
    import io

    frame = pd.DataFrame({"name": ["=1+1"], "value": [-4.0]})
    out = io.StringIO()
    write_table(frame, "csv", out)
    assert out.getvalue().splitlines()[1] == "'=1+1,-4"
    path = tmp_path / "t.csv"
    save_table(frame, path)
    assert next(csv.DictReader(path.open(encoding="utf-8")))["name"] == "'=1+1"


def test_exported_argument_csv_is_safe_and_reimports_the_same_text(
    tiny_db: Path, tmp_path: Path
) -> None:
    store = ArgumentStore(prepare_user_database(tmp_path / "me", shipped=tiny_db))
    store.add_source(SourceRecord(id="notes", citation="@import notes"))
    store.add_argument(
        ArgumentRecord(
            id="mine",
            claim=HOSTILE[0],
            stance="for",
            target_kind="alignment",
            target="multi-vector",
            source="notes",
        )
    )
    out = tmp_path / "mine.csv"
    export_arguments(store, out, only_user=True)
    row = next(csv.DictReader(out.open(encoding="utf-8")))
    assert row["claim"] == "'" + HOSTILE[0]
    colleague = ArgumentStore(prepare_user_database(tmp_path / "them", shipped=tiny_db))
    colleague.add_source(SourceRecord(id="notes", citation="notes"))
    report = import_arguments(colleague, out)
    assert report.added == ["mine"]
    assert colleague.argument("mine").claim == HOSTILE[0]
