"""Presentation mode's benchmark: milliseconds from F5 to the first slide painted (``gui_bench``
runs it).

A window on the shipped world opens the shipped deck "Kazakhstan's choices after 2022", waits
until the window is idle (it builds the presentation then, hidden), and presses F5 through Qt's
key events; the time runs until the slide, shown full screen at 1920x1080, has been painted.
Leaving with Esc and pressing F5 again is timed too, and so is one step (Right) through the deck.
``present_cold_ms`` is the first F5 of a window that was given no idle time after opening the
deck (the presentation is built then, while the facilitator waits).

Prints ``present_enter_ms median=... max=...``, ``present_step_ms median=...`` and
``present_cold_ms ...``. Run: ``python -m benchmarks.present_bench [--runs N]`` (offscreen).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DECK = ROOT / "resources" / "decks" / "kazakhstan-after-2022.regio-deck.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="entries timed (default 10)")
    runs = max(1, parser.parse_args(argv).runs)
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from regio_desktop import api
    from regio_desktop.app.shell.launch import application, open_window
    from regio_desktop.app.shell.settings import AppSettings

    _app = application([])  # kept: the application lives as long as the benchmark
    settings_file = Path(QSettings().fileName()).with_name("present-bench.ini")
    settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    world = api.load_world()

    def idle() -> None:
        for _ in range(3):
            QApplication.processEvents()

    def fresh_window():  # type: ignore[no-untyped-def]
        window = open_window(world, settings)
        window.resize(1400, 900)
        window.show()
        idle()
        return window

    def press(widget, key: Qt.Key) -> float:  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        QTest.keyClick(widget, key)
        QApplication.processEvents()
        QApplication.processEvents()
        return (time.perf_counter() - started) * 1000

    cold_window = fresh_window()
    cold_window.decks.open_deck(DECK)
    cold = press(cold_window, Qt.Key.Key_F5)
    cold_window.close_discarding()

    window = fresh_window()
    window.decks.open_deck(DECK)
    idle()
    enters, steps = [], []
    for _ in range(runs):
        enters.append(press(window, Qt.Key.Key_F5))
        shown = window.decks.presentation
        if shown is None or not shown.isVisible():
            raise RuntimeError("F5 did not show the presentation")
        shown.resize(1920, 1080)
        idle()
        steps.append(press(shown, Qt.Key.Key_Right))
        press(shown, Qt.Key.Key_Escape)
        if shown.isVisible():
            raise RuntimeError("Esc did not leave the presentation")
    window.close_discarding()
    print("present_enter_ms per run: " + ", ".join(f"{t:.1f}" for t in enters))
    print(f"present_enter_ms median={statistics.median(enters):.1f} max={max(enters):.1f}")
    print(f"present_step_ms median={statistics.median(steps):.1f} max={max(steps):.1f}")
    print(f"present_cold_ms {cold:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
