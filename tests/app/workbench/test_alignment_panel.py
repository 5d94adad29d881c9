"""Choosing an alignment in the panel's combo edits the scenario and recomputes the figures."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from regio_desktop.app.shell.main_window import MainWindow
from tests.app.conftest import indicator_value


def test_panel_lists_aligned_states_with_baseline(window: MainWindow) -> None:
    panel = window.alignment_panel
    assert set(panel.combos) == {"KAZ", "KGZ", "UZB"}
    assert panel.combos["KGZ"].currentText() == "Russia-led"
    assert panel._baselines["KAZ"].text() == "Multi-vector"


def test_choosing_china_centred_in_the_combo(window: MainWindow, qtbot: QtBot) -> None:
    before = indicator_value(window, "dependence_china")
    combo = window.alignment_panel.combos["KAZ"]
    combo.setFocus()
    qtbot.keyClicks(combo, "China")
    doc = window.document
    assert doc.scenario.alignment_map == {"KAZ": "china-centred"}
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Kazakhstan: China-centred"
    assert combo.currentText() == "China-centred"
    assert combo.font().bold()
    assert indicator_value(window, "dependence_china") > before
    assert window.warnings_panel.warnings_model.warning_count >= 1
    window.undo_action.trigger()
    assert doc.scenario.is_empty
    assert combo.currentText() == "Multi-vector"
    assert not combo.font().bold()
    assert indicator_value(window, "dependence_china") == before


def test_choosing_in_a_combo_selects_its_state(window: MainWindow, qtbot: QtBot) -> None:
    combo = window.alignment_panel.combos["UZB"]
    combo.setFocus()
    qtbot.keyClicks(combo, "Russia")
    assert window.document.selected_state == "UZB"
    assert window.document.scenario.alignment_map == {"UZB": "russia-led"}
