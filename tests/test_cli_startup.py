"""`--version` and `--help` answer without importing the engine (pandas, the world, the verbs).

A desktop, a package manager or a script asks `regio-desktop --version` and expects it at
once; importing pandas and the engine made it take 0.7 to 1.7 s. The top-level parser knows each
verb by name and help only (``cli.VERBS``); these tests keep that help equal to the verbs' own.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import subprocess
import sys

import pytest

from regio_desktop import cli

ENGINE_MODULES = ("pandas", "numpy", "regio_desktop.api", "regio_desktop.world", "PySide6")


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_import_no_engine(option: str) -> None:
    probe = (
        "import sys\n"
        "from regio_desktop.cli import main\n"
        "try:\n"
        f"    main([{option!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(sorted(m for m in {ENGINE_MODULES!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    *printed, imported = done.stdout.strip().splitlines()
    assert imported == "[]"
    if option == "--version":
        assert printed == [f"regio-desktop {cli.regio_desktop.__version__}"]
    else:
        assert "export" in "\n".join(printed) and "profile" in "\n".join(printed)


def _verb_helps(parser: argparse.ArgumentParser) -> dict[str, str | None]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {action.dest: action.help for action in sub._choices_actions}


def test_the_light_parser_lists_each_verb_with_its_modules_help() -> None:
    assert _verb_helps(cli._parser(verbs=False)) == _verb_helps(cli._parser())


def test_the_top_level_help_is_the_same_from_either_parser() -> None:
    assert cli._parser(verbs=False).format_help() == cli._parser().format_help()


def test_a_verb_is_parsed_by_its_own_parser() -> None:
    args = cli.parse(["--db", "x.sqlite", "export", "memberships", "--year", "2016"])
    assert (args.command, args.table, args.year, str(args.db)) == (
        "export",
        "memberships",
        2016,
        "x.sqlite",
    )
    assert cli.parse(["--self-test", "--timing"]).self_test


def test_a_verbs_help_is_its_own() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        cli.parse(["uncertainty", "--help"])
    assert "--draws" in out.getvalue()
