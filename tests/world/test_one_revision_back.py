"""The upgrade check takes a profile one schema revision back (packaging/upgrade/older_profile.py)
with the profile's foreign keys on, as the program opens it: every head migration's downgrade
must work there with the analyst's own rows in place (0008's batch copy of ``sources`` was
refused by the arguments that cite it), and the program brings it up again."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

from regio_desktop.world.argument_store import ArgumentRecord, ArgumentStore
from regio_desktop.world.database import (
    bring_up_to_date,
    head_revision,
    known_revisions,
    prepare_user_database,
    stored_revision,
)

OLDER_PROFILE = Path(__file__).resolve().parents[2] / "packaging" / "upgrade" / "older_profile.py"


def test_a_profile_with_own_rows_goes_one_revision_back_and_up_again(
    tiny_db: Path, tmp_path: Path
) -> None:
    profile = prepare_user_database(tmp_path / "profile", shipped=tiny_db)
    store = ArgumentStore(profile)
    try:
        store.add_argument(
            ArgumentRecord(
                id="mine",
                claim="Leaving the union frees the tariff.",
                stance="against",
                target_kind="membership",
                target="EAEU",
                source="fixture",
            )
        )
    finally:
        store.close()
    spec = importlib.util.spec_from_file_location("older_profile", OLDER_PROFILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    previous = known_revisions()[head_revision()]
    assert module.make_older(profile) == previous
    con = sqlite3.connect(profile)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("SELECT count(*) FROM arguments WHERE origin = 'user'").fetchone()[0]
    finally:
        con.close()
    bring_up_to_date(profile)
    assert stored_revision(profile) == head_revision()
