"""Preparing, sharing and upgrading a team database on PostgreSQL (#17).

``prepare`` makes an empty database a Regio Desktop team database in one transaction: the schema
through the same Alembic migrations a profile takes, the shipped world copied from the program's
own SQLite file, and the rights. ``grant`` gives a login role one of the two group roles;
``upgrade`` migrates a team database to this program's schema after a backup (``pg_dump``).

The rights are the server's, not the window's: ``regio_viewer`` may read every table;
``regio_editor`` may also write the team's own tables (arguments, sources, their states and
texts, scenarios) and, through row-level security, only rows whose ``origin`` is 'user', so that
no role but the owner can change the shipped world or the shipped arguments; it may add versions
of shared scenarios and decks, as itself, and change none. The group roles
belong to the server (PostgreSQL roles are cluster-wide), so two team databases on one server
share them.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from regio_desktop.problems import problem
from regio_desktop.world.database import (
    SHIPPED_TABLES,
    alembic_config,
    head_revision,
    known_revisions,
    make_engine,
    shipped_database,
)
from regio_desktop.world.database_faults import DatabaseError
from regio_desktop.world.team_database import (
    TeamAddress,
    is_server_error,
    server_error,
    team_engine,
)
from regio_desktop.world.team_live import notice_statements

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

VIEWER_ROLE = "regio_viewer"
EDITOR_ROLE = "regio_editor"
ROLES = {"viewer": VIEWER_ROLE, "editor": EDITOR_ROLE}
TEAM_TABLES = ("sources", "arguments", "argument_states", "source_texts", "scenarios")
"""The tables an editor may write; the tables of saved versions (``VERSIONED_TABLES``) an editor
may only add to; every other table is the shipped world, read-only to both."""
VERSIONED_TABLES = ("scenario_versions", "deck_versions")
"""The tables of saved versions (team_versions.py's kinds): editors may only add to them."""
BACKUP_SECONDS = 300


@dataclass
class PrepareReport:
    """What ``prepare`` wrote: rows per shipped table, the schema revision, the time taken."""

    revision: str
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def summary(self, address: TeamAddress) -> str:
        total = sum(self.rows.values())
        return (
            f"prepared {address.shown}: schema {self.revision}, {total} shipped rows in "
            f"{len(self.rows)} tables, roles {VIEWER_ROLE} and {EDITOR_ROLE}, "
            f"{self.seconds:.1f} s"
        )


def _refused(exc: BaseException, address: TeamAddress, action: str) -> DatabaseError:
    """A server refusal while preparing: a missing right is the administrator's, not a viewer's."""
    error = server_error(exc, address)
    if error.problem is not None and error.problem.code == "team_write_refused":
        found = problem(
            "team_not_administrator", user=address.login, action=action, server=address.server
        )
        return DatabaseError(found.message, problem=found)
    return error


@contextmanager
def _administering(address: TeamAddress, action: str) -> Iterator[Engine]:
    """An engine for one administrative step (prepare, grant, upgrade), disposed after it; a
    server's refusal on the way is worded as the administrator's (``_refused``)."""
    engine = open_engine(address)
    try:
        yield engine
    except DatabaseError:
        raise
    except Exception as exc:
        if is_server_error(exc):
            raise _refused(exc, address, action) from None
        raise
    finally:
        engine.dispose()


def _migrate_to_head(conn: Connection) -> None:
    """Run this program's Alembic migrations on ``conn``, up to the newest revision."""
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


def open_engine(address: TeamAddress) -> Engine:
    """An engine whose first connection has succeeded (the server answered and let us in)."""
    engine = team_engine(address)
    try:
        with engine.connect():
            pass
    except Exception as exc:
        engine.dispose()
        if is_server_error(exc):
            raise server_error(exc, address) from None
        raise
    return engine


def stored_team_revision(conn: Connection) -> str | None:
    """The schema revision a team database is at: None when it has no Regio Desktop tables."""
    from sqlalchemy import inspect, text

    tables = set(inspect(conn).get_table_names())
    if "alembic_version" in tables:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return "unknown" if "states" in tables else None


def _copy_world(conn: Connection, shipped: Path) -> dict[str, int]:
    """Every shipped row, table by table, read through the models (so dates and flags arrive
    typed), and the shipped data's stamp in ``meta``.

    The rows go in with COPY, in the file's own order (SQLite's rowid): a World lists states,
    blocs and sources in the order its tables hold them, and a fresh table written by one COPY
    reads back in that order, so the server's world is the file's, row for row (batched INSERTs
    were seen to reorder rows).
    """
    from sqlalchemy import Integer, func, select, text

    from regio_desktop.world.models import Base

    rows: dict[str, int] = {}
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    source = make_engine(shipped, readonly=True)
    try:
        with source.connect() as read:
            for name in (*SHIPPED_TABLES, "meta"):
                table = Base.metadata.tables[name]
                columns = [c.name for c in table.columns]
                values = read.execute(select(table).order_by(text("rowid"))).all()
                names = ", ".join(f'"{c}"' for c in columns)
                with cursor.copy(f'COPY "{name}" ({names}) FROM STDIN') as copy:
                    for row in values:
                        copy.write_row(tuple(row))
                rows[name] = len(values)
                if "id" in table.c and isinstance(table.c.id.type, Integer):
                    # The rows came with their ids: the serial must continue after them.
                    top = conn.execute(select(func.max(table.c.id))).scalar() or 0
                    conn.execute(
                        text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :n, :called)"),
                        {"t": name, "n": max(top, 1), "called": top > 0},
                    )
    finally:
        source.dispose()
    rows.pop("meta")
    return rows


