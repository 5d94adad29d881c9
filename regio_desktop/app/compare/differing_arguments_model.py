"""The arguments that apply to some compared scenarios and not to others, with a column per
scenario saying whether it matches (and a legend of the scenario letters)."""

from __future__ import annotations

import itertools

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from regio_desktop import api
from regio_desktop.app.common.citations import choice_title, short_citation
from regio_desktop.app.common.palette import STANCE_COLOURS
from regio_desktop.app.common.vocabulary_labels import stance_label
from regio_desktop.app.compare.comparison_cells import (
    LETTERS,
    ModelIndex,
    SortRole,
    StateRole,
    cell_text,
)
from regio_desktop.app.documents.scenario_document import ScenarioDocument


def _matched_in(text: str, names: tuple[str, ...]) -> frozenset[str]:
    """The scenarios named in an ``in_scenarios`` cell (sorted names joined by '; ').

    Splitting on '; ' would break a name that itself contains '; ', so the cell is matched
    against every subset of the compared names instead (at most 15 of them for four).
    """
    for size in range(1, len(names) + 1):
        for subset in itertools.combinations(names, size):
            if "; ".join(sorted(subset)) == text:
                return frozenset(subset)
    return frozenset(part for part in text.split("; ") if part)


def legend(names: tuple[str, ...]) -> str:
    """'A: Status quo · B: …': the key to the lettered columns."""
    return " · ".join(f"{letter}: {name}" for letter, name in zip(LETTERS, names, strict=False))


class DifferingArgumentsModel(QAbstractTableModel):
    """``Comparison.arguments``: arguments matched by some scenarios and not by others.

    Columns: state, choice, stance, claim, citation, then a tick per scenario that matches it.
    The tick columns are headed by letters (A is the reference) so that the claim and the
    citation keep the width they need to be read; header tooltips give the full names.
    """

    STATE, CHOICE, STANCE, CLAIM, CITATION = range(5)

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.names: tuple[str, ...] = ()
        self.rows = pd.DataFrame()
        self.matched: list[frozenset[str]] = []

    def set_comparison(self, comparison: api.Comparison | None) -> None:
        self.beginResetModel()
        if comparison is None:
            self.names, self.rows, self.matched = (), pd.DataFrame(), []
        else:
            self.names = comparison.names
            self.rows = comparison.arguments.reset_index(drop=True)
            self.matched = [
                _matched_in(cell_text(text), self.names) for text in self.rows["in_scenarios"]
            ]
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.names else 5 + len(self.names)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        record = self.rows.iloc[row]
        scenario = column - 5
        if role == StateRole:
            return str(record["state"])
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column == self.STATE:
                return self.document.name(str(record["state"]))
            if column == self.CHOICE:
                return choice_title(str(record["choice"]), self.document.name)
            if column == self.STANCE:
                return stance_label(str(record["stance"]))
            if column == self.CLAIM:
                return cell_text(record["claim"])
            if column == self.CITATION:
                return short_citation(cell_text(record["citation"]))
            return "✓" if self.names[scenario] in self.matched[row] else ""
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STANCE:
            colour = STANCE_COLOURS.get(str(record["stance"]))
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and scenario >= 0:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            if scenario >= 0:
                name = self.names[scenario]
                if name in self.matched[row]:
                    return self.tr("Matches a choice of “{name}”").format(name=name)
                return self.tr("Does not apply to “{name}”").format(name=name)
            return self.tr("{id}: {claim}\n\n{citation}").format(
                id=cell_text(record["id"]),
                claim=cell_text(record["claim"]),
                citation=cell_text(record["citation"]),
            )
        if role == Qt.ItemDataRole.AccessibleTextRole and scenario >= 0:
            name = self.names[scenario]
            return (
                self.tr("matches {name}") if name in self.matched[row] else self.tr("not {name}")
            ).format(name=name)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("State"),
            self.tr("Choice"),
            self.tr("Stance"),
            self.tr("Claim"),
            self.tr("Citation"),
        )
        if role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(titles):
                return titles[section]
            if 0 <= section - 5 < len(self.names):
                return LETTERS[section - 5]
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= section - 5 < len(self.names):
            return self.tr("{letter}: {name}\n✓: the argument speaks to a choice it makes").format(
                letter=LETTERS[section - 5], name=self.names[section - 5]
            )
        if role == Qt.ItemDataRole.AccessibleTextRole and 0 <= section - 5 < len(self.names):
            return self.names[section - 5]
        return None
