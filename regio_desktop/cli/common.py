"""What every verb of the command line shares: its error, its year and its state and toggle lists."""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from regio_desktop import api

EXIT_BAD_INPUT = 2


class CommandLineError(ValueError):
    """An argument of the command line that the world or the file system cannot satisfy."""


_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def database_location(args: argparse.Namespace) -> Path | str | None:
    """The database named by --db (or $REGIO_DB): a file's path, a checked team address, or
    None for the shipped database (the profile, for the verbs that write). Text shaped like an
    address (``scheme://...``) is never read as a file name: a misspelt ``postgresq://`` is
    refused as no team address, rather than looked for as a file that does not exist."""
    given = getattr(args, "db", None)
    text = given if given is not None else os.environ.get("REGIO_DB") or None
    if text is None:
        return None
    if api.is_team_address(text) or _ADDRESS.match(text):
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
    parser.add_argument(
        "scenario", type=Path, help="the base scenario (a .regio.json file) the choices vary"
    )
    parser.add_argument(
        "--states",
        required=True,
        help="comma-separated ISO3 codes of the states whose alignment varies (each takes "
        "russia-led, china-centred and multi-vector in turn), such as KAZ,UZB,KGZ",
    )
    parser.add_argument(
        "--toggle",
        action="append",
        default=[],
        metavar="STATE:BLOC",
        help="also vary one membership, such as KAZ:CSTO: as in the base scenario and flipped "
        "(the state leaves the bloc if it is in it, joins it if not); repeat for more",
    )


def refuse_streamed(
    world: api.World,
    what: str,
    states: Sequence[str],
    toggles: Sequence[tuple[str, str]],
    choices: int,
    objectives: int,
) -> None:
    """Refuse at once, with the size, an analysis that reads every combination (``what``: "the
    Pareto share needs") over a space that would be streamed: computing it first would end in
    the same refusal, after seconds or minutes. Inputs explore refuses anyway pass through,
    for explore to word."""
    if api.exploration_problems(world, states, toggles, choices, objectives):
        return
    refused = api.streamed_refusal(what, states, choices, toggles, objectives)
    if refused:
        raise CommandLineError(refused)


UNITS_HELP = (
    "CSV headers are the indicator codes alone; 'regio-desktop indicators' lists each one's "
    "unit and which way is better, and --format json carries them too."
)


def fraction(text: str) -> float:
    """A share above 0 and at most 1, such as a density threshold (argparse ``type``)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{api.printable(text, 20)}' is not a number") from None
    if not 0.0 < value <= 1.0:
        raise argparse.ArgumentTypeError(
            f"{api.printable(text, 20)} is not a share above 0 and at most 1 (such as 0.8)"
        )
    return value


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


MAX_UNCERTAINTY_DRAWS = 20_000
"""Draws of ``uncertainty`` and ``report``: every draw keeps its ~1,850 indicators (15 kB), so
10,000 draws peaked at 500 MB and 100,000 would need some 3.5 GB; 20,000 stay under 1 GB (measured
for preset 05, benchmarks/uncertainty_bench.py) and take under a minute on an idle core."""
MAX_TRAJECTORIES = 200
"""Morris trajectories: each costs one evaluation per group of estimates (~47), so 200 are about
9,400 evaluations, as long as 9,400 draws; 100,000 ran for minutes with growing memory."""
MAX_SEED = 2**32 - 1
"""numpy's seed is any non-negative integer; an upper bound keeps the refusal one line."""


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{api.printable(text, 20)}' is not a whole number"
        ) from None


def bounded(high: int, why: str = "") -> Callable[[str], int]:
    """An argparse ``type``: a whole number from 0 to ``high``; ``why`` says why not more."""

    def parse(text: str) -> int:
        value = _whole(text)
        if not 0 <= value <= high:
            reason = f" ({why})" if why and value > high else ""
            raise argparse.ArgumentTypeError(f"{value} is not between 0 and {high:,}{reason}")
        return value

    return parse


def count(text: str) -> int:
    """A whole number of draws, trajectories or rows (argparse ``type``)."""
    return bounded(MAX_DRAWS)(text)


uncertainty_draws = bounded(
    MAX_UNCERTAINTY_DRAWS, "each draw keeps every indicator: more would need over 1 GB of memory"
)
trajectories = bounded(MAX_TRAJECTORIES, "each costs about 50 evaluations")
seed = bounded(MAX_SEED)
