"""What the command line says about where a figure comes from: the source of the membership in
force that year, and the version the program and its packages share."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import _scenario, run


def test_explain_names_the_source_of_the_membership_in_force_that_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Armenia's CSTO row of 2023 is the 1992 Treaty's, not the 2024 suspension's; Georgia's
    CIS row of 2006 is its membership's, not its 2009 withdrawal's."""
    for state, bloc, year, source, indicator in (
        ("ARM", "CSTO", 2023, "cst_1992", "security_coverage"),
        ("GEO", "CIS", 2006, "cis_official", "dependence_russia"),
    ):
        path = _scenario(tmp_path, {"year": year})
        args = ["evaluate", str(path), "--explain", indicator, "--state", state]
        _code, out, _ = run([*args, "--format", "json"], capsys)
        parts = json.loads(out)["contributions"]
        assert [c["source"] for c in parts if c["label"].startswith(f"{bloc} (")] == [source]


def test_the_program_and_its_packages_say_one_version() -> None:
    """--version and the About box read regio_desktop.__version__, the wheel and the packages
    pyproject.toml's version (the Makefile refuses any other): the two must agree."""
    import tomllib

    import regio_desktop

    root = Path(__file__).resolve().parents[1]
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == regio_desktop.__version__
