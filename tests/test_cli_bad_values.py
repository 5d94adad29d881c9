"""Every verb and option of ``regio-desktop --help`` given a bad value (#18 item 7): one line on
standard error that names the problem, exit status 2, no usage text and no traceback.

``{dir}`` in a case stands for a folder holding a scenario ``s.regio.json``, a folder ``adir``, a
FIFO ``fifo`` and a file ``notdb.sqlite`` that is not a database; nothing else there exists.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from regio_desktop.cli import main

STATES_20 = "ARM,AZE,BLR,EST,GEO,KAZ,KGZ,LVA,LTU,MDA,TJK,TKM,UKR,UZB,MNG,IRN,IND,PAK,AFG,HUN"
TOGGLES_24 = [
    arg
    for state in ("KAZ", "UZB", "KGZ", "TJK", "TKM", "ARM", "AZE", "BLR")
    for bloc in ("CSTO", "SCO", "CIS")
    for arg in ("--toggle", f"{state}:{bloc}")
]
S = "{dir}/s.regio.json"

CASES: list[tuple[list[str], str]] = [
    # the program itself
    (["--bogus"], "unrecognized arguments: --bogus"),
    (["validate", "x"], "invalid choice: 'validate'"),
    (["--language", "xx"], "argument --language: invalid choice: 'xx'"),
    (["--language", "ru"], "--language goes with --screenshot"),
    (["--timing"], "--timing goes with --self-test"),
    (["--screenshot", "{dir}/nowhere/x.png"], "the folder {dir}/nowhere does not exist"),
    (
        ["--screenshot", "{dir}/x.png", "--scenario", "{dir}/missing.json"],
        "missing.json cannot be read",
    ),
    (["--self-test", "--db", "{dir}/notdb.sqlite"], "not a database"),
    # --db, with any verb
    (["--db", "{dir}/missing.sqlite", "export", "memberships"], "does not exist"),
    (["--db", "{dir}/adir", "export", "memberships"], "is a folder, not a database file"),
    (["--db", "{dir}/fifo", "export", "memberships"], "is a device, pipe or socket"),
    (["--db", "/dev/zero", "export", "memberships"], "is a device, pipe or socket"),
    (
        ["--db", "postgresq://alice@localhost/regio", "export", "memberships"],
        "does not start with postgresql://",
    ),
    (["--db", "{dir}/notdb.sqlite", "export", "memberships"], "file is not a database"),
    # export
    (["export"], "the following arguments are required: table"),
    (["export", "foo"], "argument table: invalid choice: 'foo'"),
    (["export", "memberships", "--format", "xml"], "argument --format: invalid choice: 'xml'"),
    (["export", "memberships", "--year", "abc"], "expected a year such as 2016"),
    (["export", "memberships", "--year", "1900"], "year 1900 is outside 1991.."),
    (["export", "memberships", "--year"], "argument --year: expected one argument"),
    (["export", "observations", "--year", "2016"], "--year applies to 'export memberships'"),
    # evaluate
    (["evaluate"], "the following arguments are required: scenario"),
    (["evaluate", "{dir}/missing.json"], "missing.json cannot be read"),
    (["evaluate", "{dir}/adir"], "adir is a folder, not a file"),
    (["evaluate", "{dir}/fifo"], "fifo is not a regular file"),
    (["evaluate", S, "--format", "xml"], "argument --format: invalid choice: 'xml'"),
    (["evaluate", S, "--explain", "happiness", "--state", "KAZ"], "unknown indicator"),
    (["evaluate", S, "--explain", "autonomy"], "--explain needs --state"),
    (["evaluate", S, "--explain", "autonomy", "--state", "XXX"], "unknown state or bloc code"),
    (["evaluate", S, "--state", "KAZ"], "--state goes with --explain"),
    (
        ["evaluate", S, "--explain", "autonomy", "--state", "EU"],
        "autonomy is a state indicator; EU is a bloc",
    ),
    # drivers
    (["drivers", S, "--states", "KAZ"], "the following arguments are required: --indicator"),
    (["drivers", S, "--states", "KAZ", "--indicator", "autonomy"], "is not ENTITY:INDICATOR"),
    (["drivers", S, "--states", "KAZ", "--indicator", "KAZ:bloc_gdp"], "a bloc indicator"),
    (["drivers", S, "--states", "XXX", "--indicator", "KAZ:autonomy"], "unknown code 'XXX'"),
    # explore
    (["explore", S], "the following arguments are required: --states"),
    (["explore", S, "--states", ""], "name at least one state to explore"),
    (["explore", S, "--states", ",,"], "name at least one state to explore"),
    (["explore", S, "--states", "XXX"], "unknown code 'XXX'"),
    (["explore", S, "--states", "K\x1bZ"], "unknown code 'K\\x1bZ'"),
    (
        ["explore", S, "--states", "KAZ,KAZ,RUS"],
        "KAZ is named twice in the states to explore; RUS is itself a pole",
    ),
    (
        ["explore", S, "--states", STATES_20],
        "3,486,784,401 combinations are more than the 43,046,721 an exploration evaluates",
    ),
    (
        ["explore", S, "--states", "KAZ", *TOGGLES_24],
        "50,331,648 combinations are more than the 43,046,721",
    ),
    (["explore", S, "--states", "KAZ", "--toggle", "KAZ"], "--toggle 'KAZ' is not STATE:BLOC"),
    (["explore", S, "--states", "KAZ", "--toggle", ":CSTO"], "--toggle ':CSTO' is not STATE"),
    (["explore", S, "--states", "KAZ", "--toggle", "KAZ:NOPE"], "unknown code 'NOPE'"),
    (
        ["explore", S, "--states", "KAZ", "--toggle", "KAZ:CSTO", "--toggle", "KAZ:CSTO"],
        "the toggle KAZ:CSTO is named twice",
    ),
    (["explore", S, "--states", "KAZ", "--format", "xml"], "invalid choice: 'xml'"),
    # report
    (["report", S], "the following arguments are required: --output"),
    (["report", S, "--output", "{dir}/nowhere/r.pdf"], "the folder {dir}/nowhere does not exist"),
    (["report", S, "--output", "{dir}/adir"], "adir is a folder; choose a file name"),
    (["report", S, "--output", "/dev/full"], "/dev/full is a device or pipe, not a file"),
    (["report", S, "--output", "/proc/version"], "/proc/version cannot be written"),
    (["report", S, "--output", "{dir}/r.pdf", "--language", "xx"], "invalid choice: 'xx'"),
    (["report", "{dir}/missing.json", "--output", "{dir}/r.pdf"], "missing.json cannot be read"),
    # uncertainty
    (["uncertainty", S, "--draws", "many"], "argument --draws: 'many' is not a whole number"),
    (
        ["uncertainty", S, "--draws", "100000"],
        "argument --draws: 100000 is not between 0 and 20,000 (each draw keeps every indicator",
    ),
    (["uncertainty", S, "--draws", "0"], "--draws 0: an interval needs at least 2 draws"),
    (["uncertainty", S, "--draws", "1"], "--draws 1: an interval needs at least 2 draws"),
    (
        ["uncertainty", S, "--trajectories", "100000"],
        "argument --trajectories: 100000 is not between 0 and 200",
    ),
    (
        ["uncertainty", S, "--trajectories", "0", "--sensitivity"],
        "--sensitivity needs --trajectories of 1 or more",
    ),
    (["uncertainty", S, "--seed", "-1"], "argument --seed: -1 is not between 0 and"),
    (["uncertainty", S, "--seed", "x"], "argument --seed: 'x' is not a whole number"),
    (["explore", S, "--states", "KAZ", "--seed", "-1"], "argument --seed: -1 is not between"),
    (["report", S, "--output", "{dir}/r.pdf", "--seed", "-2"], "argument --seed: -2 is not"),
    (["report", S, "--output", "{dir}/r.pdf", "--draws", "20001"], "not between 0 and 20,000"),
    (["uncertainty", S, "--states", "XXX"], "unknown code 'XXX'"),
    (["uncertainty", S, "--top", "3"], "--top goes with --sensitivity"),
    (["uncertainty", S, "--format", "xml"], "argument --format: invalid choice: 'xml'"),
    # arguments
    (["arguments"], "the following arguments are required: scenario"),
    (["arguments", "{dir}/missing.json"], "missing.json cannot be read"),
    (["arguments", S, "--format", "xml"], "argument --format: invalid choice: 'xml'"),
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    made = tmp_path_factory.mktemp("cli")
    (made / "s.regio.json").write_text('{"format": "regio-scenario", "version": 1}')
    (made / "adir").mkdir()
    os.mkfifo(made / "fifo")
    (made / "notdb.sqlite").write_text("not a database\n")
    return made


@pytest.mark.parametrize(
    ("args", "expected"), CASES, ids=lambda v: " ".join(v)[:60] if isinstance(v, list) else None
)
def test_a_bad_value_is_one_line_and_exit_2(
    args: list[str], expected: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [a.replace("{dir}", str(folder)) for a in args]
    try:
        code = main(argv)
    except SystemExit as done:  # argparse's own refusals leave through SystemExit
        code = done.code
    out, err = capsys.readouterr()
    assert code == 2, err
    assert err.startswith("error: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert expected.replace("{dir}", str(folder)) in err
    assert "usage:" not in err and "Traceback" not in err
    assert out == ""
    assert not (folder / "r.pdf").exists() and not (folder / "x.png").exists()
