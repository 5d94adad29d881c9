"""Warnings of the open scenario: edits that cannot apply (errors) and consistency tensions.

Data first: ``WarningListModel.entries`` holds (kind, message) pairs that tests can read; the
messages are the core's problems worded in the user's language by common/problem_texts.py.
The list is read again only after an edit that can change the checks (a membership, an alignment,
a year or a new scenario; not a rename), and reset only when the core's problems differ.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QListView, QStyle, QWidget

from regio_desktop import api
from regio_desktop.app.common.problem_texts import problem_texts
from regio_desktop.app.documents.scenario_document import ScenarioDocument

ERROR, WARNING, NOTE = "error", "warning", "note"
ModelIndex = QModelIndex | QPersistentModelIndex


class WarningListModel(QAbstractListModel):
    """One row per problem and tension of the scenario (or one note that there are none)."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.entries: list[tuple[str, str]] = []
        self._checks: tuple[list[api.Problem], list[api.Tension]] | None = None
        """The core's problems and tensions the entries word: whether a new edit's checks
        differ only the checks can say, the payload says only whether they may."""
        document.changed.connect(self._document_changed)
        self.reload()

    def _document_changed(self, changes: api.ScenarioChanges) -> None:
        if changes.whole or changes.cells or changes.alignments:
            self.reload()

    @property
    def warning_count(self) -> int:
        return sum(1 for kind, _ in self.entries if kind != NOTE)

    def reload(self) -> None:
        checks = (self.document.problems(), self.document.tensions())
        if checks == self._checks:
            return  # most edits leave the warnings as they were: no reset, no repaint
        self._checks = checks
        name = self.document.name
        entries = [(ERROR, text) for text in problem_texts(checks[0], name)]
        entries += [(WARNING, text) for text in problem_texts(checks[1], name)]
        if not entries:
            entries = [
                (
                    NOTE,
                    QCoreApplication.translate(
                        "WarningsPanel", "No warnings: the scenario is consistent."
                    ),
                )
            ]
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        kind, message = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return message
        if role == Qt.ItemDataRole.DecorationRole and kind != NOTE:
            style = QCoreApplication.instance().style()  # type: ignore[attr-defined]
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if kind == ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return style.standardIcon(icon)
        return None


class WarningsPanel(QListView):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warnings_model = WarningListModel(document, self)
        self.setModel(self.warnings_model)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(QCoreApplication.translate("WarningsPanel", "Warnings"))
