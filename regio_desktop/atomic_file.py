"""Writing a file so that it is either complete or untouched.

Every export (scenarios, tables, arguments, charts, reports) goes through here: the content is
written to a hidden file beside the target and renamed over it only when the writing succeeded,
so a full disk or a crash never leaves a half-written file or destroys the previous one.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path


def write_atomically(path: Path, write: Callable[[Path], object]) -> Path:
    """Call ``write(partial)`` with a temporary path beside ``path`` (same suffix, so writers
    that choose a format by suffix still work) and move the result onto ``path``.

    The partial file is removed if ``write`` raises or writes nothing; the error propagates.
    """
    path = Path(path)
    partial = path.with_name(f".{path.stem}.{secrets.token_hex(4)}.partial{path.suffix}")
    try:
        write(partial)
        if not partial.exists() or not partial.stat().st_size:
            raise OSError(f"nothing was written to {path}")
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path
