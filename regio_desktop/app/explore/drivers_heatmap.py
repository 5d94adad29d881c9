"""Explore's Drivers tab: which explored choice moves each objective most, as a coloured table.

Rows are the factors of the exploration (each state's alignment, each membership toggle),
columns its objectives, and a cell's colour and number are the factor's share of that
objective's variance over all combinations (``api.exploration_drivers``): its total share by
default (with every interaction it takes part in), or its first-order share (the factor alone).
A table with coloured cells rather than a drawn image: every cell has a number a screen reader
reads and a keyboard reaches, a tooltip, and a value a test can ask the model for; the colour
only repeats the number. Words are translated in the context "ExploreDrivers".
"""

from __future__ import annotations

import html

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.bloc_labels import bloc_short_name
from regio_desktop.app.common.indicator_labels import (
    Localized,
    format_number,
    indicator_title,
    unit_text,
)
from regio_desktop.app.common.indicator_short_titles import indicator_short_title
from regio_desktop.app.common.palette import is_dark

ModelIndex = QModelIndex | QPersistentModelIndex
LOW = (247, 251, 255)
HIGH = (8, 48, 107)
"""The colour scale's ends (a sequential blue, light = no share, dark = all of the variance)."""
LOW_DARK = (40, 44, 52)
HIGH_DARK = (120, 180, 255)


def share_colour(share: float, dark: bool = False) -> QColor:
    """The cell colour of a share between 0 and 1 (linear between the scale's ends)."""
    low, high = (LOW_DARK, HIGH_DARK) if dark else (LOW, HIGH)
    t = min(max(share, 0.0), 1.0)
    return QColor(*(round(a + (b - a) * t) for a, b in zip(low, high, strict=True)))


