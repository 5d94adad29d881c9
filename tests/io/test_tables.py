"""Saving tables as CSV and XLSX: the columns the views show, written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from regio_desktop import api
from regio_desktop.io.tables import evaluation_table, save_table
from regio_desktop.world.loaded_world import World


def test_xlsx_and_csv_hold_the_same_rows(tiny_world: World, tmp_path: Path) -> None:
    table = evaluation_table(
        api.evaluate(tiny_world, api.Scenario(year=2020).with_alignment("KAZ", "china-centred"))
    )
    save_table(table, tmp_path / "t.xlsx")
    save_table(table, tmp_path / "t.csv")
    from_xlsx = pd.read_excel(tmp_path / "t.xlsx", engine="openpyxl")
    from_csv = pd.read_csv(tmp_path / "t.csv")
    assert list(from_xlsx.columns) == [
        "level",
        "entity",
        "indicator",
        "value",
        "baseline",
        "delta",
        "unit",
    ]
    assert len(from_xlsx) == len(table) == len(from_csv)
    row = from_xlsx[(from_xlsx.entity == "KAZ") & (from_xlsx.indicator == "dependence_china")]
    assert row["delta"].iloc[0] > 0


def test_unknown_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"cannot save a table as '\.ods'"):
        save_table(pd.DataFrame({"a": [1]}), tmp_path / "t.ods")
    assert not list(tmp_path.iterdir())
