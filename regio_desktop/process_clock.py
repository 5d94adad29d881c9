"""How long this process has been running: the start-up clock shared by the program's
``--self-test --timing`` and the bare-window floor in ``benchmarks/bare_window.py``.

Kept free of Qt and of the rest of the program, so that the floor can import it without loading
anything the bare window would not load.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

_IMPORTED_AT = time.perf_counter()


def process_age_s() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere: since this import)."""
    try:
        stat = Path(f"/proc/{os.getpid()}/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED_AT
