"""What a folder that refuses writes at start is called: a read-only file system (EROFS) was
passed on as a raw OSError naming a hidden temporary file, where a read-only folder is meant."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from regio_desktop.world.database_faults import start_problem


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.EPERM])
def test_a_folder_refusing_files_is_a_read_only_folder(tmp_path: Path, code: int) -> None:
    found = start_problem(OSError(code, "refused", str(tmp_path / ".copy-x.sqlite")), tmp_path)
    assert found is not None and found.code == "profile_folder_read_only"


def test_a_full_disk_stays_a_full_disk(tmp_path: Path) -> None:
    found = start_problem(OSError(errno.ENOSPC, "No space left on device"), tmp_path)
    assert found is not None and found.code == "profile_disk_full"


def test_another_os_error_is_not_blamed_on_the_folder(tmp_path: Path) -> None:
    assert start_problem(OSError(errno.EIO, "Input/output error"), tmp_path) is None
