"""`regio-desktop drivers`: which explored choices drive one indicator, as exact variance shares.

A share says which choice explains the indicator's variance, not how large it is, so the spread
(lowest and highest value, standard deviation, in the indicator's unit) comes with it: on standard
error after the CSV table (the table stays plain CSV), as ``spread`` in the JSON. An indicator
that takes one value in every combination has no variance to share out: the verb says so in one
line, prints the table's header with no rows (CSV) or ``"shares": []`` (JSON), and exits 0, since
the question was answered: no choice drives it.
"""

from __future__ import annotations

import argparse
import sys

from regio_desktop import api
from regio_desktop.api import write_table
from regio_desktop.cli.common import CommandLineError, add_exploration_arguments, states_and_toggles
from regio_desktop.cli.output import column_meta, print_document, records

DESCRIPTION = (
    "Which of the explored choices drive one indicator. Every combination of the states' "
    "alignment choices (and the --toggle memberships) is evaluated, and the variance of the "
    "indicator over them is split exactly between the choices: first_order is the share a choice "
    "explains alone, total adds every interaction it takes part in (largest total first). A line "
    "on standard error (the 'spread' of the JSON) says how far the indicator moves, in its unit, "
    "and which way is better; 'regio-desktop indicators' lists every unit and direction."
)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    drivers = sub.add_parser(
        "drivers",
        help="which explored choices drive one indicator (variance shares)",
        description=DESCRIPTION,
    )
    add_exploration_arguments(drivers)
    drivers.add_argument(
        "--indicator",
        required=True,
        metavar="ENTITY:INDICATOR",
        help="a state, a bloc or 'region', and one of its indicators, e.g. KAZ:autonomy "
        "(codes in any case)",
    )
    drivers.add_argument(
        "--format",
        choices=["csv", "json"],
        default="csv",
        help="csv: factor,first_order,total; json: an object with the unit, the direction, "
        "the spread and the shares",
    )


def _number(value: float) -> str:
    return f"{value:.2f}"


def spread_line(found: api.Drivers) -> str:
    """The spread in one line: ``KAZ:transit_connectivity ranges 77.52–78.76 ...``."""
    spread, info = found.spread, found.target.info
    if spread.constant:
        return (
            f"{found.target.text} takes one value ({_number(spread.low)}, {spread.unit}) in every "
            "combination: no choice drives it"
        )
    direction = {"higher": "; higher is better", "lower": "; lower is better"}.get(info.better, "")
    return (
        f"{found.target.text} ranges {_number(spread.low)}–{_number(spread.high)} "
        f"({spread.unit}{direction}) over the {found.combinations:,} combinations: a spread of "
        f"{_number(spread.width)}, standard deviation {_number(spread.std)}; the shares split "
        "that variance"
    )


def run(args: argparse.Namespace, world: api.World) -> None:
    scenario = api.read_scenario_file(args.scenario, world)
    states, toggles = states_and_toggles(world, args.states, args.toggle)
    entity, sep, indicator = args.indicator.partition(":")
    if not (sep and entity.strip() and indicator.strip()):
        raise CommandLineError(
            f"--indicator '{api.printable(args.indicator, 40)}' is not ENTITY:INDICATOR "
            "(such as KAZ:autonomy, EAEU:bloc_cohesion or region:...)"
        )
    try:
        found = api.drivers(world, scenario, states, indicator, entity, toggles)
    except api.DriversError as error:
        raise CommandLineError(str(error)) from None
    shares = found.shares.iloc[:0] if found.spread.constant else found.shares
    if args.format == "json":
        spread = found.spread
        print_document(
            {
                "entity": found.target.entity,
                "indicator": found.target.indicator,
                **column_meta([found.target.indicator])[found.target.indicator],
                "combinations": found.combinations,
                "spread": {
                    "low": spread.low,
                    "high": spread.high,
                    "width": spread.width,
                    "std": spread.std,
                    "constant": spread.constant,
                },
                "note": spread_line(found),
                "shares": records(shares),
            }
        )
        return
    write_table(shares, "csv")
    print(spread_line(found), file=sys.stderr)
