"""The exploration's combinations as a table: robust winners first, every combination reachable.

Rows are the engine's combinations in a display order (by default: share of weightings ranking
first, then Pareto-efficient, then table order), so the robust winners head the list while any
other combination can still be found by sorting a column. ``exploration_row`` and ``view_row``
translate between the displayed row and the engine's row, which is what the chart and
``Exploration.scenario`` speak.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import format_number, indicator_title
from regio_desktop.app.common.vocabulary_labels import alignment_label

ModelIndex = QModelIndex | QPersistentModelIndex
CONSTANT_COLOUR = QColor(150, 150, 150)
"""Objectives that never move are greyed: they are shown but take no part in the front."""


def constant_title(code: str) -> str:
    """An objective's title marked as constant over every combination."""
    return QCoreApplication.translate("ExplorationTable", "{title} (constant)").format(
        title=indicator_title(code)
    )


def constant_tooltip() -> str:
    return QCoreApplication.translate(
        "ExplorationTable",
        "Takes the same value in every combination: it cannot trade off against anything, so "
        "it is left out of the Pareto front and of the weightings",
    )


def share_text(share: float) -> str:
    """A share of weightings as a whole percent; '<1%' rather than a misleading '0%'."""
    if share <= 0:
        return "–"
    if share < 0.005:
        return QCoreApplication.translate("ExplorationTable", "<1%")
    return QCoreApplication.translate("ExplorationTable", "{percent}%").format(
        percent=round(share * 100)
    )


def default_order(exploration: api.Exploration) -> np.ndarray:
    """Robust winners first: share ranking first, then efficient before dominated, then table order."""
    table = exploration.table
    rows = np.arange(len(table))
    return np.lexsort((rows, ~table["pareto"].to_numpy(bool), -table["wins"].to_numpy(float)))


