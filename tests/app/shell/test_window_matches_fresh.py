"""After a run of edits, undos and redos, each view shows exactly what a freshly opened window on
the same scenario shows: updating from ``ScenarioChanges`` never drifts from a full re-read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import (
    SHOW_ALL_STATES,
    SHOW_BLOCS,
    SHOW_REGION,
    SHOW_SELECTED,
)
from regio_desktop.app.shell.launch import open_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.app.workbench.indicator_table import SortRole
from regio_desktop.app.workbench.membership_matrix import EditedRole, StatusRole
from regio_desktop.app.workbench.scenario_list_panel import ScenarioListModel


def _build_lazy_panels(window: MainWindow) -> None:
    """The tabbed panels are built on first use: build them before the edits."""
    for chart in window.charts.charts:
        window.charts.tabs.setCurrentWidget(chart)
        chart.ensure_current()
    assert window.blocs_panel is not None


def _shown(window: MainWindow) -> dict[str, object]:
    """What every view of ``window`` shows, as plain values."""
    shown: dict[str, object] = {}
    panel = window.indicator_panel
    for mode in (SHOW_SELECTED, SHOW_ALL_STATES, SHOW_BLOCS, SHOW_REGION):
        panel.mode.setCurrentIndex(panel.mode.findData(mode))
        model = panel.model
        shown[f"indicators {mode}"] = [
            tuple(
                model.index(r, c).data(role)
                for c in range(5)
                for role in (Qt.ItemDataRole.DisplayRole, SortRole)
            )
            for r in range(model.rowCount())
        ]
    panel.mode.setCurrentIndex(panel.mode.findData(SHOW_SELECTED))
    shown["indicator caption"] = panel.caption.text()
    alignment = window.alignment_panel
    shown["alignments"] = {
        state: (combo.currentText(), combo.font().bold(), alignment._baselines[state].text())
        for state, combo in alignment.combos.items()
    }
    shown["arguments"] = window.arguments_panel.toPlainText()
    shown["warnings"] = list(window.warnings_panel.warnings_model.entries)
    matrix = window.matrix.model()
    shown["matrix"] = [
        tuple(matrix.index(r, c).data(role) for role in (StatusRole, EditedRole))
        for r in range(matrix.rowCount())
        for c in range(matrix.columnCount())
    ]
    charts = window.charts
    for chart in charts.charts:
        charts.tabs.setCurrentWidget(chart)
        chart.ensure_current()
    shown["bars"] = charts.baseline_bars.rows.to_dict("list")
    shown["bar labels"] = {
        code: (label.textItem.toPlainText(), label.pos())
        for code, label in charts.baseline_bars.delta_labels.items()
    }
    shown["profile"] = charts.state_profile.profile.to_dict("list")
    shown["bloc bars"] = charts.bloc_indicators.rows.to_dict("list")
    shown["timeline"] = (
        charts.timeline.sizes.to_dict("list"),
        charts.timeline.spans.to_dict("list"),
    )
    shown["blocs"] = window.blocs_panel.diagram
    shown["blocs caption"] = window.blocs_panel.caption.text()
    return shown


def _edit_and_undo(window: MainWindow) -> None:
    doc = window.document
    doc.toggle_membership("KAZ", "CSTO")
    doc.set_alignment("KAZ", "china-centred")
    window.undo_action.trigger()
    doc.set_year(2015)
    doc.set_membership("UZB", "EAEU", "member")
    doc.select_state("UZB")
    doc.set_alignment("UZB", "russia-led")
    doc.rename("After a walk")
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.redo_action.trigger()
    doc.set_membership("USA", "CSTO", "member")
    doc.toggle_membership("KGZ", "SCO")
    doc.set_alignment("KGZ", "west-oriented")
    window.undo_action.trigger()
    doc.select_state("KAZ")
    doc.toggle_membership("KAZ", "WTO")


def test_edited_window_shows_what_a_fresh_window_shows(
    window: MainWindow,
    tiny_world: api.World,
    app_settings: AppSettings,
    store: api.ArgumentStore,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _build_lazy_panels(window)
    _edit_and_undo(window)
    scenario = window.document.scenario
    assert scenario.memberships and scenario.year == 2015  # the walk left edits to compare

    fresh = open_window(tiny_world, app_settings, scenario=scenario, store=store)
    monkeypatch.setattr(
        fresh.files, "ask_unsaved", lambda names: QMessageBox.StandardButton.Discard
    )
    qtbot.addWidget(fresh)
    fresh.resize(1400, 900)
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.document.select_state(window.document.selected_state)
    _build_lazy_panels(fresh)

    mine, theirs = _shown(window), _shown(fresh)
    assert mine.keys() == theirs.keys()
    for key in mine:
        assert mine[key] == theirs[key], key

    listed = window.scenario_list.model
    again = ScenarioListModel(window.session)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        assert [listed.index(r).data(role) for r in range(listed.rowCount())] == [
            again.index(r).data(role) for r in range(again.rowCount())
        ]
