"""The man page (packaging/man/regio-desktop.1) names every verb of the command line and every
option of the program and of each verb: a verb or an option added to the parser and forgotten
in the man page fails here, not in front of a user of `man regio-desktop`."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from regio_desktop import cli

MAN_PAGE = Path(__file__).resolve().parents[1] / "packaging" / "man" / "regio-desktop.1"


def _text() -> str:
    """The page with roff's escaped hyphens as plain ones (\\- is how roff writes '-')."""
    return MAN_PAGE.read_text("utf-8").replace("\\-", "-")


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _long_options(parser: argparse.ArgumentParser) -> set[str]:
    return {
        option
        for action in parser._actions
        for option in action.option_strings
        if option.startswith("--")
    }


def test_every_verb_has_an_entry_under_commands() -> None:
    page = _text()
    commands = page[page.index(".SH COMMANDS") : page.index(".SH OPTIONS")]
    entries = set(re.findall(r"^\.TP\n\.B (\S+)", commands, re.MULTILINE))
    assert set(_subparsers(cli._parser())) <= entries
    assert set(cli.VERBS) <= entries


def test_every_program_option_is_under_options() -> None:
    page = _text()
    options = page[page.index(".SH OPTIONS") : page.index(".SH FILES")]
    missing = {o for o in _long_options(cli._parser()) if o not in options}
    assert not missing


@pytest.mark.parametrize("verb", sorted(cli.VERBS))
def test_every_option_of_a_verb_is_in_its_entry(verb: str) -> None:
    page = _text()
    commands = page[page.index(".SH COMMANDS") : page.index(".SH OPTIONS")]
    entry = re.search(rf"^\.TP\n\.B {verb}\b.*?(?=^\.TP|\Z)", commands, re.MULTILINE | re.DOTALL)
    assert entry is not None
    parser = _subparsers(cli._parser())[verb]
    missing = {o for o in _long_options(parser) - {"--help"} if o not in entry.group(0)}
    missing -= {"--format", "--db"}  # said once for every verb at the head of COMMANDS
    assert not missing, f"{verb}: {sorted(missing)} not in the man page"
