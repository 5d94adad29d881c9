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


def elided(text: str, limit: int) -> str:
    return text if limit <= 0 or len(text) <= limit else text[: limit - 1].rstrip() + "…"


class EvidenceTableModel(QAbstractTableModel):
    """Shows ``frame`` (display strings, one row per record) in the given columns."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.frame = pd.DataFrame(columns=[c.key for c in self.columns] + ["id", "origin"])

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self.frame = frame.reset_index(drop=True)
        self.endResetModel()

    # --- lookups -----------------------------------------------------------------------------
    def row_id(self, row: int) -> str:
        return str(self.frame.at[row, "id"]) if 0 <= row < len(self.frame) else ""

    def row_of(self, record_id: str) -> int:
        matches = self.frame.index[self.frame["id"] == record_id]
        return int(matches[0]) if len(matches) else -1

    def ids(self) -> list[str]:
        return [str(v) for v in self.frame["id"]]

    def is_shipped(self, row: int) -> bool:
        return 0 <= row < len(self.frame) and self.frame.at[row, "origin"] != "user"

    # --- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame)

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
        value = self.frame.at[row, column.key]
        text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
        if role == Qt.ItemDataRole.DisplayRole:
            return elided(text, column.elide)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.is_shipped(row):
                note = QCoreApplication.translate(
                    "EvidenceTableModel",
                    "Shipped with the program: read-only (duplicate it to make your own).",
                )
                return f"{text}\n\n{note}" if text else note
            return text or None
        if self.is_shipped(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(SHIPPED_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return None
