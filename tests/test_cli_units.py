"""What the exploring verbs say beside their numbers (#14 fresh-eyes review): each indicator's
unit and which way is better, how far a driven indicator moves, and help that says what a verb
does. CSV tables stay plain (the codes alone as headers); the JSON and ``indicators`` say more."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from regio_desktop import api
from regio_desktop.cli import main

FIVE = "KAZ,UZB,KGZ,TJK,TKM"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(args)
    except SystemExit as stop:  # argparse's refusals
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def scenario(tmp_path: Path) -> str:
    path = tmp_path / "s.regio.json"
    path.write_text(
        json.dumps({"format": "regio-scenario", "version": 1, "name": "t", "year": 2024}),
        encoding="utf-8",
    )
    return str(path)


def test_drivers_print_the_spread_after_the_plain_table(
    scenario: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["drivers", scenario, "--states", FIVE, "--indicator", "KAZ:transit_connectivity"]
    code, out, err = run(args, capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["factor", "first_order", "total"] and len(rows) == 5
    world = api.load_world()
    found = api.drivers(
        world, api.Scenario(year=2024), FIVE.split(","), "transit_connectivity", "KAZ"
    )
    low, high = found.spread.low, found.spread.high
    assert 0 < high - low < 5  # a share of a spread of a point or two, not of the 0-100 scale
    assert err.strip() == (
        f"KAZ:transit_connectivity ranges {low:.2f}–{high:.2f} (index 0–100; higher is better) "
        f"over the 243 combinations: a spread of {high - low:.2f}, standard deviation "
        f"{found.spread.std:.2f}; the shares split that variance"
    )


@pytest.mark.parametrize(
    ("indicator", "states", "unit"),
    [
        ("KAZ:market_access", FIVE, "% of world GDP outside the state"),
        ("RUS:autonomy", "KAZ,UZB", "index 0–100"),
    ],
)
def test_a_constant_indicator_says_no_choice_drives_it(
    scenario: str, indicator: str, states: str, unit: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rows of 0 read as "every choice cancels out"; the truth is that nothing moves it."""
    code, out, err = run(
        ["drivers", scenario, "--states", states, "--indicator", indicator], capsys
    )
    assert code == 0
    assert out == "factor,first_order,total\n"  # the header, no rows of zeros
    assert err.startswith(f"{indicator} takes one value (")
    assert err.strip().endswith(f", {unit}) in every combination: no choice drives it")


def test_drivers_json_carries_unit_direction_and_spread(
    scenario: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["drivers", scenario, "--states", "KAZ,UZB", "--indicator", "eaeu:Bloc_GDP"]
    code, out, _ = run([*args, "--format", "json"], capsys)
    assert code == 0
    document = json.loads(out)
    assert (document["entity"], document["indicator"]) == ("EAEU", "bloc_gdp")
    assert (document["unit"], document["better"], document["combinations"]) == (
        "US$ bn",
        "neither",
        9,
    )
    assert document["spread"]["constant"] is True and document["shares"] == []
    assert document["spread"]["low"] == document["spread"]["high"] > 1000
    assert "no choice drives it" in document["note"]


def test_indicator_names_are_read_in_any_case_by_drivers_and_discover(
    scenario: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``kaz:autonomy`` always worked; ``KAZ:Autonomy`` and `` Region `` now do too, in both."""
    lower = ["drivers", scenario, "--states", "KAZ,UZB", "--indicator", "kaz:autonomy"]
    code, expected, _ = run(lower, capsys)
    assert code == 0
    code, out, _ = run([*lower[:-1], "KAZ: Autonomy "], capsys)
    assert (code, out) == (0, expected)
    region = [*lower[:-1], "Region:REGION_GDP_MULTI_VECTOR"]
    assert run(region, capsys)[0] == 0
    where = ["discover", scenario, "--states", "KAZ,UZB", "--format", "json"]
    code, out, _ = run([*where, "--where", "kaz:Autonomy>45 and KAZ:SANCTIONS_exposure<90"], capsys)
    assert code == 0
    document = json.loads(out)
    assert document["where"] == "KAZ:autonomy>45 and KAZ:sanctions_exposure<90"
    assert document["columns"]["autonomy"]["better"] == "higher"
    assert document["columns"]["sanctions_exposure"]["better"] == "lower"


@pytest.mark.parametrize("threshold", ["5", "0", "-0.1", "nan", "x"])
def test_discover_refuses_a_density_threshold_outside_0_to_1(
    scenario: str, threshold: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["discover", scenario, "--states", "KAZ", "--where", "KAZ:autonomy>45"]
    code, out, err = run([*args, "--threshold", threshold], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("error: argument --threshold: ") and len(err.splitlines()) == 1
    assert run([*args, "--threshold", "1"], capsys)[0] == 0


def test_explore_json_says_each_columns_unit_and_direction(
    scenario: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["explore", scenario, "--states", "KAZ", "--format", "json"], capsys)
    assert code == 0
    document = json.loads(out)
    assert len(document["rows"]) == 3
    assert document["columns"]["sanctions_exposure"] == {
        "title": "Sanctions exposure",
        "unit": "index",
        "scale": "0-100",
        "better": "lower",
    }
    objectives = {c for c in document["rows"][0] if c in {i.code for i in api.INDICATORS}}
    assert objectives == set(document["columns"])


def test_uncertainty_rows_say_unit_and_direction(
    scenario: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["uncertainty", scenario, "--states", "KAZ", "--draws", "20"]
    code, out, _ = run(args, capsys)
    rows = {r["indicator"]: r for r in csv.DictReader(io.StringIO(out))}
    assert code == 0 and list(next(iter(rows.values())))[-2:] == ["unit", "better"]
    assert rows["sanctions_exposure"]["better"] == "lower"
    assert rows["dependence_china"]["better"] == "neither"
    code, out, _ = run([*args, "--sensitivity", "--trajectories", "2", "--top", "1"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and list(rows[0]) == [
        "level", "entity", "indicator", "estimate", "effect", "rank", "unit", "better",
    ]  # fmt: skip
    units = {i.code: i.unit for i in api.INDICATORS}
    assert rows and all(r["unit"] == units[r["indicator"]] for r in rows)


def test_indicators_lists_every_code_with_unit_and_direction(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(["indicators"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["code"] for r in rows] == [i.code for i in api.INDICATORS]
    by_code = {r["code"]: r for r in rows}
    assert by_code["autonomy"] == {
        "code": "autonomy",
        "level": "state",
        "title": "Autonomy",
        "unit": "index",
        "scale": "0-100",
        "better": "higher",
    }
    assert by_code["bloc_gdp"]["unit"] == "US$ bn"
    code, out, _ = run(["indicators", "--format", "json"], capsys)
    assert json.loads(out)[5]["code"] == "autonomy"


@pytest.mark.parametrize("verb", ["explore", "drivers", "discover"])
def test_help_describes_the_verb_and_every_option(
    verb: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main([verb, "--help"])
    assert stop.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "every combination of the states' alignment choices" in text.lower()
    assert "--toggle STATE:BLOC also vary one membership" in text
    assert "scenario the base scenario" in text
    assert "regio-desktop indicators" in text  # where the units are
