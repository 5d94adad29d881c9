"""The indicator table: the evaluation's figures with baseline and change, for one state or all.

The model reads ``Evaluation.indicators`` (a long table computed by the engine) and only formats
it; sorting goes through a QSortFilterProxyModel on raw numbers. Clicking a row selects its state.
"""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.scenario_document import ScenarioDocument
from regio_desktop.app.theme import delta_colour

SortRole = Qt.ItemDataRole.UserRole + 1
EntityRole = Qt.ItemDataRole.UserRole + 2
UP_COLOUR = QColor("#1f5fa8")
DOWN_COLOUR = QColor("#b4441b")
ModelIndex = QModelIndex | QPersistentModelIndex

ENTITY, TITLE, VALUE, BASELINE, DELTA = range(5)
SHOW_SELECTED, SHOW_ALL_STATES, SHOW_BLOCS, SHOW_REGION = ("selected", "states", "blocs", "region")


def indicator_title(code: str) -> str:
    """The indicator's title in the user's language (the catalogue holds English)."""
    info = _catalogue().get(code)
    return QCoreApplication.translate("Indicators", info.title) if info else code


def indicator_description(code: str) -> str:
    info = _catalogue().get(code)
    return QCoreApplication.translate("Indicators", info.description) if info else ""


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _catalogue() -> dict[str, api.IndicatorInfo]:
    return {info.code: info for info in api.INDICATORS}


def format_number(value: float, signed: bool = False) -> str:
    """A figure in the user's locale, with as many decimals as its size deserves."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    locale = QLocale()
    magnitude = abs(value)
    if magnitude >= 1e9:
        text = (
            locale.toString(value / 1e9, "f", 1)
            + " "
            + QCoreApplication.translate("IndicatorTable", "bn")
        )
    elif magnitude >= 1e6:
        text = (
            locale.toString(value / 1e6, "f", 1)
            + " "
            + QCoreApplication.translate("IndicatorTable", "m")
        )
    elif magnitude >= 100:
        text = locale.toString(value, "f", 0)
    elif magnitude >= 10 or magnitude == 0:
        text = locale.toString(value, "f", 1)
    else:
        text = locale.toString(value, "f", 2)
    if signed and value > 0:
        text = "+" + text
    return text


class IndicatorTableModel(QAbstractTableModel):
    """Rows of ``Evaluation.indicators`` for the chosen level and, for states, the chosen state."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.mode = SHOW_SELECTED
        self.rows = pd.DataFrame()
        document.changed.connect(self.reload)
        document.selection_changed.connect(self._selection_changed)
        self.reload()

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.reload()

    def _selection_changed(self, _state: str) -> None:
        if self.mode == SHOW_SELECTED:
            self.reload()

    def _rows(self) -> pd.DataFrame:
        table = self.document.evaluation.indicators
        if self.mode == SHOW_SELECTED:
            state = self.document.selected_state
            return table[(table["level"] == "state") & (table["entity"] == state)]
        level = {SHOW_ALL_STATES: "state", SHOW_BLOCS: "bloc", SHOW_REGION: "region"}[self.mode]
        return table[table["level"] == level]

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._rows().reset_index(drop=True)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def value(self, row: int, column: str) -> object:
        return self.rows.at[row, column]

    def find_row(self, indicator: str, entity: str | None = None) -> int:
        """The row of an indicator (for an entity), or -1: used by tests and the self-test."""
        for row in range(len(self.rows)):
            if self.rows.at[row, "indicator"] == indicator and (
                entity is None or self.rows.at[row, "entity"] == entity
            ):
                return row
        return -1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        record = self.rows.iloc[row]
        number = {VALUE: "value", BASELINE: "baseline", DELTA: "delta"}.get(column)
        if role == EntityRole:
            return str(record["entity"])
        if role == SortRole:
            if number:
                raw = float(record[number])
                return -math.inf if math.isnan(raw) else raw
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ENTITY:
                entity = str(record["entity"])
                return (
                    QCoreApplication.translate("IndicatorTable", "Region")
                    if entity == "region"
                    else self.document.name(entity)
                )
            if column == TITLE:
                return indicator_title(str(record["indicator"]))
            if number:
                return format_number(float(record[number]), signed=column == DELTA)
        if role == Qt.ItemDataRole.TextAlignmentRole and number:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if column == DELTA and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            delta = float(record["delta"])
            if math.isnan(delta) or abs(delta) < 1e-12:
                return None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return QBrush(delta_colour(delta > 0))
        if role == Qt.ItemDataRole.ToolTipRole:
            unit = QCoreApplication.translate("Units", _text(record["unit"]))
            description = indicator_description(str(record["indicator"]))
            return "\n".join(
                part
                for part in (
                    description,
                    QCoreApplication.translate("IndicatorTable", "Unit: {unit}").format(unit=unit),
                )
                if part
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("IndicatorTable", "Entity"),
            QCoreApplication.translate("IndicatorTable", "Indicator"),
            QCoreApplication.translate("IndicatorTable", "Scenario"),
            QCoreApplication.translate("IndicatorTable", "Baseline"),
            QCoreApplication.translate("IndicatorTable", "Change"),
        )
        return titles[section] if 0 <= section < len(titles) else None


class IndicatorPanel(QWidget):
    """A mode chooser (selected state, all states, blocs, region) over the sortable table."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = IndicatorTableModel(document, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.mode = QComboBox()
        for mode, label in (
            (SHOW_SELECTED, QCoreApplication.translate("IndicatorTable", "Selected state")),
            (SHOW_ALL_STATES, QCoreApplication.translate("IndicatorTable", "All states")),
            (SHOW_BLOCS, QCoreApplication.translate("IndicatorTable", "Blocs")),
            (SHOW_REGION, QCoreApplication.translate("IndicatorTable", "Region")),
        ):
            self.mode.addItem(label, mode)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.caption = QLabel()
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(self._row_clicked)
        self.view.setAccessibleName(QCoreApplication.translate("IndicatorTable", "Indicators"))
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("IndicatorTable", "Show:")))
        top.addWidget(self.mode)
        top.addWidget(self.caption, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view)
        document.selection_changed.connect(self._update_caption)
        document.changed.connect(self._update_caption)
        self._mode_changed()

    def _mode_changed(self) -> None:
        mode = str(self.mode.currentData())
        self.model.set_mode(mode)
        self.view.setColumnHidden(ENTITY, mode in (SHOW_SELECTED, SHOW_REGION))
        self._update_caption()

    def _update_caption(self) -> None:
        state = self.document.selected_state
        if self.model.mode == SHOW_SELECTED and state:
            text = QCoreApplication.translate("IndicatorTable", "{state}, baseline {year}").format(
                state=self.document.name(state), year=self.document.evaluation.year
            )
        else:
            text = QCoreApplication.translate("IndicatorTable", "baseline {year}").format(
                year=self.document.evaluation.year
            )
        self.caption.setText(text)

    def _row_clicked(self, index: QModelIndex) -> None:
        if self.model.mode in (SHOW_SELECTED, SHOW_ALL_STATES):
            entity = self.proxy.data(index, EntityRole)
            if isinstance(entity, str):
                self.document.select_state(entity)
