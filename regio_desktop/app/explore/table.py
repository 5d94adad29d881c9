"""The exploration's combinations as a table: robust winners first, every combination reachable.

Rows are the engine's combinations in a display order (by default: share of weightings ranking
first, then Pareto-efficient, then table order), so the robust winners head the list while any
other combination can still be found by sorting a column. ``exploration_row`` and ``view_row``
translate between the displayed row and the engine's row, which is what the chart and
``Exploration.scenario`` speak. Once each combination's tensions are counted (``set_tensions``) a
last column shows them, and ``set_filter`` hides the combinations with more (the "consistent
only" filter) or outside a box of the Discover tab; a hidden combination has no view row
(``view_row`` is -1).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
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
from regio_desktop.app.common.indicator_labels import Localized, format_number, indicator_title
from regio_desktop.app.common.vocabulary_labels import alignment_label
from regio_desktop.app.explore.run_options import front_share_header
from regio_desktop.app.explore.table_texts import share_text, toggle_action_label

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


_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_ROLES = frozenset((_DISPLAY, _FOREGROUND, _ALIGNMENT, _FONT, Qt.ItemDataRole.ToolTipRole.value))
_VERTICAL = Qt.Orientation.Vertical
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


def default_order(exploration: api.Exploration) -> np.ndarray:
    """Robust winners first: share ranking first, then efficient before dominated, then table order."""
    table = exploration.table
    rows = np.arange(len(table))
    return np.lexsort((rows, ~table["pareto"].to_numpy(bool), -table["wins"].to_numpy(float)))


class ExplorationTableModel(QAbstractTableModel):
    """Columns: one per explored state (its choice), one per membership toggle (keeps, leaves or
    joins), efficient, share ranking first, the score under the weights, objectives."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.exploration: api.Exploration | None = None
        self.names: dict[str, str] = {}
        self.order = np.zeros(0, dtype=int)
        self._full_order = np.zeros(0, dtype=int)
        self._position = np.zeros(0, dtype=int)
        self._columns: list[np.ndarray] = []
        self._keys: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._labels: dict[str, str] = {}
        self._efficient = np.zeros(0, dtype=bool)
        self.scores = np.zeros(0)
        """Each combination's score under the weight sliders (0..1, higher is better)."""
        self.tensions: np.ndarray | None = None
        self.max_tensions: int | None = None
        self.shown: np.ndarray | None = None
        """Which combinations a box of the Discover tab keeps (None: every one)."""
        self._extra: tuple[str, ...] = ()  # pareto_share, when the front was tested

    # --- content -------------------------------------------------------------------------------
    def set_exploration(
        self, exploration: api.Exploration | None, names: dict[str, str] | None = None
    ) -> None:
        self.beginResetModel()
        self.exploration = exploration
        self.names = dict(names or {})
        self.scores = np.zeros(len(exploration.table) if exploration is not None else 0)
        self.tensions, self.shown = None, None
        table = exploration.table if exploration is not None else None
        self._extra = ("pareto_share",) if table is not None and "pareto_share" in table else ()
        self._cache()
        self._set_order(default_order(exploration) if exploration is not None else None)
        self.endResetModel()

    def _cache(self) -> None:
        """Each column as a numpy array, once: ``data`` is called for every visible cell (and by
        Qt's column sizing), so it must not go through pandas each time. Texts are made on
        demand: formatting 3^10 rows up front would cost more than showing them."""
        self._columns = []
        self._keys = []
        self._labels = {a: alignment_label(a) for a in api.ALIGNMENTS}
        if self.exploration is None:
            self._efficient = np.zeros(0, dtype=bool)
            self._numbers = np.zeros(0, dtype=int)
            return
        table = self.exploration.table
        self._efficient = table["pareto"].to_numpy(bool)
        # A row's number among every combination (a streamed table keeps only some).
        self._numbers = (
            table["combination"].to_numpy() + 1
            if "combination" in table
            else np.arange(len(table)) + 1
        )
        self._keys = [self._column_key(column) for column in range(self.columnCount())]
        self._columns = [self._values(key) for key in self._keys]

    def _values(self, key: str) -> np.ndarray:
        if key == "score":
            return self.scores
        if key == "tensions" and self.tensions is not None:
            return self.tensions
        assert self.exploration is not None
        return self.exploration.table[key].to_numpy()

    def set_tensions(self, counts: np.ndarray | None) -> None:
        """Show each combination's number of tensions as a last column (None: no column)."""
        self.beginResetModel()
        self.tensions = None if counts is None else np.asarray(counts, dtype=int)
        self._cache()
        self._set_order(self._full_order)
        self.endResetModel()

    def set_filter(self, max_tensions: int | None, shown: np.ndarray | None = None) -> None:
        """Hide the combinations with more than ``max_tensions`` tensions and those ``shown``
        (one boolean per combination) leaves out; None: no such filter."""
        self.beginResetModel()
        self.max_tensions, self.shown = max_tensions, shown
        self._set_order(self._full_order)
        self.endResetModel()

    def _text(self, key: str, value: object) -> str:
        if key.startswith("alignment_"):
            text = str(value)
            return self._labels.get(text) or alignment_label(text)
        if key.startswith("toggle_"):
            return toggle_action_label(str(value))
        if key == "pareto":
            return QCoreApplication.translate("ExplorationTable", "yes") if value else ""
        if key in ("wins", "pareto_share"):
            return share_text(float(value))  # type: ignore[arg-type]
        if key == "score":
            return f"{Localized(float(value)):.3f}"  # type: ignore[arg-type]
        if key == "tensions":
            return str(int(value))  # type: ignore[call-overload]
        return format_number(float(value))  # type: ignore[arg-type]

    def _set_order(self, order: np.ndarray | None) -> None:
        """Rows in ``order`` (every row of the table), less those the filters hide."""
        full = np.zeros(0, dtype=int) if order is None else np.asarray(order, dtype=int)
        self._full_order = full
        if self.tensions is not None and self.max_tensions is not None:
            full = full[self.tensions[full] <= self.max_tensions]
        if self.shown is not None and len(self.shown) == len(self._full_order):
            full = full[self.shown[full]]
        self.order = full
        self._position = np.full(len(self._full_order), -1, dtype=int)
        self._position[self.order] = np.arange(len(self.order))

    @property
    def states(self) -> tuple[str, ...]:
        return self.exploration.states if self.exploration is not None else ()

    @property
    def toggles(self) -> tuple[tuple[str, str], ...]:
        return self.exploration.toggles if self.exploration is not None else ()

    @property
    def objectives(self) -> tuple[str, ...]:
        return self.exploration.objectives if self.exploration is not None else ()

    def _column_key(self, column: int) -> str:
        """The table column behind a view column: alignment_XXX, toggle_XXX_BLOC, pareto, wins,
        score, pareto_share (the front tested), an objective or tensions."""
        n = len(self.states)
        if column < n:
            return f"alignment_{self.states[column]}"
        column -= n
        if column < len(self.toggles):
            state, bloc = self.toggles[column]
            return f"toggle_{state}_{bloc}"
        column -= len(self.toggles)
        if column == 0:
            return "pareto"
        if column == 1:
            return "wins"
        if column == 2:
            return "score"
        column -= 3
        if column < len(self._extra):
            return self._extra[column]
        column -= len(self._extra)
        if column == len(self.objectives):
            return "tensions"
        return self.objectives[column]

    def wins_column(self) -> int:
        """The view column of the share ranking first (the default sort)."""
        return len(self.states) + len(self.toggles) + 1

    def score_column(self) -> int:
        return self.wins_column() + 1

    def exploration_row(self, view_row: int) -> int:
        return int(self.order[view_row])

    def view_row(self, exploration_row: int) -> int:
        """The displayed row of an engine row; -1 when the tension filter hides it."""
        return int(self._position[exploration_row])

    # --- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.exploration is None:
            return 0
        extra = 1 if self.tensions is not None else 0
        fixed = len(self.states) + len(self.toggles) + 3 + len(self._extra)
        return fixed + len(self.objectives) + extra

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called for every visible cell and role at each repaint (a weight drag repaints the
        # whole view): roles are compared as plain ints and unused ones leave first.
        role = role if isinstance(role, int) else role.value
        if role not in _ROLES or self.exploration is None or not index.isValid():
            return None
        column, row = index.column(), int(self.order[index.row()])
        key = self._keys[column]
        if role == _DISPLAY:
            return self._text(key, self._columns[column][row])
        if role == _FOREGROUND:
            return CONSTANT_COLOUR if key in self.exploration.constant else None
        if role == _ALIGNMENT:
            return None if key.startswith(("alignment_", "toggle_")) else _RIGHT
        if role == _FONT:
            return self._bold if self._efficient[row] and key in ("pareto", "wins") else None
        if key == "wins":  # the tooltip
            return QCoreApplication.translate(
                "ExplorationTable",
                "Ranks first under {share:.1%} of the sampled weightings of the objectives",
            ).format(share=Localized(float(self._columns[column][row])))
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        role = role if isinstance(role, int) else role.value
        if orientation == _VERTICAL:  # asked for many rows at each re-order: plain ints first
            if role == _DISPLAY and self.exploration is not None:
                return str(int(self._numbers[self.order[section]]))
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
        if key.startswith("toggle_"):
            state, bloc = self.toggles[section - len(self.states)]
            if tooltip:
                return QCoreApplication.translate(
                    "ExplorationTable", "Whether {state} keeps its standing in {bloc} or flips it"
                ).format(state=self.names.get(state, state), bloc=bloc)
            return f"{state}:{bloc}"
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
        if key == "score":
            if tooltip:
                return QCoreApplication.translate(
                    "ExplorationTable",
                    "Score under the weights set on the sliders: the weighted mean of the "
                    "objectives, each scaled from 0 (the worst combination on it) to 1 (the "
                    "best); higher is better",
                )
            return QCoreApplication.translate("ExplorationTable", "Score")
        if key == "pareto_share":
            return front_share_header(tooltip)
        if key == "tensions":
            if tooltip:
                return QCoreApplication.translate(
                    "ExplorationTable",
                    "How many tensions (the warnings of the scenario's check) the combination "
                    "holds: 0 is consistent, fewer is better",
                )
            return QCoreApplication.translate("ExplorationTable", "Tensions")
        if constant:
            return constant_tooltip() if tooltip else constant_title(key)
        return indicator_title(key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (stable, ties in table order); the chart keeps its own rows."""
        if self.exploration is None:
            return
        key = self._column_key(column)
        table = self.exploration.table
        values = pd.Series(self._values(key))
        if key.startswith("alignment_"):
            values = values.map(alignment_label)
        elif key.startswith("toggle_"):
            values = values.map(toggle_action_label)
        rank = values.rank(method="dense").to_numpy()
        if not _ascending(order):
            rank = -rank
        # Ties keep table order; among equal shares the efficient combinations come first.
        keys = [np.arange(len(table)), rank]
        if key == "wins":
            keys.insert(1, ~table["pareto"].to_numpy(bool))
        self._reorder(np.lexsort(keys))

    def set_weighted(self, scores: np.ndarray, top: np.ndarray) -> None:
        """Show ``scores`` and put the ``top`` rows (best first) at the head of the table, the
        others after them in table order: only the head is ranked, so a drag stays fast."""
        if self.exploration is None:
            return
        self.set_scores(scores, announce=False)
        rest = np.ones(len(self.scores), dtype=bool)
        rest[top] = False
        self._reorder(np.concatenate([top, np.flatnonzero(rest)]))

    def set_scores(self, scores: np.ndarray, announce: bool = True) -> None:
        """Show ``scores`` in the Score column, leaving the order as it is (``announce``: tell
        the view; a re-order that follows repaints every cell anyway)."""
        self.scores[:] = scores
        if not announce:
            return
        column = self.score_column()
        self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def set_default_order(self) -> None:
        """Robust winners first again (the scores stay as shown)."""
        if self.exploration is None:
            return
        self._reorder(default_order(self.exploration))

    def _reorder(self, ranked: np.ndarray) -> None:
        """Show the rows in ``ranked`` order, keeping every persistent index on its row."""
        self.layoutAboutToBeChanged.emit()
        old = [self.exploration_row(i.row()) for i in self.persistentIndexList()]
        self._set_order(ranked)
        for index, row in zip(self.persistentIndexList(), old, strict=True):
            self.changePersistentIndex(index, self.index(self.view_row(row), index.column()))
        self.layoutChanged.emit()


def _ascending(order: Qt.SortOrder) -> bool:
    return order == Qt.SortOrder.AscendingOrder
