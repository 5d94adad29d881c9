"""`regio-desktop arguments`: the arguments for and against a scenario, with their balance."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from regio_desktop import api
from regio_desktop.api import write_table


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    arguments = sub.add_parser("arguments", help="print the arguments for and against a scenario")
    arguments.add_argument("scenario", type=Path)
    arguments.add_argument("--format", choices=["csv", "json"], default="csv")


def run(args: argparse.Namespace, world: api.World) -> None:
    scenario = api.read_scenario_file(args.scenario, world)
    matched = api.arguments_for(world, scenario)
    if args.format == "json":
        print(
            json.dumps(
                {
                    "arguments": json.loads(matched.to_json(orient="records", force_ascii=False)),
                    "balance": json.loads(api.balance(matched).to_json(orient="records")),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        write_table(matched, args.format)
