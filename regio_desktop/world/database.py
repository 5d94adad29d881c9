"""Opening, checking and upgrading Regio Desktop databases: the one door to SQLite.

Every connection gets the same pragmas here (foreign keys on; WAL for the user's writable copy).
The shipped database is only ever opened read-only; the user works on a copy in their own data
folder, whose schema Alembic upgrades and whose shipped rows are refreshed when a newer program
ships newer data, keeping everything the user made.

Opening and checking a file at start-up uses the standard library's sqlite3 only: SQLAlchemy and
Alembic together take longer to import than the whole window takes to build, so they are imported
only where they are needed (building a database, upgrading a schema, a non-file URL).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import regio_desktop
import regio_desktop.migrations
from regio_desktop.world.database_faults import (
    DatabaseError as DatabaseError,  # defined beside the faults; this module's name for it
)
from regio_desktop.world.database_faults import (
    integrity_summary,
    is_damage,
    sqlite_cause,
    start_problem,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

SHIPPED_DATABASE = Path(regio_desktop.__file__).parent / "data" / "world.sqlite"
USER_DATABASE_NAME = "regio-world.sqlite"

# Tables whose rows come from the shipped data, in an order that respects foreign keys.
SHIPPED_TABLES = (
    "sources",
    "poles",
    "states",
    "alignments",
    "blocs",
    "memberships",
    "observations",
    "trade_shares",
    "corridors",
    "corridor_states",
    "sanctions",
    "estimate_ranges",
    "arguments",
    "argument_states",
)
# Tables that hold both shipped and user rows, told apart by their ``origin`` column.
MIXED_TABLES = ("sources", "arguments")


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object, wal: bool) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    if wal:
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def file_uri(path: Path, mode: str) -> str:
    """An SQLite ``file:`` URI for a path; characters such as '#', '%' and '?' are escaped, so a
    folder named 'R&D #2' opens the file it names (unescaped, SQLite cuts the path there)."""
    return f"file:{quote(path.as_posix())}?mode={mode}"


def connect(
    path: Path, *, readonly: bool = False, wal: bool = True, create: bool = False
) -> sqlite3.Connection:
    """A sqlite3 connection to a database file with the project's pragmas: the one way any part
    of the program (SQLAlchemy engines included) opens a file.

    ``readonly`` opens the file so that nothing can write to it; ``wal`` turns on write-ahead
    logging for a writable file; ``create`` makes a missing file (only the builder wants that:
    elsewhere a missing file is an error). The caller closes the connection.
    """
    mode = "ro" if readonly else ("rwc" if create else "rw")
    try:
        con = sqlite3.connect(file_uri(path, mode), uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(f"The database {path} cannot be opened: {exc}.") from exc
    try:
        _set_pragmas(con, None, wal and not readonly)
    except sqlite3.Error as exc:
        con.close()
        raise DatabaseError(
            f"The database {path} cannot be read: {exc}. It may be damaged or not a database."
        ) from exc
    return con


def make_engine(url_or_path: str | Path, *, readonly: bool = False, wal: bool = True) -> Engine:
    """An engine with the project's pragmas; ``readonly`` opens a file so nothing can write to it.

    ``wal`` (write-ahead logging) suits the user's working copy; the shipped file is built without
    it so that it is one self-contained file. A file path is opened through ``connect`` (no URL
    is made of it, so any character in the path is safe); a URL string is used as it is.
    """
    from sqlalchemy import create_engine, event

    if isinstance(url_or_path, Path) or "://" not in str(url_or_path):
        path = Path(url_or_path)
        return create_engine(
            "sqlite://",
            creator=lambda: connect(path, readonly=readonly, wal=wal, create=not readonly),
        )
    from regio_desktop.world.team_database import is_team_address, parse_address, team_engine

    if is_team_address(str(url_or_path)):
        return team_engine(parse_address(str(url_or_path)))
    engine = create_engine(str(url_or_path))
    if engine.dialect.name == "sqlite":
        on_disk = ":memory:" not in str(url_or_path)
        event.listen(engine, "connect", lambda c, r: _set_pragmas(c, r, wal and on_disk))
    return engine


MIGRATIONS = Path(regio_desktop.migrations.__file__).parent
_REVISION_LINE = re.compile(
    r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(?:\"([^\"]*)\"|None)", re.M
)


def alembic_config() -> Config:
    """Alembic configured to run the migrations that ship inside the package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@cache
