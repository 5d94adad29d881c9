"""The one way files are written: complete or untouched, never half-written."""

from __future__ import annotations

from pathlib import Path

import pytest

from regio_desktop.atomic_file import write_atomically


def test_replaces_the_file_only_when_writing_succeeded(tmp_path: Path) -> None:
    target = tmp_path / "table.csv"
    target.write_text("old\n", encoding="utf-8")

    def fail(partial: Path) -> None:
        partial.write_text("half", encoding="utf-8")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, fail)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["table.csv"]

    seen: list[Path] = []

    def write(partial: Path) -> None:
        seen.append(partial)
        partial.write_text("new\n", encoding="utf-8")

    assert write_atomically(target, write) == target
    assert target.read_text(encoding="utf-8") == "new\n"
    assert seen[0].suffix == ".csv" and seen[0].parent == tmp_path
    assert sorted(p.name for p in tmp_path.iterdir()) == ["table.csv"]


def test_an_empty_result_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "chart.png"
    with pytest.raises(OSError, match="could not be written completely"):
        write_atomically(target, lambda partial: partial.touch())
    assert list(tmp_path.iterdir()) == []
