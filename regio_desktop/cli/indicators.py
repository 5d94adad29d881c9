"""`regio-desktop indicators`: every indicator's code, level, title, unit, scale and direction.

The other verbs' CSV headers are indicator codes alone, so that scripts reading them by name
keep working; this is where a reader of those tables learns what each column is measured in and
which way is better (the window says both beside every figure).
"""

from __future__ import annotations

import argparse

import pandas as pd

from regio_desktop import api
from regio_desktop.api import write_table


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "indicators",
        help="list every indicator with its unit and which way is better",
        description="Every indicator of the catalogue, one row each: code, level (state, bloc "
        "or region), title, unit, scale and better (higher, lower or neither: dependences and "
        "bloc and region figures have no better direction). The codes are the column names of "
        "explore and the ENTITY:INDICATOR of drivers and discover.",
    )
    parser.add_argument("--format", choices=["csv", "json"], default="csv")


def indicator_table() -> pd.DataFrame:
    """The catalogue as a table, in the catalogue's order (state, bloc, then region)."""
    return pd.DataFrame(
        {
            "code": [i.code for i in api.INDICATORS],
            "level": [i.level for i in api.INDICATORS],
            "title": [i.title for i in api.INDICATORS],
            "unit": [i.unit for i in api.INDICATORS],
            "scale": [i.scale for i in api.INDICATORS],
            "better": [i.better for i in api.INDICATORS],
        }
    )


def run(args: argparse.Namespace, world: api.World) -> None:
    del world  # the catalogue is the program's, not the database's
    write_table(indicator_table(), args.format)
