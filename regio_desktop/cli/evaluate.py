"""`regio-desktop evaluate`: a scenario's indicators with their baselines, or one indicator explained.

The scenario's tensions (a bloc joined before it was founded, rival alliances, two customs unions:
the window's Warnings) go to standard error as ``warning:`` lines, so that the table on standard
output stays what a script reads and a person still sees why a figure may not mean much."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from regio_desktop import api
from regio_desktop.api import evaluation_table, write_table
from regio_desktop.cli.common import CommandLineError
from regio_desktop.cli.output import print_change, print_explanation


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    evaluate = sub.add_parser("evaluate", help="print a scenario's indicators with baselines")
    evaluate.add_argument("scenario", type=Path)
    evaluate.add_argument("--format", choices=["csv", "json"], default="csv")
    evaluate.add_argument("--explain", metavar="INDICATOR", help="explain one indicator instead")
    evaluate.add_argument("--state", metavar="ISO3", help="with --explain: the state (or bloc)")
    evaluate.add_argument(
        "--change",
        action="store_true",
        help="with --explain: split the change from the baseline into steps",
    )


def run(args: argparse.Namespace, world: api.World) -> None:
    scenario = api.read_scenario_file(args.scenario, world)
    if args.state and not args.explain:
        raise CommandLineError("--state goes with --explain (the table has every state)")
    if args.explain:
        if not args.state:
            raise CommandLineError("--explain needs --state ISO3 (or a bloc code)")
        entity = args.state.strip().upper()
        if entity not in world.state_codes and entity not in world.bloc_codes:
            raise CommandLineError(
                f"unknown state or bloc code '{api.printable(args.state, 40)}' for --state"
            )
        try:
            level = api.indicator_info(args.explain).level
        except KeyError:
            raise CommandLineError(
                f"unknown indicator '{api.printable(args.explain, 40)}' for --explain"
            ) from None
        kind = "state" if entity in world.state_codes else "bloc"
        if level != kind:
            raise CommandLineError(f"{args.explain} is a {level} indicator; {entity} is a {kind}")
        if args.change:
            print_change(api.explain_change(world, scenario, args.explain, entity), args.format)
        else:
            print_explanation(api.explain(world, scenario, args.explain, entity), args.format)
    elif args.change:
        raise CommandLineError("--change goes with --explain INDICATOR")
    else:
        write_table(evaluation_table(api.evaluate(world, scenario)), args.format)
        for tension in api.check(world, scenario):
            print(f"warning: {tension.message}", file=sys.stderr)
