"""The Explore dialog says how it judges: the aggregation chosen, West-oriented on request,
constant objectives greyed and left out, and an opened combination with its true edit count.

Driven through the widgets over the tiny world (explorable: KAZ, KGZ, UZB), real worker thread.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import indicator_title
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.documents.scenario_session import ScenarioSession
from regio_desktop.app.explore import inputs_panel
from regio_desktop.app.explore.dialog import ExploreDialog, open_in_session
from regio_desktop.app.explore.table import CONSTANT_COLOUR

STATES = ("KAZ", "KGZ", "UZB")
TIMEOUT = 10_000


def run(dialog: ExploreDialog, qtbot: QtBot) -> api.Exploration:
    with qtbot.waitSignal(dialog.run_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "done"
    assert dialog.exploration is not None
    return dialog.exploration


def choose(combo: QComboBox, data: str) -> None:
    """Pick an entry as a user would: open the combo's list and activate that entry."""
    index = combo.findData(data)
    assert index >= 0, f"{data} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def offered(combo: QComboBox) -> list[str]:
    return [str(combo.itemData(i)) for i in range(combo.count())]


def test_mean_is_the_default_and_is_said(dialog: ExploreDialog, qtbot: QtBot) -> None:
    combo = dialog.inputs.options.aggregate_combo
    assert offered(combo) == ["mean", "worst", *STATES]
    assert combo.currentData() == "mean"
    exploration = run(dialog, qtbot)
    assert exploration.aggregation == api.Aggregation("mean")
    assert "mean over 3 states: KAZ, KGZ, UZB" in dialog.method_label.text()


def test_worst_state_is_used_and_said(
    dialog: ExploreDialog, qtbot: QtBot, document: ScenarioDocument
) -> None:
    choose(dialog.inputs.options.aggregate_combo, "worst")
    exploration = run(dialog, qtbot)
    assert exploration.aggregation.kind == "worst"
    assert "fares worst" in dialog.method_label.text()
    record = exploration.table.iloc[4]
    evaluation = api.evaluate(document.world, exploration.scenario(dialog.request.base, 4))  # type: ignore[union-attr]
    assert float(record["autonomy"]) == pytest.approx(
        min(evaluation.value("autonomy", s) for s in STATES)
    )
    # The current scenario's own point is judged the same way.
    assert dialog.current_values["sanctions_exposure"] == max(
        document.evaluation.value("sanctions_exposure", s) for s in STATES
    )


def test_one_state_is_offered_while_checked(dialog: ExploreDialog, qtbot: QtBot) -> None:
    combo = dialog.inputs.options.aggregate_combo
    choose(combo, "KGZ")
    item = next(
        dialog.state_list.item(i)
        for i in range(dialog.state_list.count())
        if dialog.state_list.item(i).data(Qt.ItemDataRole.UserRole) == "KGZ"
    )
    item.setCheckState(Qt.CheckState.Unchecked)
    assert "KGZ" not in offered(combo)
    assert combo.currentData() == "mean"  # the choice cannot stay on a state not explored
    item.setCheckState(Qt.CheckState.Checked)
    choose(combo, "KGZ")
    exploration = run(dialog, qtbot)
    assert exploration.aggregation == api.Aggregation("state", "KGZ")
    assert "alone" in dialog.method_label.text()


def test_west_oriented_is_tried_when_checked(
    dialog: ExploreDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    west = dialog.inputs.options.west_check
    assert not west.isChecked()
    assert "27 combinations" in dialog.combination_label.text()
    qtbot.mouseClick(west, Qt.MouseButton.LeftButton)
    assert west.isChecked()
    assert "64 combinations (4^3)" in dialog.combination_label.text()
    exploration = run(dialog, qtbot)
    assert len(exploration.table) == 64
    assert "west-oriented" in set(exploration.table["alignment_KAZ"])
    assert "West-oriented was tried" in dialog.method_label.text()
    # Four choices per state reach the scatter's limit sooner: the run would stream.
    monkeypatch.setattr(inputs_panel, "MAX_COMBINATIONS", 27)
    dialog.inputs.update_counts()
    assert "64 combinations (4^3)\nMore than 27: streamed" in dialog.combination_label.text()
    qtbot.mouseClick(west, Qt.MouseButton.LeftButton)
    assert "27 combinations" in dialog.combination_label.text()
    assert "streamed" not in dialog.combination_label.text()


def test_constant_objectives_are_greyed_and_left_out(dialog: ExploreDialog, qtbot: QtBot) -> None:
    exploration = run(dialog, qtbot)
    # Market access depends on memberships only: no alignment choice moves it.
    assert "market_access" in exploration.constant
    title = indicator_title("market_access")
    assert title in dialog.method_label.text()
    assert "left out of the Pareto front" in dialog.method_label.text()
    model = dialog.table_model
    column = model.score_column() + 1 + exploration.objectives.index("market_access")
    header = model.headerData(column, Qt.Orientation.Horizontal)
    assert header == f"{title} (constant)"
    assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole) == (
        CONSTANT_COLOUR
    )
    assert model.data(model.index(0, column), Qt.ItemDataRole.ForegroundRole) == CONSTANT_COLOUR
    moving = model.score_column() + 1 + exploration.objectives.index("autonomy")
    assert model.data(model.index(0, moving), Qt.ItemDataRole.ForegroundRole) is None
    # Neither axis starts on a constant objective; in the combos they are marked.
    assert dialog.chart.x_code not in exploration.constant
    assert dialog.chart.y_code not in exploration.constant
    index = dialog.x_combo.findData("market_access")
    assert dialog.x_combo.itemText(index) == f"{title} (constant)"


def test_opened_combination_counts_one_edit_per_changed_state(
    dialog: ExploreDialog, qtbot: QtBot, document: ScenarioDocument
) -> None:
    session = ScenarioSession(document)
    dialog.open_combination.connect(lambda scenario: open_in_session(session, scenario))
    exploration = run(dialog, qtbot)
    baseline = exploration.baseline_alignment
    table = exploration.table
    changed = sum((table[f"alignment_{s}"] != baseline[s]).astype(int) for s in STATES).to_numpy()
    row = int(list(changed).index(1))  # one state differs from its baseline alignment
    dialog.select_row(row)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert session.current == 1
    assert document.edit_count == 1
    assert len(document.scenario.alignments) == 1
