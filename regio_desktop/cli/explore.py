"""`regio-desktop explore`: every combination of alignment choices of the chosen states, with the Pareto front."""

from __future__ import annotations

import argparse
import sys

from regio_desktop import api
from regio_desktop.api import write_table
from regio_desktop.cli.common import (
    UNITS_HELP,
    CommandLineError,
    add_exploration_arguments,
    count,
    refuse_streamed,
    seed,
    states_and_toggles,
)
from regio_desktop.cli.output import column_meta, print_document, records

DESCRIPTION = (
    "Evaluate every combination of the states' alignment choices (and the --toggle "
    "memberships): one row per combination with its objectives (aggregated over the states as "
    "--aggregate says), whether it is on the Pareto front, how often it wins under random "
    "weights ('wins') and how many tensions it has. " + UNITS_HELP + " The JSON is an object: "
    "'columns' (each indicator column's title, unit, scale and better: higher, lower or "
    "neither) and 'rows'."
)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    explore = sub.add_parser(
        "explore", help="evaluate every combination of alignment choices", description=DESCRIPTION
    )
    add_exploration_arguments(explore)
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
    consistency = explore.add_mutually_exclusive_group()
    consistency.add_argument(
        "--consistent",
        action="store_true",
        help="print only the combinations without tensions (the 'tensions' column counts "
        "them; 'pareto' and 'wins' stay those of the whole space)",
    )
    consistency.add_argument(
        "--max-tensions",
        type=int,
        metavar="N",
        help="print only the combinations with at most N tensions",
    )
    explore.add_argument(
        "--pareto-draws",
        type=count,
        default=0,
        metavar="N",
        help="add a column pareto_share: the share of N draws of the estimates over their "
        "plausible ranges in which the combination stays Pareto-efficient",
    )
    explore.add_argument("--seed", type=seed, default=0, help="seed of those draws")
    explore.add_argument("--format", choices=["csv", "json"], default="csv")


def run(args: argparse.Namespace, world: api.World) -> None:
    scenario = api.read_scenario_file(args.scenario, world)
    states, toggles = states_and_toggles(world, args.states, args.toggle)
    try:
        aggregation = api.Aggregation.parse(args.aggregate, states)
    except api.AggregationError as error:
        raise CommandLineError(str(error)) from None
    choices = api.ALIGNMENTS if args.with_west else api.EXPLORATION_ALIGNMENTS
    if args.pareto_draws:
        what, objectives = "the Pareto share needs", len(api.DEFAULT_OBJECTIVES)
        refuse_streamed(world, what, states, toggles, len(choices), objectives)
    result = api.explore(world, scenario, states, choices, toggles=toggles, aggregation=aggregation)
    if result.constant:
        print(
            "objectives constant over every combination, left out of the Pareto front: "
            + ", ".join(result.constant),
            file=sys.stderr,
        )
    notice = api.streamed_notice(result)
    if notice is not None:
        # Streamed (too many combinations to hold): say what the printed rows are.
        print(notice.message, file=sys.stderr)
    table = result.table.copy()
    table["tensions"] = api.tension_counts(world, scenario, result)
    if args.pareto_draws:
        table["pareto_share"] = api.pareto_frequency(
            world, scenario, result, draws=args.pareto_draws, seed=args.seed
        )
    limit = 0 if args.consistent else args.max_tensions
    if limit is not None:
        if limit < 0:
            raise CommandLineError(f"--max-tensions {limit}: a count of tensions is 0 or more")
        table = table[table["tensions"] <= limit]
    if args.format == "json":
        print_document({"columns": column_meta(list(table.columns)), "rows": records(table)})
        return
    write_table(table, args.format)