def _policies(table: str, rule: str) -> list[str]:
    """Row-level security on a team table: everyone reads every row; an editor writes only the
    rows ``rule`` admits (the team's own, never the shipped ones)."""
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS regio_read ON {table}",
        f"CREATE POLICY regio_read ON {table} FOR SELECT USING (true)",
        f"DROP POLICY IF EXISTS regio_add ON {table}",
        f"CREATE POLICY regio_add ON {table} FOR INSERT TO {EDITOR_ROLE} WITH CHECK ({rule})",
        f"DROP POLICY IF EXISTS regio_change ON {table}",
        f"CREATE POLICY regio_change ON {table} FOR UPDATE TO {EDITOR_ROLE} "
        f"USING ({rule}) WITH CHECK ({rule})",
        f"DROP POLICY IF EXISTS regio_remove ON {table}",
        f"CREATE POLICY regio_remove ON {table} FOR DELETE TO {EDITOR_ROLE} USING ({rule})",
    ]


def _append_only(table: str) -> list[str]:
    """A table of saved versions: a version is never changed, so editors may only add one, and
    only as themselves; everyone reads every version."""
    return [
        f"GRANT INSERT ON {table} TO {EDITOR_ROLE}",
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS regio_read ON {table}",
        f"CREATE POLICY regio_read ON {table} FOR SELECT USING (true)",
        f"DROP POLICY IF EXISTS regio_add ON {table}",
        f"CREATE POLICY regio_add ON {table} FOR INSERT TO {EDITOR_ROLE} "
        "WITH CHECK (author = current_user)",
    ]


_OWN_ARGUMENT = "EXISTS (SELECT 1 FROM arguments a WHERE a.id = argument_id AND a.origin = 'user')"
_OWN_SOURCE = "EXISTS (SELECT 1 FROM sources s WHERE s.id = source_id AND s.origin = 'user')"


def apply_rights(conn: Connection) -> None:
    """Create the two group roles if the server lacks them and grant exactly their rights on
    every table (run again after each upgrade, so a new table gets them too)."""
    from sqlalchemy import text

    statements = [
        *(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
            f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$"
            for role in (VIEWER_ROLE, EDITOR_ROLE)
        ),
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {VIEWER_ROLE}, {EDITOR_ROLE}",
        f"GRANT USAGE ON SCHEMA public TO {VIEWER_ROLE}, {EDITOR_ROLE}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {VIEWER_ROLE}, {EDITOR_ROLE}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(TEAM_TABLES)} TO {EDITOR_ROLE}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {EDITOR_ROLE}",
        *(line for table in VERSIONED_TABLES for line in _append_only(table)),
        *_policies("arguments", "origin = 'user'"),
        *_policies("sources", "origin = 'user'"),
        *_policies("argument_states", _OWN_ARGUMENT),
        *_policies("source_texts", _OWN_SOURCE),
    ]
    for statement in statements:
        conn.execute(text(statement))