def known_revisions() -> dict[str, str | None]:
    """Each schema revision this program knows, with the revision it follows.

    Read from the ``revision = "..."`` lines of the shipped migration files rather than through
    Alembic, so that checking a database at start-up does not import Alembic (a test holds the
    two readings equal).
    """
    known: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        lines = dict((m[1], m[2] or None) for m in _REVISION_LINE.finditer(script.read_text()))
        if lines.get("revision"):
            known[str(lines["revision"])] = lines.get("down_revision")
    return known


def head_revision() -> str:
    """The newest schema revision this program knows: the one no other revision follows."""
    known = known_revisions()
    followed = set(known.values())
    heads = [r for r in known if r not in followed]
    if len(heads) != 1:
        raise DatabaseError(f"The program's migrations have {len(heads)} heads: {heads}.")
    return heads[0]


def stored_revision(path: Path) -> str | None:
    """The schema revision a database file records (None for an empty or pre-Alembic file)."""
    con = connect(path, readonly=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        con.close()
    return str(row[0]) if row else None


def current_revision(engine: Engine) -> str | None:
    """The schema revision a database is at, through Alembic (for any SQLAlchemy URL)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring a database's schema to the newest revision, in one transaction per migration."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def check_readable(path: Path) -> None:
    """Refuse a file that is missing, not SQLite, corrupted, or from a newer program."""
    if not path.exists():
        raise DatabaseError(f"The database {path} does not exist.")
    # stat, not open: opening a FIFO waits for a writer forever, and SQLite reads a device
    # (/dev/zero) as an empty database.
    if path.is_dir():
        raise DatabaseError(f"The database {path} is a folder, not a database file.")
    if not stat.S_ISREG(path.stat().st_mode):
        raise DatabaseError(
            f"The database {path} is a device, pipe or socket, not a database file."
        )
    try:
        con = sqlite3.connect(file_uri(path, "ro"), uri=True)
        try:
            result = [str(r[0]) for r in con.execute("PRAGMA quick_check").fetchmany(1000)]
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        surroundings = None if is_damage(exc) else start_problem(exc, path.parent)
        raise DatabaseError(
            f"The database {path} cannot be read: {exc}. It may be damaged or not a database.",
            damaged=surroundings is None,
            problem=surroundings,
        ) from exc
    if result != ["ok"]:
        report = "\n".join(result)
        reason = integrity_summary(report)
        raise DatabaseError(
            f"The database {path} is damaged ({reason}).",
            damaged=True,
            reason=reason,
            details=report,
        )
    if "states" not in tables:
        raise DatabaseError(f"The file {path} is an SQLite file but not a Regio Desktop database.")
    if revision is not None and revision not in known_revisions():
        raise DatabaseError(
            f"The database {path} was written by a newer version of Regio Desktop "
            f"(schema {revision}); please update the program."
        )


def shipped_database() -> Path:
    """The database that ships with the program, checked; never written to."""
    if not SHIPPED_DATABASE.exists():
        raise DatabaseError(
            f"The shipped database {SHIPPED_DATABASE} has not been built; run 'make db'."
        )
    return SHIPPED_DATABASE


def data_version(path: Path) -> str | None:
    """The version stamp of a database's shipped data (a hash of the reviewed text it came from)."""
    con = sqlite3.connect(file_uri(path, "ro"), uri=True)
    try:
        row = con.execute("SELECT value FROM meta WHERE key='data_version'").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        con.close()
    return row[0] if row else None


def _atomic_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".copy-", suffix=".sqlite")
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def refresh_shipped_rows(user_db: Path, shipped: Path) -> None:
    """Replace the shipped rows of a user's database with a newer shipped set, keeping user rows.

    Runs in one transaction: if the new data would leave a user's row pointing at something that
    no longer exists, nothing changes and a DatabaseError says which table is affected.
    """
    con = sqlite3.connect(user_db)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("ATTACH DATABASE ? AS shipped", (file_uri(shipped, "ro"),))
        con.execute("BEGIN")
        for table in reversed(SHIPPED_TABLES):
            if table in MIXED_TABLES:
                con.execute(f"DELETE FROM main.{table} WHERE origin = 'shipped'")
            elif table == "argument_states":
                con.execute(
                    "DELETE FROM main.argument_states WHERE argument_id NOT IN "
                    "(SELECT id FROM main.arguments WHERE origin = 'user')"
                )
            else:
                con.execute(f"DELETE FROM main.{table}")
        for table in SHIPPED_TABLES:
            cols = [r[1] for r in con.execute(f"PRAGMA shipped.table_info({table})")]
            names = ", ".join(f'"{c}"' for c in cols)
            where = " WHERE origin = 'shipped'" if table in MIXED_TABLES else ""
            con.execute(
                f"INSERT OR IGNORE INTO main.{table} ({names}) SELECT {names} FROM shipped.{table}{where}"
            )
        problems = con.execute("PRAGMA main.foreign_key_check").fetchall()
        if problems:
            con.execute("ROLLBACK")
            raise DatabaseError(
                f"The new shipped data would break {len(problems)} of your rows "
                f"(first in table {problems[0][0]}); your database was left as it was."
            )
        con.execute(
            "INSERT OR REPLACE INTO main.meta (key, value) "
            "SELECT key, value FROM shipped.meta WHERE key = 'data_version'"
        )
        con.execute("COMMIT")
    finally:
        con.close()


