"""`regio-desktop scenarios`: scenarios shared in a team database, every version kept (#17).

``scenarios --db URL`` lists the versions (name, version, author, saved, comment);
``scenarios save FILE [--comment TEXT] --db URL`` saves a scenario file as the next version of
its name, as the login in the address; ``scenarios get NAME [--version N] --output FILE --db URL``
writes a version (the newest by default) to a scenario file, to open or compare.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from regio_desktop import api
from regio_desktop.cli.common import CommandLineError, count, database_location

NEEDS_WORLD = False
"""The verb reads the world itself, from the team database, only to check a file it saves."""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verb = sub.add_parser("scenarios", help="list, save and get scenarios in a team database")
    verb.add_argument("action", nargs="?", choices=["list", "save", "get"], default="list")
    verb.add_argument("target", nargs="?", metavar="FILE|NAME", help="save: FILE; get: NAME")
    verb.add_argument("--comment", default="", help="save: why this version (one line)")
    verb.add_argument("--version", dest="scenario_version", type=count, help="get: this one")
    verb.add_argument("--output", type=Path, help="get: the scenario file to write")
    verb.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="the team database")


def run(args: argparse.Namespace, world: api.World | None) -> None:
    location = database_location(args)
    if not isinstance(location, str):
        raise CommandLineError(
            "shared scenarios live in a team database: give --db postgresql://... or REGIO_DB"
        )
    address = api.team_address(location)
    if args.action == "list":
        versions = api.team_scenario_versions(address)  # before the header: a refusal prints none
        out = csv.writer(sys.stdout, lineterminator="\n")
        out.writerow(["name", "version", "author", "saved", "comment"])
        for v in versions:
            out.writerow([v.name, v.version, v.author, v.saved.isoformat(" "), v.comment])
        return
    if not args.target:
        raise CommandLineError(
            f"scenarios {args.action} needs a {'FILE' if args.action == 'save' else 'NAME'}"
        )
    if args.action == "save":
        scenario = api.read_scenario_file(Path(args.target), api.load_world(location))
        saved = api.save_team_scenario(address, scenario, args.comment)
        print(f"saved '{saved.name}' version {saved.version} as {saved.author} at {saved.saved}")
        return
    if args.output is None:
        raise CommandLineError("scenarios get needs --output FILE")
    saved, scenario = api.open_team_scenario(address, args.target, args.scenario_version)
    api.write_scenario(scenario, args.output)
    print(
        f"wrote '{saved.name}' version {saved.version} ({saved.author}, {saved.saved}) to {args.output}"
    )
