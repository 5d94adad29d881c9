"""What a fresh-eyes review of #14 found in the Explore dialog, driven through its widgets over
the tiny world (explorable: KAZ, KGZ, UZB): a refused condition leaves no old box behind, Run is
greyed out with the reason before any click, and the "Consistent only" filter reaches the chart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regio_desktop.app.explore.dialog import ExploreDialog
from regio_desktop.app.explore.discovery_panel import DiscoveryPanel
from regio_desktop.app.shell.translation import install_translators

TIMEOUT = 10_000
WHERE = "KAZ:autonomy>27 and UZB:autonomy>85"
"""Holds where KAZ and UZB are multi-vector (see test_explore_discovery.py)."""


def run(dialog: ExploreDialog, qtbot: QtBot) -> None:
    with qtbot.waitSignal(dialog.run_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["done"]


def find(panel: DiscoveryPanel, qtbot: QtBot, where: str) -> str:
    panel.condition_edit.setText(where)
    with qtbot.waitSignal(panel.discovery_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    return str(blocker.args[0])


def box_shown(dialog: ExploreDialog, qtbot: QtBot) -> DiscoveryPanel:
    """A run, a box found and its combinations listed on the Combinations tab."""
    run(dialog, qtbot)
    panel = dialog.discovery
    assert find(panel, qtbot, WHERE) == "done"
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert dialog.results.box_only.isChecked() and dialog.table_model.rowCount() < 27
    return panel


def assert_no_box(dialog: ExploreDialog, panel: DiscoveryPanel) -> None:
    assert panel.discovery is None and panel.step == -1
    assert panel.chart.trajectory is None and not len(panel.chart.steps.getData()[0])
    assert panel.box_label.text() == "" and panel.box_table.rowCount() == 0
    assert not panel.show_button.isEnabled()
    box_only = dialog.results.box_only
    assert not box_only.isVisibleTo(dialog) and not box_only.isChecked()
    assert dialog.table_model.rowCount() == 27  # the table lists every combination again


def test_a_condition_with_a_syntax_error_clears_the_last_box(
    dialog: ExploreDialog, qtbot: QtBot
) -> None:
    panel = box_shown(dialog, qtbot)
    panel.condition_edit.setText("KAZ:autonomy>>27")
    qtbot.keyClick(panel.condition_edit, Qt.Key.Key_Return)
    assert "is not ENTITY:INDICATOR" in panel.status_label.text()
    assert_no_box(dialog, panel)


def test_a_condition_that_holds_nowhere_clears_the_last_box(
    dialog: ExploreDialog, qtbot: QtBot
) -> None:
    panel = box_shown(dialog, qtbot)
    assert find(panel, qtbot, "KAZ:autonomy>1000") == "failed"
    assert "holds in none" in panel.status_label.text()
    assert_no_box(dialog, panel)


def test_run_is_greyed_out_with_the_reason_before_any_click(
    dialog: ExploreDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A space beyond what a run evaluates (here: three states over a limit of 9 combinations)
    was refused only after a click on an enabled Run."""
    from regio_desktop.engine import exploration_limits

    monkeypatch.setattr(exploration_limits, "STREAM_LIMIT", 9)
    blocked = dialog.inputs.blocked_label
    dialog.set_checked_states(["KAZ", "KGZ"])
    assert dialog.run_button.isEnabled() and blocked.isHidden()
    dialog.set_checked_states(["KAZ", "KGZ", "UZB"])
    assert not dialog.run_button.isEnabled()
    assert blocked.isVisible() and "27 combinations are more than the 9" in blocked.text()
    assert dialog.run_button.toolTip() == blocked.text()
    dialog.set_checked_objectives(["autonomy"])  # the first reason stays the one shown
    assert "27 combinations are more than the 9" in blocked.text()
    dialog.set_checked_states(["KAZ"])
    assert (
        blocked.text()
        == "Check at least 2 objectives: with fewer there is no trade-off to explore."
    )
    dialog.set_checked_objectives(["autonomy", "sanctions_exposure"])
    assert dialog.run_button.isEnabled() and blocked.isHidden()
    assert "Ctrl+Return" in dialog.run_button.toolTip()
    # While a run goes, Run is off for that reason alone; after it, on again.
    with qtbot.waitSignal(dialog.run_finished, timeout=TIMEOUT):
        assert dialog.run() and not dialog.run_button.isEnabled() and blocked.isHidden()
    assert dialog.run_button.isEnabled()


