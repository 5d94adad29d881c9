"""The window's words for the team database's problems (#17): its address, its server, its rights.

Kept apart from ``problem_texts`` (which merges these templates into its table) so that both stay
a readable size. ``{server}`` is HOST:PORT, ``{user}`` the login role, ``{database}`` the database
on the server; a password never reaches a message.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEAM_TEMPLATES: dict[str, str] = {
    "team_address_not_postgresql": QT_TRANSLATE_NOOP(
        "Problems",
        "“{address}” is not a team database address: it does not start with postgresql://.",
    ),
    "team_address_bad_port": QT_TRANSLATE_NOOP(
        "Problems",
        "“{address}” is not a team database address: the port is not a number between 1 and 65535.",
    ),
    "team_address_no_server": QT_TRANSLATE_NOOP(
        "Problems", "“{address}” is not a team database address: it names no server."
    ),
    "team_address_no_database": QT_TRANSLATE_NOOP(
        "Problems",
        "“{address}” is not a team database address: it names no database after the server.",
    ),
    "team_server_unreachable": QT_TRANSLATE_NOOP(
        "Problems",
        "The team database server {server} does not answer ({reason}). Check the address and "
        "that the server is running.",
    ),
    "team_password_needed": QT_TRANSLATE_NOOP(
        "Problems", "The team database server {server} asks for the password of {user}."
    ),
    "team_login_reads_only": QT_TRANSLATE_NOOP(
        "Problems",
        "{user} may read the team database {database} but not write to it (a viewer role), so "
        "adding, editing and importing are off in this window. The administrator can make "
        "{user} an editor (regio-desktop db grant URL --user {user} --role editor).",
    ),
    "team_server_silent": QT_TRANSLATE_NOOP(
        "Problems",
        "The team database server {server} stopped answering: no sign of life within "
        "{seconds} s, so the connection counts as lost.",
    ),
    "team_offline": QT_TRANSLATE_NOOP(
        "Problems",
        "The team database server {server} cannot be reached, so nothing was saved. Your change "
        "is kept (in the editor, or in Undo) to try again once the window has reconnected.",
    ),
    "team_login_refused": QT_TRANSLATE_NOOP(
        "Problems",
        "The team database server {server} refused the login of {user}. Check the user name "
        "and the password.",
    ),
    "team_database_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "There is no database {database} on {server}. Create it, then prepare it with "
        "“regio-desktop db init”.",
    ),
    "team_not_prepared": QT_TRANSLATE_NOOP(
        "Problems",
        "The database {database} on {server} is not a Regio Desktop team database. Prepare it "
        "with “regio-desktop db init”.",
    ),
    "team_already_prepared": QT_TRANSLATE_NOOP(
        "Problems",
        "The database {database} on {server} is already a Regio Desktop team database (schema "
        "{revision}). Bring it up to date with “regio-desktop db upgrade”.",
    ),
    "team_newer_schema": QT_TRANSLATE_NOOP(
        "Problems",
        "The team database {database} was prepared by a newer Regio Desktop (schema "
        "{revision}). Please update the program.",
    ),
    "team_write_refused": QT_TRANSLATE_NOOP(
        "Problems",
        "The team database {database} refused the change: {user} may not write {table} (a "
        "viewer only reads). Nothing was saved.",
    ),
    "team_read_refused": QT_TRANSLATE_NOOP(
        "Problems",
        "{user} may not read the team database {database}: it is neither a viewer nor an "
        "editor there. Ask the database's owner for a role.",
    ),
    "team_not_administrator": QT_TRANSLATE_NOOP(
        "Problems",
        "{user} may not {action} on {server}: that needs the right to create roles and tables. "
        "Run it as the database's owner.",
    ),
    "team_no_such_login": QT_TRANSLATE_NOOP(
        "Problems", "There is no login role “{user}” on {server}. Create it first."
    ),
    "team_scenario_missing": QT_TRANSLATE_NOOP(
        "Problems", "The team database {database} holds no scenario “{name}” (version {version})."
    ),
    "team_deck_missing": QT_TRANSLATE_NOOP(
        "Problems", "The team database {database} holds no deck “{name}” (version {version})."
    ),
    "team_deck_untitled": QT_TRANSLATE_NOOP(
        "Problems", "A deck is shared under its title: give the deck a title first."
    ),
    "team_comment_too_long": QT_TRANSLATE_NOOP(
        "Problems", "The comment has {length} characters; a version's comment has at most {limit}."
    ),
    "team_backup_failed": QT_TRANSLATE_NOOP(
        "Problems",
        "The backup of {database} before the upgrade failed ({reason}), so nothing was upgraded.",
    ),
    "record_changed_since_read": QT_TRANSLATE_NOOP(
        "Problems",
        "“{id}” was changed by someone else since you opened it (it is at version {theirs} "
        "now; you read version {yours}). Nothing was saved.",
    ),
    "record_deleted_since_read": QT_TRANSLATE_NOOP(
        "Problems",
        "“{id}” was deleted by someone else since you opened it (you read version {yours}). "
        "Nothing was saved.",
    ),
}
"""One wording per team-database problem code, in the English the translations start from."""
