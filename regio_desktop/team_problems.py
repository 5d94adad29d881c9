"""The English templates of the team database's problems (#17), merged into ``problems.ENGLISH``.

Kept apart so that problems.py stays a readable size: its address, its server and rights
(world/team_database.py, world/team_schema.py), shared scenarios, and an edit read at an older
version of a shared record (world/record_versions.py). Like problems.py, it imports nothing.
"""

from __future__ import annotations

TEAM_ENGLISH: dict[str, str] = {
    # The team database on PostgreSQL (world/team_database.py, world/team_schema.py).
    "team_address_not_postgresql": (
        "'{address}' is not a team database address: it does not start with postgresql://"
    ),
    "team_address_bad_port": (
        "'{address}' is not a team database address: the port is not a number between 1 and 65535"
    ),
    "team_address_no_server": (
        "'{address}' is not a team database address: it names no server "
        "(postgresql://USER@HOST:PORT/DATABASE)"
    ),
    "team_address_no_database": (
        "'{address}' is not a team database address: it names no database after the "
        "server (postgresql://USER@HOST:PORT/DATABASE)"
    ),
    "team_server_unreachable": (
        "the team database server {server} does not answer ({reason}); check the address "
        "and that the server is running"
    ),
    "team_password_needed": (
        "the team database server {server} asks for the password of {user}; give it in "
        "~/.pgpass or in PGPASSWORD (the command line does not ask for it)"
    ),
    "team_login_reads_only": (
        "{user} may read the team database {database} but not write to it (a viewer); its "
        "administrator can make it an editor with: regio-desktop db grant URL --user {user} "
        "--role editor"
    ),
    "team_server_silent": (
        "the team database server {server} stopped answering (no sign of life within "
        "{seconds} s); the connection counts as lost"
    ),
    "team_offline": (
        "the team database server {server} cannot be reached, so nothing was saved; the "
        "change is kept to try again once the connection is back"
    ),
    "team_login_refused": (
        "the team database server {server} refused the login of {user}; check the user "
        "name and the password (in the address or in ~/.pgpass)"
    ),
    "team_database_missing": (
        "there is no database {database} on {server}; create it, then prepare it with "
        "'regio-desktop db init'"
    ),
    "team_not_prepared": (
        "the database {database} on {server} is not a Regio Desktop team database; "
        "prepare it with 'regio-desktop db init'"
    ),
    "team_already_prepared": (
        "the database {database} on {server} is already a Regio Desktop team database "
        "(schema {revision}); bring it up to date with 'regio-desktop db upgrade'"
    ),
    "team_newer_schema": (
        "the team database {database} was prepared by a newer Regio Desktop "
        "(schema {revision}); please update the program"
    ),
    "team_write_refused": (
        "the team database {database} refused the change: {user} may not write {table} "
        "(a viewer only reads); nothing was saved"
    ),
    "team_read_refused": (
        "{user} may not read the team database {database}: it is neither a viewer nor an "
        "editor there; ask the database's owner to run 'regio-desktop db grant'"
    ),
    "team_not_administrator": (
        "{user} may not {action} on {server}: it needs the right to create roles and "
        "tables; run it as the database's owner"
    ),
    "team_no_such_login": (
        "there is no login role '{user}' on {server}; create it first (CREATE ROLE {user} LOGIN)"
    ),
    "team_scenario_missing": (
        "the team database {database} holds no scenario '{name}' (version {version})"
    ),
    "team_deck_missing": (
        "the team database {database} holds no deck '{name}' (version {version})"
    ),
    "team_deck_untitled": ("a deck is shared under its title: give the deck a title first"),
    "team_comment_too_long": (
        "the comment has {length} characters; a version's comment has at most {limit}"
    ),
    "team_backup_failed": (
        "the backup of {database} before the upgrade failed ({reason}), so nothing was upgraded"
    ),
    # No lost update (world/record_versions.py): an edit read at an older version.
    "record_changed_since_read": (
        "{kind} '{id}' was changed by someone else since you read it (it is at version "
        "{theirs} now, you read version {yours}); nothing was saved"
    ),
    "record_deleted_since_read": (
        "{kind} '{id}' was deleted by someone else since you read it (at version {yours}); "
        "nothing was saved"
    ),
}
