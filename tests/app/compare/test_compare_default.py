"""Compare's default pair, opened with Ctrl+Shift+C as a user would: the current scenario is
measured against the other checked one, and a file opened last is not compared with an identical
scenario while a differing one is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.compare.dialog import CompareDialog
from regio_desktop.app.shell.main_window import MainWindow


def _open_compare(window: MainWindow, qtbot: QtBot) -> CompareDialog:
    window.show()
    qtbot.waitExposed(window)
    QTest.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.compare_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def test_an_edit_of_the_current_scenario_is_measured_against_the_other(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.files.rename("Edited")
    window.files.new_action.trigger()
    window.files.rename("Status quo")
    window.files.previous_action.trigger()
    assert window.session.current == 0
    window.document.set_alignment("KAZ", "china-centred")
    dialog = _open_compare(window, qtbot)
    assert dialog.reference_combo.currentText().startswith("Status quo")
    assert dialog.comparison is not None
    assert dialog.comparison.names == ("Status quo", "Edited")
    assert dialog.checked_indices() == [1, 0]
    assert dialog.scenario_list.item(1).font().bold()
    assert not dialog.scenario_list.item(0).font().bold()


def test_a_file_opened_last_is_not_compared_with_an_identical_scenario(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.files.rename("Status quo")
    window.files.new_action.trigger()
    window.files.rename("Variant")
    window.document.set_alignment("KAZ", "china-centred")
    path = tmp_path / "plain.regio.json"
    api.write_scenario(api.Scenario(name="Plain file"), path)
    window.session.open_file(path)
    assert window.session.current == 2
    dialog = _open_compare(window, qtbot)
    # Wrapping round would pick the status quo, whose figures are the file's own.
    assert dialog.comparison is not None
    assert dialog.comparison.names == ("Variant", "Plain file")
    assert dialog.scenario_list.item(0).checkState() == Qt.CheckState.Unchecked