def bring_up_to_date(path: Path) -> None:
    """Check a database file and upgrade its schema to this program's, keeping a copy of the file
    as it was beside it (``NAME.before-upgrade.sqlite``) when an upgrade is needed.

    An upgrade that fails for another reason than a full disk or a read-only folder means the
    file's tables are not those of the schema it names (say, labelled 0001 but already holding
    0002's table): a DatabaseError marks it damaged, and the file is left as it was.
    """
    check_readable(path)
    revision = stored_revision(path)
    if revision != head_revision():
        shutil.copyfile(path, path.with_suffix(".before-upgrade.sqlite"))
        engine = make_engine(path)
        try:
            upgrade(engine)
        except Exception as exc:
            if isinstance(exc, DatabaseError):
                raise
            surroundings = start_problem(exc, path.parent)
            cause = sqlite_cause(exc)
            raise DatabaseError(
                f"The database {path} cannot be upgraded from schema {revision}: "
                f"{cause if cause is not None else exc}. Its tables do not match that schema.",
                damaged=surroundings is None,
                problem=surroundings,
            ) from exc
        finally:
            engine.dispose()


def prepare_user_database(user_dir: Path, shipped: Path | None = None) -> Path:
    """Make sure the user's working database exists, is current, and holds the newest shipped data.

    On first run the shipped file is copied (atomically) into ``user_dir``. Later runs upgrade the
    schema and, when the program ships newer data, refresh the shipped rows and keep the user's.
    """
    shipped = shipped or shipped_database()
    check_readable(shipped)
    target = user_dir / USER_DATABASE_NAME
    try:
        if not target.exists():
            _atomic_copy(shipped, target)
        bring_up_to_date(target)
        if data_version(target) != data_version(shipped):
            refresh_shipped_rows(target, shipped)
    except (sqlite3.Error, OSError) as exc:
        surroundings = start_problem(exc, user_dir)
        if surroundings is None:
            raise
        raise DatabaseError(str(exc), problem=surroundings) from exc
    return target


def create_schema(engine: Engine) -> None:
    """Create an empty, current schema through the migrations (the same path users' files take)."""
    upgrade(engine)


def integrity_ok(engine: Engine) -> bool:
    """True when SQLite's quick check and the foreign-key check both pass."""
    from sqlalchemy import text

    with engine.connect() as conn:
        ok = conn.execute(text("PRAGMA quick_check")).scalar() == "ok"
        return ok and not conn.execute(text("PRAGMA foreign_key_check")).fetchall()
