"""The list of open scenarios (presets and files), with unsaved ones marked; click to switch."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from regio_desktop.app.documents.scenario_session import ScenarioSession

Index = QModelIndex | QPersistentModelIndex


class ScenarioListModel(QAbstractListModel):
    """One row per open scenario: its name, a dot when unsaved, bold when current."""

    def __init__(self, session: ScenarioSession) -> None:
        super().__init__()
        self.session = session
        self._shown = self._rows()
        session.entries_changed.connect(self._reset)

    def _rows(self) -> list[tuple[object, ...]]:
        """What each row shows (text, tooltip, bold)."""
        roles = (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
        )
        return [
            tuple(self.data(self.index(row), role) is not None for role in roles[2:])
            + tuple(self.data(self.index(row), role) for role in roles[:2])
            for row in range(self.rowCount())
        ]

    def _reset(self) -> None:
        """Reset when a row would show something else: every edit replaces the current entry,
        but its name and unsaved mark rarely change, and a reset re-lays out and repaints."""
        rows = self._rows()
        if rows == self._shown:
            return
        self.beginResetModel()
        self._shown = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.session.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.session.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = " •" if entry.dirty else ""
            year = f"  ({entry.scenario.year})" if entry.scenario.year is not None else ""
            return f"{entry.scenario.name}{mark}{year}"
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [entry.scenario.description or entry.scenario.name]
            if entry.path is not None:
                parts.append(str(entry.path))
            if entry.dirty:
                parts.append(self.tr("Unsaved changes"))
            if entry.preset:
                parts.append(self.tr("Preset scenario (read-only file: use Save as)"))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.FontRole and index.row() == self.session.current:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ScenarioListPanel(QWidget):
    """The dock's contents: the list; activating a row (click, Enter) makes it current."""

    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ScenarioListModel(session)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Open scenarios"))
        self.view.setToolTip(self.tr("Open scenarios: click to switch; • marks unsaved changes"))
        self.view.activated.connect(lambda index: session.switch(index.row()))
        self.view.clicked.connect(lambda index: session.switch(index.row()))
        session.entries_changed.connect(self._select_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._select_current()

    def _select_current(self) -> None:
        self.view.setCurrentIndex(self.model.index(self.session.current))
