"""The command line: documented columns, real figures, and clear errors with exit status 2."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from regio_desktop.cli import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_export_memberships_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["export", "memberships", "--format", "csv"], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    columns = ["state_iso3", "bloc", "status", "start", "end", "source", "estimate", "note"]
    assert list(rows[0]) == columns
    assert all(r["source"] for r in rows)
    # an estimate says so, and its note says why (Russia never ratified the 1994 CIS FTA)
    russia = next(r for r in rows if r["state_iso3"] == "RUS" and r["bloc"] == "CIS_FTA_1994")
    assert russia["estimate"] == "1" and "never ratified" in russia["note"]
    assert {r["estimate"] for r in rows} == {"0", "1"}
    georgia = {
        "state_iso3": "GEO",
        "bloc": "CIS",
        "status": "withdrawn",
        "start": "2009-08-18",
        "end": "",
        "source": "cis_georgia_2009",
    }
    assert georgia in [{k: r[k] for k in georgia} for r in rows]


def test_export_memberships_of_a_year(capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _ = run(["export", "memberships", "--year", "2016"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    eaeu = {r["state_iso3"] for r in rows if r["bloc"] == "EAEU" and "member" in r["status"]}
    assert eaeu == {"ARM", "BLR", "KAZ", "KGZ", "RUS"}
    assert not [r for r in rows if r["bloc"] == "EURASEC"]


def test_export_observations(capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _ = run(["export", "observations"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    kaz_2020 = [
        r
        for r in rows
        if r["state_iso3"] == "KAZ" and r["year"] == "2020" and r["indicator"] == "population"
    ]
    assert len(kaz_2020) == 1 and 18e6 < float(kaz_2020[0]["value"]) < 20e6
    assert kaz_2020[0]["source"] == "wb_wdi_pop"


def _scenario(tmp_path: Path, body: dict) -> Path:
    path = tmp_path / "s.regio.json"
    path.write_text(
        json.dumps({"format": "regio-scenario", "version": 1, "name": "t"} | body), encoding="utf-8"
    )
    return path


def test_evaluate_csv_has_baselines_and_deltas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _scenario(
        tmp_path,
        {
            "year": 2024,
            "memberships": [{"state": "KAZ", "bloc": "CSTO", "action": "leave"}],
            "alignments": {"KAZ": "multi-vector"},
        },
    )
    code, out, err = run(["evaluate", str(path), "--format", "csv"], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["level", "entity", "indicator", "value", "baseline", "delta", "unit"]
    security = next(
        r for r in rows if r["entity"] == "KAZ" and r["indicator"] == "security_coverage"
    )
    assert float(security["delta"]) < 0
    assert {r["level"] for r in rows} == {"state", "bloc", "region"}
    assert err == ""  # a consistent scenario warns of nothing


def test_evaluate_names_the_scenarios_tensions_on_standard_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Joining the EAEU in 1992 evaluates (the bloc's members go from 0 to 1), but the table
    alone would not say why that means little: the window's warning goes to stderr."""
    join = {"state": "UZB", "bloc": "EAEU", "action": "join", "status": "member"}
    path = _scenario(tmp_path, {"year": 1992, "memberships": [join]})
    code, out, err = run(["evaluate", str(path)], capsys)
    assert code == 0 and out.startswith("level,entity,indicator")
    assert err.splitlines() == [
        "warning: UZB joins EAEU in 1992, before it existed (founded 2015-01-01)."
    ]


def test_evaluate_json_and_explain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _scenario(tmp_path, {"alignments": {"KAZ": "china-centred"}})
    code, out, _ = run(["evaluate", str(path), "--format", "json"], capsys)
    assert code == 0
    records = json.loads(out)
    assert any(
        r["indicator"] == "dependence_china" and r["entity"] == "KAZ" and r["delta"] > 0
        for r in records
    )
    _code, out, _ = run(
        [
            "evaluate",
            str(path),
            "--explain",
            "sanctions_exposure",
            "--state",
            "KAZ",
            "--format",
            "json",
        ],
        capsys,
    )
    explanation = json.loads(out)
    assert explanation["contributions"]
    assert sum(c["value"] for c in explanation["contributions"]) == pytest.approx(
        explanation["value"]
    )
    assert (explanation["unit"], explanation["direction"]) == ("index 0-100", "lower is better")
    _code, out, _ = run(["evaluate", str(path), "--explain", "autonomy", "--state", "KAZ"], capsys)
    assert out.strip().splitlines()[-1].startswith('"total in index 0-100, higher is better (')


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {"memberships": [{"state": "XYZ", "bloc": "EAEU", "action": "join"}]},
            "unknown state code 'XYZ'",
        ),
        (
            {"memberships": [{"state": "TKM", "bloc": "CSTO", "action": "leave"}]},
            "TKM cannot leave CSTO",
        ),
        ({"year": 1850}, "year 1850 is outside"),
        ({"version": 2}, "version"),
    ],
)
def test_bad_scenarios_exit_2_with_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: dict, message: str
) -> None:
    code, out, err = run(["evaluate", str(_scenario(tmp_path, body))], capsys)
    assert code == 2
    assert message in err
    assert out == ""


