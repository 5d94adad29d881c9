"""Make a profile look as an older release left it: packaging/upgrade/older_profile.py FILE

The upgrade check builds both packages from one checkout, so both carry the same schema and
data. To walk the path a real upgrade takes, the profile the "old" package wrote is taken one
schema revision back (Alembic's own downgrade) and its data stamp is set to an older one: the
newer package must then upgrade it with a backup and refresh its shipped rows, keeping the
user's. Run with the checkout's Python (the installed bundle runs no scripts).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from alembic import command

from regio_desktop.world.database import (
    alembic_config,
    head_revision,
    known_revisions,
    make_engine,
    stored_revision,
)


def make_older(path: Path) -> str:
    """Downgrade ``path`` by one revision and stamp older data; return the revision left."""
    previous = known_revisions()[head_revision()]
    if previous is None:
        raise SystemExit("the schema has a single revision: nothing to downgrade to")
    engine = make_engine(path)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, previous)
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    try:
        with con:
            con.execute("UPDATE meta SET value = 'older-data' WHERE key = 'data_version'")
    finally:
        con.close()
    return str(stored_revision(path))


if __name__ == "__main__":
    print(f"profile now at schema {make_older(Path(sys.argv[1]))} with older data")
