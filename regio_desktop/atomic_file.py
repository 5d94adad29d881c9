"""Writing a file so that it is either complete or untouched.

Every export (scenarios, tables, arguments, charts, reports) goes through here: the content is
written to a hidden file beside the target, checked (the writer may report success and still
leave a truncated file: Qt's PDF writer on a full disk does), flushed to the disk with its
folder, given the old file's permissions, and only then renamed over the target. A full disk, a
crash or a power cut never leaves a half-written file or destroys the previous one. A link is
followed to the file it names (the link stays a link); a folder or a device is refused by name.
Partial files a killed process left behind are removed at the next start (``remove_leftovers``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from regio_desktop.problems import Problem, problem

_PARTIAL = re.compile(r"^\..+\.[0-9a-f]{8}\.partial(\.[^.]*)?$")
REPORT_TEMP_PREFIX = "regio-report-"
"""Temporary folders of a report being made (its chart pictures) start with this."""
LEFTOVER_AGE_S = 3600.0
"""A partial file older than this belongs to no running save and is removed at start."""


class AtomicWriteError(OSError):
    """A save that was refused or failed; ``problem`` is the code and parameters to word."""

    def __init__(self, found: Problem) -> None:
        super().__init__(found.message)
        self.problem = found


def target_of(path: Path) -> Path:
    """Where a save to ``path`` really writes: a symbolic link's target, else ``path``."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def partial_path(target: Path) -> Path:
    """A hidden file beside ``target`` with the same suffix (writers choose a format by it)."""
    return target.with_name(f".{target.stem}.{secrets.token_hex(4)}.partial{target.suffix}")


def _refuse_odd_target(target: Path) -> int | None:
    """The permission bits of an existing regular target (None if there is none yet)."""
    try:
        info = target.stat()
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(info.st_mode):
        raise AtomicWriteError(problem("write_target_is_folder", file=str(target)))
    if not stat.S_ISREG(info.st_mode):
        raise AtomicWriteError(problem("write_target_not_regular", file=str(target)))
    return stat.S_IMODE(info.st_mode)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform or file system can sync a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomically(
    path: Path,
    write: Callable[[Path], object],
    complete: Callable[[Path], bool] | None = None,
) -> Path:
    """Call ``write(partial)`` with a temporary path beside the target and move the result onto
    it once it is whole: not empty, ``complete(partial)`` true when given, and synced to disk.

    Raises AtomicWriteError for a folder or device target or an incomplete result, OSError for
    what the system refuses; the partial file is removed in every case and the target, if it
    existed, is untouched. Returns the path written.
    """
    target = target_of(Path(path))
    mode = _refuse_odd_target(target)
    partial = partial_path(target)
    try:
        # Made first, so a folder that refuses files (read-only, no permission, a system
        # folder) is named at once, before a writer paints thousands of pages into nothing.
        partial.open("xb").close()
        write(partial)
        if not partial.exists() or not partial.stat().st_size:
            raise AtomicWriteError(problem("write_incomplete", file=str(target)))
        if complete is not None and not complete(partial):
            raise AtomicWriteError(problem("write_incomplete", file=str(target)))
        if mode is not None:
            os.chmod(partial, mode)
        _fsync_file(partial)
        partial.replace(target)
        _fsync_folder(target.parent)
    except AtomicWriteError:
        _remove_quietly(partial)
        raise
    except OSError as exc:
        _remove_quietly(partial)
        raise AtomicWriteError(
            problem(
                "write_refused",
                file=str(target),
                reason=str(exc.strerror or exc),
                error=errno.errorcode.get(exc.errno or 0, ""),
            )
        ) from exc
    except BaseException:
        _remove_quietly(partial)
        raise
    return Path(path)


def _remove_quietly(partial: Path) -> None:
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)


def pdf_complete(path: Path) -> bool:
    """True when a PDF file starts as one and ends with its end-of-file marker."""
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
            handle.seek(max(0, path.stat().st_size - 1024))
            tail = handle.read()
    except OSError:
        return False
    return head == b"%PDF-" and b"%%EOF" in tail


def leftover_partials(folder: Path, older_than_s: float = LEFTOVER_AGE_S) -> list[Path]:
    """Partial files in ``folder`` that a killed save left (older than ``older_than_s``)."""
    now = time.time()
    found: list[Path] = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if _PARTIAL.match(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    if now - entry.stat(follow_symlinks=False).st_mtime > older_than_s:
                        found.append(Path(entry.path))
    return found


def remove_leftovers(folders: Iterable[Path], older_than_s: float = LEFTOVER_AGE_S) -> int:
    """Remove the leftover partial files in ``folders``; returns how many went."""
    removed = 0
    for folder in folders:
        for leftover in leftover_partials(Path(folder), older_than_s):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
    return removed


def remove_stale_temp_folders(
    prefix: str = REPORT_TEMP_PREFIX, older_than_s: float = LEFTOVER_AGE_S
) -> int:
    """Remove the program's temporary folders that a killed process left in the system's
    temporary folder (named with ``prefix``, older than ``older_than_s``); returns how many."""
    now = time.time()
    removed = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(tempfile.gettempdir()):
            if not entry.name.startswith(prefix) or not entry.is_dir(follow_symlinks=False):
                continue
            with contextlib.suppress(OSError):
                if now - entry.stat(follow_symlinks=False).st_mtime > older_than_s:
                    shutil.rmtree(entry.path)
                    removed += 1
    return removed
