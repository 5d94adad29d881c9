"""`regio-desktop uncertainty`: each indicator's interval over the estimates' ranges, or which
estimates move it most (Morris effects), reproducible with ``--seed``."""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from regio_desktop import api
from regio_desktop.api import write_table
from regio_desktop.cli.common import (
    MAX_TRAJECTORIES,
    MAX_UNCERTAINTY_DRAWS,
    CommandLineError,
    count,
    seed,
    states_and_toggles,
    trajectories,
    uncertainty_draws,
)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "uncertainty",
        help="each indicator's 5-95 %% interval over the estimates' plausible ranges",
        description="Each indicator's value and its 5-95 % interval (low, high) over a Latin "
        "hypercube of the estimates' plausible ranges, or with --sensitivity which estimates "
        "move each indicator most (Morris): 'effect' is the mean absolute change of the "
        "indicator when the estimate moves across its whole range, in the indicator's unit. "
        "Every row says its 'unit' and which way is 'better' (higher, lower or neither).",
    )
    parser.add_argument("scenario", type=Path, help="the scenario (a .regio.json file)")
    parser.add_argument(
        "--draws",
        type=uncertainty_draws,
        default=1000,
        help=f"Latin hypercube draws, 2 to {MAX_UNCERTAINTY_DRAWS:,} (each keeps every "
        "indicator in memory; default 1,000)",
    )
    parser.add_argument(
        "--seed", type=seed, default=0, help="the same seed (0 or more), the same figures"
    )
    parser.add_argument(
        "--trajectories",
        type=trajectories,
        default=10,
        help=f"Morris trajectories for --sensitivity (1 to {MAX_TRAJECTORIES})",
    )
    parser.add_argument("--states", help="comma-separated ISO3 codes: only their rows")
    parser.add_argument(
        "--sensitivity",
        action="store_true",
        help="print which estimates move each indicator most instead of the intervals",
    )
    parser.add_argument(
        "--top", type=count, default=5, help="with --sensitivity: estimates per row (0: all)"
    )
    parser.add_argument("--format", choices=["csv", "json"], default="csv")


def run(args: argparse.Namespace, world: api.World) -> None:
    scenario = api.read_scenario_file(args.scenario, world)
    states = states_and_toggles(world, args.states, [])[0] if args.states else None
    if args.top != 5 and not args.sensitivity:
        raise CommandLineError("--top goes with --sensitivity")
    if args.draws < 2 and not args.sensitivity:
        # No draw (or one) leaves low = high: an interval that reads as certainty.
        raise CommandLineError(
            f"--draws {args.draws}: an interval needs at least 2 draws (the default is 1,000)"
        )
    if args.sensitivity and args.trajectories == 0:
        raise CommandLineError(
            "--sensitivity needs --trajectories of 1 or more: the ranking comes from them"
        )
    result = api.uncertainty(
        world, scenario, draws=args.draws, seed=args.seed, trajectories=args.trajectories
    )
    if args.sensitivity:
        table = result.sensitivity
        if args.top:
            table = table[table["rank"] <= args.top]
    else:
        table = result.table
    if states is not None:
        table = table[(table["level"] == "state") & table["entity"].isin(states)]
    write_table(with_units(table.reset_index(drop=True)), args.format)


def with_units(table: pd.DataFrame) -> pd.DataFrame:
    """The table with each row's unit (the intervals have it already) and direction last, so
    that the columns a script reads by position stay where they were."""
    table = table.copy()
    infos = [api.indicator_info(code) for code in table["indicator"]]
    if "unit" not in table.columns:
        table["unit"] = [info.unit for info in infos]
    table["better"] = [info.better for info in infos]
    return table
