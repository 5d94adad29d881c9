"""The "Who else moves" tab lists the states and blocs an edit moves besides its own (#13 item 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from regio_desktop.app.common.palette import judgement_colour
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.app.spillovers.panel import CHANGE, ENTITY, INDICATOR, JUDGEMENT
from tests.app.shipped_window import leave_by_double_click, open_shipped_window


@pytest.fixture
def window(app_settings: AppSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    return open_shipped_window(app_settings, qtbot, monkeypatch)


def _shown(window: MainWindow) -> list[list[str]]:
    view = window.spillovers_panel.view
    model = view.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_leaving_the_eaeu_lists_armenia_belarus_and_kyrgyzstan(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert not window.is_built("spillovers")  # a tab behind the indicators, built when shown
    window.docks["spillovers"].raise_()
    qtbot.waitUntil(lambda: window.is_built("spillovers"))
    panel = window.spillovers_panel
    assert _shown(window) == []
    assert panel.caption.text() == "The scenario makes no edit yet."

    leave_by_double_click(window, qtbot, "KAZ", "EAEU")

    rows = _shown(window)
    autonomy = {r[ENTITY]: r for r in rows if r[INDICATOR] == "Autonomy"}
    assert {"Armenia", "Belarus", "Kyrgyzstan"} <= set(autonomy)
    for state in ("Armenia", "Belarus", "Kyrgyzstan"):
        assert autonomy[state][CHANGE].startswith("−") or autonomy[state][CHANGE].startswith("-")
        assert autonomy[state][CHANGE].endswith("index ▼")
        assert autonomy[state][JUDGEMENT] == "▼ worse"
    assert "Kazakhstan" not in {r[ENTITY] for r in rows}
    eaeu = {r[INDICATOR]: r for r in rows if r[ENTITY] == "Eurasian Economic Union"}
    assert eaeu["Full members"][CHANGE].endswith("states") and eaeu["Full members"][JUDGEMENT] == ""
    assert "states and blocs besides the edited states" in panel.caption.text()

    # A higher smallest move drops the smaller moves (Belarus's autonomy moves by about 1.1).
    panel.threshold.setValue(1.5)
    names = {r[ENTITY] for r in _shown(window) if r[INDICATOR] == "Autonomy"}
    assert "Armenia" in names and "Belarus" not in names

    # Double-clicking a state's row selects it everywhere.
    view = panel.view
    row = next(i for i, r in enumerate(_shown(window)) if r[ENTITY] == "Armenia")
    index = view.model().index(row, ENTITY)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.document.selected_state == "ARM"

    window.document.undo_stack.undo()
    assert _shown(window) == []


def test_a_hidden_table_catches_up_when_shown(window: MainWindow, qtbot: QtBot) -> None:
    dock = window.docks["spillovers"]
    dock.raise_()
    qtbot.waitUntil(lambda: window.is_built("spillovers"))
    dock.toggleViewAction().trigger()  # View > Who else moves: the panel is closed
    assert not window.spillovers_panel.isVisible()
    leave_by_double_click(window, qtbot, "KAZ", "EAEU")
    assert _shown(window) == []  # not re-read while nobody sees it
    dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.spillovers_panel.isVisible())
    assert "Armenia" in {r[ENTITY] for r in _shown(window)}


def test_changes_are_coloured_by_the_one_rule_and_fit_the_dock(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.docks["spillovers"].raise_()
    qtbot.waitUntil(lambda: window.is_built("spillovers"))
    leave_by_double_click(window, qtbot, "KAZ", "EAEU")
    view = window.spillovers_panel.view
    model = view.model()
    rows = _shown(window)
    worse = next(i for i, r in enumerate(rows) if r[JUDGEMENT] == "▼ worse")
    for column in (CHANGE, JUDGEMENT):
        brush = model.index(worse, column).data(Qt.ItemDataRole.ForegroundRole)
        assert brush.color() == judgement_colour("worse")
    assert model.index(worse, CHANGE).data(Qt.ItemDataRole.FontRole).bold()
    bloc = next(i for i, r in enumerate(rows) if r[ENTITY] == "Eurasian Economic Union")
    assert model.index(bloc, CHANGE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert not rows[bloc][CHANGE].endswith(("▲", "▼"))
    # At the dock's first-start width the change and its judgement are in view, names elided.
    viewport = view.viewport().rect()
    for column in (ENTITY, INDICATOR, CHANGE, JUDGEMENT):
        rect = view.visualRect(model.index(worse, column))
        assert viewport.contains(rect), (column, rect, viewport)
    assert view.horizontalHeader().sectionSize(CHANGE) >= view.sizeHintForColumn(CHANGE)
