"""Explore's Drivers tab through the widgets: after a run, factors by objectives, each cell the
share ``api.drivers`` gives for that choice, total or first-order as the analyst picks.

Over the tiny world (explorable: KAZ, KGZ, UZB), real worker thread.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.explore.dialog import ExploreDialog

STATES = ("KAZ", "KGZ", "UZB")
TIMEOUT = 10_000


def run(dialog: ExploreDialog, qtbot: QtBot) -> None:
    with qtbot.waitSignal(dialog.run_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "done"


def open_drivers_tab(dialog: ExploreDialog, qtbot: QtBot) -> None:
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(dialog.results.drivers_tab).center()
    )
    assert dialog.tabs.currentWidget() is dialog.drivers


def test_drivers_tab_is_empty_until_a_run(dialog: ExploreDialog, qtbot: QtBot) -> None:
    open_drivers_tab(dialog, qtbot)
    assert dialog.drivers.model.rowCount() == 0
    assert "Run an exploration" in dialog.drivers.legend.text()


def test_a_cell_is_the_share_api_drivers_gives(
    dialog: ExploreDialog, qtbot: QtBot, document: ScenarioDocument
) -> None:
    dialog.set_checked_states(STATES)
    dialog.set_checked_objectives(["autonomy", "diversification"])
    dialog.inputs.options.set_aggregation("KAZ")  # judged on Kazakhstan alone, as drivers asks
    run(dialog, qtbot)
    open_drivers_tab(dialog, qtbot)
    model = dialog.drivers.model
    assert model.factors == list(STATES)
    assert model.objectives == ["autonomy", "diversification"]
    found = api.drivers(document.world, document.scenario, STATES, "autonomy", "KAZ")
    expected = found.shares.set_index("factor")
    row, column = model.factors.index("KAZ"), model.objectives.index("autonomy")
    index = model.index(row, column)
    assert model.data(index, Qt.ItemDataRole.UserRole) == pytest.approx(
        expected.loc["KAZ", "total"]
    )
    assert model.data(index) == f"{expected.loc['KAZ', 'total']:.2f}"
    tooltip = str(model.data(index, Qt.ItemDataRole.ToolTipRole))
    assert document.name("KAZ") in tooltip and "First-order share" in tooltip
    assert "matters more" in dialog.drivers.legend.text()
    # A state's own indicator depends on its own choice only: the others have no share.
    other = model.index(model.factors.index("KGZ"), column)
    assert model.data(other, Qt.ItemDataRole.UserRole) == 0.0

    qtbot.mouseClick(dialog.drivers.first_button, Qt.MouseButton.LeftButton)
    assert model.kind == "first_order"
    assert model.data(index, Qt.ItemDataRole.UserRole) == pytest.approx(
        expected.loc["KAZ", "first_order"]
    )
    assert "first-order share" in dialog.drivers.legend.text()


def test_a_new_run_clears_and_refills_the_drivers(dialog: ExploreDialog, qtbot: QtBot) -> None:
    run(dialog, qtbot)
    first = dialog.drivers.model.rowCount()
    assert first == len(dialog.checked_states())
    dialog.set_checked_states(STATES[:2])
    run(dialog, qtbot)
    assert dialog.drivers.model.rowCount() == 2


def test_each_objectives_header_says_how_far_it_moves(dialog: ExploreDialog, qtbot: QtBot) -> None:
    """A share says which choice explains an objective's variance, not how large it is: the
    column header's tooltip gives the spread in the objective's unit, and a constant objective's
    says why its cells show –."""
    dialog.set_checked_states(STATES)
    dialog.set_checked_objectives(["autonomy", "market_access"])
    run(dialog, qtbot)
    open_drivers_tab(dialog, qtbot)
    model = dialog.drivers.model
    assert model.exploration is not None
    spreads = api.exploration_spreads(model.exploration)
    tip = Qt.ItemDataRole.ToolTipRole
    varying = model.objectives.index("autonomy")
    text = str(model.headerData(varying, Qt.Orientation.Horizontal, tip))
    width = spreads["autonomy"].width
    assert text.startswith("Autonomy: spread ") and "(index 0–100)" in text
    assert f"spread {width:.2f}" in text or f"spread {width:.1f}" in text
    constant = model.objectives.index("market_access")
    assert spreads["market_access"].constant
    text = str(model.headerData(constant, Qt.Orientation.Horizontal, tip))
    assert "in every combination: no choice moves it" in text and "shows –" in text
    assert model.data(model.index(0, constant)) == "–"
    assert "small spread" in dialog.drivers.legend.text()