def two_lines(title: str, width: int = 14) -> str:
    """A column title broken at the space nearest its middle when longer than ``width``
    characters, so six objectives fit side by side without cutting their names."""
    if len(title) <= width or " " not in title:
        return title
    middle = len(title) // 2
    spaces = [i for i, c in enumerate(title) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{title[:cut]}\n{title[cut + 1 :]}"


def factor_words(exploration: api.Exploration, factor: str, name: dict[str, str]) -> str:
    """A factor in words: "Kazakhstan (alignment)" or "Kazakhstan in CSTO (leaves or stays)"."""
    state, _, bloc = factor.partition(":")
    state_name = name.get(state, state)
    if not bloc:
        return QCoreApplication.translate("ExploreDrivers", "{state} (alignment)").format(
            state=state_name
        )
    actions = set(exploration.table[f"toggle_{state}_{bloc}"]) - {"keep"}
    if "join" in actions:
        text = QCoreApplication.translate(
            "ExploreDrivers", "{state} in {bloc} (joins or stays out)"
        )
    else:
        text = QCoreApplication.translate("ExploreDrivers", "{state} in {bloc} (leaves or stays)")
    return text.format(state=state_name, bloc=bloc_short_name(bloc))


class DriversModel(QAbstractTableModel):
    """Factors by objectives; ``share(row, column)`` is the number a cell shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.exploration: api.Exploration | None = None
        self.factors: list[str] = []
        self.objectives: list[str] = []
        self.kind = "total"
        self._first: dict[tuple[str, str], float] = {}
        self._total: dict[tuple[str, str], float] = {}
        self._words: list[str] = []
        self._spreads: dict[str, api.Spread] = {}

    def set_drivers(
        self,
        exploration: api.Exploration | None,
        shares: pd.DataFrame | None,
        names: dict[str, str] | None = None,
    ) -> None:
        self.beginResetModel()
        self.exploration = exploration
        self.factors, self.objectives, self._words = [], [], []
        self._first, self._total, self._spreads = {}, {}, {}
        if exploration is not None and shares is not None:
            self._spreads = api.exploration_spreads(exploration)
            self.factors = list(dict.fromkeys(shares["factor"]))
            self.objectives = list(dict.fromkeys(shares["objective"]))
            for record in shares.itertuples(index=False):
                key = (str(record.factor), str(record.objective))
                self._first[key] = float(record.first_order)
                self._total[key] = float(record.total)
            self._words = [factor_words(exploration, f, names or {}) for f in self.factors]
        self.endResetModel()

    def set_kind(self, kind: str) -> None:
        """Show ``total`` or ``first_order`` shares."""
        if kind not in ("total", "first_order"):
            raise ValueError(f"unknown share kind {kind!r}")
        self.kind = kind
        if self.factors:
            last = self.index(len(self.factors) - 1, len(self.objectives) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def share(self, row: int, column: int, kind: str | None = None) -> float:
        key = (self.factors[row], self.objectives[column])
        return (self._first if (kind or self.kind) == "first_order" else self._total)[key]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.factors)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.objectives)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.exploration is None:
            return None
        share = self.share(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return "–" if self._constant(index.column()) else f"{Localized(share):.2f}"
        if role == Qt.ItemDataRole.UserRole:
            return share
        if role == Qt.ItemDataRole.BackgroundRole:
            return share_colour(share, is_dark())
        if role == Qt.ItemDataRole.ForegroundRole:
            # Dark cells take light text (and, in dark mode, light cells take dark text).
            light_text = (share > 0.55) != is_dark()
            return QColor(255, 255, 255) if light_text else QColor(20, 20, 20)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(index.row(), index.column())
        return None

    def _constant(self, column: int) -> bool:
        return self.exploration is not None and self.objectives[column] in self.exploration.constant

    def cell_text(self, row: int, column: int) -> str:
        """The tooltip: the factor in words, the objective, and both shares."""
        objective = self.objectives[column]
        text = QCoreApplication.translate(
            "ExploreDrivers",
            "{factor} → {objective}\nTotal share of the variance: {total:.0%} (with the "
            "interactions it takes part in)\nFirst-order share: {first:.0%} (this choice alone)",
        ).format(
            factor=self._words[row],
            objective=indicator_title(objective),
            total=Localized(self.share(row, column, "total")),
            first=Localized(self.share(row, column, "first_order")),
        )
        if self.exploration is not None and objective in self.exploration.constant:
            text += "\n" + QCoreApplication.translate(
                "ExploreDrivers", "Constant in every combination: no choice moves it."
            )
        return text

    def spread_text(self, code: str) -> str:
        """How far an objective moves over the combinations, in its unit: a share of a small
        spread is a small effect, and a constant objective has no variance to share out."""
        spread = self._spreads.get(code)
        if spread is None:
            return ""
        if spread.constant:
            return QCoreApplication.translate(
                "ExploreDrivers",
                "{value} ({unit}) in every combination: no choice moves it, so there is no "
                "variance to share out and every cell shows –",
            ).format(value=format_number(spread.low), unit=unit_text(code))
        return QCoreApplication.translate(
            "ExploreDrivers",
            "spread {width} ({unit}): from {low} to {high} over the combinations; the shares "
            "split this variance",
        ).format(
            width=format_number(spread.width),
            unit=unit_text(code),
            low=format_number(spread.low),
            high=format_number(spread.high),
        )

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and orientation == Qt.Orientation.Horizontal
            and section < len(self.objectives)
            and self._constant(section)
        ):
            return QColor(150, 150, 150)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._words[section] if section < len(self._words) else None
        if section >= len(self.objectives):
            return None
        code = self.objectives[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            spread = self.spread_text(code)
            return f"{indicator_title(code)}: {spread}" if spread else indicator_title(code)
        return two_lines(indicator_short_title(code))


class DriversView(QWidget):
    """The share toggle (total or first-order), the coloured table and its legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DriversModel(self)
        self.total_button = QRadioButton(
            QCoreApplication.translate("ExploreDrivers", "&Total share")
        )
        self.total_button.setToolTip(
            QCoreApplication.translate(
                "ExploreDrivers", "Each choice's share with every interaction it takes part in"
            )
        )
        self.first_button = QRadioButton(
            QCoreApplication.translate("ExploreDrivers", "&First-order share")
        )
        self.first_button.setToolTip(
            QCoreApplication.translate(
                "ExploreDrivers", "Each choice's share alone, without interactions"
            )
        )
        self.total_button.setChecked(True)
        self.kind_group = QButtonGroup(self)
        for button in (self.total_button, self.first_button):
            self.kind_group.addButton(button)
        self.total_button.toggled.connect(self._kind_toggled)
        kinds = QHBoxLayout()
        kinds.addWidget(QLabel(QCoreApplication.translate("ExploreDrivers", "Show:")))
        kinds.addWidget(self.total_button)
        kinds.addWidget(self.first_button)
        kinds.addStretch(1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(
            QCoreApplication.translate("ExploreDrivers", "Drivers: choices by objectives")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(
            QCoreApplication.translate("ExploreDrivers", "What the colours of the drivers mean")
        )
        self.empty = QCoreApplication.translate(
            "ExploreDrivers", "Run an exploration to see which choices drive each objective."
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.set_drivers(None, None)

    def set_drivers(
        self,
        exploration: api.Exploration | None,
        shares: pd.DataFrame | None,
        names: dict[str, str] | None = None,
    ) -> None:
        self.model.set_drivers(exploration, shares, names)
        self._say()

    def _kind_toggled(self) -> None:
        self.model.set_kind("total" if self.total_button.isChecked() else "first_order")
        self._say()

    def _say(self) -> None:
        if self.model.exploration is None:
            self.legend.setText(self.empty)
            return
        dark = is_dark()
        steps = "".join(
            f"<td bgcolor='{share_colour(t, dark).name()}' style='color:"
            f"{'#ffffff' if (t > 0.55) != dark else '#141414'}'>&nbsp;{Localized(t):g}&nbsp;</td>"
            for t in (0.0, 0.25, 0.5, 0.75, 1.0)
        )
        scale = f"<table cellspacing='0' cellpadding='2'><tr>{steps}</tr></table>"
        if self.model.kind == "total":
            what = QCoreApplication.translate(
                "ExploreDrivers",
                "Colour and number: the choice's total share of the objective's variance over all "
                "combinations, 0 to 1 (with the interactions it takes part in). Higher means this "
                "choice matters more for that objective.",
            )
        else:
            what = QCoreApplication.translate(
                "ExploreDrivers",
                "Colour and number: the choice's first-order share of the objective's variance "
                "over all combinations, 0 to 1 (the choice alone). Higher means this choice "
                "matters more for that objective.",
            )
        hover = QCoreApplication.translate(
            "ExploreDrivers",
            "An objective's name says, when you point at it, how far the objective moves: a "
            "large share of a small spread is still a small effect.",
        )
        self.legend.setText(f"{scale}{html.escape(what)} {html.escape(hover)}")
