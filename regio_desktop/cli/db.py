"""`regio-desktop db`: prepare a team database on PostgreSQL, give people their roles, upgrade it.

``db init URL`` makes an empty database a team database (schema, the shipped world, the roles
regio_viewer and regio_editor); ``db grant URL --user NAME --role viewer|editor`` gives an existing
login role one of them; ``db upgrade URL`` migrates it to this program's schema, a full backup
(pg_dump) written to the profile folder first. Run them as the database's owner.
"""

from __future__ import annotations

import argparse

from regio_desktop import api

NEEDS_WORLD = False
"""The verb works on the server named in its own argument, not on a loaded world."""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="prepare, share and upgrade a team database on PostgreSQL")
    actions = db.add_subparsers(dest="db_action", required=True)
    init = actions.add_parser(
        "init", help="create the schema, load the shipped world and create the two roles"
    )
    init.add_argument("url", metavar="URL", help="postgresql://USER@HOST:PORT/DATABASE")
    grant = actions.add_parser("grant", help="make a login role a viewer or an editor")
    grant.add_argument("url", metavar="URL")
    grant.add_argument("--user", required=True, help="an existing login role")
    grant.add_argument("--role", required=True, choices=sorted(api.TEAM_ROLES))
    upgrade = actions.add_parser(
        "upgrade", help="migrate to this program's schema, after a backup in the profile folder"
    )
    upgrade.add_argument("url", metavar="URL")


def run(args: argparse.Namespace, world: api.World | None) -> None:
    address = api.team_address(args.url)
    if args.db_action == "init":
        print(api.prepare_team_database(address).summary(address))
    elif args.db_action == "grant":
        api.grant_team_role(address, args.user, args.role)
        print(f"{args.user} is now {api.TEAM_ROLES[args.role]} on {address.shown}")
    else:
        folder = api.profile_folder() / "team-backups"
        print(api.upgrade_team_database(address, folder).summary(address))
