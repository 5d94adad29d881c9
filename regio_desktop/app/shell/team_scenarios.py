"""Scenario > Save to team… and Open from team…: scenarios shared in the team database (#17).

Saving adds the current scenario as the next version of its name, as the window's login, with a
short comment. Opening lists every version (name, version, author, time, comment) and opens the
one chosen as a new unsaved scenario named with its version, so that two versions can be open
side by side and compared (Scenario > Compare scenarios). The actions are enabled only in a
window on a team database; a refusal (a viewer saving, a server gone) is shown as the server's
reason.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.actions import make_action
from regio_desktop.app.common.problem_texts import problem_text

if TYPE_CHECKING:
    from regio_desktop.app.shell.main_window import MainWindow


class SaveToTeamDialog(QDialog):
    """The comment of the version about to be saved."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save_to_team_dialog")
        self.setWindowTitle(self.tr("Save “{name}” to the team").format(name=name))
        self.comment_edit = QLineEdit()
        self.comment_edit.setMaxLength(500)
        self.comment_edit.setPlaceholderText(self.tr("What changed in this version, and why"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Comment:"), self.comment_edit)
        form.addRow(self.buttons)
        self.resize(520, 100)


class OpenFromTeamDialog(QDialog):
    """Every saved version, newest of each name first; OK opens the one selected."""

    def __init__(self, versions: list[api.TeamScenarioVersion], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("open_from_team_dialog")
        self.setWindowTitle(self.tr("Open a scenario from the team"))
        self.versions: list[api.TeamScenarioVersion] = []
        headers = [
            self.tr("Scenario"),
            self.tr("Version"),
            self.tr("Saved by"),
            self.tr("Saved"),
            self.tr("Comment"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.set_versions(versions)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        if versions:
            self.table.selectRow(0)
        self.resize(760, 360)

    def set_versions(self, versions: list[api.TeamScenarioVersion]) -> None:
        """Show ``versions`` (again, when someone saved one while the dialog is open), keeping
        the version selected."""
        chosen = self.chosen() if self.versions else None
        self.versions = versions
        self.table.setRowCount(len(versions))
        for row, v in enumerate(versions):
            cells = [
                v.name,
                str(v.version),
                v.author,
                v.saved.strftime("%Y-%m-%d %H:%M"),
                v.comment,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        same = [
            row
            for row, v in enumerate(versions)
            if chosen is not None and (v.name, v.version) == (chosen.name, chosen.version)
        ]
        if same:
            self.table.selectRow(same[0])

    def chosen(self) -> api.TeamScenarioVersion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()] if rows else None


class TeamScenarioActions:
    """The two actions of the Scenario menu and what they do, for one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.address: api.TeamAddress | None = window.evidence.store.team
        self.save_action = make_action(
            window, QCoreApplication.translate("TeamScenarios", "Save to &team…"), self.save
        )
        self.save_action.setStatusTip(
            QCoreApplication.translate(
                "TeamScenarios",
                "Save this scenario as a new version in the team database, with a comment",
            )
        )
        self.open_action = make_action(
            window, QCoreApplication.translate("TeamScenarios", "&Open from team…"), self.open
        )
        self.open_action.setStatusTip(
            QCoreApplication.translate(
                "TeamScenarios", "Open a saved version of a team scenario, to work on or to compare"
            )
        )
        for action in (self.save_action, self.open_action):
            action.setEnabled(self.address is not None)
        if window.evidence.readonly:  # a viewer reads the versions but may not add one
            self.save_action.setEnabled(False)
        self.open_dialog: OpenFromTeamDialog | None = None

    def _open_dialog_closed(self, _result: int) -> None:
        self.open_dialog = None

    def versions_changed(self) -> None:
        """Someone saved a version (the team database said so): an open list shows it."""
        dialog = self.open_dialog
        if dialog is None or self.address is None:
            return
        try:
            dialog.set_versions(api.team_scenario_versions(self.address))
        except api.DatabaseError:
            return  # the list stays as it was; the window says the server is gone

    def _refused(self, error: Exception) -> None:
        problem = getattr(error, "problem", None)
        reason = problem_text(problem, str) if isinstance(problem, api.Problem) else str(error)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("TeamScenarios", "Team scenarios"),
            reason,
            parent=self.window,
        )
        box.setObjectName("team_scenario_refusal")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def save(self) -> SaveToTeamDialog | None:
        if self.address is None:
            return None
        scenario = self.window.document.scenario
        dialog = SaveToTeamDialog(scenario.name, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save(scenario, dialog.comment_edit.text()))
        dialog.open()
        return dialog

    def _save(self, scenario: api.Scenario, comment: str) -> None:
        assert self.address is not None
        try:
            saved = api.save_team_scenario(self.address, scenario, comment)
        except api.DatabaseError as exc:
            self._refused(exc)
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "TeamScenarios", "Saved “{name}” as version {version} in the team database."
            ).format(name=saved.name, version=saved.version),
            8000,
        )

    def open(self) -> OpenFromTeamDialog | None:
        if self.address is None:
            return None
        try:
            versions = api.team_scenario_versions(self.address)
        except api.DatabaseError as exc:
            self._refused(exc)
            return None
        dialog = OpenFromTeamDialog(versions, self.window)
        self.open_dialog = dialog
        dialog.finished.connect(self._open_dialog_closed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._open(dialog.chosen()))
        dialog.open()
        return dialog

    def _open(self, chosen: api.TeamScenarioVersion | None) -> None:
        if chosen is None or self.address is None:
            return
        world = self.window.document.world
        try:
            _, scenario = api.open_team_scenario(self.address, chosen.name, chosen.version, world)
        except (api.DatabaseError, api.ScenarioFileError, api.ScenarioError) as exc:
            self._refused(exc)
            return
        named = QCoreApplication.translate("TeamScenarios", "{name} (version {version})").format(
            name=chosen.name, version=chosen.version
        )
        self.window.session.add_unsaved(dataclasses.replace(scenario, name=named))