def test_malformed_file_and_unknown_indicator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.regio.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = run(["evaluate", str(bad)], capsys)
    assert code == 2 and "bad.regio.json: not valid JSON" in err
    good = _scenario(tmp_path, {})
    code, _, err = run(["evaluate", str(good), "--explain", "happiness", "--state", "KAZ"], capsys)
    assert code == 2 and "unknown indicator 'happiness'" in err


def test_explore_prints_every_combination(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _scenario(tmp_path, {})
    code, out, _ = run(
        ["explore", str(path), "--states", "KAZ,UZB", "--toggle", "KAZ:CSTO"], capsys
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 3 * 3 * 2
    assert {"alignment_KAZ", "alignment_UZB", "toggle_KAZ_CSTO", "pareto", "wins"} <= set(rows[0])


def test_damaged_database_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "broken.sqlite"
    db.write_bytes(b"garbage" * 1000)
    code, _, err = run(["--db", str(db), "export", "memberships"], capsys)
    assert code == 2 and "broken.sqlite" in err


def test_arguments_for_a_scenario(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _scenario(
        tmp_path,
        {
            "year": 2024,
            "alignments": {"KAZ": "multi-vector"},
            "memberships": [{"state": "UZB", "bloc": "EAEU", "action": "join"}],
        },
    )
    code, out, _ = run(["arguments", str(path), "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    choices = {(b["state"], b["choice"]): b for b in data["balance"]}
    assert choices[("KAZ", "alignment:multi-vector")]["for"] >= 3
    assert choices[("KAZ", "alignment:multi-vector")]["against"] >= 3
    assert ("UZB", "membership:EAEU") in choices
    # Context (arg_020, arg_051 on the SCO) is counted apart and weighs on neither side.
    sco = choices[("KAZ", "membership:SCO")]
    assert sco["context"] == 2
    sco_rows = [
        a for a in data["arguments"] if a["choice"] == "membership:SCO" and a["state"] == "KAZ"
    ]
    weights = {"for": 1, "against": -1, "context": 0}
    assert sco["balance"] == sum(weights[a["stance"]] * a["strength"] for a in sco_rows)
    assert sco["for"] + sco["against"] + sco["context"] == len(sco_rows)
    kaz = [
        a
        for a in data["arguments"]
        if a["state"] == "KAZ" and a["choice"] == "alignment:multi-vector"
    ]
    # Ranked: arguments naming Kazakhstan come before general ones, stronger first within each.
    ranks = [(-a["specificity"], -a["strength"]) for a in kaz]
    assert ranks == sorted(ranks)
    assert all(a["citation"] and a["source"] for a in data["arguments"])
    code, out, _ = run(["arguments", str(path), "--format", "csv"], capsys)
    header = out.splitlines()[0].split(",")
    assert header[:4] == ["state", "choice", "id", "claim"]
    assert header[4:7] == ["stance", "move", "on_move"]


def test_arguments_are_framed_by_the_edit_as_in_the_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Armenia leaving the CSTO: Pashinyan's argument against membership (arg_100) speaks for
    leaving, Allison's for the CSTO (arg_099) against; a choice the edit keeps keeps its stance."""
    path = _scenario(
        tmp_path,
        {"year": 2023, "memberships": [{"state": "ARM", "bloc": "CSTO", "action": "leave"}]},
    )
    code, out, _ = run(["arguments", str(path)], capsys)
    assert code == 0
    rows = {(r["choice"], r["id"]): r for r in csv.DictReader(io.StringIO(out))}
    pashinyan, allison = rows[("membership:CSTO", "arg_100")], rows[("membership:CSTO", "arg_099")]
    assert (pashinyan["stance"], pashinyan["move"], pashinyan["on_move"]) == (
        "against",
        "leave",
        "for",
    )
    assert (allison["stance"], allison["move"], allison["on_move"]) == ("for", "leave", "against")
    kept = [r for (choice, _), r in rows.items() if choice == "membership:EAEU"]
    assert kept and all(r["move"] == "keep" and r["on_move"] == r["stance"] for r in kept)


def test_export_arguments_columns(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["export", "arguments", "--format", "csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) >= 60
    assert list(rows[0]) == [
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
    ]
    assert {r["target_kind"] for r in rows} == {"alignment", "membership", "bloc"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--timing"], "--timing goes with --self-test"),
        (["--language", "ru"], "--language goes with --screenshot"),
    ],
)
def test_window_options_without_their_partner_are_refused(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert f"error: {message}" in capsys.readouterr().err


def test_no_display_is_one_line_not_a_qt_abort(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a display Qt aborts the whole process (exit 134); the program says why first."""
    monkeypatch.setattr("sys.platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no display") and err.count("\n") == 1


def test_a_scenario_file_alone_opens_in_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a desktop starts it: ``regio-desktop FILE.regio.json``."""
    import regio_desktop.cli as cli

    opened: list[object] = []
    monkeypatch.setattr(cli, "_no_display", lambda: False)
    from regio_desktop.app.shell import launch

    monkeypatch.setattr(
        launch, "run_gui", lambda argv, db, scenario, deck=None: opened.append(scenario) or 0
    )
    assert main(["my plan.regio.json"]) == 0
    assert opened == [Path("my plan.regio.json")]


def test_output_to_a_folder_or_device_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """#18: `--output` a folder gave a traceback; now one line and exit 2, nothing written."""
    from regio_desktop.cli import main

    scenario = tmp_path / "s.regio.json"
    scenario.write_text('{"format": "regio-scenario", "version": 1}', encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["report", str(scenario), "--output", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "is a folder" in err and err.count("\n") == 1
    assert not list(folder.iterdir())


@pytest.mark.parametrize("year", ["abc", " 2016", "2_016", "٢٠١٦", "20160"])
def test_a_bad_year_is_one_line_and_exit_2(year: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["export", "memberships", "--year", year])
    err = capsys.readouterr().err
    assert done.value.code == 2
    assert err.startswith("error: ") and "expected a year such as 2016" in err
    assert err.count("\n") == 1 and "usage:" not in err


def test_year_with_a_table_that_has_none_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "arguments", "--year", "2016"]) == 2
    assert "--year applies to 'export memberships' only" in capsys.readouterr().err


def test_explain_change_prints_the_steps_of_the_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _scenario(tmp_path, {"alignments": {"KAZ": "china-centred"}})
    args = ["evaluate", str(path), "--explain", "dependence_china", "--state", "kaz"]
    code, out, _ = run([*args, "--change", "--format", "json"], capsys)
    assert code == 0
    change = json.loads(out)
    assert change["change"] > 0 and change["steps"]
    assert sum(s["value"] for s in change["steps"]) == pytest.approx(change["change"])
    assert change["steps"][0]["label"].startswith("alignment")
    code, _, err = run(["evaluate", str(path), "--change"], capsys)
    assert code == 2 and "--change goes with --explain" in err


def test_explore_aggregates_as_asked_and_tries_west(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _scenario(tmp_path, {})
    args = ["explore", str(path), "--states", "KAZ,UZB"]
    _, mean_out, _ = run(args, capsys)
    code, worst_out, err = run([*args, "--aggregate", "worst", "--with-west"], capsys)
    mean_rows = list(csv.DictReader(io.StringIO(mean_out)))
    worst_rows = list(csv.DictReader(io.StringIO(worst_out)))
    assert code == 0 and len(worst_rows) == 4 * 4
    assert "west-oriented" in {r["alignment_KAZ"] for r in worst_rows}
    assert "left out of the Pareto front: market_access" in err
    worst = {(r["alignment_KAZ"], r["alignment_UZB"]): r for r in worst_rows}
    moved = [
        float(r["autonomy"]) - float(worst[(r["alignment_KAZ"], r["alignment_UZB"])]["autonomy"])
        for r in mean_rows
    ]
    # The worst state's autonomy is never above the mean, and below it where the two differ.
    assert min(moved) >= -1e-9 and max(moved) > 0
    code, _, err = run([*args, "--aggregate", "TJK"], capsys)
    assert code == 2 and "aggregate 'TJK' is not mean, worst or one of the explored" in err


def test_version_prints_the_program_version(capsys: pytest.CaptureFixture[str]) -> None:
    import regio_desktop

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"regio-desktop {regio_desktop.__version__}"
