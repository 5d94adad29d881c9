"""The timeline replay window, driven through its widgets (#15): play, pause, step and the slider
move the map, the bloc lanes, the indicators and the captions together; the captions cite their
source rows; a scenario's edits show from its year on; View > Replay opens it on the scenario on
show and leaves that scenario and its history alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.replay.replay_window import ReplayWindow
from regio_desktop.app.shell.main_window import MainWindow

LEAVE_EAEU = api.Scenario(name="Kazakhstan leaves the EAEU", year=2018).with_status(
    "founding_member", "KAZ", "EAEU", None
)


@pytest.fixture(scope="module")
def shipped() -> api.World:
    return api.load_world()


def _replay(qtbot: QtBot, world: api.World, scenario: api.Scenario) -> ReplayWindow:
    window = ReplayWindow(world, scenario, "en", "KAZ")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def replay(qtbot: QtBot, shipped: api.World) -> ReplayWindow:
    return _replay(qtbot, shipped, api.Scenario())


def _shown_year(window: ReplayWindow) -> int:
    """The year every view shows, checked to agree: control, document, map, lanes, indicators."""
    year = window.control.year
    assert window.stage.year == year
    assert window.stage.document.evaluation.year == year
    assert f"Year {year}." in window.stage.map.legend.note
    assert f"in {year}" in window.lanes.caption.text()
    assert f"in {year}" in window.indicators.text()
    assert window.control.year_label.text() == str(year)
    return year


def test_it_opens_on_1991_and_the_slider_reaches_the_latest_year(
    replay: ReplayWindow, shipped: api.World
) -> None:
    slider = replay.control.slider
    assert (slider.minimum(), slider.maximum()) == (1991, shipped.latest_year)
    assert _shown_year(replay) == 1991
    slider.setFocus()
    QtBot.keyClick(slider, Qt.Key.Key_End)
    assert _shown_year(replay) == shipped.latest_year
    QtBot.keyClick(slider, Qt.Key.Key_Home)
    assert _shown_year(replay) == 1991


def test_steps_by_keys_and_buttons(replay: ReplayWindow, qtbot: QtBot) -> None:
    control = replay.control
    control.setFocus()
    qtbot.keyClick(control, Qt.Key.Key_Right)
    qtbot.keyClick(control, Qt.Key.Key_Right)
    assert _shown_year(replay) == 1993
    qtbot.keyClick(control, Qt.Key.Key_Left)
    assert _shown_year(replay) == 1992
    qtbot.mouseClick(control.forward_button, Qt.MouseButton.LeftButton)
    assert _shown_year(replay) == 1993
    qtbot.mouseClick(control.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(control.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(control.back_button, Qt.MouseButton.LeftButton)
    assert _shown_year(replay) == 1991  # not before the first year


def test_play_advances_the_years_and_space_pauses(replay: ReplayWindow, qtbot: QtBot) -> None:
    control = replay.control
    control.speed_combo.setCurrentIndex(control.speed_combo.findData(4.0))
    assert control.timer.interval() == 250
    qtbot.mouseClick(control.play_button, Qt.MouseButton.LeftButton)
    assert control.playing and control.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: control.year >= 1993, timeout=5000)
    control.setFocus()
    qtbot.keyClick(control, Qt.Key.Key_Space)
    assert not control.playing and control.play_button.text() == "Play"
    paused = _shown_year(replay)
    qtbot.wait(400)
    assert control.year == paused
    qtbot.keyClick(control, Qt.Key.Key_Space)
    assert control.playing
    qtbot.keyClick(control, Qt.Key.Key_Space)


def test_playing_stops_at_the_last_year(replay: ReplayWindow, qtbot: QtBot) -> None:
    control = replay.control
    control.set_year(control.slider.maximum() - 1)
    control.speed_combo.setCurrentIndex(control.speed_combo.findData(4.0))
    control.play()
    qtbot.waitUntil(lambda: not control.playing, timeout=5000)
    assert control.year == control.slider.maximum()


def test_the_captions_of_2015_tell_of_the_eaeu_and_cite_their_rows(
    replay: ReplayWindow,
) -> None:
    replay.control.slider.setValue(2015)
    assert _shown_year(replay) == 2015
    text = replay.captions.toPlainText()
    assert "2015 · events in the data:" in text
    assert "EAEU founded by Belarus, Kazakhstan and Russia" in text
    assert "EAEU: joined by Armenia" in text
    assert "Treaty on the Eurasian Economic Union" in text
    assert "(source row: eaeu_treaty_2014)" in text
    assert "EurAsEC dissolved" in text
    # The lanes and the map show the new union that year, and not the year before.
    assert replay.lanes.diagram.full_members("EAEU") == 5  # with Armenia and Kyrgyzstan
    assert replay.stage.document.status("KAZ", "EAEU") == "founding_member"
    replay.control.step(-1)
    assert replay.stage.document.status("KAZ", "EAEU") == ""
    assert "EAEU founded" not in replay.captions.toPlainText()


def test_georgia_leaves_the_cis_in_2009(replay: ReplayWindow) -> None:
    replay.control.set_year(2009)
    text = replay.captions.toPlainText()
    assert "CIS: left by Georgia" in text
    assert "(source row: cis_georgia_2009)" in text
    assert replay.stage.document.status("GEO", "CIS") == "withdrawn"


def test_the_indicators_move_with_the_year_and_follow_a_clicked_state(
    replay: ReplayWindow,
) -> None:
    replay.control.set_year(2014)
    before = replay.stage.figures["dependence_russia"]
    replay.control.step(1)
    assert replay.stage.previous["dependence_russia"] == pytest.approx(before)
    assert "Kazakhstan in 2015" in replay.indicators.text()
    replay.stage.document.select_state("UZB")  # what a click on the map does
    assert replay.stage.state == "UZB"
    assert "Uzbekistan in 2015" in replay.indicators.text()


def test_a_scenario_is_replayed_with_its_edits_from_its_year(
    qtbot: QtBot, shipped: api.World
) -> None:
    window = _replay(qtbot, shipped, LEAVE_EAEU)
    window.control.set_year(2017)
    assert window.stage.document.status("KAZ", "EAEU") == "founding_member"
    assert "Scenario" not in window.captions.toPlainText()
    window.control.step(1)
    assert window.stage.document.status("KAZ", "EAEU") == "withdrawn"
    text = window.captions.toPlainText()
    assert "Scenario: EAEU left by Kazakhstan" in text
    assert "the scenario “Kazakhstan leaves the EAEU”" in text
    assert "from 2018 on" in window.scenario_label.text()
    window.control.step(3)
    assert window.stage.document.status("KAZ", "EAEU") == "withdrawn"
    assert "Scenario:" not in window.captions.toPlainText()


def test_view_menu_opens_the_replay_of_the_scenario_on_show(
    window: MainWindow, qtbot: QtBot
) -> None:
    action = window.replays.replay_action
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert action in view.actions()
    document = window.document
    document.set_alignment("KAZ", "china-centred")
    history = document.undo_stack.count()
    scenario = document.scenario
    action.trigger()
    replay = window.replays.replay_window
    assert replay is not None and replay.isVisible()
    assert replay.stage.replay.scenario == scenario
    replay.control.step(5)
    assert document.scenario == scenario and document.undo_stack.count() == history
    # An edit in the main window is replayed too, while the replay is open.
    document.set_alignment("UZB", "china-centred")
    qtbot.waitUntil(lambda: replay.stage.replay.scenario == document.scenario)
    replay.close()


def test_the_lanes_and_the_captions_get_their_share_of_the_window(
    replay: ReplayWindow, qtbot: QtBot
) -> None:
    """The panes start at 3:2 (map above the lanes, map beside the captions): by the stretch
    factors alone the map's large size hint left the lanes one lane (194 of 839 px)."""
    replay.resize(1400, 920)
    qtbot.wait(50)
    above, lanes = replay.body.sizes()
    assert lanes >= 0.35 * (above + lanes)
    top = replay.body.widget(0)
    assert isinstance(top, QSplitter)
    map_width, side = top.sizes()
    assert side >= 0.35 * (map_width + side)
