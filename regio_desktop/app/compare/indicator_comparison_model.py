"""Indicator values of the compared scenarios side by side, with each one's change against the
reference (the first), judged better or worse for the state where the indicator says which."""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import (
    SHOW_SELECTED,
    format_number,
    indicator_description,
    indicator_title,
    judgement_mark,
    rows_shown,
)
from regio_desktop.app.common.palette import judgement_colour
from regio_desktop.app.compare.comparison_cells import (
    ENTITY,
    EPSILON,
    TITLE,
    ModelIndex,
    SortRole,
    StateRole,
    bold_font,
    cell_text,
    format_delta,
    header_label,
    is_nan,
)
from regio_desktop.app.documents.scenario_document import ScenarioDocument


class IndicatorComparisonModel(QAbstractTableModel):
    """``Comparison.values`` for one level (and, for states, possibly one state).

    Columns: indicator, entity, one value per scenario, one delta per non-reference scenario.
    A delta is green when it is better for the state, red when worse (``higher_is`` of the
    indicator's catalogue entry); indicators with no better direction stay uncoloured.
    """

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.comparison: api.Comparison | None = None
        self.years: tuple[int, ...] = ()
        self.mode = SHOW_SELECTED
        self.only_differing = False
        self.rows = pd.DataFrame()
        document.selection_changed.connect(self._selection_changed)
        document.state_filter.changed.connect(self.reload)

    # --- state ---------------------------------------------------------------------------------
    @property
    def names(self) -> tuple[str, ...]:
        return self.comparison.names if self.comparison is not None else ()

    def set_comparison(self, comparison: api.Comparison | None, years: tuple[int, ...]) -> None:
        self.comparison, self.years = comparison, years
        self.reload()

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.reload()

    def set_only_differing(self, only: bool) -> None:
        if only != self.only_differing:
            self.only_differing = only
            self.reload()

    def _selection_changed(self, _state: str) -> None:
        if self.mode == SHOW_SELECTED:
            self.reload()

    def differing(self, frame: pd.DataFrame) -> pd.Series:
        """Rows where some scenario's figure differs from the reference's (or only one is
        missing): what "only rows that differ" keeps."""
        names = list(self.names)
        deltas = frame[[f"delta: {name}" for name in names[1:]]]
        moved = deltas.abs().gt(EPSILON).any(axis=1)
        missing = frame[names].isna()
        return moved | (missing.any(axis=1) & ~missing.all(axis=1))

    def _rows(self) -> pd.DataFrame:
        if self.comparison is None:
            return pd.DataFrame()
        table = rows_shown(
            self.comparison.values,
            self.mode,
            self.document.selected_state,
            self.document.state_filter.states,
        )
        if self.only_differing and not table.empty:
            table = table[self.differing(table)]
        return table.reset_index(drop=True)

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._rows()
        self.endResetModel()

    # --- shape ---------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        n = len(self.names)
        return 0 if parent.isValid() or n == 0 else 1 + 2 * n

    def value_column(self, scenario: int) -> int:
        """The column of scenario ``scenario``'s value (0 is the reference).

        Each non-reference scenario's delta sits right after its value, so a header names a
        scenario once and the change is read next to the figure it belongs to.
        """
        return 2 if scenario == 0 else 1 + 2 * scenario

    def delta_column(self, scenario: int) -> int:
        """The column of scenario ``scenario``'s delta against the reference (1 and up)."""
        return 2 + 2 * scenario

    def _field(self, column: int) -> tuple[str, int]:
        """('value' or 'delta', scenario number) of a numeric column; ('', -1) otherwise."""
        if column == 2 and self.names:
            return "value", 0
        offset = column - 3
        if 0 <= offset < 2 * (len(self.names) - 1):
            return ("value" if offset % 2 == 0 else "delta"), offset // 2 + 1
        return "", -1

    def find_row(self, indicator: str, entity: str) -> int:
        """The row of an indicator for an entity, or -1 (tests and callers look rows up)."""
        if self.rows.empty:
            return -1
        hits = self.rows.index[
            (self.rows["indicator"] == indicator) & (self.rows["entity"] == entity)
        ]
        return int(hits[0]) if len(hits) else -1

    def number(self, row: int, column: int) -> float:
        """The raw figure behind a value or delta cell (NaN when missing)."""
        kind, scenario = self._field(column)
        name = self.names[scenario]
        raw = self.rows.at[row, name if kind == "value" else f"delta: {name}"]
        return math.nan if is_nan(raw) else float(raw)

    def judgement(self, row: int, scenario: int) -> str:
        """'better', 'worse', 'same' or 'neutral' for a delta (``IndicatorInfo.judge``); an
        indicator missing from the catalogue is judged 'neutral' when it moves."""
        delta = self.number(row, self.delta_column(scenario))
        try:
            info = api.indicator_info(str(self.rows.at[row, "indicator"]))
        except KeyError:
            return "neutral" if api.is_change(delta) else "same"
        return info.judge(delta)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        kind, scenario = self._field(column)
        if role == StateRole:
            return str(self.rows.at[row, "entity"])
        if role == SortRole:
            if kind:
                raw = self.number(row, column)
                return -math.inf if math.isnan(raw) else raw
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return indicator_title(str(self.rows.at[row, "indicator"]))
            if column == ENTITY:
                entity = str(self.rows.at[row, "entity"])
                return self.tr("Region") if entity == "region" else self.document.name(entity)
            number = self.number(row, column)
            if kind == "delta":
                mark = judgement_mark(self.judgement(row, scenario))
                return f"{format_delta(number)} {mark}" if mark else format_delta(number)
            return format_number(number)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if kind == "delta" and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            judgement = self.judgement(row, scenario)
            if role == Qt.ItemDataRole.FontRole:
                return bold_font() if judgement in ("better", "worse") else None
            if judgement in ("better", "worse", "same"):
                return QBrush(judgement_colour(judgement))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, kind, scenario)
        return None

    def _tooltip(self, row: int, kind: str, scenario: int) -> str:
        code = str(self.rows.at[row, "indicator"])
        unit = QCoreApplication.translate("Units", cell_text(self.rows.at[row, "unit"]))
        parts = [indicator_description(code), self.tr("Unit: {unit}").format(unit=unit)]
        if kind == "delta":
            names = self.names
            parts.insert(
                0,
                self.tr("Change from “{reference}” to “{name}”").format(
                    reference=names[0], name=names[scenario]
                ),
            )
            judgement = self.judgement(row, scenario)
            if judgement == "better":
                parts.insert(1, self.tr("Better for the state"))
            elif judgement == "worse":
                parts.insert(1, self.tr("Worse for the state"))
        elif kind == "value":
            parts.insert(0, self.names[scenario])
        return "\n".join(part for part in parts if part)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        kind, scenario = self._field(section)
        names = self.names
        if role == Qt.ItemDataRole.DisplayRole:
            if section == TITLE:
                return self.tr("Indicator")
            if section == ENTITY:
                return self.tr("Entity")
            if kind == "value":
                return header_label(names[scenario], scenario, self.years)
            if kind == "delta":
                return self.tr("Change")
        if role == Qt.ItemDataRole.ToolTipRole and kind:
            year = self.years[scenario] if scenario < len(self.years) else ""
            if kind == "value":
                text = self.tr("{name}, baseline {year}").format(name=names[scenario], year=year)
                if scenario == 0:
                    text += "\n" + self.tr("Reference: the changes are measured against it")
                return text
            return self.tr(
                "Change from “{reference}” to “{name}”: blue ▲ is better for the state, "
                "orange ▼ is worse; dependence and bloc figures have no better direction"
            ).format(reference=names[0], name=names[scenario])
        return None
