"""View > Show outside members (issue 12): the window lists and draws the focus states by
default and every state of the world with the filter on; the setting is remembered."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import SHOW_ALL_STATES
from regio_desktop.app.compare.dialog import CompareDialog
from regio_desktop.app.explore.dialog import ExploreDialog
from regio_desktop.app.shell.launch import open_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.world.builder import build
from regio_desktop.world.loaded_world import World, load_world
from tests.conftest import TINY_WORLD_DIR

FOCUS = ("RUS", "CHN", "USA", "KAZ", "KGZ", "UZB")
"""The focus states of the tiny world, in its order; Germany is the one outside."""


@pytest.fixture(scope="module")
def germany_world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """The tiny world and Germany, out of focus, a WTO member with a West-oriented alignment
    (so that it has a row in the alignment panel and Explore could offer it)."""
    folder = tmp_path_factory.mktemp("germany")
    data = folder / "data"
    shutil.copytree(TINY_WORLD_DIR, data)
    with (data / "states.csv").open("a", encoding="utf-8") as f:
        f.write("DEU,Germany,Германия,Германия,europe,0,0,,fixture,0\n")
    with (data / "memberships.csv").open("a", encoding="utf-8") as f:
        f.write("DEU,WTO,founding_member,1995-01-01,,fixture,0,\n")
    with (data / "alignments.csv").open("a", encoding="utf-8") as f:
        f.write("DEU,1991-01-01,,west-oriented,fixture,1,\n")
    with (data / "observations.csv").open("a", encoding="utf-8") as f:
        for year in (2010, 2020):
            f.write(f"DEU,gdp_usd,{year},4000000000000,current US$,fixture,0\n")
            f.write(f"DEU,population,{year},83000000,persons,fixture,0\n")
    build(data, folder / "germany.sqlite")
    return load_world(folder / "germany.sqlite", today=dt.date(2026, 6, 30))


def _settings(folder: Path) -> AppSettings:
    return AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))


def _open(
    world: World,
    settings: AppSettings,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    scenario: api.Scenario | None = None,
) -> MainWindow:
    window = open_window(world, settings, scenario)
    monkeypatch.setattr(
        window.files, "ask_unsaved", lambda names: QMessageBox.StandardButton.Discard
    )
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def germany_window(
    germany_world: World, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    return _open(germany_world, _settings(tmp_path), qtbot, monkeypatch)


def _matrix_rows(window: MainWindow) -> list[str]:
    model = window.matrix.matrix_model
    return [s for row, s in enumerate(model.states) if not window.matrix.isRowHidden(row)]


def _profile_choices(window: MainWindow) -> list[str]:
    box = window.charts.state_profile.compare_boxes[0]
    return [str(box.itemData(i)) for i in range(1, box.count())]


def _explore_choices(window: MainWindow, qtbot: QtBot) -> list[str]:
    dialog = window.explore_dialog or window.show_explore()
    assert isinstance(dialog, ExploreDialog)
    return [
        str(dialog.state_list.item(r).data(Qt.ItemDataRole.UserRole))
        for r in range(dialog.state_list.count())
    ]


def _drawn_states(window: MainWindow) -> set[str]:
    return {code for code, item in window.map_panel.items.items() if item.is_state}


def test_at_start_every_view_lists_only_the_focus_states(germany_window: MainWindow) -> None:
    window = germany_window
    assert not window.outside_members_action.isChecked()
    assert tuple(_matrix_rows(window)) == FOCUS
    assert "DEU" not in window.alignment_panel.combos
    assert "KAZ" in window.alignment_panel.combos
    assert "USA" not in window.map_panel.items  # the outlines cover Eurasia only
    assert _drawn_states(window) == set(FOCUS) - {"USA"}
    assert "DEU" in window.map_panel.items  # drawn as context, not as a state
    assert _profile_choices(window) == list(FOCUS)


def test_the_filter_shows_the_outside_members_everywhere_and_hides_them_again(
    germany_window: MainWindow, qtbot: QtBot
) -> None:
    window = germany_window
    assert "DEU" not in _explore_choices(window, qtbot)
    window.indicator_panel.model.set_mode(SHOW_ALL_STATES)
    assert "DEU" not in set(window.indicator_panel.model.rows["entity"])
    window.outside_members_action.trigger()
    assert window.outside_members_action.isChecked()
    assert _matrix_rows(window) == [*FOCUS, "DEU"]
    assert "DEU" in window.alignment_panel.combos
    assert "DEU" in _drawn_states(window)
    # Germany is now coloured as a state: West-oriented, not the grey of context countries.
    germany = window.map_panel.items["DEU"]
    assert germany.brush().color() == window.map_panel.colouring.colours["DEU"]
    assert "DEU" in _profile_choices(window)
    assert "DEU" in _explore_choices(window, qtbot)
    assert "DEU" in set(window.indicator_panel.model.rows["entity"])
    window.outside_members_action.trigger()
    assert tuple(_matrix_rows(window)) == FOCUS
    assert "DEU" not in window.alignment_panel.combos
    assert "DEU" not in _drawn_states(window)
    assert "DEU" not in _explore_choices(window, qtbot)
    assert "DEU" not in set(window.indicator_panel.model.rows["entity"])


def test_a_profile_choice_survives_the_filter_while_its_state_is_offered(
    germany_window: MainWindow,
) -> None:
    chart = germany_window.charts.state_profile
    chart.set_compared(["UZB"])
    germany_window.outside_members_action.trigger()
    assert chart.compare_boxes[0].currentData() == "UZB"


def test_compare_lists_every_state_only_with_the_filter(
    germany_window: MainWindow, qtbot: QtBot
) -> None:
    window = germany_window
    window.files.rename("Base")
    window.files.new_action.trigger()
    window.document.set_alignment("KAZ", "china-centred")
    dialog = CompareDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_mode(SHOW_ALL_STATES)
    assert set(dialog.indicator_model.rows["entity"]) == set(FOCUS)
    window.outside_members_action.trigger()
    assert "DEU" in set(dialog.indicator_model.rows["entity"])


def test_the_setting_is_remembered_for_the_next_start(
    germany_world: World, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _settings(tmp_path)
    first = _open(germany_world, settings, qtbot, monkeypatch)
    first.outside_members_action.trigger()
    assert settings.show_outside_members
    second = _open(germany_world, _settings(tmp_path), qtbot, monkeypatch)
    assert second.outside_members_action.isChecked()
    assert "DEU" in _matrix_rows(second)


def test_an_outside_state_the_scenario_edits_is_shown_without_the_filter(
    germany_world: World, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario = api.Scenario(alignments=(("DEU", "multi-vector"),))
    window = _open(germany_world, _settings(tmp_path), qtbot, monkeypatch, scenario)
    assert "DEU" in _matrix_rows(window)
    assert "DEU" in window.alignment_panel.combos
    # Taking the edit back hides Germany again, as nothing of the scenario is about it now.
    window.document.set_alignment("DEU", None)
    assert "DEU" not in _matrix_rows(window)
    assert "DEU" not in window.alignment_panel.combos
    window.undo_action.trigger()
    assert "DEU" in _matrix_rows(window)


def test_a_view_setting_is_not_an_edit(germany_window: MainWindow) -> None:
    germany_window.outside_members_action.trigger()
    assert not germany_window.document.undo_stack.canUndo()
    assert germany_window.document.edit_count == 0
