"""Explore's weight sliders through the widgets: a drag re-ranks the table by the analyst's own
weighting, marks the best on the front and selects it; Robust winners first goes back.

Over the tiny world (explorable: KAZ, KGZ, UZB), real worker thread; the expected order comes
from the core's ``api.weighted_rank``, the rule the sliders apply.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.explore.dialog import ExploreDialog
from regio_desktop.app.explore.table import default_order

STATES = ("KAZ", "KGZ", "UZB")
OBJECTIVES = ("autonomy", "transit_connectivity", "security_coverage")
"""Security coverage depends on memberships only: constant here, so it gets no slider."""
TIMEOUT = 10_000


def run(dialog: ExploreDialog, qtbot: QtBot) -> api.Exploration:
    dialog.set_checked_states(STATES)
    dialog.set_checked_objectives(OBJECTIVES)
    with qtbot.waitSignal(dialog.run_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "done"
    assert dialog.exploration is not None
    return dialog.exploration


def expected_top(exploration: api.Exploration, weights: dict[str, float]) -> int:
    values = exploration.table[list(exploration.objectives)].to_numpy(float)
    signs = api.objective_signs(exploration.objectives)
    w = np.array([weights.get(code, 0.0) for code in exploration.objectives])
    return int(api.weighted_rank(values, signs, w, top=1)[0])


def top_row(dialog: ExploreDialog) -> int:
    return dialog.table_model.exploration_row(0)


def test_one_slider_per_moving_objective(dialog: ExploreDialog, qtbot: QtBot) -> None:
    assert dialog.weights.sliders == {}
    exploration = run(dialog, qtbot)
    assert list(dialog.weights.sliders) == list(exploration.compared)
    assert "security_coverage" in exploration.constant
    assert "security_coverage" not in dialog.weights.sliders
    assert all(s.value() == 50 for s in dialog.weights.sliders.values())
    score = dialog.table_model.headerData(
        dialog.table_model.score_column(), Qt.Orientation.Horizontal
    )
    assert score == "Score"


def test_dragging_a_weight_re_ranks_the_table_and_the_front(
    dialog: ExploreDialog, qtbot: QtBot
) -> None:
    exploration = run(dialog, qtbot)
    robust = top_row(dialog)
    sliders = dialog.weights.sliders
    # All on autonomy: the most autonomous combination heads the table.
    for code in sliders:
        sliders[code].setValue(0)
    sliders["autonomy"].setValue(100)
    best = expected_top(exploration, {"autonomy": 100})
    assert top_row(dialog) == best
    autonomy = exploration.table["autonomy"].to_numpy()
    assert autonomy[best] == autonomy.max()
    assert dialog.selected_row == best
    marked_x, _ = dialog.chart.ranked.getData()
    assert len(marked_x) >= 1
    assert dialog.chart.ranked_rows[0] == best
    # Now all on transit: the head changes to the best connected combination.
    sliders["autonomy"].setValue(0)
    sliders["transit_connectivity"].setValue(100)
    connected = expected_top(exploration, {"transit_connectivity": 100})
    assert top_row(dialog) == connected
    transit = exploration.table["transit_connectivity"].to_numpy()
    assert transit[connected] == transit.max()
    assert connected != best
    score_index = dialog.table_model.index(0, dialog.table_model.score_column())
    assert dialog.table_model.data(score_index) == "1.000"
    assert dialog.weights.value_labels["transit_connectivity"].text() == "100"
    # Back to the robust winners.
    qtbot.mouseClick(dialog.weights.reset_button, Qt.MouseButton.LeftButton)
    assert top_row(dialog) == robust == int(default_order(exploration)[0])
    assert all(s.value() == 50 for s in sliders.values())
    assert len(dialog.chart.ranked.getData()[0]) == 0


def test_a_drag_keeps_every_combination_in_the_table(dialog: ExploreDialog, qtbot: QtBot) -> None:
    exploration = run(dialog, qtbot)
    dialog.weights.set_weight("transit_connectivity", 90)
    order = [dialog.table_model.exploration_row(r) for r in range(dialog.table_model.rowCount())]
    assert sorted(order) == list(range(len(exploration.table)))


def test_while_dragging_the_selection_waits_for_the_release(
    dialog: ExploreDialog, qtbot: QtBot
) -> None:
    exploration = run(dialog, qtbot)
    slider = dialog.weights.sliders["transit_connectivity"]
    for other in dialog.weights.sliders.values():
        other.setValue(0)  # no weight: table order, the first combination selected
    slider.setSliderDown(True)  # the mouse holds it
    before = dialog.selected_row
    reorders: list[bool] = []
    dialog.table_model.layoutChanged.connect(lambda *_: reorders.append(True))
    for value in (40, 70, 100):  # three moves queued before the dialog gets to them
        slider.setValue(value)
    best = expected_top(exploration, {"transit_connectivity": 100})
    qtbot.waitUntil(lambda: top_row(dialog) == best)  # the table follows the drag at once
    assert len(reorders) == 1  # coalesced: one re-ranking for the three moves
    assert dialog.selected_row == before  # the details wait
    assert best != before
    with qtbot.waitSignal(dialog.weights.drag_finished, timeout=TIMEOUT):
        slider.setSliderDown(False)  # let go
    assert dialog.selected_row == best