class ExplorationTableModel(QAbstractTableModel):
    """Columns: one per explored state (its choice), efficient, share ranking first, objectives."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.exploration: api.Exploration | None = None
        self.names: dict[str, str] = {}
        self.order = np.zeros(0, dtype=int)
        self._position = np.zeros(0, dtype=int)
        self._columns: list[np.ndarray] = []
        self._labels: dict[str, str] = {}
        self._efficient = np.zeros(0, dtype=bool)
        self._extra: tuple[str, ...] = ()

    # --- content -------------------------------------------------------------------------------
    def set_exploration(
        self, exploration: api.Exploration | None, names: dict[str, str] | None = None
    ) -> None:
        self.beginResetModel()
        self.exploration = exploration
        self.names = dict(names or {})
        table = exploration.table if exploration is not None else None
        self._extra = ("pareto_share",) if table is not None and "pareto_share" in table else ()
        """``pareto_share`` when the run tested the front against the estimates."""
        self._cache()
        self._set_order(default_order(exploration) if exploration is not None else None)
        self.endResetModel()

    def _cache(self) -> None:
        """Each column as a numpy array, once: ``data`` is called for every visible cell (and by
        Qt's column sizing), so it must not go through pandas each time. Texts are made on
        demand: formatting 3^10 rows up front would cost more than showing them."""
        self._columns = []
        self._labels = {a: alignment_label(a) for a in api.ALIGNMENTS}
        if self.exploration is None:
            self._efficient = np.zeros(0, dtype=bool)
            return
        table = self.exploration.table
        self._efficient = table["pareto"].to_numpy(bool)
        self._columns = [
            table[self._column_key(column)].to_numpy() for column in range(self.columnCount())
        ]

    def _text(self, key: str, value: object) -> str:
        if key.startswith("alignment_"):
            text = str(value)
            return self._labels.get(text) or alignment_label(text)
        if key == "pareto":
            return QCoreApplication.translate("ExplorationTable", "yes") if value else ""
        if key in ("wins", "pareto_share"):
            return share_text(float(value))  # type: ignore[arg-type]
        return format_number(float(value))  # type: ignore[arg-type]

    def _set_order(self, order: np.ndarray | None) -> None:
        self.order = np.zeros(0, dtype=int) if order is None else np.asarray(order, dtype=int)
        self._position = np.empty(len(self.order), dtype=int)
        self._position[self.order] = np.arange(len(self.order))

    @property
    def states(self) -> tuple[str, ...]:
        return self.exploration.states if self.exploration is not None else ()

    @property
    def objectives(self) -> tuple[str, ...]:
        return self.exploration.objectives if self.exploration is not None else ()

    def _column_key(self, column: int) -> str:
        """The table column behind a view column: alignment_XXX, pareto, wins, pareto_share
        (when the run tested the front) or an objective."""
        n = len(self.states)
        if column < n:
            return f"alignment_{self.states[column]}"
        fixed = ("pareto", "wins", *self._extra)
        if column < n + len(fixed):
            return fixed[column - n]
        return self.objectives[column - n - len(fixed)]

    def exploration_row(self, view_row: int) -> int:
        return int(self.order[view_row])

    def view_row(self, exploration_row: int) -> int:
        return int(self._position[exploration_row])

    # --- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.exploration is None:
            return 0
        return len(self.states) + 2 + len(self._extra) + len(self.objectives)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.exploration is None:
            return None
        column, row = index.column(), self.exploration_row(index.row())
        key = self._column_key(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(key, self._columns[column][row])
        if role == Qt.ItemDataRole.ForegroundRole and key in self.exploration.constant:
            return CONSTANT_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and not key.startswith("alignment_"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._efficient[row] and key in ("pareto", "wins"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and key == "wins":
            return QCoreApplication.translate(
                "ExplorationTable",
                "Ranks first under {share:.1%} of the sampled weightings of the objectives",
            ).format(share=float(self._columns[column][row]))
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and self.exploration is not None:
                return str(self.exploration_row(section) + 1)
            return None
        if self.exploration is None:
            return None
        key = self._column_key(section)
        constant = key in self.exploration.constant
        if role == Qt.ItemDataRole.ForegroundRole and constant:
            return CONSTANT_COLOUR
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        tooltip = role == Qt.ItemDataRole.ToolTipRole
        if key.startswith("alignment_"):
            state = key.removeprefix("alignment_")
            return self.names.get(state, state) if tooltip else state
        if key == "pareto":
            if tooltip:
                return QCoreApplication.translate(
                    "ExplorationTable",
                    "Pareto-efficient: no other combination is at least as good on every "
                    "objective and better on one",
                )
            return QCoreApplication.translate("ExplorationTable", "Efficient")
        if key == "wins":
            if tooltip:
                return QCoreApplication.translate(
                    "ExplorationTable",
                    "Share of randomly sampled weightings of the objectives under which this "
                    "combination ranks first: the robust winners rank first under many",
                )
            return QCoreApplication.translate("ExplorationTable", "Ranks first")
        if key == "pareto_share":
            if tooltip:
                return QCoreApplication.translate(
                    "ExplorationTable",
                    "Share of draws of the weights, constants and estimated data over their "
                    "plausible ranges in which this combination is Pareto-efficient: near 100% "
                    "it is on the front whatever the estimates",
                )
            return QCoreApplication.translate("ExplorationTable", "On the front")
        if constant:
            return constant_tooltip() if tooltip else constant_title(key)
        return indicator_title(key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (stable, ties in table order); the chart keeps its own rows."""
        if self.exploration is None:
            return
        key = self._column_key(column)
        table = self.exploration.table
        values = table[key]
        if key.startswith("alignment_"):
            values = values.map(alignment_label)
        rank = values.rank(method="dense").to_numpy()
        if not _ascending(order):
            rank = -rank
        # Ties keep table order; among equal shares the efficient combinations come first.
        keys = [np.arange(len(table)), rank]
        if key == "wins":
            keys.insert(1, ~table["pareto"].to_numpy(bool))
        ranked = np.lexsort(keys)
        self.layoutAboutToBeChanged.emit()
        old = [self.exploration_row(i.row()) for i in self.persistentIndexList()]
        self._set_order(ranked)
        for index, row in zip(self.persistentIndexList(), old, strict=True):
            self.changePersistentIndex(index, self.index(self.view_row(row), index.column()))
        self.layoutChanged.emit()


def _ascending(order: Qt.SortOrder) -> bool:
    return order == Qt.SortOrder.AscendingOrder
