"""Explore refuses what it cannot run, before running: a space too large even to stream (#18
item 6), with the size and what to do instead; a space larger than a scatter can show is
streamed (#14 item 7) and the window says what its results keep."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from regio_desktop.app.explore import inputs_panel
from regio_desktop.app.explore.dialog import ExploreDialog
from regio_desktop.engine import exploration_limits

STATES = ("KAZ", "KGZ", "UZB")
TIMEOUT = 10_000


def test_a_space_too_large_to_stream_is_refused_inline_with_its_size(
    dialog: ExploreDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exploration_limits, "STREAM_LIMIT", 9)
    dialog.set_checked_states(STATES)
    assert "too many" in dialog.combination_label.text()
    with qtbot.assertNotEmitted(dialog.run_finished, wait=100):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and not dialog.run_button.isEnabled()
    status = dialog.inputs.blocked_label.text()
    assert "27 combinations are more than the 9 an exploration evaluates" in status
    assert "Explore a sample instead: fewer states at a time" in status


def test_a_space_beyond_the_scatter_is_streamed_and_says_what_it_keeps(
    dialog: ExploreDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inputs_panel, "MAX_COMBINATIONS", 9)
    monkeypatch.setattr(exploration_limits, "KEPT_BEST", 2)
    dialog.set_checked_states(STATES)
    label = dialog.combination_label.text()
    assert "27 combinations" in label and "More than 9: streamed" in label
    with qtbot.waitSignal(dialog.run_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["done"]
    exploration = dialog.exploration
    assert exploration is not None and exploration.streamed and exploration.evaluated == 27
    kept = len(exploration.table)
    assert kept < 27 and dialog.table_model.rowCount() == kept
    status = dialog.status_label.text()
    assert status.startswith("27 combinations evaluated in")
    assert f"the table keeps {kept} of the 27 combinations evaluated" in status
    assert "the 2 best on each compared objective" in status
    # The drivers need every combination: the tab says so instead of a wrong heat map.
    assert dialog.drivers.model.rowCount() == 0
    assert "The drivers need every combination" in dialog.drivers.legend.text()
    # A kept row opens as its own combination, numbered among all 27.
    row = dialog.table_model.exploration_row(0)
    number = int(exploration.table["combination"].iloc[row])
    opened = dialog.combination_scenario(row)
    assert f"Combination {number + 1} of 27 " in opened.description
    assert f"Combination {number + 1:,} of 27" in dialog.details.text()
    for state in STATES:
        expected = exploration.table[f"alignment_{state}"].iloc[row]
        assert dict(opened.alignments).get(state, expected) == expected


def test_a_streamed_run_asked_to_test_the_front_does_not_say_it_did(
    dialog: ExploreDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fresh-eyes review: 3^11 streamed with the front test on said "front tested against
    1,000 draws of the estimates in 0.0 s" and then that the Pareto share was not computed."""
    monkeypatch.setattr(inputs_panel, "MAX_COMBINATIONS", 9)
    monkeypatch.setattr(exploration_limits, "KEPT_BEST", 2)
    dialog.set_checked_states(STATES)
    dialog.inputs.options.robust_check.setChecked(True)
    with qtbot.waitSignal(dialog.run_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["done"]
    status = dialog.status_label.text()
    assert "front tested against" not in status
    assert "The Pareto share needs every combination" in status and "not computed" in status
