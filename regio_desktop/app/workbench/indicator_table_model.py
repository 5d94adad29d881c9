"""The indicator table's Qt model: the evaluation's figures with baseline, change, unit and the
better direction, for one state, every state, the blocs or the region.

The model reads ``Evaluation.indicators`` (a long table computed by the engine) and only formats
it; a change is coloured and marked by the core's judgement (``IndicatorInfo.judge``) through the
one rule of ``palette.judgement_colour``. After an edit it re-reads only the rows of the entities
whose indicators the document's ``ScenarioChanges`` says moved.
"""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.bloc_labels import bloc_short_name
from regio_desktop.app.common.indicator_labels import (
    SHOW_ALL_STATES,
    SHOW_BLOCS,
    SHOW_SELECTED,
    direction_short,
    direction_text,
    format_number,
    indicator_description,
    indicator_title,
    judge,
    judgement_word,
    marked_change,
    rows_shown,
)
from regio_desktop.app.common.indicator_short_titles import indicator_short_title
from regio_desktop.app.common.palette import judgement_colour
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.workbench.indicator_rows import moved_figures, read_columns, same_number

SortRole = Qt.ItemDataRole.UserRole + 1
EntityRole = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex

ENTITY, TITLE, VALUE, BASELINE, DELTA, UNIT, BETTER = range(7)
_NUMBER_COLUMNS = {VALUE: "value", BASELINE: "baseline", DELTA: "delta"}


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _is_change(delta: float) -> bool:
    """A delta worth marking (bold and coloured): not missing and not zero."""
    return api.is_change(delta)


