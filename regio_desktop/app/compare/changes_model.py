"""Who changes between the compared scenarios: each state's alignment and memberships where
any scenario differs from the reference, one column per scenario."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from regio_desktop import api
from regio_desktop.app.common.vocabulary_labels import alignment_label, status_label
from regio_desktop.app.compare.comparison_cells import (
    DIFFERS_BACKGROUND,
    ModelIndex,
    SortRole,
    StateRole,
    bold_font,
    cell_text,
    header_label,
)
from regio_desktop.app.documents.scenario_document import ScenarioDocument


class ChangesModel(QAbstractTableModel):
    """``Comparison.changes``: one row per state and alignment or bloc that differs somewhere.

    Cells that differ from the reference scenario are bold on a light background, so that the
    eye finds the change without reading every label.
    """

    STATE, WHAT = 0, 1

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.names: tuple[str, ...] = ()
        self.years: tuple[int, ...] = ()
        self.rows = pd.DataFrame()

    def set_comparison(
        self, comparison: api.Comparison | None, years: tuple[int, ...] = ()
    ) -> None:
        self.beginResetModel()
        self.years = years
        if comparison is None:
            self.names, self.rows = (), pd.DataFrame()
        else:
            self.names = comparison.names
            self.rows = comparison.changes.reset_index(drop=True)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.names else 2 + len(self.names)

    def what_label(self, what: str) -> str:
        """'alignment' -> 'Alignment'; 'membership:EAEU' -> 'Membership in <bloc name>'."""
        kind, _, bloc = what.partition(":")
        if kind == "membership":
            return self.tr("Membership in {bloc}").format(bloc=self.document.name(bloc))
        return self.tr("Alignment")

    def cell_label(self, what: str, value: object) -> str:
        """A translated status or alignment; an explicit word for 'none' rather than a blank."""
        code = cell_text(value)
        if what.startswith("membership:"):
            return status_label(code) if code else self.tr("not a member")
        return alignment_label(code) if code else self.tr("no alignment")

    def differs(self, row: int, scenario: int) -> bool:
        names = self.names
        return cell_text(self.rows.at[row, names[scenario]]) != cell_text(
            self.rows.at[row, names[0]]
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        what = str(self.rows.at[row, "what"])
        scenario = column - 2
        if role == StateRole:
            return str(self.rows.at[row, "state"])
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column == self.STATE:
                return self.document.name(str(self.rows.at[row, "state"]))
            if column == self.WHAT:
                return self.what_label(what)
            return self.cell_label(what, self.rows.at[row, self.names[scenario]])
        if scenario >= 1 and self.differs(row, scenario):
            if role == Qt.ItemDataRole.FontRole:
                return bold_font()
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(DIFFERS_BACKGROUND)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Differs from “{reference}”: {label}").format(
                    reference=self.names[0],
                    label=self.cell_label(what, self.rows.at[row, self.names[0]]),
                )
        if role == Qt.ItemDataRole.ToolTipRole and column < 2:
            return self.tr("Click to select this state in the main window")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.STATE:
                return self.tr("State")
            if section == self.WHAT:
                return self.tr("What changes")
            if 0 <= section - 2 < len(self.names):
                return header_label(self.names[section - 2], section - 2, self.years)
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= section - 2 < len(self.names):
            name = self.names[section - 2]
            return name + ("\n" + self.tr("Reference") if section == 2 else "")
        return None
