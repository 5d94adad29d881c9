"""Shared fixtures: a tiny made-up world built from CSV text, so most tests need no shipped data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from regio_desktop.world.builder import build
from regio_desktop.world.loaded_world import World, load_world

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
