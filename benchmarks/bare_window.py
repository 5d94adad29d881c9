"""The floor for start-up: a bare PySide6 window with one pyqtgraph plot (``gui_bench`` runs it).

Prints ``startup_s X``, seconds from process start to the window painted, measured like
``regio-desktop --self-test --timing`` measures the program, so the two can be compared. Only
PySide6 and pyqtgraph are imported: importing the program's own timing module would load the
whole window and spoil the floor.

Run: ``python -m benchmarks.bare_window`` (offscreen: ``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

_IMPORTED_AT = time.perf_counter()


def process_age_s() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere: since this import).

    The same reading as ``regio_desktop.app.timing.process_age_s``.
    """
    try:
        stat = Path(f"/proc/{os.getpid()}/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED_AT


def main() -> None:
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    plot = pg.PlotWidget()
    plot.plot([0, 1, 2, 3, 4], [0, 1, 4, 9, 16])
    window.setCentralWidget(plot)
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    window.repaint()
    print(f"startup_s {process_age_s():.3f}", flush=True)
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
