"""The indicator table: the evaluation's figures with baseline and change, for one state or all.

The model reads ``Evaluation.indicators`` (a long table computed by the engine) and only formats
it (indicator_table_model.py); sorting goes through a QSortFilterProxyModel on raw numbers.
Clicking a row selects its state; double-clicking it asks for the breakdown of its change.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetricsF
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
from regio_desktop.app.common.indicator_labels import (
    SHOW_ALL_STATES,
    SHOW_BLOCS,
    SHOW_REGION,
    SHOW_SELECTED,
    change_legend,
)
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.workbench.indicator_table_model import (
    BASELINE,
    BETTER,
    DELTA,
    ENTITY,
    TITLE,
    UNIT,
    VALUE,
    EntityRole,
    IndicatorTableModel,
    SortRole,
)

MIN_ENTITY_WIDTH = 80
"""The narrowest a state's or bloc's name gets (elided) so that the title keeps its width."""

__all__ = [
    "BASELINE",
    "BETTER",
    "DELTA",
    "ENTITY",
    "TITLE",
    "UNIT",
    "VALUE",
    "EntityRole",
    "IndicatorPanel",
    "IndicatorTableModel",
    "SortRole",
]


class IndicatorPanel(QWidget):
    """A mode chooser (selected state, all states, blocs, region) over the sortable table; a
    double-click on a row asks for the breakdown of its change."""

    breakdown_requested = Signal(str, str)
    """An indicator code and an entity (a state, a bloc or 'region')."""

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
        # The figure columns fit their contents, measured here: in ResizeToContents mode Qt
        # re-measures every cell of the table on each dataChanged (see _fit_columns).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # The indicator's (short) title has priority over the entity's name: the names share
        # what is left and are elided first (see _share_width), so that at a dock's first
        # width every indicator is told apart; the full names are in the tooltips.
        header.setSectionResizeMode(ENTITY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._natural: dict[int, int] = {}
        """The width the entity and title columns' contents want (measured when fitted)."""
        self.view.viewport().installEventFilter(self)
        self.proxy.modelReset.connect(self._fit_all_columns)
        self.proxy.layoutChanged.connect(self._fit_all_columns)
        self.model.figures_changed.connect(self._fit_figures)
        self._fitted: dict[int, float] = {}
        """The widest text's advance of each column when it was last fitted."""
        self.view.clicked.connect(self._row_clicked)
        self.view.doubleClicked.connect(self._row_double_clicked)
        self.view.setAccessibleName(QCoreApplication.translate("IndicatorTable", "Indicators"))
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("IndicatorTable", "Show:")))
        top.addWidget(self.mode)
        top.addWidget(self.caption, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.legend = QLabel(change_legend())
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(QCoreApplication.translate("IndicatorTable", "Legend"))
        layout.addWidget(self.legend)
        document.selection_changed.connect(self._update_caption)
        document.changed.connect(self._document_changed)
        self._mode_changed()

    def _fit_columns(self, columns: range) -> None:
        for column in columns:
            if self.view.isColumnHidden(column):
                continue
            if column in (ENTITY, TITLE):
                self._natural[column] = max(
                    self.view.sizeHintForColumn(column),
                    self.view.horizontalHeader().sectionSizeHint(column),
                )
            else:
                self.view.resizeColumnToContents(column)
                self._fitted[column] = self._widest_text(column)
        self._share_width()

    def _share_width(self) -> None:
        """The title column gets its whole width when it can, the entity column what is left
        (at least ``MIN_ENTITY_WIDTH``, elided); spare width goes to the title column."""
        header = self.view.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(self.proxy.columnCount())
            if c not in (ENTITY, TITLE) and not self.view.isColumnHidden(c)
        )
        room = self.view.viewport().width() - others
        title = self._natural.get(TITLE, header.sectionSize(TITLE))
        if self.view.isColumnHidden(ENTITY):
            header.resizeSection(TITLE, max(title, room))
            return
        entity = self._natural.get(ENTITY, header.sectionSize(ENTITY))
        entity = max(MIN_ENTITY_WIDTH, min(entity, room - title))
        header.resizeSection(ENTITY, entity)
        header.resizeSection(TITLE, max(title if room - entity < title else room - entity, 40))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The table's viewport was resized (the dock or the window): share its width again."""
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(watched, event)

    def _fit_figures(self) -> None:
        """Re-fit the figure columns whose widest text changed.

        A cell's width hint is its text's advance in the cell's font plus fixed margins, so a
        column's fitted width follows the widest advance alone: when that is unchanged, Qt's
        measuring (every cell through the delegate) would give the width the column has.
        """
        for column in range(VALUE, DELTA + 1):
            if self.view.isColumnHidden(column):
                continue
            if self._fitted.get(column) != self._widest_text(column):
                self._fit_columns(range(column, column + 1))

    def _widest_text(self, column: int) -> float:
        plain = QFontMetricsF(self.view.font())
        bold_font = QFont(self.view.font())
        bold_font.setBold(True)
        bold = QFontMetricsF(bold_font)
        return (
            max(
                ((bold if strong else plain).horizontalAdvance(text))
                for text, strong in self.model.column_texts(column)
            )
            if self.model.rowCount()
            else 0.0
        )

    def _fit_all_columns(self) -> None:
        self._fit_columns(range(self.proxy.columnCount()))

    def changeEvent(self, event: QEvent) -> None:
        """A new font or style changes the columns' widths: measure them again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_all_columns()

    def _mode_changed(self) -> None:
        mode = str(self.mode.currentData())
        self.model.set_mode(mode)
        self.view.setColumnHidden(ENTITY, mode in (SHOW_SELECTED, SHOW_REGION))
        self._fit_all_columns()
        self._update_caption()

    def _document_changed(self, changes: api.ScenarioChanges) -> None:
        if changes.whole:  # the caption names the year
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

    def _row_double_clicked(self, index: QModelIndex) -> None:
        row = self.proxy.mapToSource(index).row()
        entity = self.proxy.data(index, EntityRole)
        if row >= 0 and isinstance(entity, str):
            self.breakdown_requested.emit(self.model.indicator(row), entity)
