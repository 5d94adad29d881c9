"""The main window: docks, menus, undo shortcuts, year, status bar, language, launch helpers."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QTabBar
from pytestqt.qtbot import QtBot

from regio_desktop.app.diagnostics.screenshot import screenshot
from regio_desktop.app.diagnostics.self_test import self_test
from regio_desktop.app.shell.launch import start_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from tests.schema_helpers import make_schema_0001


def test_docks_and_menus(window: MainWindow) -> None:
    assert set(window.docks) == {
        "scenarios",
        "charts",
        "map",
        "blocs",
        "alignment",
        "indicators",
        "arguments",
        "warnings",
        "breakdown",
        "library",
        "reader",
        "spillovers",
    }
    assert window.centralWidget() is window.matrix
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == [
        "&File",
        "&Edit",
        "&Scenario",
        "&Deck",
        "&Arguments",
        "&View",
        "&Language",
        "&Help",
    ]
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)


def test_undo_shortcut_and_status_bar(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document
    doc.toggle_membership("KAZ", "CSTO")
    doc.set_alignment("KAZ", "china-centred")
    assert "2 edit(s)" in window.status_label.text()
    assert "Untitled scenario" in window.status_label.text()
    assert window.undo_action.text() == "Undo Kazakhstan: China-centred"
    window.matrix.setFocus()
    qtbot.keyClick(window.matrix, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.scenario.alignment_map == {}
    assert "1 edit(s)" in window.status_label.text()


def test_year_spin_box_changes_the_baseline(window: MainWindow, qtbot: QtBot) -> None:
    spin = window.toolbar.year
    assert (spin.minimum(), spin.maximum(), spin.value()) == (1991, 2020, 2020)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "2010")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    doc = window.document
    assert doc.scenario.year == 2010
    assert doc.evaluation.year == 2010
    assert doc.undo_stack.undoText() == "Baseline year 2010"
    assert "baseline 2010" in window.status_label.text()
    doc.undo_stack.undo()
    assert spin.value() == 2020


def test_language_choice_is_remembered(
    window: MainWindow, app_settings: AppSettings, qtbot: QtBot
) -> None:
    window.language_actions["kk"].trigger()
    assert app_settings.language == "kk"
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    box.close()


def test_closing_saves_the_layout(window: MainWindow, app_settings: AppSettings) -> None:
    window.document.select_state("UZB")
    window.close()
    assert app_settings.geometry is not None
    assert app_settings.window_state is not None
    assert app_settings.selected_state == "UZB"


def test_self_test_passes_on_the_tiny_world(tiny_db: Path, qtbot: QtBot) -> None:
    assert self_test(tiny_db) == 0


def test_screenshot_writes_a_png(tiny_db: Path, tmp_path: Path, qtbot: QtBot) -> None:
    target = tmp_path / "window.png"
    assert screenshot(target, tiny_db, None) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1400, 900)


def test_edits_do_not_leak_references_to_none_or_true(window: MainWindow, qtbot: QtBot) -> None:
    """PySide6 6.12.0 lost a reference to None/True on every delivered edit, which aborted the
    program at exit after a few hundred edits; pyproject pins it out, and this guards the pin.

    On Python >= 3.12 None and True are immortal: their counts never move, so they cannot show a
    lost reference. The probe is a mortal object that the slots return and receive along the
    same delivery (``changed`` to every view, ``selection_changed`` with an argument), whose count
    must come back exactly; None and True are still counted where they can move (3.11).
    """
    doc = window.document
    probe = type("Probe", (), {})()
    doc.changed.connect(lambda: probe)
    doc.selection_changed.connect(lambda state: probe)
    QApplication.processEvents()
    before = sys.getrefcount(probe), sys.getrefcount(None), sys.getrefcount(True)
    for i in range(30):
        doc.toggle_membership("KAZ", "CSTO")
        doc.select_state(("KAZ", "UZB")[i % 2])
        QApplication.processEvents()
    after = sys.getrefcount(probe), sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] == before[0], (
        f"a slot's result gained or lost references over 30 edits: {after[0] - before[0]}"
    )
    if sys.version_info < (3, 12):
        lost = [b - a for b, a in zip(before[1:], after[1:], strict=True)]
        assert max(lost) < 500, f"references lost over 30 edits (None, True): {lost}"


def _click_dock_tab(window: MainWindow, title: str) -> None:
    """Click the tab of a tabbed dock, as a user would."""
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for i in range(bar.count()):
            if bar.tabText(i) == title:
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
                return
    raise AssertionError(f"no visible tab {title!r}")


def test_panels_behind_tabs_are_built_when_their_tab_is_first_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    # At start the map is in front: the charts (and pyqtgraph) and the bloc diagram wait.
    assert window.is_built("map") and window.map_panel.isVisible()
    assert not window.is_built("charts") and not window.is_built("blocs")
    placeholder = window.docks["charts"].widget()

    _click_dock_tab(window, "Charts")

    qtbot.waitUntil(lambda: window.is_built("charts"))
    assert window.docks["charts"].widget() is window.charts is not placeholder
    assert window.charts.isVisible()
    # The new charts follow the document at once: the profile is of the selected state.
    window.document.select_state("RUS")
    assert "Russia" in window.charts.baseline_bars.caption.text()
    assert not window.is_built("blocs")

    _click_dock_tab(window, "Blocs")

    qtbot.waitUntil(lambda: window.is_built("blocs"))
    assert window.docks["blocs"].widget() is window.blocs_panel
    assert window.blocs_panel.isVisible()


def test_the_map_follows_the_selection_from_the_start(window: MainWindow) -> None:
    window.document.select_state("RUS")
    assert window.map_panel.outlined_state == "RUS"


def test_a_database_from_an_older_version_given_with_db_is_upgraded(
    tiny_db: Path, tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    old = tmp_path / "colleague.sqlite"
    shutil.copyfile(tiny_db, old)
    make_schema_0001(old)
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    window = start_window(app, app_settings, old, tmp_path / "profile")
    qtbot.addWidget(window)

    # The library lists the sources (it reads the imported texts, a table 0001 lacked).
    assert window.library.source_model.rowCount() > 0
    assert old.with_suffix(".before-upgrade.sqlite").exists()
    window.close_discarding()
