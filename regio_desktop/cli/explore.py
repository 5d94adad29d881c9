"""`regio-desktop explore`: every combination of alignment choices of the chosen states, with the Pareto front."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from regio_desktop import api
from regio_desktop.api import write_table
from regio_desktop.cli.common import CommandLineError, count, states_and_toggles


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    explore = sub.add_parser("explore", help="evaluate every combination of alignment choices")
    explore.add_argument("scenario", type=Path)
    explore.add_argument("--states", required=True, help="comma-separated ISO3 codes")
    explore.add_argument("--toggle", action="append", default=[], metavar="STATE:BLOC")
    explore.add_argument(
        "--aggregate",
        default="mean",
        metavar="mean|worst|ISO3",
        help="how objectives combine over the states: their mean (default), the worst state "
        "per objective, or one explored state's values",
    )
    explore.add_argument(
        "--with-west",
        action="store_true",
        help="also try the West-oriented alignment (4 choices per state instead of 3)",
    )
    explore.add_argument(
        "--pareto-draws",
        type=count,
        default=0,
        metavar="N",
        help="add a column pareto_share: the share of N draws of the estimates over their "
        "plausible ranges in which the combination stays Pareto-efficient",
    )
    explore.add_argument("--seed", type=int, default=0, help="seed of those draws")
    explore.add_argument("--format", choices=["csv", "json"], default="csv")


def run(args: argparse.Namespace, world: api.World) -> None:
    scenario = api.read_scenario_file(args.scenario, world)
    states, toggles = states_and_toggles(world, args.states, args.toggle)
    try:
        aggregation = api.Aggregation.parse(args.aggregate, states)
    except api.AggregationError as error:
        raise CommandLineError(str(error)) from None
    choices = api.ALIGNMENTS if args.with_west else api.EXPLORATION_ALIGNMENTS
    result = api.explore(world, scenario, states, choices, toggles=toggles, aggregation=aggregation)
    if result.constant:
        print(
            "objectives constant over every combination, left out of the Pareto front: "
            + ", ".join(result.constant),
            file=sys.stderr,
        )
    table = result.table
    if args.pareto_draws:
        shares = api.pareto_frequency(
            world, scenario, result, draws=args.pareto_draws, seed=args.seed
        )
        table = table.assign(pareto_share=shares)
    write_table(table, args.format)
