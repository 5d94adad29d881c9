"""Every constant has a reason (#12 item 6): the assumptions list covers every weight and constant
the engine uses, holds the values the engine really uses, and docs/indicators.md shows it."""

from __future__ import annotations

import csv
import re

import pytest

from regio_desktop import api
from regio_desktop.engine import indicator_values
from regio_desktop.engine.assumptions import assumption, markdown_tables
from regio_desktop.engine.consistency import DEEP_BLOC
from regio_desktop.engine.terms import EASE_PARTNERS
from regio_desktop.scenario.parameters import PARAMETERS
from regio_desktop.world.vocabulary import STATUS_WEIGHT
from tests.conftest import REPO_ROOT

UNITS = {"GDP_UNIT", "POPULATION_UNIT"}  # units of display, not assumptions


def test_docs_table_is_the_generated_one() -> None:
    text = (REPO_ROOT / "docs" / "indicators.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- assumptions:start -->\n(.*?)<!-- assumptions:end -->", text, re.S)
    assert block, "docs/indicators.md lost its assumptions block"
    assert block.group(1) == markdown_tables(), (
        "docs/indicators.md is out of date: paste `python -m regio_desktop.engine.assumptions`"
    )


def test_every_parameter_has_a_reason_and_its_default() -> None:
    for info in PARAMETERS:
        item = assumption(info.name)
        assert item.kind == "parameter"
        assert item.value == info.default
        assert info.low <= item.low <= item.value <= item.high <= info.high, info.name


def test_every_engine_constant_has_a_reason_and_its_value() -> None:
    constants = {
        name: value
        for name, value in vars(indicator_values).items()
        if name.isupper() and isinstance(value, float) and name not in UNITS
    }
    assert {"CORRIDOR_SCALE", "CORRIDOR_BASE", "DELEGATION_CAP"} <= set(constants)
    for name, value in {
        **constants,
        "DEEP_BLOC": DEEP_BLOC,
        "EASE_PARTNERS": EASE_PARTNERS,
    }.items():
        item = assumption(name)
        assert item.kind == "constant"
        assert item.value == value
        assert item.low <= item.value <= item.high, name


def test_every_estimated_status_weight_has_a_reason() -> None:
    estimated = {s: w for s, w in STATUS_WEIGHT.items() if 0.0 < w < 1.0}
    assert estimated
    for status, weight in estimated.items():
        item = assumption(f"status `{status}`")
        assert item.value == weight
        assert 0.0 <= item.low <= weight <= item.high <= 1.0


def test_reasons_are_written_out() -> None:
    for item in api.ASSUMPTIONS:
        assert len(item.reason.split()) >= 8, item.name
    for estimate in api.DATA_ESTIMATES:
        assert estimate.spread > 0 and len(estimate.reason.split()) >= 8


@pytest.mark.parametrize("estimate", api.DATA_ESTIMATES, ids=lambda d: d.table)
def test_data_estimates_name_real_columns(estimate: api.DataEstimate) -> None:
    path = REPO_ROOT / "db" / "data" / estimate.table
    with path.open(encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    assert set(estimate.columns) <= set(header)


def test_unknown_assumption_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        assumption("no_such_weight")
