"""The world read from a team database is the world read from the shipped file (#17), and the
migrations build the same schema on PostgreSQL as on SQLite."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from regio_desktop import api
from regio_desktop.world.database import alembic_config, make_engine
from tests.postgres_server import PostgresServer

TODAY = dt.date(2026, 6, 30)


def test_every_frame_of_the_shipped_world_is_the_same_from_the_server(team_url: str) -> None:
    from_file = api.load_world(today=TODAY)
    from_server = api.load_world(team_url, today=TODAY)
    for frame in dataclasses.fields(api.World):
        if frame.type not in ("pd.DataFrame", pd.DataFrame):
            continue
        pd.testing.assert_frame_equal(
            getattr(from_server, frame.name), getattr(from_file, frame.name), obj=frame.name
        )


def test_an_evaluation_on_the_server_world_gives_the_same_figures(team_url: str) -> None:
    scenario = api.Scenario(year=2024).with_alignment("KAZ", "china-centred")
    on_file = api.evaluate(api.load_world(today=TODAY), scenario).indicators
    on_server = api.evaluate(api.load_world(team_url, today=TODAY), scenario).indicators
    pd.testing.assert_frame_equal(on_server, on_file)


def _schema(url: str | Path) -> dict[str, list[str]]:
    from sqlalchemy import inspect

    engine = make_engine(url)
    try:
        inspector = inspect(engine)
        return {
            table: sorted(c["name"] for c in inspector.get_columns(table))
            for table in sorted(inspector.get_table_names())
        }
    finally:
        engine.dispose()


def _migrate(url: str | Path, to: str, down: bool = False) -> None:
    from alembic import command

    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, to)
    finally:
        engine.dispose()


@pytest.mark.parametrize("step", ["whole", "one_by_one"])
def test_the_migrations_build_the_same_schema_on_both(
    postgres: PostgresServer, tmp_path: Path, step: str
) -> None:
    url = postgres.create_database(f"migrations_{step}")
    file = tmp_path / "m.sqlite"
    revisions = (
        ["head"]
        if step == "whole"
        else ["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010"]
    )
    for revision in revisions:
        _migrate(url, revision)
        _migrate(file, revision)
    on_server, on_file = _schema(url), _schema(file)
    assert on_server == on_file
    assert {"states", "memberships", "arguments", "source_texts"} <= set(on_server)
    assert "transit" in on_server["sanctions"]


def test_the_migrations_go_down_to_nothing_on_postgresql(postgres: PostgresServer) -> None:
    url = postgres.create_database("migrations_down")
    _migrate(url, "head")
    _migrate(url, "base", down=True)
    assert set(_schema(url)) == {"alembic_version"}