class IndicatorTableModel(QAbstractTableModel):
    """Rows of ``Evaluation.indicators`` for the chosen level and, for states, the chosen state.

    ``data()`` is asked for every cell and role after each reload (painting, sorting, fitting
    the columns); it reads plain lists taken from ``rows`` once per reload and the texts made for
    a row once, never the frame itself (a pandas row lookup costs ~100 µs). An edit re-reads only
    the rows of the entities it moved and announces those of them whose figures differ.
    """

    figures_changed = Signal()
    """Some figures changed in place (after their rows' dataChanged): re-fit the columns."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.mode = SHOW_SELECTED
        self._rows_frame: pd.DataFrame | None = pd.DataFrame()
        self._rows_source: tuple[api.Evaluation, str, str] | None = None
        self._columns: dict[str, list[object]] = {}
        self._texts: dict[int, tuple[str, ...]] = {}
        self._rows_of: dict[str, list[int]] = {}
        """The rows of each entity shown."""
        document.changed.connect(self._document_changed)
        document.selection_changed.connect(self._selection_changed)
        document.state_filter.changed.connect(self.reload)
        self.reload()

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.reload()

    def _selection_changed(self, _state: str) -> None:
        if self.mode == SHOW_SELECTED:
            self.reload()

    @property
    def rows(self) -> pd.DataFrame:
        """The rows shown: ``Evaluation.indicators`` filtered, index reset (made on first use;
        the model itself reads the lists in ``_columns``)."""
        if self._rows_frame is None:
            assert self._rows_source is not None
            evaluation, mode, state = self._rows_source
            rows = rows_shown(evaluation.indicators, mode, state, self.document.state_filter.states)
            self._rows_frame = rows.reset_index(drop=True)
        return self._rows_frame

    def reload(self) -> None:
        """Re-read every row (a new mode, state, year or scenario): a reset."""
        evaluation, state = self.document.evaluation, self.document.selected_state
        self._rows_source = (evaluation, self.mode, state)
        shown = self.document.state_filter.states
        columns, rows = read_columns(evaluation, self.mode, state, shown)
        self.beginResetModel()
        self._rows_frame, self._columns, self._texts = rows, columns, {}
        self._rows_of = {}
        for row, entity in enumerate(columns["entity"]):
            self._rows_of.setdefault(str(entity), []).append(row)
        self.endResetModel()

    def _document_changed(self, changes: api.ScenarioChanges) -> None:
        """Re-read what the edit moved: nothing when no entity shown moved, the moved entities'
        rows otherwise, everything for a new year or scenario."""
        if changes.whole:
            self.reload()
            return
        if self.mode in (SHOW_SELECTED, SHOW_ALL_STATES):
            moved: frozenset[str] = changes.states
        elif self.mode == SHOW_BLOCS:
            moved = changes.blocs
        else:
            moved = frozenset({"region"}) if changes.region else frozenset()
        if moved:
            self._update_entities(moved)

    def _update_entities(self, moved: frozenset[str]) -> None:
        """Read the figures of the rows of ``moved`` entities again; announce the rows whose
        figures differ, so the views repaint a few cells instead of resetting, re-sorting and
        re-measuring the whole table. Bloc rows come and go with full members: then a reset."""
        evaluation = self.document.evaluation
        figures = moved_figures(evaluation, self.mode, self._columns, self._rows_of, moved)
        if figures is None:
            self.reload()
            return
        self._rows_source = (evaluation, self.mode, self.document.selected_state)
        self._rows_frame = None
        changed = []
        for row, (value, baseline) in sorted(figures.items()):
            if same_number(self._columns["value"][row], value) and same_number(
                self._columns["baseline"][row], baseline
            ):
                continue
            self._columns["value"][row] = value
            self._columns["baseline"][row] = baseline
            self._columns["delta"][row] = value - baseline
            self._texts.pop(row, None)
            changed.append(row)
        for row in changed:
            # Row by row: the rows are sorted by the proxy, so a band of source rows would
            # repaint most of the table.
            self.dataChanged.emit(self.index(row, VALUE), self.index(row, DELTA))
        if changed:
            self.figures_changed.emit()

    def _number(self, row: int, name: str) -> float:
        return float(self._columns[name][row])  # type: ignore[arg-type]

    def column_texts(self, column: int) -> list[tuple[str, bool]]:
        """Each row's displayed text in ``column`` and whether it is bold (what sets its width)."""
        return [
            (
                self._row_texts(row)[column],
                column == DELTA and _is_change(self._number(row, "delta")),
            )
            for row in range(self.rowCount())
        ]

    def _row_texts(self, row: int) -> tuple[str, ...]:
        """The displayed text of each column of ``row`` (made on first use after a reload)."""
        texts = self._texts.get(row)
        if texts is None:
            entity = str(self._columns["entity"][row])
            code = str(self._columns["indicator"][row])
            texts = (
                self._entity_text(entity),
                indicator_short_title(code),
                format_number(self._number(row, "value")),
                format_number(self._number(row, "baseline")),
                marked_change(
                    code,
                    self._number(row, "delta"),
                    format_number(self._number(row, "delta"), signed=True),
                ),
                QCoreApplication.translate("Units", _text(self._columns["unit"][row])),
                direction_short(code),
            )
            self._texts[row] = texts
        return texts

    def _entity_text(self, entity: str) -> str:
        """A state's name, a bloc's short name (its full name is in the tooltip), or "Region"."""
        if entity == "region":
            return QCoreApplication.translate("IndicatorTable", "Region")
        if self.mode == SHOW_BLOCS:
            return bloc_short_name(entity)
        return self.document.name(entity)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        # Asked hundreds of times per repaint (every index() checks it): a list's length, not
        # the frame's.
        return 0 if parent.isValid() else len(self._columns.get("entity", ()))

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def value(self, row: int, column: str) -> object:
        return self.rows.at[row, column]

    def find_row(self, indicator: str, entity: str | None = None) -> int:
        """The row of an indicator (for an entity), or -1: used by tests and the self-test."""
        indicators, entities = self._columns.get("indicator", []), self._columns.get("entity", [])
        for row, (code, owner) in enumerate(zip(indicators, entities, strict=True)):
            if code == indicator and (entity is None or owner == entity):
                return row
        return -1

    def indicator(self, row: int) -> str:
        return str(self._columns["indicator"][row])

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        number = _NUMBER_COLUMNS.get(column)
        if role == EntityRole:
            return str(self._columns["entity"][row])
        if role == SortRole:
            if number:
                raw = self._number(row, number)
                return -math.inf if math.isnan(raw) else raw
            return self._row_texts(row)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(row)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and number:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if column == DELTA and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            delta = self._number(row, "delta")
            if not _is_change(delta):
                return None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return QBrush(judgement_colour(judge(self.indicator(row), delta)))
        if role == Qt.ItemDataRole.ToolTipRole and column == ENTITY:
            entity = str(self._columns["entity"][row])
            if entity != "region":
                return f"{self.document.name(entity)} ({entity})"
        if role == Qt.ItemDataRole.ToolTipRole:
            code = self.indicator(row)
            unit = QCoreApplication.translate("Units", _text(self._columns["unit"][row]))
            change = judgement_word(judge(code, self._number(row, "delta")))
            return "\n".join(
                part
                for part in (
                    indicator_title(code),
                    indicator_description(code),
                    QCoreApplication.translate("IndicatorTable", "Unit: {unit}").format(unit=unit),
                    direction_text(code),
                    QCoreApplication.translate("IndicatorTable", "Change: {judgement}").format(
                        judgement=change
                    ),
                    QCoreApplication.translate(
                        "IndicatorTable", "Double-click for the breakdown of the change."
                    ),
                )
                if part
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section in (DELTA, BETTER):
            return QCoreApplication.translate(
                "IndicatorTable",
                "▲ the change is better for the state, ▼ worse; ↑ higher is better, ↓ lower is "
                "better, – no better direction (dependences, blocs, the region)",
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("IndicatorTable", "Entity"),
            QCoreApplication.translate("IndicatorTable", "Indicator"),
            QCoreApplication.translate("IndicatorTable", "Scenario"),
            QCoreApplication.translate("IndicatorTable", "Baseline"),
            QCoreApplication.translate("IndicatorTable", "Change"),
            QCoreApplication.translate("IndicatorTable", "Unit"),
            QCoreApplication.translate("IndicatorTable", "Better"),
        )
        return titles[section] if 0 <= section < len(titles) else None
