"""The "Who else moves" table: the states and blocs whose indicators the scenario moves.

An edit of one state moves others (when Kazakhstan leaves the EAEU, Armenia, Belarus and
Kyrgyzstan lose autonomy in a union more dominated by Russia). The rows come from
``api.spillovers``, the one rule of what counts as a move, which the report uses too; this panel
only lists them, with a threshold the analyst can change. Double-clicking a state's row selects
it everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import (
    format_number,
    indicator_title,
    judgement_mark,
)
from regio_desktop.app.common.palette import judgement_colour
from regio_desktop.app.documents.scenario_document import ScenarioDocument

ModelIndex = QModelIndex | QPersistentModelIndex
_MIN_NAME_WIDTH = 70
ENTITY, INDICATOR, CHANGE, JUDGEMENT, BASELINE, VALUE = range(6)
_HEADERS = (
    QT_TRANSLATE_NOOP("Spillovers", "State or bloc"),
    QT_TRANSLATE_NOOP("Spillovers", "Indicator"),
    QT_TRANSLATE_NOOP("Spillovers", "Change"),
    QT_TRANSLATE_NOOP("Spillovers", "For the state"),
    QT_TRANSLATE_NOOP("Spillovers", "Baseline"),
    QT_TRANSLATE_NOOP("Spillovers", "Scenario"),
)


def _judgement_text(judgement: str) -> str:
    """Words and a sign, so that the direction reads without colour."""
    if judgement == "better":
        return QCoreApplication.translate("Spillovers", "▲ better")
    if judgement == "worse":
        return QCoreApplication.translate("Spillovers", "▼ worse")
    return QCoreApplication.translate("Spillovers", "no better direction")


class SpilloverModel(QAbstractTableModel):
    """The moves of ``api.spillovers`` for the document's scenario, in the core's order."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.threshold = api.DEFAULT_SPILLOVER_THRESHOLD
        self.moves: list[api.Spillover] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.moves = api.spillovers(self.document.evaluation, self.threshold)
        self.endResetModel()

    def set_threshold(self, threshold: float) -> None:
        if threshold != self.threshold:
            self.threshold = threshold
            self.reload()

    def entities(self) -> list[str]:
        """The codes of the states and blocs listed, once each, in order."""
        return list(dict.fromkeys(m.entity for m in self.moves))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.moves)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return QCoreApplication.translate("Spillovers", _HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        move, column = self.moves[index.row()], index.column()
        if role == Qt.ItemDataRole.UserRole:
            return move.entity
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (BASELINE, VALUE, CHANGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == ENTITY:
            return f"{self.document.name(move.entity)} ({move.entity})"
        if role == Qt.ItemDataRole.ToolTipRole and column == INDICATOR:
            return indicator_title(move.indicator)
        if column in (CHANGE, JUDGEMENT) and move.judgement in ("better", "worse"):
            # The one rule, as in the indicators table: the core's judgement in its colour.
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(judgement_colour(move.judgement))
            if role == Qt.ItemDataRole.FontRole and column == CHANGE:
                font = QFont()
                font.setBold(True)
                return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        unit = QCoreApplication.translate("Units", move.unit)
        if column == ENTITY:
            return self.document.name(move.entity)
        if column == INDICATOR:
            return indicator_title(move.indicator)
        if column == BASELINE:
            return format_number(move.baseline)
        if column == VALUE:
            return format_number(move.value)
        if column == CHANGE:
            mark = judgement_mark(move.judgement)
            change = f"{format_number(move.delta, signed=True)} {unit}"
            return f"{change} {mark}" if mark else change
        return _judgement_text(move.judgement) if move.level == "state" else ""


class SpilloversPanel(QWidget):
    """A threshold over the table of moves, re-read after every edit of the scenario."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = SpilloverModel(document, self)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 50.0)
        self.threshold.setSingleStep(0.5)
        self.threshold.setDecimals(1)
        self.threshold.setValue(self.model.threshold)
        self.threshold.setAccessibleName(
            QCoreApplication.translate("Spillovers", "Smallest move shown")
        )
        self.threshold.setToolTip(
            QCoreApplication.translate(
                "Spillovers",
                "Points of an index or share (0-100); per cent of the baseline for a sum such "
                "as GDP. A change of members always counts.",
            )
        )
        self.threshold.valueChanged.connect(self._threshold_changed)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setAccessibleName(QCoreApplication.translate("Spillovers", "Who else moves"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Names can be long ("CIS Free Trade Area ...", "Preferential market access"): the two
        # name columns share what the change and its judgement leave of the dock's width,
        # elided, the whole name in the tooltip; baseline and scenario scroll in from the right.
        header.setSectionResizeMode(ENTITY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(INDICATOR, QHeaderView.ResizeMode.Interactive)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(True)
        self.model.modelReset.connect(self._fit_columns)
        self.view.viewport().installEventFilter(self)
        self.view.doubleClicked.connect(self._row_activated)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("Spillovers", "Smallest move:")))
        top.addWidget(self.threshold)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)
        self._stale = False
        document.changed.connect(self._document_changed)
        self._update_caption()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The table's viewport was resized (the dock or the window): fit the names again."""
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Give the names what the change and its judgement leave: those two stay readable at
        any dock width the window starts with."""
        header = self.view.horizontalHeader()
        view = self.view
        fixed = sum(
            max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in (CHANGE, JUDGEMENT)
        )
        room = max(view.viewport().width() - fixed - 4, 2 * _MIN_NAME_WIDTH)
        wanted = [
            max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in (ENTITY, INDICATOR)
        ]
        if sum(wanted) <= room:
            widths = wanted
        else:
            entity = max(_MIN_NAME_WIDTH, min(wanted[0], int(room * 0.42)))
            widths = [entity, max(_MIN_NAME_WIDTH, room - entity)]
        header.resizeSection(ENTITY, widths[0])
        header.resizeSection(INDICATOR, widths[1])

    def _document_changed(self, _changes: api.ScenarioChanges) -> None:
        """Re-read the moves now if the table is in view, else when it next comes into view
        (a tab behind the indicators should not cost an edit its frame)."""
        if self.isVisible():
            self.model.reload()
            self._update_caption()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.model.reload()
            self._update_caption()

    def _threshold_changed(self, value: float) -> None:
        self.model.set_threshold(value)
        self._update_caption()

    def _update_caption(self) -> None:
        count = len(self.model.entities())
        if not self.document.edit_count:
            text = QCoreApplication.translate("Spillovers", "The scenario makes no edit yet.")
        elif count:
            text = QCoreApplication.translate(
                "Spillovers",
                "{count} states and blocs besides the edited states move by at least the "
                "smallest move.",
            ).format(count=count)
        else:
            text = QCoreApplication.translate(
                "Spillovers", "No other state or bloc moves by that much."
            )
        self.caption.setText(text)

    def _row_activated(self, index: QModelIndex) -> None:
        move = self.model.moves[index.row()]
        if move.level == "state":
            self.document.select_state(move.entity)
