"""Migration 0009 (#12 item 5): the ``context`` stance, on a profile holding the analyst's rows.

SQLite changes a CHECK constraint by copying the table; with the profile's foreign keys on,
dropping the old ``arguments`` cascades to ``argument_states``, which the migration must keep.
Its downgrade maps a context row to the older schema's convention (``for``, its claim opening
"Context rather than an argument for a choice: ") and the upgrade reads that convention back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from regio_desktop.world.argument_store import ArgumentRecord, ArgumentStore
from regio_desktop.world.database import (
    alembic_config,
    bring_up_to_date,
    head_revision,
    make_engine,
    prepare_user_database,
    stored_revision,
)
from regio_desktop.world.vocabulary import STANCES, sql_in

PHRASE = "Context rather than an argument for a choice: "


def _downgrade(path: Path, to: str) -> None:
    from alembic import command

    engine = make_engine(path)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, to)
    finally:
        engine.dispose()


def _rows(path: Path) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """The user's arguments: id -> (stance, claim, the states it is limited to)."""
    con = sqlite3.connect(path)
    try:
        states: dict[str, list[str]] = {}
        for argument, state in con.execute("SELECT argument_id, state_iso3 FROM argument_states"):
            states.setdefault(argument, []).append(state)
        return {
            row[0]: (row[1], row[2], tuple(sorted(states.get(row[0], []))))
            for row in con.execute(
                "SELECT id, stance, claim FROM arguments WHERE origin = 'user' ORDER BY id"
            )
        }
    finally:
        con.close()


@pytest.fixture
def profile(tiny_db: Path, tmp_path: Path) -> Path:
    """A profile with two of the analyst's rows, each limited to a state: one context, one for."""
    path = prepare_user_database(tmp_path / "profile", shipped=tiny_db)
    store = ArgumentStore(path)
    try:
        for id_, stance, claim in (
            ("mine_context", "context", "The union is one of three bodies the article lists."),
            ("mine_for", "for", "The union opens a market."),
        ):
            store.add_argument(
                ArgumentRecord(
                    id=id_,
                    claim=claim,
                    stance=stance,
                    target_kind="bloc",
                    target="EAEU",
                    source="fixture",
                    states=("KAZ",),
                    strength=1,
                )
            )
    finally:
        store.close()
    return path


def test_down_maps_context_to_the_older_convention_and_keeps_every_row(profile: Path) -> None:
    _downgrade(profile, "0008")
    assert stored_revision(profile) == "0008"
    assert _rows(profile) == {
        "mine_context": (
            "for",
            PHRASE + "The union is one of three bodies the article lists.",
            ("KAZ",),
        ),
        "mine_for": ("for", "The union opens a market.", ("KAZ",)),
    }
    con = sqlite3.connect(profile)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("UPDATE arguments SET stance = 'context' WHERE id = 'mine_for'")
    finally:
        con.close()


def test_up_again_gives_back_the_context_row_as_it_was(profile: Path) -> None:
    before = _rows(profile)
    _downgrade(profile, "0008")
    bring_up_to_date(profile)
    assert stored_revision(profile) == head_revision()
    assert _rows(profile) == before
    con = sqlite3.connect(profile)
    try:
        con.execute("PRAGMA foreign_keys=ON")
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("UPDATE arguments SET stance = 'neutral' WHERE id = 'mine_for'")
        # A row of the older convention, written by the older program, comes up as context,
        # its claim a sentence of its own.
        con.execute(
            "UPDATE arguments SET stance = 'for', claim = ? WHERE id = 'mine_for'",
            (PHRASE + "the union is described.",),
        )
        con.commit()
    finally:
        con.close()
    _downgrade(profile, "0008")
    bring_up_to_date(profile)
    assert _rows(profile)["mine_for"] == ("context", "The union is described.", ("KAZ",))


def test_the_migrated_schema_allows_what_the_model_allows(tiny_db: Path) -> None:
    """The builder makes its schema through the migrations; the model's CHECK must say the
    same, or a schema made from the model would refuse rows the shipped file holds."""
    con = sqlite3.connect(tiny_db)
    try:
        (sql,) = con.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'arguments'"
        ).fetchone()
    finally:
        con.close()
    assert f"stance IN {sql_in(STANCES)}" in sql
    from regio_desktop.world.models import Argument

    checks = {str(c.sqltext) for c in Argument.__table__.constraints if hasattr(c, "sqltext")}
    assert f"stance IN {sql_in(STANCES)}" in checks
    assert "context" in STANCES
