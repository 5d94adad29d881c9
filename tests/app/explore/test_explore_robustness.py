"""Explore's test of the front against the estimates: after the run, each combination's share of
draws in which it stays Pareto-efficient, in an "On the front" column."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.explore import run_options
from regio_desktop.app.explore.dialog import ExploreDialog
from regio_desktop.app.explore.table import share_text

TIMEOUT = 60_000


def _run(dialog: ExploreDialog, qtbot: QtBot) -> api.Exploration:
    percents: list[int] = []
    dialog.progress.valueChanged.connect(percents.append)
    with qtbot.waitSignal(dialog.run_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "done" and dialog.exploration is not None
    assert percents[-1] == 100
    return dialog.exploration


def test_the_front_is_tested_against_the_estimates_when_asked(
    dialog: ExploreDialog,
    qtbot: QtBot,
    document: ScenarioDocument,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain = _run(dialog, qtbot)
    assert "pareto_share" not in plain.table
    plain_status = dialog.status_label.text()
    headers = [
        dialog.table_model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(dialog.table_model.columnCount())
    ]
    assert "On the front" not in headers

    monkeypatch.setattr(run_options, "ROBUSTNESS_DRAWS", 40)
    dialog.inputs.options.robust_check.setChecked(True)
    exploration = _run(dialog, qtbot)
    model = dialog.table_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("On the front")
    assert column == model.score_column() + 1  # after Efficient, Ranks first and Score
    expected = api.pareto_frequency(
        document.world, document.scenario, exploration, draws=40, seed=0
    )
    np.testing.assert_array_equal(exploration.table["pareto_share"], expected)
    # The status line gives the draws' share of the time apart from the exploration's.
    status = dialog.status_label.text()
    assert "combinations evaluated in" in status
    assert "front tested against 40 draws of the estimates in" in status
    assert "combinations evaluated in" in plain_status and "draws" not in plain_status
    for view_row in range(model.rowCount()):
        row = model.exploration_row(view_row)
        assert model.data(model.index(view_row, column)) == share_text(expected[row])
    # The objectives still follow, one column each.
    assert headers[column + 1] == model.headerData(column + 1, Qt.Orientation.Horizontal)
    assert model._column_key(column + 1) == exploration.objectives[0]
    assert model.data(model.index(0, column + 1)) != model.data(model.index(0, column))

    dialog.select_row(0)
    share = share_text(expected[0]) if expected[0] else "0%"
    assert f"on the front in {share} of the draws of the estimates" in dialog.details.text()


def test_on_the_front_is_shown_beside_efficient_before_the_choices(
    dialog: ExploreDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fresh-eyes review: after five states and a toggle the column was off a 1280-pixel
    screen, its header cut to "On th"; the view now leads with the judgements (the model
    keeps its columns), and keeps doing so when the tension column comes and a filter applies."""
    dialog.inputs.toggle_picker.add_toggle("KAZ", "CSTO")
    monkeypatch.setattr(run_options, "ROBUSTNESS_DRAWS", 20)
    dialog.inputs.options.robust_check.setChecked(True)
    _run(dialog, qtbot)
    model, header = dialog.table_model, dialog.table.horizontalHeader()

    def shown() -> list[str]:
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in logical]

    lead = ["Efficient", "On the front", "Ranks first", "Score", "KAZ", "KGZ", "UZB", "KAZ:CSTO"]
    assert shown()[: len(lead)] == lead
    front = header.logicalIndex(1)
    width = dialog.table.fontMetrics().horizontalAdvance("On the front")
    assert header.sectionSize(front) >= width and header.sectionViewportPosition(front) < 300
    check_box = dialog.results.consistent_only
    qtbot.waitUntil(check_box.isEnabled, timeout=TIMEOUT)
    check_box.setChecked(True)
    assert shown()[: len(lead)] == lead and shown()[-1] == "Tensions"
