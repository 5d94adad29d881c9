"""`regio-desktop import arguments FILE [--db URL]`: the window's import, into the profile or the
team database.

Without ``--db`` (or ``REGIO_DB``) the arguments go into the user's profile, as ``profile
--import`` does; with a team address they go into the team database, as the login named in it,
so that the server's rights decide: a viewer's import is refused by PostgreSQL, in one line.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from regio_desktop import api
from regio_desktop.cli.common import database_location

NEEDS_WORLD = False
"""The verb opens the store it writes to, not a world."""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verb = sub.add_parser(
        "import", help="import arguments (CSV or JSON) into the profile or a team database"
    )
    verb.add_argument("what", choices=["arguments"])
    verb.add_argument("file", type=Path, metavar="FILE.csv|FILE.json")
    verb.add_argument(
        "--partial", action="store_true", help="write the valid rows even if some are refused"
    )
    verb.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="a team database (postgresql://USER@HOST:PORT/DATABASE); default: the profile",
    )


def _profile_store() -> api.ArgumentStore:
    folder = api.profile_folder()
    if api.profile_in_use(folder):
        raise ValueError(
            f"the profile in {folder} is open in a window: import from the window's Library, "
            "or close the window first"
        )
    profile = api.open_profile(folder)
    return api.ArgumentStore(profile.path, readonly=profile.readonly)


def run(args: argparse.Namespace, world: api.World | None) -> None:
    location = database_location(args)
    if isinstance(location, Path):
        raise ValueError(
            "import writes to the profile or to a team database (--db URL), not a file"
        )
    store = _profile_store() if location is None else api.ArgumentStore(location)
    try:
        report = api.import_arguments(store, args.file, partial=args.partial)
    finally:
        store.close()
    print(report.summary())
    where = api.team_address(location).shown if location is not None else str(store.path)
    print(f"into: {where}")
    if not report.written:
        raise ValueError(f"{args.file.name}: nothing imported")
