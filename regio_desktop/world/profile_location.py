"""Where the user's profile lives, for the window and the command line alike.

The window used Qt's ``QStandardPaths.AppDataLocation`` for the organisation and application
"Regio Desktop"; the command line (which imports no Qt) must find the same folder, so the rule is
written out here, per platform, as Qt applies it, and both use it (a test holds it equal to Qt's
on the platform it runs on). The folder is the user's, outside the program's own files: an
installer that upgrades or removes the program never touches it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANISATION = "Regio Desktop"
APPLICATION = "Regio Desktop"
LOCK_NAME = "regio-world.lock"
"""The window's lock on the profile (a QLockFile: the holder's process id on its first line)."""


def profile_folder() -> Path:
    """The folder of the user's profile database (``regio-world.sqlite``), made or not."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        # The XDG rule: a relative XDG_DATA_HOME is invalid and ignored.
        base = Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"
    return base / ORGANISATION / APPLICATION


def profile_in_use(folder: Path) -> bool:
    """Whether a running window holds the profile in ``folder`` (its lock names a live process).

    A lock whose process has ended is not a holder, as the window itself judges it.
    """
    try:
        first = (folder / LOCK_NAME).read_text(encoding="utf-8", errors="replace").split()
        pid = int(first[0]) if first else 0
    except (OSError, ValueError):
        return False
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, someone else's
    except OSError:
        return False
    return True
