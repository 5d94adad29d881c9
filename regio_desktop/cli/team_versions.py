"""The verbs of what a team shares with every version kept (#17): `scenarios` and `decks`.

Both take the same three actions in the same words, so one parser and one runner serve both,
told by a ``SharedVerb`` how to list, save and get its kind: ``VERB --db URL`` lists the versions
(name, version, author, saved, comment) as CSV; ``VERB save FILE [--comment TEXT] --db URL``
saves a file, checked against the team database's world, as the next version of its name, as the
login in the address; ``VERB get NAME [--version N] --output FILE --db URL`` writes a version
(the newest by default) to a file.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from regio_desktop import api
from regio_desktop.cli.common import CommandLineError, count, database_location


@dataclass(frozen=True)
class SharedVerb:
    """One verb: its name, what it shares (in the messages), its kind of version, and how a file
    is saved and got."""

    verb: str
    noun: str
    help: str
    kind: api.team_versions.SharedKind
    save: Callable[[api.TeamAddress, Path, str, str], api.team_versions.TeamVersion]
    """(address, FILE, the database's location to read the world from, comment)."""
    get: Callable[[api.TeamAddress, str, int | None, Path], api.team_versions.TeamVersion]
    """(address, NAME, version or None for the newest, the file to write)."""

    def add_parser(self, sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
        """The verb module's ``add_parser``."""
        _add_parser(sub, self)

    def run(self, args: argparse.Namespace, world: api.World | None) -> None:
        """The verb module's ``run`` (the world is read from the team database when needed)."""
        _run(args, self)


def _add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], shared: SharedVerb
) -> None:
    verb = sub.add_parser(shared.verb, help=shared.help)
    verb.add_argument("action", nargs="?", choices=["list", "save", "get"], default="list")
    verb.add_argument("target", nargs="?", metavar="FILE|NAME", help="save: FILE; get: NAME")
    verb.add_argument("--comment", default="", help="save: why this version (one line)")
    verb.add_argument("--version", dest="shared_version", type=count, help="get: this one")
    verb.add_argument("--output", type=Path, help=f"get: the {shared.noun} file to write")
    verb.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="the team database")


def _run(args: argparse.Namespace, shared: SharedVerb) -> None:
    location = database_location(args)
    if not isinstance(location, str):
        raise CommandLineError(
            f"shared {shared.verb} live in a team database: give --db postgresql://... or REGIO_DB"
        )
    address = api.team_address(location)
    if args.action == "list":
        versions = api.team_versions.list_versions(address, shared.kind)  # a refusal: no header
        out = csv.writer(sys.stdout, lineterminator="\n")
        out.writerow(["name", "version", "author", "saved", "comment"])
        for v in versions:
            out.writerow([v.name, v.version, v.author, v.saved.isoformat(" "), v.comment])
        return
    if not args.target:
        raise CommandLineError(
            f"{shared.verb} {args.action} needs a {'FILE' if args.action == 'save' else 'NAME'}"
        )
    if args.action == "save":
        saved = shared.save(address, Path(args.target), location, args.comment)
        print(f"saved '{saved.name}' version {saved.version} as {saved.author} at {saved.saved}")
        return
    if args.output is None:
        raise CommandLineError(f"{shared.verb} get needs --output FILE")
    saved = shared.get(address, args.target, args.shared_version, args.output)
    print(
        f"wrote '{saved.name}' version {saved.version} ({saved.author}, {saved.saved}) to {args.output}"
    )