def test_consistent_only_dims_the_hidden_combinations_on_the_chart(
    dialog: ExploreDialog, qtbot: QtBot
) -> None:
    """ "Consistent only" filtered the table but the chart still drew every combination alike."""
    run(dialog, qtbot)
    check_box, chart = dialog.results.consistent_only, dialog.chart
    qtbot.waitUntil(check_box.isEnabled, timeout=TIMEOUT)
    tension_filter = dialog.discovery.tension_filter
    assert tension_filter is not None and tension_filter.counts is not None
    consistent = tension_filter.counts == 0
    drawn = len(chart.front.getData()[0]) + len(chart.others.getData()[0])
    assert drawn == 27 and not len(chart.hidden.getData()[0])
    qtbot.mouseClick(check_box, Qt.MouseButton.LeftButton)
    drawn = len(chart.front.getData()[0]) + len(chart.others.getData()[0])
    assert drawn == int(consistent.sum()) and len(chart.hidden.getData()[0]) == 27 - drawn
    assert any(s.item is chart.hidden for s, _label in chart.legend.items)
    # A faint point is not picked: a click on it selects nothing.
    hidden_row = int(np.flatnonzero(~consistent)[0])
    assert chart.row_at(chart.scene_position(hidden_row)) in (-1, *np.flatnonzero(consistent))
    # The axes still change on the filtered points.
    dialog.x_combo.setCurrentIndex((dialog.x_combo.currentIndex() + 1) % dialog.x_combo.count())
    assert len(chart.hidden.getData()[0]) == 27 - drawn
    qtbot.mouseClick(check_box, Qt.MouseButton.LeftButton)
    assert len(chart.hidden.getData()[0]) == 0
    assert not any(s.item is chart.hidden for s, _label in chart.legend.items)
    assert "draws them faint" in check_box.toolTip()


@pytest.fixture
def russian() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    translators = install_translators(app, "ru")
    yield
    for translator in translators:
        app.removeTranslator(translator)
    install_translators(app, "en")


def test_russian_numbers_take_the_decimal_comma_everywhere(
    russian: None, dialog: ExploreDialog, qtbot: QtBot
) -> None:
    """ "0.28" in the heat map and "за 0.4 с" in the status line stood beside "50,0" elsewhere."""
    run(dialog, qtbot)
    assert re.search(r"за \d+,\d с", dialog.status_label.text()), dialog.status_label.text()
    drivers = dialog.drivers.model
    cells = [str(drivers.index(r, 0).data()) for r in range(drivers.rowCount())]
    assert cells and all(re.fullmatch(r"\d,\d\d|–", c) for c in cells), cells
    assert "0,25" in dialog.drivers.legend.text() and "0.25" not in dialog.drivers.legend.text()
    model = dialog.table_model
    score = str(model.index(0, model.score_column()).data())
    assert re.fullmatch(r"\d,\d{3}", score), score
    tooltip = str(model.index(0, model.wins_column()).data(Qt.ItemDataRole.ToolTipRole))
    assert re.search(r"\d,\d%", tooltip), tooltip
    assert dialog.chart.plot.getAxis("bottom").tickStrings([32.4, 32.6], 1.0, 0.2) == [
        "32,4",
        "32,6",
    ]
    panel = dialog.discovery
    assert find(panel, qtbot, WHERE) == "done"
    assert "." not in re.sub(r"\.\s|\.$", " ", panel.box_label.text()), panel.box_label.text()
