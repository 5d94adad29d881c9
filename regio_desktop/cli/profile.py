"""`regio-desktop profile`: the user's profile database, and importing arguments into it.

The profile is the file the window works on (own arguments, sources and imported texts beside a
copy of the shipped data). Opening it here does what the window's start does: it is made from the
shipped database on first use, upgraded with a backup when the program is newer, and its shipped
rows refreshed when the program ships newer data, the user's rows kept. Scripts (and the
installers' upgrade check) use it to add arguments without a window and to see what survived.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from regio_desktop import api


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    profile = sub.add_parser(
        "profile",
        help="show the user's profile (own arguments and sources), or import arguments into it",
    )
    profile.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        metavar="FILE",
        help="import arguments (CSV or JSON, the columns of `export arguments`) into the profile",
    )
    profile.add_argument(
        "--partial",
        action="store_true",
        help="with --import: write the valid rows even if some are refused",
    )


def run(args: argparse.Namespace, world: api.World) -> None:
    folder = api.profile_folder()
    if args.import_file is not None and api.profile_in_use(folder):
        raise ValueError(
            f"the profile in {folder} is open in a window: import from the window's Library, "
            "or close the window first"
        )
    profile = api.open_profile(folder, in_use=api.profile_in_use(folder))
    store = api.ArgumentStore(profile.path, readonly=profile.readonly)
    try:
        if args.import_file is not None:
            report = api.import_arguments(store, args.import_file, partial=args.partial)
            print(report.summary())
            if not report.written:
                raise ValueError(f"{args.import_file.name}: nothing imported")
        arguments = store.arguments()
        sources = store.sources()
        own_arguments = sorted(arguments.index[arguments["origin"] == "user"])
        own_sources = int((sources["origin"] == "user").sum())
    finally:
        store.close()
    print(f"profile: {profile.path}")
    print(f"own arguments: {len(own_arguments)}")
    print(f"own sources: {own_sources}")
    for argument_id in own_arguments:
        print(f"argument: {argument_id}")
    for notice in profile.notices:
        print(f"notice: {notice.message}")
