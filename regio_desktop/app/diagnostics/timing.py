"""Timing the window as a user feels it: from a click to every visible view repainted, and from
process start to an interactive window.

Used by ``regio-desktop --self-test --timing`` and the GUI benchmark; targets are checked there,
never in timed tests (the machines are noisy).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from regio_desktop.app.shell.main_window import MainWindow


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank, no interpolation)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank]


def _repaint_all(window: MainWindow) -> None:
    """Deliver the queued signals and the update requests, so every view the edit dirtied has
    received its Paint event (Qt paints the dirty regions of visible widgets synchronously here)."""
    QApplication.processEvents()
    QApplication.processEvents()


def _double_click(window: MainWindow, state: str, bloc: str) -> None:
    view = window.matrix
    index = view.matrix_model.index_of(state, bloc)
    centre: QPoint = view.visualRect(index).center()
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
    )


def _step_combo(window: MainWindow, state: str) -> None:
    combo = window.alignment_panel.combos[state]
    key = Qt.Key.Key_Down if combo.currentIndex() < combo.count() - 1 else Qt.Key.Key_Up
    QTest.keyClick(combo, key)


def toggle_timings(window: MainWindow, state: str, bloc: str, count: int = 60) -> list[float]:
    """Milliseconds from each edit (alternately a double-click on the state's cell in the matrix
    and a key press in its alignment combo) to every visible view repainted."""
    view = window.matrix
    view.scrollTo(view.matrix_model.index_of(state, bloc))
    window.alignment_panel.combos[state].setFocus()
    _repaint_all(window)
    actions: list[Callable[[], None]] = [
        lambda: _double_click(window, state, bloc),
        lambda: _step_combo(window, state),
    ]
    timings = []
    for i in range(count):
        start = time.perf_counter()
        actions[i % 2]()
        _repaint_all(window)
        timings.append((time.perf_counter() - start) * 1000)
    return timings
