"""`regio-desktop discover` on the shipped world: the trajectory, the chosen box, clear refusals."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from regio_desktop import api
from regio_desktop.cli import main

WHERE = "KAZ:autonomy>60 and KAZ:sanctions_exposure<30"
ARGS = ["--states", "KAZ,UZB", "--toggle", "KAZ:CSTO", "--toggle", "KAZ:EAEU"]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    path = tmp_path / "s.regio.json"
    path.write_text(
        json.dumps({"format": "regio-scenario", "version": 1, "name": "t", "year": 2024}),
        encoding="utf-8",
    )
    return path


def _cases(path: Path) -> tuple[api.Exploration, list[bool]]:
    """Where the condition holds, from Kazakhstan's own evaluated values (no PRIM involved)."""
    world = api.load_world()
    base = api.read_scenario_file(path, world)
    exploration = api.explore(
        world, base, ["KAZ", "UZB"], toggles=[("KAZ", "CSTO"), ("KAZ", "EAEU")], samples=1
    )
    holds = []
    for row in range(len(exploration.table)):
        evaluation = api.evaluate(world, exploration.scenario(base, row))
        holds.append(
            evaluation.value("autonomy", "KAZ") > 60
            and evaluation.value("sanctions_exposure", "KAZ") < 30
        )
    return exploration, holds


def test_the_trajectory_and_the_chosen_box_are_printed(
    scenario: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["discover", str(scenario), *ARGS, "--where", WHERE], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == [
        "step",
        "coverage",
        "density",
        "combinations",
        "cases",
        "restrictions",
        "chosen",
    ]
    exploration, holds = _cases(scenario)
    assert rows[0]["restrictions"] == "(all combinations)"
    assert int(rows[0]["combinations"]) == len(exploration.table) == 3 * 3 * 4
    assert int(rows[0]["cases"]) == sum(holds) > 0
    assert float(rows[0]["density"]) == pytest.approx(sum(holds) / len(holds), abs=1e-6)
    densities = [float(r["density"]) for r in rows]
    assert densities == sorted(densities)
    (chosen,) = [r for r in rows if r["chosen"] == "True"]
    assert float(chosen["density"]) >= 0.8
    assert chosen["restrictions"] in err and err.startswith(f"box {chosen['step']}:")
    # UZB's choice cannot matter to Kazakhstan's own figures: no box restricts it.
    assert all("UZB" not in r["restrictions"] for r in rows)


def test_json_holds_the_box_and_the_box_holds_what_it_says(
    scenario: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        ["discover", str(scenario), *ARGS, "--where", WHERE, "--box", "1", "--format", "json"],
        capsys,
    )
    document = json.loads(out)
    assert code == 0 and document["where"] == WHERE
    box = document["box"]
    assert box["step"] == 1 and document["trajectory"][1]["chosen"] is True
    exploration, holds = _cases(scenario)
    columns = {"KAZ": "alignment_KAZ", "KAZ:CSTO": "toggle_KAZ_CSTO", "KAZ:EAEU": "toggle_KAZ_EAEU"}
    table = exploration.table
    inside = [
        all(table.iloc[row][columns[f]] in levels for f, levels in box["restrictions"].items())
        for row in range(len(table))
    ]
    assert sum(inside) == box["combinations"]
    hits = sum(h for h, i in zip(holds, inside, strict=True) if i)
    assert hits == box["cases"]
    assert box["density"] == pytest.approx(hits / sum(inside))
    assert box["coverage"] == pytest.approx(hits / sum(holds))


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("KAZ:autonomy=60", "'KAZ:autonomy=60' is not ENTITY:INDICATOR"),
        ("XXX:autonomy>60", "'XXX' is not a state code, a bloc code or 'region'"),
        ("KAZ:happiness>1", "'happiness' is not an indicator"),
        ("EAEU:autonomy>1", "autonomy is a state indicator; EAEU is a bloc"),
        ("KAZ:autonomy>1000", "the condition holds in none of the 36 combinations"),
    ],
)
def test_a_wrong_condition_is_one_line_and_exit_2(
    scenario: Path, capsys: pytest.CaptureFixture[str], where: str, message: str
) -> None:
    code, out, err = run(["discover", str(scenario), *ARGS, "--where", where], capsys)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and message in err and err.count("\n") == 1


def test_a_box_outside_the_trajectory_is_refused(
    scenario: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["discover", str(scenario), *ARGS, "--where", WHERE, "--box", "99"], capsys)
    assert code == 2 and "--box 99: the trajectory has steps 0 to" in err


def test_explore_counts_tensions_and_keeps_the_consistent_ones(
    scenario: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["explore", str(scenario), "--states", "KAZ,UZB", "--toggle", "KAZ:EAEU"]
    code, out, _ = run(args, capsys)
    every = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(every) == 18
    world = api.load_world()
    base = api.read_scenario_file(scenario, world)
    exploration = api.explore(world, base, ["KAZ", "UZB"], toggles=[("KAZ", "EAEU")], samples=1)
    expected = [len(api.check(world, exploration.scenario(base, row))) for row in range(len(every))]
    assert [int(r["tensions"]) for r in every] == expected
    assert 0 in expected and max(expected) > 0
    _, out, _ = run([*args, "--consistent"], capsys)
    consistent = list(csv.DictReader(io.StringIO(out)))
    assert consistent == [r for r in every if r["tensions"] == "0"]
    _, out, _ = run([*args, "--max-tensions", "1", "--format", "json"], capsys)
    assert len(json.loads(out)["rows"]) == sum(1 for n in expected if n <= 1)
    code, _, err = run([*args, "--max-tensions", "-1"], capsys)
    assert code == 2 and "a count of tensions is 0 or more" in err


def test_a_box_below_the_threshold_is_said_to_be_the_densest(
    scenario: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # KAZ, UZB, KGZ, TJK and TKM on the status quo of 2024: no box of the trajectory is 80 %
    # dense, so the default box is the densest, and the summary says it is not what was asked.
    where = "KAZ:autonomy>48 and KAZ:sanctions_exposure<45"
    states = ["--states", "KAZ,UZB,KGZ,TJK,TKM"]
    code, out, err = run(["discover", str(scenario), *states, "--where", where], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert max(float(r["density"]) for r in rows) < 0.8
    assert "no box is 80% dense (--threshold 0.8), so the densest is offered" in err
    code, out, err = run(
        ["discover", str(scenario), *states, "--where", where, "--threshold", "0.5"], capsys
    )
    assert code == 0 and "densest" not in err
