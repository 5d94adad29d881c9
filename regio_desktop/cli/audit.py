"""`regio-desktop audit [--db URL] [--record ID]`: who changed which argument or source, and when.

Prints the audit (#17) as CSV, newest first: the time in UTC, who (the database role on a team
database, the OS user in a profile), the table, the record's id, insert/update/delete and the
version written. Without ``--db`` (or ``REGIO_DB``) it reads the profile; it never writes.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from regio_desktop import api
from regio_desktop.cli.common import count, database_location

NEEDS_WORLD = False
"""The verb reads the store's audit, not a world."""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verb = sub.add_parser(
        "audit", help="print who changed which argument or source, and when (newest first)"
    )
    verb.add_argument("--record", metavar="ID", help="only the writes of this argument or source")
    verb.add_argument(
        "--limit", type=count, default=1000, help="at most this many rows (default 1000)"
    )
    verb.add_argument(
        "--db",
        metavar="FILE|URL",
        default=argparse.SUPPRESS,
        help="a team database (postgresql://USER@HOST:PORT/DATABASE) or a file; "
        "default: the profile",
    )


def _store(location: Path | str | None) -> api.ArgumentStore:
    if location is not None:
        return api.ArgumentStore(location, readonly=True)
    folder = api.profile_folder()
    profile = api.open_profile(folder, in_use=api.profile_in_use(folder))
    return api.ArgumentStore(profile.path, readonly=True)


def run(args: argparse.Namespace, world: api.World | None) -> None:
    store = _store(database_location(args))
    try:
        rows = store.audit(
            args.record, limit=args.limit
        )  # before the header: a refusal prints none
    finally:
        store.close()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["at_utc", "who", "table", "record", "action", "version"])
    for row in rows:
        out.writerow(
            [
                row.at.isoformat(" ", "seconds"),
                row.who,
                row.table,
                row.record_id,
                row.action,
                row.row_version,
            ]
        )
