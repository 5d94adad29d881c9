"""Explore refuses what it cannot run, before running: too many states for a readable chart, and
a space too large for memory (#18 item 6), with the size and what to do instead."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from regio_desktop.app.explore import inputs_panel
from regio_desktop.app.explore.dialog import ExploreDialog

STATES = ("KAZ", "KGZ", "UZB")


def test_too_many_states_are_refused_inline(
    dialog: ExploreDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inputs_panel, "MAX_COMBINATIONS", 9)
    dialog.set_checked_states(STATES)
    assert "too many" in dialog.combination_label.text()
    with qtbot.assertNotEmitted(dialog.run_finished, wait=100):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and not dialog.run_button.isEnabled()
    assert "Too many states" in dialog.inputs.blocked_label.text()


def test_too_many_states_say_the_memory_they_need_and_suggest_a_sample(
    dialog: ExploreDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#18 item 6: the refusal names the size and what to do instead."""
    monkeypatch.setattr(inputs_panel, "MAX_COMBINATIONS", 3**2)  # two states at most
    dialog.set_checked_states(STATES)
    problem = dialog.inputs.input_problem()
    assert f"({3 ** len(STATES):,} combinations, about 1 MB of memory," in problem
    assert "Explore a sample instead: fewer states at a time" in problem


def test_a_space_too_large_for_memory_is_refused_with_its_size(
    dialog: ExploreDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from regio_desktop.engine import exploration_limits

    monkeypatch.setattr(exploration_limits, "MEMORY_LIMIT", 1000)  # bytes: the tiny world fits
    dialog.set_checked_states(STATES)
    with qtbot.assertNotEmitted(dialog.run_finished, wait=100):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and not dialog.run_button.isEnabled()
    status = dialog.inputs.blocked_label.text()
    assert f"{3 ** len(STATES)} combinations would need about" in status
    assert "GiB of memory, more than the 0 GiB" in status and "Explore a sample instead" in status
