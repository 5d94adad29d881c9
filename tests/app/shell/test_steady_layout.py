"""An edit does not change the size of the toolbar, the alignment rows or the status summary.

A widget whose size hint changes makes Qt lay out its parents again and repaint what moved: for
the toolbar that is the whole window, for an alignment combo every row of the panel. Both happened
on every edit (the Undo button grew with the edit's name; an edited state's combo turned bold and
wider), costing a frame and making the panels jump.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QToolButton
from pytestqt.qtbot import QtBot

from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.status_text import StatusText
from tests.app.event_counting import EventCounter


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


def test_an_edit_repaints_the_status_summary_but_not_the_whole_status_bar(
    window: MainWindow, qtbot: QtBot
) -> None:
    """QStatusBar repaints all of itself (and the window under it) whenever it lays out again;
    a summary that keeps its width must not ask it to."""
    document = window.document
    state = document.selected_state
    summary = window.status_label
    QApplication.processEvents()
    before, hint = summary.text(), summary.sizeHint()
    counter = EventCounter(window.statusBar(), summary)
    assert any(document.toggle_membership(state, b) for b in document.world.bloc_codes)
    QApplication.processEvents()
    QApplication.processEvents()
    assert summary.text() != before and "1 edit(s)" in summary.text()
    assert summary.sizeHint() == hint  # "0" and "1" are as wide: nothing moves
    assert counter.paints[summary] == 1
    assert counter.layouts[window.statusBar()] == 0
    # The bar paints its background under the summary alone, not the whole of its width.
    assert counter.painted[window.statusBar()] <= summary.width() * summary.height()


def test_the_status_summary_is_drawn_as_a_label_would_draw_it(qtbot: QtBot) -> None:
    for text in ("Scenario: Untitled · 12 edit(s) · baseline 2020", "Сценарий · 3", ""):
        label, summary = QLabel(text), StatusText()
        summary.setText(text)
        qtbot.addWidget(label)
        qtbot.addWidget(summary)
        assert summary.sizeHint() == label.sizeHint()
        assert summary.minimumSizeHint() == label.minimumSizeHint()
        assert summary.sizePolicy() == label.sizePolicy()
        for widget in (label, summary):
            widget.resize(400, 17)
        assert summary.grab().toImage() == label.grab().toImage()


def test_a_longer_summary_asks_for_room(window: MainWindow, qtbot: QtBot) -> None:
    summary = window.status_label
    QApplication.processEvents()
    width = summary.width()
    summary.setText(summary.text() + " and a good deal more text than before")
    QApplication.processEvents()
    QApplication.processEvents()
    assert summary.width() == summary.sizeHint().width() > width


def test_an_edit_that_keeps_the_year_leaves_the_year_box_alone(
    window: MainWindow, qtbot: QtBot
) -> None:
    document = window.document
    spin = window.toolbar.year
    QApplication.processEvents()
    counter = EventCounter(spin, spin.lineEdit())
    assert any(
        document.toggle_membership(document.selected_state, b) for b in document.world.bloc_codes
    )
    QApplication.processEvents()
    QApplication.processEvents()
    assert counter.paints[spin] == counter.paints[spin.lineEdit()] == 0
    document.set_year(spin.value() - 1)  # a new year is shown
    QApplication.processEvents()
    assert spin.value() == document.evaluation.year and spin.lineEdit().text() == str(spin.value())
