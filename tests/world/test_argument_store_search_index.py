"""Regression: a search after another read of the store still finds (the index was rolled back)."""

from __future__ import annotations

import shutil
from pathlib import Path

from regio_desktop.world.argument_store import ArgumentStore


def test_search_survives_other_reads(tiny_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "user.sqlite"
    shutil.copyfile(tiny_db, copy)
    store = ArgumentStore(copy)
    try:
        assert store.search("balanc") == ["t_001", "t_002"]
        store.arguments()
        store.sources()
        assert store.search("balanc") == ["t_001", "t_002"]
        assert store.search("balancing") == ["t_001", "t_002"]
    finally:
        store.close()
