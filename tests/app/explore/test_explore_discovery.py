"""The Discover tab and the "Consistent only" filter of the Explore dialog, through their widgets,
over the tiny world (explorable: KAZ, KGZ, UZB)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.explore.dialog import ExploreDialog
from regio_desktop.app.explore.discovery_panel import DiscoveryPanel

TIMEOUT = 10_000
WHERE = "KAZ:autonomy>27 and UZB:autonomy>85"
"""Multi-vector gives both more autonomy in the tiny world: the box is KAZ and UZB multi-vector."""


def run(dialog: ExploreDialog, qtbot: QtBot) -> None:
    with qtbot.waitSignal(dialog.run_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["done"]


def find(panel: DiscoveryPanel, qtbot: QtBot, where: str) -> str:
    panel.condition_edit.setText(where)
    with qtbot.waitSignal(panel.discovery_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    return str(blocker.args[0])


def test_discover_is_a_tab_that_needs_a_run_first(dialog: ExploreDialog, qtbot: QtBot) -> None:
    panel = dialog.discovery
    assert panel.tabs is not None and panel.tabs.indexOf(panel) == 1
    assert panel.tabs.indexOf(dialog.results) == 0
    assert not panel.find_button.isEnabled()
    assert "Run an exploration first" in panel.status_label.text()
    run(dialog, qtbot)
    assert panel.find_button.isEnabled() and panel.exploration is dialog.exploration
    # The condition can be built from the explored states' names and their indicators.
    assert [panel.entity_combo.itemData(i) for i in range(3)] == ["KAZ", "KGZ", "UZB"]


def test_the_boxes_are_found_drawn_and_the_chosen_one_listed(
    dialog: ExploreDialog, qtbot: QtBot
) -> None:
    run(dialog, qtbot)
    panel = dialog.discovery
    panel.tabs.setCurrentWidget(panel)  # type: ignore[union-attr]
    assert find(panel, qtbot, WHERE) == "done"
    assert dialog.exploration is not None and dialog.request is not None
    expected = api.discover_in(
        dialog.request.world,
        dialog.request.base,
        dialog.exploration,
        api.parse_where(dialog.request.world, WHERE),
    ).trajectory
    assert panel.discovery is not None and panel.discovery.trajectory == expected
    x, y = panel.chart.steps.getData()
    assert list(x) == pytest.approx([s.coverage * 100 for s in expected.steps])
    assert list(y) == pytest.approx([s.density * 100 for s in expected.steps])
    chosen = expected.chosen_step()
    assert panel.step == chosen == len(expected.steps) - 1
    assert dict(expected.steps[chosen].restrictions) == {
        "KAZ": ("multi-vector",),
        "UZB": ("multi-vector",),
    }
    rows = {
        panel.box_table.item(r, 0).text(): panel.box_table.item(r, 1).text()
        for r in range(panel.box_table.rowCount())
    }
    assert rows == {
        "Kazakhstan: alignment": "Multi-vector",
        "Uzbekistan: alignment": "Multi-vector",
        "Kyrgyzstan: alignment": "any",
    }
    assert "density 100%" in panel.box_label.text() and "coverage" in panel.box_label.text()
    assert "holds in 3 of 27 combinations" in panel.status_label.text()


def test_clicking_a_step_or_the_box_spin_picks_that_box(
    dialog: ExploreDialog, qtbot: QtBot
) -> None:
    run(dialog, qtbot)
    panel = dialog.discovery
    panel.tabs.setCurrentWidget(panel)  # type: ignore[union-attr]
    find(panel, qtbot, WHERE)
    qtbot.waitExposed(panel.chart.canvas)
    canvas = panel.chart.canvas
    pos = canvas.mapFromScene(panel.chart.scene_position(0))
    with qtbot.waitSignal(panel.chart.step_clicked, timeout=TIMEOUT):
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert panel.step == 0 and panel.step_spin.value() == 0
    assert panel.discovery is not None
    count = len(panel.discovery.trajectory.steps)
    assert panel.box_label.text().startswith(f"Box 0 of the {count} on the trajectory")
    assert all(
        panel.box_table.item(r, 1).text() == "any" for r in range(panel.box_table.rowCount())
    )
    x, y = panel.chart.selected.getData()
    assert (x[0], y[0]) == pytest.approx((100.0, 100 * 3 / 27))
    panel.step_spin.setValue(1)
    assert panel.step == 1 and panel.box_label.text().startswith("Box 1 of")


def test_a_wrong_condition_is_said_inline_and_nothing_runs(
    dialog: ExploreDialog, qtbot: QtBot
) -> None:
    run(dialog, qtbot)
    panel = dialog.discovery
    panel.condition_edit.setText("KAZ:autonomy=27 and XXX:autonomy>1")
    with qtbot.assertNotEmitted(panel.discovery_finished, wait=100):
        assert not panel.find_boxes()
    lines = panel.status_label.text().splitlines()
    assert lines[0].startswith("“KAZ:autonomy=27” is not ENTITY:INDICATOR")
    assert lines[1] == "“XXX” is not a state code, a bloc code or “region”."
    assert find(panel, qtbot, "KAZ:autonomy>1000") == "failed"
    assert "holds in none of the 27 combinations" in panel.status_label.text()


def test_the_builder_adds_parts_joined_by_and(dialog: ExploreDialog, qtbot: QtBot) -> None:
    run(dialog, qtbot)
    panel = dialog.discovery
    panel.entity_combo.setCurrentIndex(panel.entity_combo.findData("KAZ"))
    panel.indicator_combo.setCurrentIndex(panel.indicator_combo.findData("autonomy"))
    panel.op_combo.setCurrentText(">")
    panel.value_spin.setValue(27)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.unit_label.text() == "index 0–100, ↑ higher is better"
    panel.entity_combo.setCurrentIndex(panel.entity_combo.findData("UZB"))
    panel.indicator_combo.setCurrentIndex(panel.indicator_combo.findData("autonomy"))
    panel.value_spin.setValue(85)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.condition_edit.text() == WHERE
    # A bloc offers the bloc indicators only.
    panel.entity_combo.setCurrentIndex(panel.entity_combo.findData("EAEU"))
    codes = {panel.indicator_combo.itemData(i) for i in range(panel.indicator_combo.count())}
    assert codes == {i.code for i in api.INDICATORS if i.level == "bloc"}
    assert find(panel, qtbot, WHERE) == "done"


def test_consistent_only_hides_every_combination_with_a_tension(
    dialog: ExploreDialog, qtbot: QtBot
) -> None:
    run(dialog, qtbot)
    check_box, model = dialog.results.consistent_only, dialog.table_model
    qtbot.waitUntil(check_box.isEnabled, timeout=TIMEOUT)
    assert dialog.exploration is not None and dialog.request is not None
    counts = api.tension_counts(dialog.request.world, dialog.request.base, dialog.exploration)
    assert 0 < int((counts == 0).sum()) < len(counts)
    last = model.columnCount() - 1
    assert model.headerData(last, Qt.Orientation.Horizontal) == "Tensions"
    shown = [int(model.index(r, last).data()) for r in range(model.rowCount())]
    assert shown == [counts[model.exploration_row(r)] for r in range(model.rowCount())]
    consistent = int((counts == 0).sum())
    assert dialog.results.tension_label.text() == f"{consistent} of 27 consistent"
    qtbot.mouseClick(check_box, Qt.MouseButton.LeftButton)
    assert check_box.isChecked() and model.rowCount() == consistent
    rows = [model.exploration_row(r) for r in range(model.rowCount())]
    assert all(counts[row] == 0 for row in rows)
    # The selection stays on a combination still shown, in the table and the details.
    assert dialog.selected_row in rows
    current = dialog.table.selectionModel().currentIndex().row()
    assert model.exploration_row(current) == dialog.selected_row
    # Sorting by tensions keeps the filter.
    dialog.table.sortByColumn(last, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == consistent
    qtbot.mouseClick(check_box, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 27
    shown = [int(model.index(r, last).data()) for r in range(model.rowCount())]
    assert shown == sorted(shown, reverse=True)
    assert np.array_equal(np.sort(shown), np.sort(counts))


def test_a_new_run_drops_the_old_counts_and_boxes(dialog: ExploreDialog, qtbot: QtBot) -> None:
    run(dialog, qtbot)
    panel = dialog.discovery
    qtbot.waitUntil(dialog.results.consistent_only.isEnabled, timeout=TIMEOUT)
    find(panel, qtbot, WHERE)
    dialog.set_checked_states(["KAZ", "UZB"])
    run(dialog, qtbot)
    assert panel.discovery is None and panel.step == -1
    assert panel.box_table.rowCount() == 0
    qtbot.waitUntil(dialog.results.consistent_only.isEnabled, timeout=TIMEOUT)
    assert dialog.results.tension_label.text().endswith("of 9 consistent")


def test_a_box_can_restrict_a_membership_toggle(dialog: ExploreDialog, qtbot: QtBot) -> None:
    """Leaving the CSTO frees Kazakhstan's autonomy in the tiny world: above 36 it holds exactly
    where Kazakhstan leaves, whatever the alignments."""
    assert dialog.inputs.toggle_picker.add_toggle("KAZ", "CSTO")
    run(dialog, qtbot)
    panel = dialog.discovery
    assert find(panel, qtbot, "KAZ:autonomy>36") == "done"
    assert panel.discovery is not None
    last = panel.discovery.trajectory.steps[-1]
    assert dict(last.restrictions) == {"KAZ:CSTO": ("leave",)}
    assert last.density == 1.0 and last.coverage == 1.0
    rows = {
        panel.box_table.item(r, 0).text(): panel.box_table.item(r, 1).text()
        for r in range(panel.box_table.rowCount())
    }
    assert rows["Kazakhstan in CSTO"] == "leaves"
    assert rows["Kazakhstan: alignment"] == "any"


def test_a_boxs_combinations_can_be_listed_on_the_combinations_tab(
    dialog: ExploreDialog, qtbot: QtBot
) -> None:
    run(dialog, qtbot)
    panel, model = dialog.discovery, dialog.table_model
    box_only = dialog.results.box_only
    assert not box_only.isVisibleTo(dialog)
    panel.tabs.setCurrentWidget(panel)  # type: ignore[union-attr]
    find(panel, qtbot, WHERE)
    assert dialog.exploration is not None and panel.discovery is not None
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert panel.tabs.currentIndex() == 0  # type: ignore[union-attr]
    assert box_only.isVisibleTo(dialog) and box_only.isChecked()
    assert box_only.text() == f"Only bo&x {panel.step}"
    table = dialog.exploration.table
    shown = {model.exploration_row(r) for r in range(model.rowCount())}
    expected = set(
        table.index[
            (table["alignment_KAZ"] == "multi-vector") & (table["alignment_UZB"] == "multi-vector")
        ]
    )
    assert shown == expected and dialog.selected_row in shown
    # Picking another box while the table shows a box follows it.
    panel.step_spin.setValue(0)
    assert model.rowCount() == 27 and box_only.text() == "Only bo&x 0"
    panel.step_spin.setValue(len(panel.discovery.trajectory.steps) - 1)
    assert model.rowCount() == len(expected)
    # With Consistent only too, both filters hold.
    qtbot.waitUntil(dialog.results.consistent_only.isEnabled, timeout=TIMEOUT)
    dialog.results.consistent_only.setChecked(True)
    assert panel.tension_filter is not None and panel.tension_filter.counts is not None
    counts = panel.tension_filter.counts
    both = {row for row in expected if counts[row] == 0}
    assert {model.exploration_row(r) for r in range(model.rowCount())} == both
    box_only.setChecked(False)
    assert model.rowCount() == int((counts == 0).sum())


def test_the_builders_number_starts_at_the_scenarios_figure(
    dialog: ExploreDialog, qtbot: QtBot
) -> None:
    """Not a fixed 50: market access is a share of world GDP of a few per cent."""
    run(dialog, qtbot)
    panel = dialog.discovery
    evaluation = dialog.document.evaluation
    for entity, code in (("KAZ", "market_access"), ("UZB", "autonomy"), ("EAEU", "bloc_gdp")):
        panel.entity_combo.setCurrentIndex(panel.entity_combo.findData(entity))
        panel.indicator_combo.setCurrentIndex(panel.indicator_combo.findData(code))
        expected = round(evaluation.value(code, entity), 1)
        assert panel.value_spin.value() == pytest.approx(expected), (entity, code)
    assert panel.value_spin.value() != 50.0
