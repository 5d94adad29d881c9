"""Team databases on the session's PostgreSQL server: one prepared once, copied for each test."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from regio_desktop import api
from tests.postgres_server import PostgresServer

TEMPLATE = "regio_prepared"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def prepared_template(postgres: PostgresServer) -> str:
    """A database prepared by ``db init`` once per session (the shipped world, the roles), kept
    unconnected so that each test can take a copy of it."""
    postgres.create_database(TEMPLATE)
    api.prepare_team_database(api.team_address(postgres.url(TEMPLATE)))
    return TEMPLATE


@pytest.fixture
def team_url(postgres: PostgresServer, prepared_template: str) -> str:
    """A fresh prepared team database of this test's own (a server-side copy: milliseconds)."""
    name = f"team_{next(_numbers)}"
    return postgres.create_database(name, template=prepared_template)


@pytest.fixture
def login(postgres: PostgresServer) -> Callable[[str], str]:
    """Make a login role with a password (names are unique per session: roles are the
    server's); returns its name. Its URL is ``postgres.url(db, name, 'pw')``."""

    def make(prefix: str) -> str:
        name = f"{prefix}_{next(_numbers)}"
        postgres.create_login(name, "pw")
        return name

    return make


@pytest.fixture
def desk(
    postgres: PostgresServer, team_url: str, login: Callable[[str], str]
) -> tuple[str, str, str, str]:
    """(editor's URL, editor's name, viewer's URL, database) on a fresh team database."""
    database = team_url.rsplit("/", 1)[1]
    editor, viewer = login("editor"), login("viewer")
    api.grant_team_role(api.team_address(team_url), editor, "editor")
    api.grant_team_role(api.team_address(team_url), viewer, "viewer")
    return (
        postgres.url(database, editor, "pw"),
        editor,
        postgres.url(database, viewer, "pw"),
        database,
    )
