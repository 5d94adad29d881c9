"""`regio-desktop discover`: in which boxes of choices a condition holds (PRIM's trajectory)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping

import pandas as pd

from regio_desktop import api
from regio_desktop.api import write_table
from regio_desktop.cli.common import (
    UNITS_HELP,
    CommandLineError,
    add_exploration_arguments,
    fraction,
    refuse_streamed,
    states_and_toggles,
)
from regio_desktop.cli.output import column_meta

DESCRIPTION = (
    "In which boxes of the explored choices a condition holds (scenario discovery with PRIM, "
    "as in EMA Workbench). Every combination of the states' alignment choices (and the "
    "--toggle memberships) is evaluated; the condition marks the combinations of interest, and "
    "PRIM peels the space down step by step to boxes (such as 'KAZ = multi-vector and UZB in "
    "{russia-led, multi-vector}') that hold more of them: coverage is the share of all cases "
    "inside the box, density the share of the box's combinations that are cases. The table is "
    "the peeling trajectory, one row per step, with the box offered marked; a summary line goes "
    "to standard error. The condition's numbers are in the indicators' units: " + UNITS_HELP
)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    discover = sub.add_parser(
        "discover",
        help="in which boxes of explored choices a condition holds (PRIM)",
        description=DESCRIPTION,
    )
    add_exploration_arguments(discover)
    discover.add_argument(
        "--where",
        required=True,
        metavar="CONDITION",
        help="ENTITY:INDICATOR op number, joined by 'and' (op: >, >=, <, <=), such as "
        "'KAZ:autonomy>60 and KAZ:sanctions_exposure<30'",
    )
    discover.add_argument(
        "--box", type=int, metavar="N", help="the step of the trajectory to show as the box"
    )
    discover.add_argument(
        "--threshold",
        type=fraction,
        default=0.8,
        help="without --box: the box offered is the one with the most coverage among those "
        "at least this dense, a share above 0 and at most 1 (default 0.8)",
    )
    discover.add_argument(
        "--with-west",
        action="store_true",
        help="also try the West-oriented alignment (4 choices per state instead of 3)",
    )
    discover.add_argument("--format", choices=["csv", "json"], default="csv")


def restriction_text(restrictions: Mapping[str, tuple[str, ...]]) -> str:
    """A box as one line: ``KAZ in {multi-vector, china-centred} and KAZ:CSTO = leave``."""
    parts = []
    for factor, levels in restrictions.items():
        if len(levels) == 1:
            parts.append(f"{factor} = {levels[0]}")
        else:
            parts.append(f"{factor} in {{{', '.join(levels)}}}")
    return " and ".join(parts) if parts else "(all combinations)"


def trajectory_frame(trajectory: api.Trajectory, chosen: int) -> pd.DataFrame:
    """One row per step of the trajectory, the chosen one marked."""
    return pd.DataFrame(
        {
            "step": range(len(trajectory.steps)),
            "coverage": [s.coverage for s in trajectory.steps],
            "density": [s.density for s in trajectory.steps],
            "combinations": [s.combinations for s in trajectory.steps],
            "cases": [s.hits for s in trajectory.steps],
            "restrictions": [restriction_text(s.restrictions) for s in trajectory.steps],
            "chosen": [k == chosen for k in range(len(trajectory.steps))],
        }
    )


def run(args: argparse.Namespace, world: api.World) -> None:
    scenario = api.read_scenario_file(args.scenario, world)
    states, toggles = states_and_toggles(world, args.states, args.toggle)
    choices = api.ALIGNMENTS if args.with_west else api.EXPLORATION_ALIGNMENTS
    try:
        api.parse_where(world, args.where)  # a wrong condition first, as discover reads it
        what = "scenario discovery needs"
        refuse_streamed(world, what, states, toggles, len(choices), len(api.DEFAULT_OBJECTIVES))
        found = api.discover(world, scenario, states, args.where, toggles, choices)
    except api.DiscoveryRefused as error:
        raise CommandLineError("; ".join(p.message for p in error.problems)) from None
    trajectory = found.trajectory
    if args.box is None:
        chosen = trajectory.chosen_step(args.threshold)
    elif 0 <= args.box < len(trajectory.steps):
        chosen = args.box
    else:
        raise CommandLineError(
            f"--box {args.box}: the trajectory has steps 0 to {len(trajectory.steps) - 1}"
        )
    step = trajectory.steps[chosen]
    summary = (
        f"box {chosen}: {restriction_text(step.restrictions)} (coverage {step.coverage:.0%}, "
        f"density {step.density:.0%}, {step.combinations:,} combinations; the condition holds "
        f"in {trajectory.cases:,} of {trajectory.total:,})"
    )
    if args.box is None and step.density < args.threshold - 1e-12:
        # chosen_step falls back to the densest box: say that none is as dense as asked.
        summary += (
            f"; no box is {args.threshold:.0%} dense (--threshold {args.threshold:g}), so the "
            "densest is offered"
        )
    if args.format == "json":
        box = {
            "step": chosen,
            "coverage": step.coverage,
            "density": step.density,
            "combinations": step.combinations,
            "cases": step.hits,
            "restrictions": {f: list(levels) for f, levels in step.restrictions.items()},
        }
        document = {
            "where": api.where_text(found.conditions),
            "combinations": trajectory.total,
            "cases": trajectory.cases,
            "trajectory": json.loads(
                trajectory_frame(trajectory, chosen).to_json(orient="records")
            ),
            "box": box,
            "columns": column_meta([c.indicator for c in found.conditions]),
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return
    write_table(trajectory_frame(trajectory, chosen), "csv")
    print(summary, file=sys.stderr)
