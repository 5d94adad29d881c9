"""Compare's scenario list stays still under the pointer, and the reference is chosen explicitly.

Driven through the widgets: items are ticked one at a time, the reference picked in its combo.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from regio_desktop.app.compare.dialog import CompareDialog
from regio_desktop.app.shell.main_window import MainWindow

NAMES = (
    "Base",
    "Kazakhstan leaves the Eurasian Economic Union but stays in the CSTO",
    "China",
    "Kyrgyzstan turns multi-vector",
)


@pytest.fixture
def dialog(window: MainWindow, qtbot: QtBot) -> CompareDialog:
    window.files.rename(NAMES[0])
    for name in NAMES[1:]:
        window.files.new_action.trigger()
        window.files.rename(name)
    window.document.set_alignment("KAZ", "china-centred")
    d = CompareDialog(window.session, window)
    qtbot.addWidget(d)
    d.resize(900, 600)
    d.show()
    qtbot.waitExposed(d)
    return d


def rects(dialog: CompareDialog) -> list[tuple[int, int, int]]:
    """Each row's left edge, top and height: where a click lands (the bold reference may be a
    few pixels wider, which moves nothing)."""
    view = dialog.scenario_list
    return [
        (rect.left(), rect.top(), rect.height())
        for rect in (view.visualItemRect(view.item(r)) for r in range(view.count()))
    ]


def texts(dialog: CompareDialog) -> list[str]:
    view = dialog.scenario_list
    return [view.item(r).text() for r in range(view.count())]


def choose_reference(dialog: CompareDialog, name: str) -> None:
    combo = dialog.reference_combo
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(name))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_checking_and_choosing_the_reference_move_no_row(
    dialog: CompareDialog, qtbot: QtBot
) -> None:
    before_rects, before_texts = rects(dialog), texts(dialog)
    view = dialog.scenario_list
    for row in (0, 1, 2):
        item = view.item(row)
        item.setCheckState(
            Qt.CheckState.Unchecked
            if item.checkState() == Qt.CheckState.Checked
            else Qt.CheckState.Checked
        )
        assert rects(dialog) == before_rects and texts(dialog) == before_texts
    dialog.set_checked([0, 1, 2])
    choose_reference(dialog, "China")
    assert rects(dialog) == before_rects and texts(dialog) == before_texts
    view.setCurrentRow(3)
    qtbot.mouseClick(dialog.reference_button, Qt.MouseButton.LeftButton)
    assert rects(dialog) == before_rects and texts(dialog) == before_texts
    # One line each, all of one height, even for the long name.
    assert len({height for _, _, height in rects(dialog)}) == 1


def test_the_reference_is_the_one_chosen_not_the_first_checked(
    dialog: CompareDialog, qtbot: QtBot
) -> None:
    dialog.set_checked([0, 2, 3])
    combo = dialog.reference_combo
    assert [combo.itemText(i).split("  (")[0] for i in range(combo.count())] == [
        NAMES[0],
        NAMES[2],
        NAMES[3],
    ]
    choose_reference(dialog, "Kyrgyzstan")
    assert dialog.comparison is not None
    assert dialog.comparison.names[0] == NAMES[3]
    assert dialog.checked_indices() == [3, 0, 2]
    assert dialog.scenario_list.item(3).font().bold()
    assert not dialog.scenario_list.item(0).font().bold()
    # Checking another scenario keeps the reference chosen.
    dialog.scenario_list.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.comparison is not None and dialog.comparison.names[0] == NAMES[3]
    # Unchecking the reference hands it to the first checked, and the combo says which.
    dialog.scenario_list.item(3).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.reference_combo.currentText().startswith(NAMES[0])
    assert dialog.comparison is not None and dialog.comparison.names[0] == NAMES[0]


def test_make_reference_is_offered_only_for_another_scenario(
    dialog: CompareDialog, qtbot: QtBot
) -> None:
    dialog.set_checked([0, 1])
    dialog.scenario_list.setCurrentRow(0)
    assert not dialog.reference_button.isEnabled()  # already the reference
    dialog.scenario_list.setCurrentRow(2)
    assert dialog.reference_button.isEnabled()
    qtbot.mouseClick(dialog.reference_button, Qt.MouseButton.LeftButton)
    assert dialog.scenario_list.item(2).checkState() == Qt.CheckState.Checked
    assert dialog.comparison is not None and dialog.comparison.names[0] == NAMES[2]
    assert not dialog.reference_button.isEnabled()
