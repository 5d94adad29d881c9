"""Deck > Save deck to team… and Open deck from team… (#17): a facilitator's deck saved as versions
through the menu and its dialogs, opened in a colleague's window, refused to a viewer, and an
open list that shows a version saved meanwhile; on a profile the two actions are disabled."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.common.team_versions import OpenFromTeamDialog, SaveToTeamDialog
from regio_desktop.app.shell.launch import start_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings

Start = Callable[[str, Path], MainWindow]


def _deck_menu_actions(window: MainWindow) -> list[str]:
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    deck = next(m for m in menus if m.title() == "&Deck")
    return [a.text() for a in deck.actions()]


def _save_through_the_menu(window: MainWindow, comment: str, qtbot: QtBot) -> None:
    window.decks.team.save_action.trigger()
    dialog = window.findChild(SaveToTeamDialog, "save_to_team_dialog")
    assert dialog is not None and "Room deck" in dialog.windowTitle()
    dialog.comment_edit.setText(comment)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.findChild(SaveToTeamDialog) is None)


def test_a_deck_saved_twice_through_the_menu_opens_in_a_colleagues_window(
    team: tuple[str, str, str], tmp_path: Path, start: Start, qtbot: QtBot
) -> None:
    _, as_editor, as_viewer = team
    alice = start(as_editor, tmp_path / "alice")
    decks = alice.decks
    assert {"Save dec&k to team…", "Open deck from tea&m…"} <= set(_deck_menu_actions(alice))
    assert decks.team.save_action.isEnabled() and decks.team.open_action.isEnabled()
    alice.session.add_unsaved(api.Scenario(name="Desk view", year=2020))
    decks.add_current_scenario()
    step = decks.deck.deck.steps[0]
    decks.deck.edit_step(0, api.Step(step.title, step.scenario, options=(api.Option("Yes"),)))
    decks.deck.retitle("Room deck")
    _save_through_the_menu(alice, "before the room", qtbot)
    assert "Saved deck “Room deck” as version 1" in alice.statusBar().currentMessage()
    decks.deck.set_count(0, 0, 7)  # the room voted
    _save_through_the_menu(alice, "after the vote", qtbot)
    assert "as version 2 in the team database" in alice.statusBar().currentMessage()

    bob = start(as_viewer, tmp_path / "bob")
    bob.decks.team.open_action.trigger()
    chooser = bob.findChild(OpenFromTeamDialog, "open_from_team_dialog")
    assert chooser is not None and chooser.windowTitle() == "Open a deck from the team"
    assert chooser.table.horizontalHeaderItem(0).text() == "Deck"
    assert [(v.name, v.version, v.comment) for v in chooser.versions] == [
        ("Room deck", 2, "after the vote"),
        ("Room deck", 1, "before the room"),
    ]
    assert all(v.author.startswith("live_editor_") for v in chooser.versions)
    # a version saved while the list is open appears in it, the selected row kept
    chooser.table.selectRow(1)
    api.save_team_deck(api.team_address(as_editor), decks.deck.deck, "once more")
    qtbot.waitUntil(lambda: chooser.table.rowCount() == 3, timeout=2000)
    chosen = chooser.chosen()
    assert chosen is not None and chosen.version == 1
    chooser.buttons.button(QDialogButtonBox.StandardButton.Open).click()
    opened = bob.decks.deck
    assert opened.deck.title == "Room deck" and opened.path is None and not opened.dirty
    assert opened.deck.steps[0].options[0].count == 0  # version 1: before the vote
    assert opened.scenarios[0].name == "Desk view" and opened.scenarios[0].year == 2020
    assert "Opened deck “Room deck” version 1" in bob.statusBar().currentMessage()

    # the viewer may read the versions but not add one: the action is greyed, and a save that
    # gets past the window anyway is refused by the server, which the window shows
    assert not bob.decks.team.save_action.isEnabled() and bob.decks.team.open_action.isEnabled()
    bob.decks.team.save()
    saving = bob.findChild(SaveToTeamDialog, "save_to_team_dialog")
    assert saving is not None
    saving.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    refusal = bob.findChild(QMessageBox, "team_deck_refusal")
    assert refusal is not None and "may not write shared decks" in refusal.text()
    refusal.close()
    versions = api.team_versions.list_versions(api.team_address(as_viewer), api.team_versions.DECKS)
    assert [v.version for v in versions] == [3, 2, 1]
    alice.close_discarding()  # the deck in it was saved to the team, not to a file


def test_a_window_on_a_profile_has_the_team_deck_actions_disabled(
    tiny_db: Path, tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = start_window(app, app_settings, None, tmp_path / "profile", tiny_db)
    qtbot.addWidget(window)
    assert not window.decks.team.save_action.isEnabled()
    assert not window.decks.team.open_action.isEnabled()
    assert window.decks.team.save() is None and window.decks.team.open() is None
    window.close_discarding()
