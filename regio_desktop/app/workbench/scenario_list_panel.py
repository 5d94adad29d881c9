"""The list of open scenarios (presets and files), with unsaved ones marked; click to switch."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from regio_desktop.app.common.plain_text import plain_tooltip
from regio_desktop.app.documents.scenario_session import ScenarioSession

Index = QModelIndex | QPersistentModelIndex


class ScenarioListModel(QAbstractListModel):
    """One row per open scenario: its name, a dot when unsaved, bold when current.

    The session says which row reads differently (``entry_changed``); only a change in the
    number of entries (one opened or closed) resets the list. Most edits change no row at all.
    """

    def __init__(self, session: ScenarioSession) -> None:
        super().__init__()
        self.session = session
        self._count = len(session.entries)
        session.entry_changed.connect(self._entry_changed)
        # Closing announces the new current entry first: take the new length from either.
        session.current_changed.connect(self._entries_changed)
        session.entries_changed.connect(self._entries_changed)

    def _entry_changed(self, row: int) -> None:
        self._entries_changed()
        if 0 <= row < self._count:
            self.dataChanged.emit(self.index(row), self.index(row))

    def _entries_changed(self, *_args: object) -> None:
        if len(self.session.entries) != self._count:
            self.beginResetModel()
            self._count = len(self.session.entries)
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.session.entries):
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
            return plain_tooltip("\n".join(parts))
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
        session.current_changed.connect(self._select_current)
        self.model.modelReset.connect(self._select_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._select_current()

    def _select_current(self, *_args: object) -> None:
        self.view.setCurrentIndex(self.model.index(self.session.current))
