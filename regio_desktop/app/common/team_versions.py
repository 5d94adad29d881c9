"""Saving to and opening from the team database what it keeps with every version (#17).

Scenarios (Scenario > Save to team…) and decks (Deck > Save deck to team…) are shared the same
way, so the two dialogs and the flow around them live here once: saving asks for a short comment
and adds the next version of the thing's name, as the window's login; opening lists every version
(name, version, author, time, comment) and hands the one chosen to the kind's own ``open_version``.
The actions are enabled only in a window on a team database (saving not for a viewer's login);
a refusal (a save the server refuses, a server gone, a version that no longer reads) is shown
as the problem's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.actions import make_action
from regio_desktop.app.common.problem_texts import problem_text

REFUSALS = (
    api.DatabaseError,
    api.ScenarioFileError,
    api.ScenarioError,
    api.DeckFileError,
    api.DeckError,
)
"""What saving or opening a version may raise, shown to the user rather than raised."""

T = TypeVar("T")


class SaveToTeamDialog(QDialog):
    """The name (a version of that name follows the last one; an untitled thing gets one here)
    and the comment of the version about to be saved."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save_to_team_dialog")
        self.setWindowTitle(self.tr("Save “{name}” to the team").format(name=name))
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(api.team_versions.NAME_LIMIT)
        self.name_edit.setToolTip(
            self.tr("Saved as the next version of this name; another name starts a new series")
        )
        self.comment_edit = QLineEdit()
        self.comment_edit.setMaxLength(api.team_versions.COMMENT_LIMIT)
        self.comment_edit.setPlaceholderText(self.tr("What changed in this version, and why"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Comment:"), self.comment_edit)
        form.addRow(self.buttons)
        self.name_edit.textChanged.connect(self._check)
        self.resize(520, 120)
        self.comment_edit.setFocus()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def _check(self) -> None:
        """Save waits for a name: a version with none could not be found again."""
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.name()))


class OpenFromTeamDialog(QDialog):
    """Every saved version, newest of each name first; OK opens the one selected. ``title`` and
    ``kind`` (the first column's header) say what the versions are of."""

    def __init__(
        self,
        versions: list[api.team_versions.TeamVersion],
        title: str,
        kind: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("open_from_team_dialog")
        self.setWindowTitle(title)
        self.versions: list[api.team_versions.TeamVersion] = []
        headers = [
            kind,
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

    def set_versions(self, versions: list[api.team_versions.TeamVersion]) -> None:
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

    def chosen(self) -> api.team_versions.TeamVersion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()] if rows else None


@dataclass(frozen=True)
class TeamVersionTexts:
    """The words of one kind's two actions and their dialogs, translated by the kind."""

    save: str
    save_tip: str
    open: str
    open_tip: str
    open_title: str
    kind: str
    """The header of the names' column in the list of versions."""
    refusal_title: str
    saved: str
    """The status bar's word after a save, with ``{name}`` and ``{version}``."""


class TeamVersionActions(Generic[T]):
    """Save to team… and Open from team… for one kind of shared thing (``T``, what is saved: a
    scenario, a deck with its folder) in one main window. A kind says what is on show
    (``current``), its name, how to save it and how to open a chosen version."""

    refusal_name = "team_version_refusal"
    """The object name of the message box of a refusal (tests find it by it)."""

    def __init__(
        self,
        window: QMainWindow,
        address: api.TeamAddress | None,
        kind: api.team_versions.SharedKind,
        texts: TeamVersionTexts,
        read_only: bool = False,
    ) -> None:
        self.window = window
        self.address = address
        self.kind = kind
        self.texts = texts
        self.save_action: QAction = make_action(window, texts.save, self.save)
        self.save_action.setStatusTip(texts.save_tip)
        self.open_action: QAction = make_action(window, texts.open, self.open)
        self.open_action.setStatusTip(texts.open_tip)
        for action in (self.save_action, self.open_action):
            action.setEnabled(address is not None)
        if read_only:  # a viewer reads the versions but may not add one
            self.save_action.setEnabled(False)
        self.open_dialog: OpenFromTeamDialog | None = None

    # --- what a kind says ----------------------------------------------------------------------
    def current(self) -> T:
        raise NotImplementedError

    def name_of(self, value: T) -> str:
        raise NotImplementedError

    def save_value(
        self, address: api.TeamAddress, value: T, comment: str
    ) -> api.team_versions.TeamVersion:
        raise NotImplementedError

    def named(self, value: T, name: str) -> T:
        """``value`` under ``name`` (what the dialog's name field says it is saved as)."""
        raise NotImplementedError

    def open_version(self, address: api.TeamAddress, chosen: api.team_versions.TeamVersion) -> None:
        """Open ``chosen`` in the window; raises one of ``REFUSALS`` when it cannot."""
        raise NotImplementedError

    # --- the flow ------------------------------------------------------------------------------
    def versions_changed(self) -> None:
        """Someone saved a version (the team database said so): an open list shows it."""
        dialog = self.open_dialog
        if dialog is None or self.address is None:
            return
        try:
            dialog.set_versions(api.team_versions.list_versions(self.address, self.kind))
        except api.DatabaseError:
            return  # the list stays as it was; the window says the server is gone

    def refused(self, error: Exception) -> None:
        problem = getattr(error, "problem", None)
        reason = problem_text(problem, str) if isinstance(problem, api.Problem) else str(error)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.texts.refusal_title, reason, parent=self.window
        )
        box.setObjectName(self.refusal_name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def save(self) -> SaveToTeamDialog | None:
        if self.address is None:
            return None
        value = self.current()  # what is on show now is what is saved, whatever happens next
        dialog = SaveToTeamDialog(self.name_of(value), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._save(self._renamed(value, dialog.name()), dialog.comment_edit.text())
        )
        dialog.open()
        return dialog

    def _renamed(self, value: T, name: str) -> T:
        return value if name == self.name_of(value) else self.named(value, name)

    def _save(self, value: T, comment: str) -> None:
        assert self.address is not None
        try:
            saved = self.save_value(self.address, value, comment)
        except REFUSALS as exc:
            self.refused(exc)
            return
        self.window.statusBar().showMessage(
            self.texts.saved.format(name=saved.name, version=saved.version), 8000
        )

    def open(self) -> OpenFromTeamDialog | None:
        if self.address is None:
            return None
        try:
            versions = api.team_versions.list_versions(self.address, self.kind)
        except api.DatabaseError as exc:
            self.refused(exc)
            return None
        dialog = OpenFromTeamDialog(versions, self.texts.open_title, self.texts.kind, self.window)
        self.open_dialog = dialog
        dialog.finished.connect(self._open_dialog_closed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._open(dialog.chosen()))
        dialog.open()
        return dialog

    def _open_dialog_closed(self, _result: int) -> None:
        self.open_dialog = None

    def _open(self, chosen: api.team_versions.TeamVersion | None) -> None:
        if chosen is None or self.address is None:
            return
        try:
            self.open_version(self.address, chosen)
        except REFUSALS as exc:
            self.refused(exc)
