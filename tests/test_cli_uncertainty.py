"""The command line's uncertainty verb and explore's share of draws on the Pareto front: each
indicator's interval, reproducible with its seed, and the estimates ranked by their effect."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.test_cli import _scenario, run


def test_uncertainty_gives_each_indicator_an_interval_reproducible_with_its_seed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(_scenario(tmp_path, {"alignments": {"KAZ": "china-centred"}}))
    args = ["uncertainty", path, "--draws", "60", "--trajectories", "2", "--states", "KAZ"]
    code, out, _ = run([*args, "--seed", "7"], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == [
        "level",
        "entity",
        "indicator",
        "value",
        "low",
        "high",
        "unit",
        "better",
    ]
    assert {r["entity"] for r in rows} == {"KAZ"} and len(rows) == 9
    autonomy = next(r for r in rows if r["indicator"] == "autonomy")
    assert float(autonomy["low"]) < float(autonomy["value"]) < float(autonomy["high"])
    assert run([*args, "--seed", "7"], capsys)[1] == out
    assert run([*args, "--seed", "8"], capsys)[1] != out


def test_uncertainty_sensitivity_ranks_the_estimates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(_scenario(tmp_path, {}))
    args = ["uncertainty", path, "--draws", "0", "--trajectories", "3", "--states", "KAZ"]
    code, out, _ = run([*args, "--sensitivity", "--top", "2", "--format", "json"], capsys)
    assert code == 0
    rows = json.loads(out)
    assert set(rows[0]) == {
        "level",
        "entity",
        "indicator",
        "estimate",
        "effect",
        "rank",
        "unit",
        "better",
    }
    dependence = [r for r in rows if r["indicator"] == "dependence_russia"]
    assert [r["rank"] for r in dependence] == [1, 2]
    assert dependence[0]["effect"] >= dependence[1]["effect"] > 0


def test_explore_with_pareto_draws_adds_the_share_of_draws_on_the_front(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(_scenario(tmp_path, {}))
    args = ["explore", path, "--states", "KAZ,KGZ", "--pareto-draws", "30", "--seed", "1"]
    code, out, _ = run(args, capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 9 and "pareto_share" in rows[0]
    shares = [float(r["pareto_share"]) for r in rows]
    assert all(0 <= s <= 1 for s in shares) and max(shares) > 0
    assert run(args, capsys)[1] == out
    plain = list(csv.DictReader(io.StringIO(run(args[:4], capsys)[1])))
    assert "pareto_share" not in plain[0]
