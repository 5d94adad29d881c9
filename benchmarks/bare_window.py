"""The floor for start-up: a bare PySide6 window with one pyqtgraph plot (``gui_bench`` runs it).

Prints ``startup_s X``, seconds from process start to the window painted, measured like
``regio-desktop --self-test --timing`` measures the program, so the two can be compared. Only
PySide6 and pyqtgraph are imported, plus the program's Qt-free start-up clock
(``regio_desktop.process_clock``), which loads nothing else.

With ``--with-pandas`` it imports pandas first, as the program does: pandas is on the design card
and the program's World is made of DataFrames, so no window of ours can start without it; that
floor shows what the program's own start-up work costs beyond its fixed libraries.

Run: ``python -m benchmarks.bare_window [--with-pandas]`` (offscreen: ``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import sys

from regio_desktop.process_clock import process_age_s


def main(argv: list[str] | None = None) -> None:
    if "--with-pandas" in (sys.argv[1:] if argv is None else argv):
        import pandas  # noqa: F401  (imported before Qt, in the program's order)
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
