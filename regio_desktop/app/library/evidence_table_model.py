"""A read-only table model over a frame of arguments or sources, one parameterised model for both.

Rows carry an ``id`` and an ``origin``; shipped rows are drawn grey and italic with a tooltip that
says they are read-only, so the analyst sees at a glance what can be edited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from regio_desktop.app.common.plain_text import plain_tooltip

SHIPPED_COLOUR = QColor("#6b6b6b")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column: the frame's key, its header (translated), a character limit (the column that
    stretches) or a starting width in pixels (0: fit the contents)."""

    key: str
    header: str
    elide: int = 0
    width: int = 0


def _text(value: object) -> str:
    """A cell's text: empty for a missing value."""
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def elided(text: str, limit: int) -> str:
    return text if limit <= 0 or len(text) <= limit else text[: limit - 1].rstrip() + "…"


class EvidenceTableModel(QAbstractTableModel):
    """Shows ``frame`` (display strings, one row per record) in the given columns.

    The frame is turned into plain rows of text once, when it is set: a view asks for thousands
    of cells while it lays itself out, and a pandas lookup per cell made showing the window take
    a fifth of a second longer.
    """

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._texts: list[tuple[str, ...]] = []
        self._ids: list[str] = []
        self._shipped: list[bool] = []

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        keys = [c.key for c in self.columns]
        self._texts = [
            tuple(_text(value) for value in row)
            for row in frame[keys].itertuples(index=False, name=None)
        ]
        self._ids = [str(v) for v in frame["id"]]
        self._shipped = [origin != "user" for origin in frame["origin"]]
        self.endResetModel()

    # --- lookups -----------------------------------------------------------------------------
    def row_id(self, row: int) -> str:
        return self._ids[row] if 0 <= row < len(self._ids) else ""

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def ids(self) -> list[str]:
        return list(self._ids)

    def column_texts(self, column: int) -> list[str]:
        """The full (not elided) texts of one column, top to bottom."""
        return [row[column] for row in self._texts]

    def is_shipped(self, row: int) -> bool:
        return 0 <= row < len(self._shipped) and self._shipped[row]

    # --- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), self.columns[index.column()]
        text = self._texts[row][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return elided(text, column.elide)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.is_shipped(row):
                note = QCoreApplication.translate(
                    "EvidenceTableModel",
                    "Shipped with the program: read-only (duplicate it to make your own).",
                )
                return plain_tooltip(f"{text}\n\n{note}" if text else note)
            return plain_tooltip(text) or None
        if self.is_shipped(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(SHIPPED_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return None
