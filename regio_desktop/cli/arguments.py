"""`regio-desktop arguments`: the arguments for and against a scenario, with their balance.

``stance`` is the argument's stance on the choice as the literature argues it ("for EAEU
membership"); ``move`` and ``on_move`` say what the scenario does to that choice and whether the
argument speaks for or against that (an argument for membership is against leaving), as the
window's arguments panel and the report frame them."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd

from regio_desktop import api
from regio_desktop.api import write_table


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    arguments = sub.add_parser("arguments", help="print the arguments for and against a scenario")
    arguments.add_argument("scenario", type=Path)
    arguments.add_argument("--format", choices=["csv", "json"], default="csv")


def with_moves(evaluation: api.Evaluation, matched: pd.DataFrame) -> pd.DataFrame:
    """``matched`` with ``move`` and ``on_move`` after ``stance``: the core's framed_choices
    and stance_on_move, laid out as columns."""
    moves = {
        (framed.state, framed.choice): framed.move
        for state in matched["state"].unique()
        for framed in api.framed_choices(evaluation, str(state))
    }
    move = [
        moves.get((s, c), "keep") for s, c in zip(matched["state"], matched["choice"], strict=True)
    ]
    on_move = [
        api.stance_on_move(str(st), m) for st, m in zip(matched["stance"], move, strict=True)
    ]
    at = list(matched.columns).index("stance") + 1
    out = matched.copy()
    out.insert(at, "move", move)
    out.insert(at + 1, "on_move", on_move)
    return out


def run(args: argparse.Namespace, world: api.World) -> None:
    scenario = api.read_scenario_file(args.scenario, world)
    evaluation = api.evaluate(world, scenario)  # once, for the matching and the moves
    matched = with_moves(evaluation, api.arguments_for(world, scenario, evaluation=evaluation))
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
