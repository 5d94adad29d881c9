"""The presenter view shows the facilitator the step's notes, the next step and the time, follows
the slides, drives them from its own keyboard focus and goes when the presentation ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.present.presenter_view import elapsed_text
from regio_desktop.app.shell.main_window import MainWindow


def test_notes_next_step_timer_and_keys(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    decks = window.decks  # type: ignore[attr-defined]
    monkeypatch.setattr(decks, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    scenario = window.document.scenario
    for title, notes in (("One", "Say hello."), ("Two", "")):
        step = api.Step(title, api.ScenarioRef.of_scenario(scenario), notes=notes)
        decks.deck.add_step(step, scenario)
    shown = decks.present(full_screen=False, presenter=True)
    view = decks.presenter_view
    assert view is not None and view.isVisible()
    assert "One" in view.current.text() and view.notes.text() == "Say hello."
    assert view.next_label.text() == "Next: Two"
    view.started -= 75
    view.tick()
    assert view.timer_label.text() == "Elapsed 01:15"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert shown.index == 1
    assert view.notes.text() == "No notes for this step."
    assert view.next_label.text() == "This is the last step."
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not shown.isVisible() and not view.isVisible()


def test_elapsed_text() -> None:
    assert elapsed_text(0) == "00:00"
    assert elapsed_text(59.9) == "00:59"
    assert elapsed_text(3725) == "1:02:05"
