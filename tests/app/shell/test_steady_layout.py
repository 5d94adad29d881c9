"""An edit does not change the size of the toolbar or of the alignment rows.

A widget whose size hint changes makes Qt lay out its parents again and repaint what moved: for
the toolbar that is the whole window, for an alignment combo every row of the panel. Both happened
on every edit (the Undo button grew with the edit's name; an edited state's combo turned bold and
wider), costing a frame and making the panels jump.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from regio_desktop.app.shell.main_window import MainWindow


def _undo_button(window: MainWindow) -> QToolButton:
    button = window.toolbar.widgetForAction(window.undo_action)
    assert isinstance(button, QToolButton)
    return button


def test_the_undo_button_keeps_its_label_and_names_the_edit_in_its_tooltip(
    window: MainWindow, qtbot: QtBot
) -> None:
    document = window.document
    state = document.selected_state
    button = _undo_button(window)
    width = button.sizeHint().width()
    assert any(document.toggle_membership(state, b) for b in document.world.bloc_codes)
    QApplication.processEvents()
    assert button.text() == "Undo"
    assert button.sizeHint().width() == width
    assert window.undo_action.text().startswith("Undo ") and len(window.undo_action.text()) > 5
    assert window.undo_action.toolTip() == window.undo_action.text().replace("&", "")


def test_an_edited_alignment_keeps_its_row_width(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.alignment_panel
    state, combo = next(iter(panel.combos.items()))
    before = combo.sizeHint()
    choice = next(
        combo.itemData(i) for i in range(combo.count()) if combo.itemData(i) != combo.chosen()
    )
    assert window.document.set_alignment(state, choice)
    QApplication.processEvents()
    assert combo.font().bold()  # the edit is marked ...
    assert combo.sizeHint() == before  # ... without widening the row
