"""Two versions of one team scenario in the Compare dialog's list: their names differ only at the
end ("NAME (version 1)", "NAME (version 2)"), so the list must still tell them apart when it is too
narrow for the whole name (review of #17: cut on the right they looked the same)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from regio_desktop.app.compare.dialog import CompareDialog
from regio_desktop.app.shell.main_window import MainWindow

NAME = "Kazakhstan leaves the CSTO and the EAEU"


def test_two_versions_of_a_long_name_stay_apart_in_a_narrow_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.files.rename(f"{NAME} (version 1)")
    window.files.new_action.trigger()
    window.files.rename(f"{NAME} (version 2)")
    dialog = CompareDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.scenario_list
    texts = [view.item(row).text() for row in range(view.count())]
    versions = [text for text in texts if text.startswith(NAME)]
    assert len(versions) == 2
    metrics = QFontMetrics(view.font())
    narrow = metrics.horizontalAdvance(versions[0]) // 2
    shown = [metrics.elidedText(text, view.textElideMode(), narrow) for text in versions]
    assert shown[0] != shown[1], shown
    assert "1)" in shown[0] and "2)" in shown[1], shown
