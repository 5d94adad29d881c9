"""`regio-desktop drivers`: which explored choices drive one indicator, as exact variance shares."""

from __future__ import annotations

import argparse

from regio_desktop import api
from regio_desktop.api import write_table
from regio_desktop.cli.common import CommandLineError, add_exploration_arguments, states_and_toggles


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    drivers = sub.add_parser(
        "drivers", help="which explored choices drive one indicator (variance shares)"
    )
    add_exploration_arguments(drivers)
    drivers.add_argument(
        "--indicator",
        required=True,
        metavar="ENTITY:INDICATOR",
        help="a state, a bloc or 'region', and one of its indicators, e.g. KAZ:autonomy",
    )
    drivers.add_argument("--format", choices=["csv", "json"], default="csv")


def run(args: argparse.Namespace, world: api.World) -> None:
    scenario = api.read_scenario_file(args.scenario, world)
    states, toggles = states_and_toggles(world, args.states, args.toggle)
    entity, sep, indicator = (part.strip() for part in args.indicator.partition(":"))
    if not (sep and entity and indicator):
        raise CommandLineError(
            f"--indicator '{api.printable(args.indicator, 40)}' is not ENTITY:INDICATOR "
            "(such as KAZ:autonomy, EAEU:bloc_cohesion or region:...)"
        )
    entity = entity if entity == "region" else entity.upper()
    try:
        shares = api.drivers(world, scenario, states, indicator, entity, toggles)
    except api.DriversError as error:
        raise CommandLineError(str(error)) from None
    write_table(shares, args.format)