def install_notices(conn: Connection) -> None:
    """The triggers that announce every write to a team table on the channel the windows
    listen to (team_live.py); run at init and at every upgrade, so that they always exist."""
    from sqlalchemy import text

    for statement in notice_statements():
        conn.execute(text(statement))


def prepare(address: TeamAddress, shipped: Path | None = None) -> PrepareReport:
    """Make an empty database a team database: schema, shipped world and rights, all or nothing.

    Refused (nothing written) when the database already holds a Regio Desktop schema.
    """
    shipped = shipped or shipped_database()
    started = time.perf_counter()
    with _administering(address, "prepare a team database") as engine, engine.begin() as conn:
        revision = stored_team_revision(conn)
        if revision is not None:
            found = problem(
                "team_already_prepared",
                database=address.database,
                server=address.server,
                revision=revision,
            )
            raise DatabaseError(found.message, problem=found)
        _migrate_to_head(conn)
        rows = _copy_world(conn, shipped)
        apply_rights(conn)
        install_notices(conn)
    return PrepareReport(head_revision(), rows, time.perf_counter() - started)


def grant(address: TeamAddress, user: str, role: str) -> None:
    """Make the login role ``user`` a viewer or an editor (and not the other)."""
    from sqlalchemy import text

    group = ROLES[role]
    with _administering(address, "grant roles") as engine, engine.begin() as conn:
        exists = conn.execute(
            text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :name"), {"name": user}
        ).scalar()
        if not exists:
            found = problem("team_no_such_login", user=user, server=address.server)
            raise DatabaseError(found.message, problem=found)
        name = conn.dialect.identifier_preparer.quote(user)
        other = EDITOR_ROLE if group == VIEWER_ROLE else VIEWER_ROLE
        conn.execute(text(f"REVOKE {other} FROM {name}"))
        conn.execute(text(f"GRANT {group} TO {name}"))


@dataclass
class UpgradeReport:
    before: str
    after: str
    backup: Path | None

    def summary(self, address: TeamAddress) -> str:
        if self.backup is None:
            return f"{address.shown} is at schema {self.after}, this program's; nothing to do"
        return (
            f"upgraded {address.shown} from schema {self.before} to {self.after}; "
            f"backup: {self.backup}"
        )


def backup(address: TeamAddress, folder: Path, revision: str) -> Path:
    """A full dump of the team database (schema and rows, pg_dump's custom format) in ``folder``."""
    pg_dump = shutil.which("pg_dump")

    def failed(reason: str) -> DatabaseError:
        found = problem("team_backup_failed", database=address.database, reason=reason)
        return DatabaseError(found.message, problem=found)

    if pg_dump is None:
        raise failed("pg_dump is not installed: it comes with the postgresql-client package")
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"team-{address.database}-{revision}-{stamp}.dump"
    try:
        done = subprocess.run(
            [pg_dump, "--format=custom", f"--file={target}", f"--dbname={address.libpq_url()}"],
            capture_output=True,
            text=True,
            timeout=BACKUP_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise failed(str(exc)) from None
    if done.returncode != 0 or not target.exists() or target.stat().st_size == 0:
        target.unlink(missing_ok=True)
        lines = done.stderr.strip().splitlines()
        raise failed(lines[0][:200] if lines else f"pg_dump exit status {done.returncode}")
    return target


def upgrade(address: TeamAddress, backup_folder: Path) -> UpgradeReport:
    """Migrate a team database to this program's schema, after a full backup in
    ``backup_folder``; a database already current is left alone (and not backed up)."""
    with _administering(address, "upgrade the team database") as engine:
        with engine.connect() as conn:
            revision = stored_team_revision(conn)
        if revision is None:
            found = problem("team_not_prepared", database=address.database, server=address.server)
            raise DatabaseError(found.message, problem=found)
        if revision not in known_revisions():
            found = problem("team_newer_schema", database=address.database, revision=revision)
            raise DatabaseError(found.message, problem=found)
        head = head_revision()
        if revision == head:
            with engine.begin() as conn:
                install_notices(conn)  # a database prepared before #17's live changes gets them
            return UpgradeReport(revision, head, None)
        saved = backup(address, backup_folder, revision)
        with engine.begin() as conn:
            _migrate_to_head(conn)
            apply_rights(conn)
            install_notices(conn)
    return UpgradeReport(revision, head, saved)
