"""`regio-desktop export`: print a table of the world's data (memberships, observations, arguments)."""

from __future__ import annotations

import argparse

from regio_desktop import api
from regio_desktop.api import arguments_table, memberships_table, observations_table, write_table
from regio_desktop.cli.common import CommandLineError, year


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:

    export = sub.add_parser("export", help="print a table of the world's data")
    export.add_argument("table", choices=["memberships", "observations", "arguments"])
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument(
        "--year", type=year, help="with memberships: those in force at the end of this year"
    )


def run(args: argparse.Namespace, world: api.World) -> None:
    if args.year is not None and args.table != "memberships":
        raise CommandLineError(
            f"--year applies to 'export memberships' only; {args.table} have no year to pick"
        )
    if args.year is not None and not world.first_year <= args.year <= world.latest_year:
        raise CommandLineError(
            f"year {args.year} is outside {world.first_year}..{world.latest_year}"
        )
    table = {
        "memberships": lambda: memberships_table(world, args.year),
        "observations": lambda: observations_table(world),
        "arguments": lambda: arguments_table(world),
    }[args.table]()
    write_table(table, args.format)
