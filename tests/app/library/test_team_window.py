"""The window on a team database (#17): two windows on two profiles against one server share
their arguments; a viewer's window is refused by the server and says so; File > Team database
remembers an address (never a password) for the next start."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.common.team_versions import OpenFromTeamDialog, SaveToTeamDialog
from regio_desktop.app.shell.launch import start_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.app.shell.team_database_dialog import TeamDatabaseDialog
from tests.app.evidence_helpers import user_argument
from tests.postgres_server import PostgresServer

_numbers = itertools.count(1)


@pytest.fixture
def team(postgres: PostgresServer, tiny_team_template: str) -> tuple[str, str, str]:
    """A fresh team database holding the tiny world: (owner's, an editor's, a viewer's) URLs."""
    n = next(_numbers)
    database = f"window_team_{n}"
    owner = postgres.create_database(database, template=tiny_team_template)
    urls = [owner]
    for role in ("editor", "viewer"):
        name = f"window_{role}_{n}"
        postgres.create_login(name, "pw")
        api.grant_team_role(api.team_address(owner), name, role)
        urls.append(postgres.url(database, name, "pw"))
    return urls[0], urls[1], urls[2]


def _start(qtbot: QtBot, settings: AppSettings, url: str, profile: Path) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = start_window(app, settings, url, profile)
    qtbot.addWidget(window)
    return window


def test_two_windows_on_one_server_share_what_an_editor_adds(
    team: tuple[str, str, str], tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    _, as_editor, as_viewer = team
    editing = _start(qtbot, app_settings, as_editor, tmp_path / "alice")
    reading = _start(qtbot, app_settings, as_viewer, tmp_path / "bob")
    assert editing.document.world.location.startswith("postgresql://")
    assert editing.library.new_action.isEnabled()  # an editor's window writes
    assert editing.team_scenarios.save_action.isEnabled()
    assert "KAZ" in editing.document.world.state_codes
    label = editing.findChild(QLabel, "team_database_label")
    assert label is not None and label.text().startswith("Team database: postgresql://window_")
    assert ":pw@" not in label.text()
    assert editing.evidence.add_argument(user_argument(claim="Added by the editor's window."))
    assert "user_0001" in reading.evidence.arguments().index
    assert reading.evidence.arguments().at["user_0001", "claim"] == "Added by the editor's window."
    editing.close_discarding()
    reading.close_discarding()


def test_a_viewers_window_is_refused_by_the_server_and_says_so(
    team: tuple[str, str, str], tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    _, _, as_viewer = team
    window = _start(qtbot, app_settings, as_viewer, tmp_path / "bob")
    # the window asked the server once: what it would refuse is greyed, and the banner says why
    library = window.library
    assert not library.new_action.isEnabled() and not library.import_action.isEnabled()
    assert not library.new_source_action.isEnabled()
    assert not window.team_scenarios.save_action.isEnabled()
    assert window.team_scenarios.open_action.isEnabled()
    assert not library.banner.isHidden()
    assert "may read the team database" in library.banner.text()
    assert "--role editor" in library.banner.text()
    # a write that gets past the window anyway (rights taken away since) is the server's to refuse
    said: list[str] = []
    window.evidence.refused.connect(said.append)
    window.evidence.storage_failed.connect(said.append)
    assert not window.evidence.add_argument(user_argument(claim="A viewer tries."))
    assert len(said) == 1
    assert "refused the change" in said[0] and "may not write arguments" in said[0]
    assert "user_0001" not in window.evidence.arguments().index
    window.close_discarding()


def test_the_team_database_entry_checks_and_remembers_an_address(
    team: tuple[str, str, str], tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    owner, _, _ = team
    window = _start(qtbot, app_settings, owner, tmp_path / "owner")
    action = window.findChild(QAction, "team_database_action")
    assert action is not None
    action.trigger()
    dialog = window.findChild(TeamDatabaseDialog, "team_database_dialog")
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.address_edit.setText("postgresql:///nowhere")
    assert not ok.isEnabled() and "names no server" in dialog.problem_label.text()
    dialog.address_edit.setText("postgresql://alice:secret@db.example.org/regio")
    assert not ok.isEnabled() and "~/.pgpass" in dialog.problem_label.text()
    dialog.address_edit.setText("postgresql://alice@db.example.org/regio")
    assert ok.isEnabled() and not dialog.problem_label.text()
    ok.click()
    assert app_settings.team_database == "postgresql://alice@db.example.org/regio"
    assert "when you start Regio Desktop again" in window.statusBar().currentMessage()
    window.close_discarding()


def test_scenarios_are_saved_to_the_team_and_an_earlier_version_opened(
    team: tuple[str, str, str], tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    _, as_editor, as_viewer = team
    window = _start(qtbot, app_settings, as_editor, tmp_path / "alice")
    actions = window.team_scenarios
    assert actions.save_action.isEnabled() and actions.open_action.isEnabled()
    window.session.add_unsaved(api.Scenario(name="Desk view", year=2020))
    first = window.document.scenario
    for comment in ("first take", "second take"):
        actions.save_action.trigger()
        dialog = window.findChild(SaveToTeamDialog, "save_to_team_dialog")
        assert dialog is not None
        dialog.comment_edit.setText(comment)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(lambda: window.findChild(SaveToTeamDialog) is None)
    assert "as version 2 in the team database" in window.statusBar().currentMessage()
    reader = _start(qtbot, app_settings, as_viewer, tmp_path / "bob")
    reader.team_scenarios.open_action.trigger()
    chooser = reader.findChild(OpenFromTeamDialog, "open_from_team_dialog")
    assert chooser is not None
    assert [(v.version, v.comment) for v in chooser.versions] == [
        (2, "second take"),
        (1, "first take"),
    ]
    chooser.table.selectRow(1)
    chooser.buttons.button(QDialogButtonBox.StandardButton.Open).click()
    assert reader.document.scenario.name == "Desk view (version 1)"
    assert reader.document.scenario.year == first.year == 2020
    # the viewer may read the versions but not add one: the action is greyed, and a save that
    # gets past the window anyway is refused by the server, which the window shows
    assert not reader.team_scenarios.save_action.isEnabled()
    reader.team_scenarios.save()
    saving = reader.findChild(SaveToTeamDialog, "save_to_team_dialog")
    assert saving is not None
    saving.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    refusal = reader.findChild(QMessageBox, "team_scenario_refusal")
    assert refusal is not None and "may not write shared scenarios" in refusal.text()
    refusal.close()
    window.close_discarding()
    reader.close_discarding()


def test_an_untitled_scenario_is_named_in_the_save_dialog(
    team: tuple[str, str, str], tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    """The name field starts with the scenario's name; what it says is the name saved under,
    and Save waits while it is empty."""
    _, as_editor, _ = team
    window = _start(qtbot, app_settings, as_editor, tmp_path / "alice")
    window.team_scenarios.save_action.trigger()
    dialog = window.findChild(SaveToTeamDialog, "save_to_team_dialog")
    assert dialog is not None
    assert dialog.name_edit.text() == window.document.scenario.name == "Untitled scenario"
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.name_edit.clear()
    assert not save.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Uzbekistan joins the EAEU")
    assert save.isEnabled()
    dialog.comment_edit.setText("first draft")
    save.click()
    qtbot.waitUntil(lambda: window.findChild(SaveToTeamDialog) is None)
    saved = api.team_versions.list_versions(
        api.team_address(as_editor), api.team_versions.SCENARIOS
    )
    assert [(v.name, v.version, v.comment) for v in saved] == [
        ("Uzbekistan joins the EAEU", 1, "first draft")
    ]
    window.close_discarding()


def test_a_window_on_a_profile_has_the_team_actions_disabled(
    tiny_db: Path, tmp_path: Path, app_settings: AppSettings, qtbot: QtBot
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = start_window(app, app_settings, None, tmp_path / "profile", tiny_db)
    qtbot.addWidget(window)
    assert not window.team_scenarios.save_action.isEnabled()
    assert not window.team_scenarios.open_action.isEnabled()
    window.close_discarding()
