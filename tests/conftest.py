"""Shared fixtures: a tiny made-up world built from CSV text, so most tests need no shipped data."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from regio_desktop.world.builder import build
from regio_desktop.world.loaded_world import World, load_world
from tests.postgres_server import PostgresServer, start_server

TINY_WORLD_DIR = Path(__file__).parent / "fixtures" / "tiny_world"
REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def tiny_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny world built into an SQLite file once per test session (treat as read-only)."""
    path = tmp_path_factory.mktemp("tiny") / "tiny.sqlite"
    build(TINY_WORLD_DIR, path)
    return path


@pytest.fixture(scope="session")
def tiny_world(tiny_db: Path) -> World:
    """The tiny world loaded; 'today' is pinned so results do not drift with the calendar."""
    import datetime as dt

    return load_world(tiny_db, today=dt.date(2026, 6, 30))


OUTSIDE_MEMBERS = ("DEU", "USA")
"""The states outside the focus region in ``outside_world``: Germany, added to the tiny world as
a WTO member with no alignment (it has an outline on the map), and the United States, a pole."""


@pytest.fixture(scope="session")
def outside_world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """The tiny world with outside members, as the shipped data has them since issue 12: Germany
    (focus 0, in the WTO, no alignment) and the United States turned out of focus (a pole)."""
    import datetime as dt
    import shutil

    folder = tmp_path_factory.mktemp("outside")
    data = folder / "data"
    shutil.copytree(TINY_WORLD_DIR, data)
    states = (data / "states.csv").read_text(encoding="utf-8")
    states = states.replace(
        "USA,United States,США,АҚШ,north_america,0,0,west,fixture,1",
        "USA,United States,США,АҚШ,north_america,0,0,west,fixture,0",
    )
    states += "DEU,Germany,Германия,Германия,europe,0,0,,fixture,0\n"
    (data / "states.csv").write_text(states, encoding="utf-8")
    with (data / "memberships.csv").open("a", encoding="utf-8") as f:
        f.write("DEU,WTO,founding_member,1995-01-01,,fixture,0,\n")
    with (data / "observations.csv").open("a", encoding="utf-8") as f:
        for year in (2010, 2020):
            f.write(f"DEU,gdp_usd,{year},4000000000000,current US$,fixture,0\n")
            f.write(f"DEU,population,{year},83000000,persons,fixture,0\n")
    build(data, folder / "outside.sqlite")
    return load_world(folder / "outside.sqlite", today=dt.date(2026, 6, 30))


@pytest.fixture(autouse=True)
def _english_number_format_after_each_test() -> object:
    """Installing a translation sets Qt's default locale (app/shell/translation.py), and a test
    that switched to Russian would leave the next one formatting "1,00": reset it to English."""
    yield
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server for the session (tests/postgres_server.py): started on
    first use, stopped at the end; a missing server fails the test unless REGIO_SKIP_POSTGRES=1."""
    server = start_server()
    try:
        yield server
    finally:
        server.stop()


BACKENDS = ("sqlite", "postgresql")
"""The two places arguments and sources live: a profile file, and a team database (#17)."""
_team_databases = itertools.count(1)


@pytest.fixture(scope="session")
def tiny_team_template(postgres: PostgresServer, tiny_db: Path) -> str:
    """The tiny world prepared as a team database once (``db init`` from ``tiny_db``), left
    unconnected so that tests copy it."""
    from regio_desktop.world.team_database import parse_address
    from regio_desktop.world.team_schema import prepare

    postgres.create_database("tiny_prepared")
    prepare(parse_address(postgres.url("tiny_prepared")), shipped=tiny_db)
    return "tiny_prepared"


@pytest.fixture(params=BACKENDS)
def tiny_store_location(
    request: pytest.FixtureRequest, tiny_db: Path, tmp_path: Path
) -> Path | str:
    """Where a test's argument store lives, once per back-end: a fresh profile made from the
    tiny world, or a fresh team database holding it (its owner's address)."""
    from regio_desktop.world.database import prepare_user_database

    if request.param == "sqlite":
        return prepare_user_database(tmp_path / "profile", shipped=tiny_db)
    postgres: PostgresServer = request.getfixturevalue("postgres")
    template: str = request.getfixturevalue("tiny_team_template")
    return postgres.create_database(f"tiny_{next(_team_databases)}", template=template)


def tiny_world_on(request: pytest.FixtureRequest, tiny_db: Path) -> World:
    """The tiny world loaded from the back-end ``request.param`` names: the SQLite file, or a
    team database prepared from it (for the suites that run on both, tests/world and
    tests/evidence, whose conftest files make ``tiny_world`` a parametrized fixture)."""
    import datetime as dt

    today = dt.date(2026, 6, 30)
    if request.param == "sqlite":
        return load_world(tiny_db, today=today)
    postgres: PostgresServer = request.getfixturevalue("postgres")
    template: str = request.getfixturevalue("tiny_team_template")
    name = f"tiny_world_{next(_team_databases)}"
    return load_world(postgres.create_database(name, template=template), today=today)
