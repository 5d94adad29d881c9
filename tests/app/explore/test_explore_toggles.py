"""Membership toggles in Explore, through the widgets: picked as state and bloc, counted, run,
shown as table columns, opened as the smallest edit, and refused in the core's words.

Over the tiny world (explorable: KAZ, KGZ, UZB; KAZ is a CSTO member, UZB withdrew).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from regio_desktop.app.explore import inputs_panel
from regio_desktop.app.explore.dialog import ExploreDialog

STATES = ("KAZ", "KGZ", "UZB")
TIMEOUT = 10_000


def add(dialog: ExploreDialog, qtbot: QtBot, state: str, bloc: str) -> None:
    """Choose the state and the bloc in the picker's combos and click Add."""
    picker = dialog.inputs.toggle_picker
    picker.state_combo.setCurrentIndex(picker.state_combo.findData(state))
    picker.bloc_combo.setCurrentIndex(picker.bloc_combo.findData(bloc))
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)


def run(dialog: ExploreDialog, qtbot: QtBot) -> None:
    with qtbot.waitSignal(dialog.run_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "done"


def test_a_toggle_doubles_the_combinations_and_is_run(dialog: ExploreDialog, qtbot: QtBot) -> None:
    dialog.set_checked_states(STATES)
    add(dialog, qtbot, "KAZ", "CSTO")
    add(dialog, qtbot, "UZB", "CSTO")
    picker = dialog.inputs.toggle_picker
    assert picker.list.item(0).text() == "Kazakhstan leaves or stays in CSTO"
    assert picker.list.item(1).text() == "Uzbekistan joins or stays out of CSTO"
    assert "108 combinations (3^3 × 2^2)" in dialog.combination_label.text()
    picker.list.item(1).setCheckState(Qt.CheckState.Unchecked)  # listed, not run
    assert "54 combinations" in dialog.combination_label.text()
    run(dialog, qtbot)
    exploration = dialog.exploration
    assert exploration is not None
    assert exploration.toggles == (("KAZ", "CSTO"),)
    assert len(exploration.table) == 54
    model = dialog.table_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[: len(STATES) + 2] == [*STATES, "KAZ:CSTO", "Efficient"]
    shown = {model.data(model.index(r, len(STATES))) for r in range(model.rowCount())}
    assert shown == {"keeps", "leaves"}
    # The drivers name the toggle in words too.
    assert "Kazakhstan in CSTO (leaves or stays)" in dialog.drivers.model._words


def test_a_combination_that_leaves_opens_as_the_membership_edit(
    dialog: ExploreDialog, qtbot: QtBot
) -> None:
    dialog.set_checked_states(("KAZ",))
    add(dialog, qtbot, "KAZ", "CSTO")
    run(dialog, qtbot)
    exploration = dialog.exploration
    assert exploration is not None
    row = int((exploration.table["toggle_KAZ_CSTO"] == "leave").to_numpy().argmax())
    scenario = dialog.open_row(row)
    assert "KAZ leaves CSTO" in scenario.name
    assert any(e.state == "KAZ" and e.bloc == "CSTO" for e in scenario.memberships)
    dialog.select_row(row)
    assert "KAZ leaves CSTO" in dialog.details.text()


def test_the_same_toggle_twice_is_refused_in_words(dialog: ExploreDialog, qtbot: QtBot) -> None:
    add(dialog, qtbot, "KAZ", "CSTO")
    add(dialog, qtbot, "KAZ", "CSTO")
    picker = dialog.inputs.toggle_picker
    assert picker.list.count() == 1
    assert picker.problem_label.text() == (
        "The toggle of Kazakhstan in Collective Security Treaty Organization is named twice."
    )
    picker.list.setCurrentRow(0)
    qtbot.mouseClick(picker.remove_button, Qt.MouseButton.LeftButton)
    assert picker.toggles() == () and picker.problem_label.isHidden()


def test_toggles_count_against_the_limit(
    dialog: ExploreDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beyond what a scatter shows the run streams; the toggles count towards that."""
    monkeypatch.setattr(inputs_panel, "MAX_COMBINATIONS", 27)
    dialog.set_checked_states(STATES)
    assert "streamed" not in dialog.combination_label.text()
    add(dialog, qtbot, "KAZ", "CSTO")
    assert "54 combinations" in dialog.combination_label.text()
    assert "More than 27: streamed" in dialog.combination_label.text()
    assert dialog.inputs.streamed() and dialog.inputs.input_problem() == ""


def test_a_space_too_large_to_stream_counts_the_toggles(
    dialog: ExploreDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from regio_desktop.engine import exploration_limits

    monkeypatch.setattr(exploration_limits, "STREAM_LIMIT", 27)  # 27 rows run, 54 do not
    dialog.set_checked_states(STATES)
    assert dialog.inputs.input_problem() == ""
    add(dialog, qtbot, "KAZ", "CSTO")
    assert "54 combinations are more than the 27" in dialog.inputs.input_problem()
    assert "too many" in dialog.combination_label.text()
