"""The Explore dialog through its widgets, over the tiny world (explorable: KAZ, KGZ, UZB).

Runs go through the real worker thread; a stand-in engine that only stops when cancelled makes
the cancel tests deterministic. Every test leaves no thread running (the fixture shuts down).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QListWidget, QWidget
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.documents.scenario_session import ScenarioSession
from regio_desktop.app.explore.dialog import ExploreDialog, open_in_session

STATES = ("KAZ", "KGZ", "UZB")
TIMEOUT = 10_000


def slow_explore(
    world: api.World,
    base: api.Scenario,
    states: Sequence[str],
    choices: Sequence[str],
    *,
    toggles: Sequence[tuple[str, str]],
    objectives: Sequence[str],
    aggregation: api.Aggregation,
    samples: int,
    seed: int,
    progress: Callable[[float], None],
    should_cancel: Callable[[], bool],
) -> api.Exploration:
    """Reports progress up to one half and stops only when cancelled (or after ten seconds)."""
    deadline = time.monotonic() + 10
    step = 0
    while time.monotonic() < deadline:
        if should_cancel():
            raise api.ExplorationCancelled("cancelled")
        step += 1
        progress(min(step / 1000, 0.5))
        time.sleep(0.002)
    raise AssertionError("the dialog never cancelled the run")


def failing_explore(*_args: object, **_kwargs: object) -> api.Exploration:
    raise ValueError("engine broke")


def run(dialog: ExploreDialog, qtbot: QtBot) -> str:
    """Click Run and wait for the run to end; returns the outcome."""
    with qtbot.waitSignal(dialog.run_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    return str(blocker.args[0])


def start_slow(dialog: ExploreDialog, qtbot: QtBot) -> None:
    dialog.run_exploration = slow_explore
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert dialog.running
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=TIMEOUT)


def row_values(dialog: ExploreDialog, row: int) -> tuple[float, float]:
    assert dialog.exploration is not None
    record = dialog.exploration.table.iloc[row]
    return float(record[dialog.chart.x_code]), float(record[dialog.chart.y_code])


def selected_point(dialog: ExploreDialog) -> tuple[float, float]:
    x, y = dialog.chart.selected.getData()
    assert len(x) == 1
    return float(x[0]), float(y[0])


def check_item(widget: QListWidget, code: str, on: bool) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == code:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            return
    raise AssertionError(f"{code} is not listed")


# --- inputs ------------------------------------------------------------------------------------
def test_defaults_check_the_central_asian_states_and_default_objectives(
    dialog: ExploreDialog,
) -> None:
    assert dialog.checked_states() == STATES
    assert dialog.checked_objectives() == tuple(api.DEFAULT_OBJECTIVES)
    assert "27 combinations" in dialog.combination_label.text()
    assert dialog.run_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert not dialog.open_button.isEnabled()
    # The poles have no alignment to choose, so they are not offered.
    assert set(dialog.explorable_states()) == set(STATES)


def test_combination_count_follows_the_checks_live(dialog: ExploreDialog) -> None:
    check_item(dialog.state_list, "UZB", False)
    assert "9 combinations" in dialog.combination_label.text()
    check_item(dialog.state_list, "KGZ", False)
    assert "3 combinations" in dialog.combination_label.text()


def test_too_few_objectives_say_so_and_run_nothing(dialog: ExploreDialog, qtbot: QtBot) -> None:
    dialog.set_checked_objectives(["autonomy"])
    assert "at least 2" in dialog.objective_label.text()
    with qtbot.assertNotEmitted(dialog.run_finished, wait=100):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and not dialog.run_button.isEnabled()  # greyed out, the reason shown
    assert "at least 2 objectives" in dialog.inputs.blocked_label.text()
    assert dialog.table_model.rowCount() == 0
    assert dialog.exploration is None


def test_no_state_checked_runs_nothing(dialog: ExploreDialog, qtbot: QtBot) -> None:
    dialog.set_checked_states([])
    assert not dialog.run()
    assert "at least one state" in dialog.status_label.text()


# --- running -----------------------------------------------------------------------------------
def test_run_fills_table_and_chart(dialog: ExploreDialog, qtbot: QtBot) -> None:
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    assert run(dialog, qtbot) == "done"
    assert dialog.exploration is not None
    table = dialog.exploration.table
    assert dialog.table_model.rowCount() == len(table) == 3 ** len(STATES)
    front_x, _ = dialog.chart.front.getData()
    others_x, _ = dialog.chart.others.getData()
    assert len(front_x) == int(table["pareto"].sum()) > 0
    assert len(front_x) + len(others_x) == len(table)
    assert dialog.progress.value() == 100
    assert seen == sorted(seen) and seen[-1] == 100
    assert dialog.run_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert "27 combinations evaluated" in dialog.status_label.text()
    assert dialog._thread is None


def test_table_is_headed_by_the_robust_winners(dialog: ExploreDialog, qtbot: QtBot) -> None:
    run(dialog, qtbot)
    assert dialog.exploration is not None
    wins = dialog.exploration.table["wins"].to_numpy()
    shown = [wins[dialog.table_model.exploration_row(r)] for r in range(len(wins))]
    assert shown == sorted(shown, reverse=True)
    assert abs(sum(wins) - 1.0) < 1e-9
    # The top winner is selected and described.
    top = dialog.table_model.exploration_row(0)
    assert dialog.selected_row == top
    assert f"Combination {top + 1} of 27" in dialog.details.text()
    assert dialog.open_button.isEnabled()


def test_ctrl_return_runs(dialog: ExploreDialog, qtbot: QtBot) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=TIMEOUT)
    with qtbot.waitSignal(dialog.run_finished, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(dialog.state_list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["done"]


def test_only_checked_objectives_are_run(dialog: ExploreDialog, qtbot: QtBot) -> None:
    dialog.set_checked_objectives(["autonomy", "sanctions_exposure"])
    check_item(dialog.state_list, "KGZ", False)
    run(dialog, qtbot)
    assert dialog.exploration is not None
    assert dialog.exploration.objectives == ("sanctions_exposure", "autonomy")
    assert dialog.exploration.states == ("KAZ", "UZB")
    assert dialog.table_model.rowCount() == 9
    assert {dialog.x_combo.currentData(), dialog.y_combo.currentData()} == {
        "sanctions_exposure",
        "autonomy",
    }


def test_cancel_stops_the_run_without_results(dialog: ExploreDialog, qtbot: QtBot) -> None:
    start_slow(dialog, qtbot)
    assert dialog.cancel_button.isEnabled() and not dialog.run_button.isEnabled()
    assert not dialog.state_list.isEnabled()
    with qtbot.waitSignal(dialog.run_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["cancelled"]
    assert "Cancelled" in dialog.status_label.text()
    assert dialog.exploration is None
    assert dialog.table_model.rowCount() == 0
    assert len(dialog.chart.front.getData()[0]) == 0
    assert dialog.run_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.state_list.isEnabled()
    # And a real run afterwards works.
    dialog.run_exploration = api.explore
    assert run(dialog, qtbot) == "done"


def test_escape_cancels_a_run_and_does_not_close(dialog: ExploreDialog, qtbot: QtBot) -> None:
    start_slow(dialog, qtbot)
    with qtbot.waitSignal(dialog.run_finished, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(dialog.state_list, Qt.Key.Key_Escape)
    assert blocker.args == ["cancelled"]
    assert dialog.isVisible()
    # With nothing running, Esc closes as in any dialog.
    qtbot.keyClick(dialog.state_list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_closing_while_running_waits_for_the_thread(dialog: ExploreDialog, qtbot: QtBot) -> None:
    start_slow(dialog, qtbot)
    thread = dialog._thread
    assert thread is not None
    dialog.close()
    assert thread.isFinished()
    assert not dialog.running
    assert dialog.run_button.isEnabled()


def test_a_failing_engine_is_reported(dialog: ExploreDialog, qtbot: QtBot) -> None:
    dialog.run_exploration = failing_explore
    assert run(dialog, qtbot) == "failed"
    assert "engine broke" in dialog.status_label.text()
    assert dialog.run_button.isEnabled()


# --- selecting and opening ---------------------------------------------------------------------
def test_selecting_a_table_row_highlights_its_point(dialog: ExploreDialog, qtbot: QtBot) -> None:
    run(dialog, qtbot)
    view_row = 5
    row = dialog.table_model.exploration_row(view_row)
    rect = dialog.table.visualRect(dialog.table_model.index(view_row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected_row == row
    assert selected_point(dialog) == pytest.approx(row_values(dialog, row))
    assert f"Combination {row + 1} of 27" in dialog.details.text()


def test_selection_follows_sorting(dialog: ExploreDialog, qtbot: QtBot) -> None:
    run(dialog, qtbot)
    header = dialog.table.horizontalHeader()
    column = dialog.table_model.score_column() + 1  # the first objective
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2),
    )
    assert dialog.exploration is not None
    code = dialog.exploration.objectives[0]
    values = dialog.exploration.table[code].to_numpy()
    shown = [values[dialog.table_model.exploration_row(r)] for r in range(len(values))]
    assert shown in (sorted(shown), sorted(shown, reverse=True))
    # The selection stayed on the same combination through the re-sort.
    selected = dialog.table.selectionModel().currentIndex().row()
    assert dialog.table_model.exploration_row(selected) == dialog.selected_row
    dialog.table.selectRow(3)
    assert dialog.selected_row == dialog.table_model.exploration_row(3)


def test_clicking_a_point_selects_its_combination(dialog: ExploreDialog, qtbot: QtBot) -> None:
    run(dialog, qtbot)
    assert dialog.exploration is not None
    efficient = np.flatnonzero(dialog.exploration.table["pareto"].to_numpy(bool))
    target = int(efficient[-1])
    canvas = dialog.chart.canvas
    pos = canvas.mapFromScene(dialog.chart.scene_position(target))
    with qtbot.waitSignal(dialog.chart.row_clicked, timeout=TIMEOUT):
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    # Several combinations may share a point: the one picked is drawn exactly there.
    assert row_values(dialog, dialog.selected_row) == pytest.approx(row_values(dialog, target))
    current = dialog.table.selectionModel().currentIndex().row()
    assert dialog.table_model.exploration_row(current) == dialog.selected_row


def test_choosing_axes_redraws_on_those_objectives(dialog: ExploreDialog, qtbot: QtBot) -> None:
    run(dialog, qtbot)
    assert dialog.exploration is not None
    dialog.x_combo.setCurrentIndex(dialog.x_combo.findData("autonomy"))
    dialog.y_combo.setCurrentIndex(dialog.y_combo.findData("sanctions_exposure"))
    assert (dialog.chart.x_code, dialog.chart.y_code) == ("autonomy", "sanctions_exposure")
    table = dialog.exploration.table
    x, _ = dialog.chart.front.getData()
    assert sorted(x) == pytest.approx(sorted(table.loc[table["pareto"], "autonomy"]))
    # Lower sanctions exposure is better, so its axis runs the other way.
    assert dialog.chart.plot.getViewBox().yInverted()
    assert not dialog.chart.plot.getViewBox().xInverted()
    assert selected_point(dialog) == pytest.approx(row_values(dialog, dialog.selected_row))


def test_open_row_emits_the_combination_as_a_scenario(
    dialog: ExploreDialog, qtbot: QtBot, tiny_world: api.World
) -> None:
    run(dialog, qtbot)
    assert dialog.exploration is not None
    row = 7
    with qtbot.waitSignal(dialog.open_combination, timeout=TIMEOUT) as blocker:
        dialog.open_row(row)
    scenario = blocker.args[0]
    assert isinstance(scenario, api.Scenario)
    record = dialog.exploration.table.iloc[row]
    baseline = dialog.exploration.baseline_alignment
    # Only the states whose choice differs from their baseline alignment are edits.
    assert scenario.alignment_map == {
        s: record[f"alignment_{s}"] for s in STATES if record[f"alignment_{s}"] != baseline[s]
    }
    assert scenario.name.startswith("Explored: KAZ ")
    assert "Combination 8 of 27" in scenario.description
    # The scenario really is that combination: its evaluation gives the row's values.
    evaluation = api.evaluate(tiny_world, scenario)
    for code in dialog.exploration.objectives:
        mean = np.mean([evaluation.value(code, s) for s in STATES])
        assert mean == pytest.approx(float(record[code]))


def test_open_button_opens_the_selected_combination(dialog: ExploreDialog, qtbot: QtBot) -> None:
    run(dialog, qtbot)
    dialog.table.selectRow(2)
    row = dialog.table_model.exploration_row(2)
    with qtbot.waitSignal(dialog.open_combination, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == dialog.combination_scenario(row)


def test_open_in_session_adds_a_new_current_entry(
    dialog: ExploreDialog, qtbot: QtBot, document: ScenarioDocument
) -> None:
    session = ScenarioSession(document)
    dialog.open_combination.connect(lambda scenario: open_in_session(session, scenario))
    run(dialog, qtbot)
    opened = dialog.open_row(3)
    assert len(session.entries) == 2
    assert session.current == 1
    assert document.scenario == opened
    assert session.entry.dirty


def test_a_changed_scenario_marks_the_results_as_stale(
    dialog: ExploreDialog, qtbot: QtBot, document: ScenarioDocument
) -> None:
    run(dialog, qtbot)
    assert document.set_alignment("KAZ", "china-centred")
    assert "scenario changed" in dialog.status_label.text()
    # Opening still builds on the explored base, not the edited scenario.
    assert dialog.request is not None
    assert dialog.request.base != document.scenario
    opened = dialog.combination_scenario(0)
    assert opened.year == dialog.request.base.year


def test_every_focusable_control_has_an_accessible_name(
    dialog: ExploreDialog, qtbot: QtBot
) -> None:
    run(dialog, qtbot)
    unnamed = []
    for widget in dialog.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(dialog):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name):
            unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    assert unnamed == []
