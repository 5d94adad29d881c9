"""What an edit repaints adds up to the window a full repaint shows.

Views repaint only what an edit changed (the cells, the rows, the legend, the status summary)
and some paint opaquely, so the widgets under them are not painted first. A mistake in either
leaves stale pixels on screen that no widget test sees; comparing the screen after the edits
with the screen after repainting everything does.
"""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regio_desktop.app.shell.main_window import MainWindow


def _on_screen(window: MainWindow) -> QImage:
    """The window's pixels as last painted (the backing store), not painted anew."""
    return window.screen().grabWindow(window.winId()).toImage()


def _settle() -> None:
    QApplication.processEvents()
    QApplication.processEvents()


def test_edits_leave_the_screen_as_a_full_repaint_draws_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    document = window.document
    state = document.selected_state
    assert window.map_panel.legend.isVisible()
    combo = window.alignment_panel.combos[state]
    _settle()
    toggled = 0
    for bloc in document.world.bloc_codes:
        if toggled == 2:
            break
        if not document.toggle_membership(state, bloc):
            continue
        toggled += 1
        _settle()
        others = [combo.itemData(i) for i in range(combo.count()) if i != combo.currentIndex()]
        assert document.set_alignment(state, others[0])
        _settle()
    assert toggled == 2 and document.undo_stack.count() == 4
    document.undo_stack.undo()  # the legend loses an entry, the summary a digit
    _settle()
    edited = _on_screen(window)
    window.repaint()
    assert edited == _on_screen(window)
