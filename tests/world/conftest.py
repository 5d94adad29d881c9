"""These tests run on both back-ends: the tiny world from its SQLite file and from a team
database on the session's PostgreSQL server (#17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from regio_desktop.world.loaded_world import World
from tests.conftest import BACKENDS, tiny_world_on


@pytest.fixture(scope="session", params=BACKENDS)
def tiny_world(request: pytest.FixtureRequest, tiny_db: Path) -> World:
    return tiny_world_on(request, tiny_db)
