"""What every verb of the command line shares: its error, its year and its state and toggle lists."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from regio_desktop import api

EXIT_BAD_INPUT = 2


class CommandLineError(ValueError):
    """An argument of the command line that the world or the file system cannot satisfy."""


def database_location(args: argparse.Namespace) -> Path | str | None:
    """The database named by --db (or $REGIO_DB): a file's path, a checked team address, or
    None for the shipped database (the profile, for the verbs that write)."""
    given = getattr(args, "db", None)
    text = given if given is not None else os.environ.get("REGIO_DB") or None
    if text is None:
        return None
    if api.is_team_address(text):
        api.team_address(text)  # refuses a malformed address before anything is opened
        return str(text)
    return Path(text)


_YEAR = re.compile(r"[0-9]{4}", re.ASCII)


def year(text: str) -> int:
    """A year as four ASCII digits: not ' 2016', '2_016' or digits of another script."""
    if not _YEAR.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"expected a year such as 2016, found {api.printable(repr(text), 40)}"
        )
    return int(text)


def add_exploration_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments every verb over an exploration takes: the base scenario, the states whose
    alignments vary and the membership toggles (read back by ``states_and_toggles``)."""
    parser.add_argument("scenario", type=Path)
    parser.add_argument("--states", required=True, help="comma-separated ISO3 codes")
    parser.add_argument("--toggle", action="append", default=[], metavar="STATE:BLOC")


def states_and_toggles(
    world: api.World, states_text: str, toggle_texts: list[str]
) -> tuple[list[str], list[tuple[str, str]]]:
    """``--states`` and ``--toggle`` of explore and drivers, with every unknown code named."""
    states = [s.strip().upper() for s in states_text.split(",") if s.strip()]
    toggles = []
    for item in toggle_texts:
        state, sep, bloc = (part.strip() for part in item.partition(":"))
        if not (sep and state and bloc):
            raise CommandLineError(
                f"--toggle '{api.printable(item, 40)}' is not STATE:BLOC (such as KAZ:CSTO)"
            )
        toggles.append((state.upper(), bloc.upper()))
    unknown = [s for s in states + [t[0] for t in toggles] if s not in world.state_codes]
    unknown += [b for _, b in toggles if b not in world.bloc_codes]
    if unknown:
        raise CommandLineError(
            "; ".join(f"unknown code '{api.printable(c, 40)}'" for c in dict.fromkeys(unknown))
        )
    return states, toggles


MAX_DRAWS = 100_000
"""About ten minutes of draws; more is a typing slip, refused rather than run for hours."""


def count(text: str) -> int:
    """A whole number of draws, trajectories or rows (argparse ``type``)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{api.printable(text, 20)}' is not a whole number"
        ) from None
    if not 0 <= value <= MAX_DRAWS:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and {MAX_DRAWS:,}")
    return value
