"""Writes that are all or nothing (#18 item 3)."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from regio_desktop.atomic_file import (
    AtomicWriteError,
    leftover_partials,
    pdf_complete,
    remove_leftovers,
    write_atomically,
)


def _text(content: str):
    return lambda partial: partial.write_text(content, encoding="utf-8")


def test_saving_over_a_link_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_atomically(link, _text("new"))
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_saving_keeps_the_targets_permissions(tmp_path: Path) -> None:
    private = tmp_path / "private.json"
    private.write_text("old", encoding="utf-8")
    private.chmod(0o600)
    write_atomically(private, _text("new"))
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def test_a_folder_or_device_target_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(AtomicWriteError, match="is a folder") as caught:
        write_atomically(tmp_path, _text("x"))
    assert caught.value.problem.code == "write_target_is_folder"
    with pytest.raises(AtomicWriteError, match="device or pipe"):
        write_atomically(Path("/dev/null"), _text("x"))
    assert Path("/dev/null").is_char_device()
    assert not list(tmp_path.iterdir())


def test_an_incomplete_result_keeps_the_old_file_and_leaves_no_partial(tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4 old report %%EOF\n")

    def truncated(partial: Path) -> None:  # what Qt's PDF writer leaves on a full disk
        partial.write_bytes(b"%PDF-1.4 half a rep")

    with pytest.raises(AtomicWriteError, match="could not be written completely"):
        write_atomically(report, truncated, complete=pdf_complete)
    assert report.read_bytes() == b"%PDF-1.4 old report %%EOF\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_read_only_folder_gives_an_oserror_and_no_partial(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: a read-only folder is still writable")
        with pytest.raises(OSError):
            write_atomically(folder / "x.csv", _text("x"))
        assert not list(folder.iterdir())
    finally:
        folder.chmod(0o700)


def test_leftovers_of_a_killed_save_are_removed_at_start_but_fresh_ones_kept(
    tmp_path: Path,
) -> None:
    old = tmp_path / ".report.0123abcd.partial.pdf"
    fresh = tmp_path / ".scenario.89abcdef.partial.json"
    mine = tmp_path / ".hidden-notes.txt"
    for path in (old, fresh, mine):
        path.write_text("x", encoding="utf-8")
    hour_ago = time.time() - 7200
    os.utime(old, (hour_ago, hour_ago))
    os.utime(mine, (hour_ago, hour_ago))
    assert leftover_partials(tmp_path) == [old]
    assert remove_leftovers([tmp_path, tmp_path / "missing"]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, mine.name])


def test_stale_report_folders_are_removed_and_fresh_ones_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from regio_desktop.atomic_file import REPORT_TEMP_PREFIX, remove_stale_temp_folders

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stale, fresh, other = (
        tmp_path / f"{REPORT_TEMP_PREFIX}old",
        tmp_path / f"{REPORT_TEMP_PREFIX}new",
        tmp_path / "someone-elses",
    )
    for folder in (stale, fresh, other):
        folder.mkdir()
        (folder / "chart_KAZ.png").write_bytes(b"png")
    hour_ago = time.time() - 7200
    for folder in (stale, other):
        os.utime(folder, (hour_ago, hour_ago))
    assert remove_stale_temp_folders() == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, other.name])


def test_a_folder_that_refuses_files_is_named_before_anything_is_written() -> None:
    """A report onto a read-only or system folder painted thousands of pages into a writer that
    had no file, flooding the terminal; the partial file is now made first."""
    from regio_desktop.atomic_file import AtomicWriteError, write_atomically

    called: list[Path] = []
    with pytest.raises(AtomicWriteError) as info:
        write_atomically(Path("/proc/version"), called.append)
    assert called == []
    assert info.value.problem.code == "write_refused"
    assert info.value.problem.params["file"] == "/proc/version"
