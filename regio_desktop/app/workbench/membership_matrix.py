"""The membership matrix: states by blocs, each cell the status under the scenario.

Edited cells are bold on an amber ground and their tooltip names the baseline. Double-click or
Space toggles a cell (see ``api.toggled_status``); the context menu offers every status,
with the ones the scenario rules would refuse disabled. The columns are compact (matrix_header.py):
bloc short names written upwards, statuses painted as letters, so two dozen blocs fit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.bloc_labels import bloc_short_name
from regio_desktop.app.common.palette import cell_background
from regio_desktop.app.common.vocabulary_labels import (
    is_active,
    is_full_member,
    short_status_label,
    status_label,
)
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.workbench.matrix_header import (
    CornerLegend,
    RotatedHeader,
    StatusLetterDelegate,
    letter_legend,
)
from regio_desktop.app.workbench.membership_menu import membership_choices

StatusRole = Qt.ItemDataRole.UserRole + 1
EditedRole = Qt.ItemDataRole.UserRole + 2
CodeRole = Qt.ItemDataRole.UserRole + 3

LAPSED_FOREGROUND = QColor("#8a8a8a")
MIN_COLUMN_WIDTH = 20
"""Narrow enough for a letter: the header reads upwards, so a column needs one line's width."""
ROW_HEADER_CHARACTERS = 20
"""State names longer than this many average characters are elided (whole in the tooltip), so
one long name ("Democratic Republic of the Congo") does not take the blocs' room."""

ModelIndex = QModelIndex | QPersistentModelIndex


class MembershipMatrixModel(QAbstractTableModel):
    """Rows are the world's states, columns its blocs; reads the document's status lookup.

    After an edit the document's ``ScenarioChanges`` names the cells that moved, so the views are
    told of exactly those (a toggle repaints one cell, an alignment change none); a new year or
    scenario repaints the whole matrix.
    """

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.states: tuple[str, ...] = document.world.state_codes
        self.blocs: tuple[str, ...] = document.world.bloc_codes
        self._state_row = {code: i for i, code in enumerate(self.states)}
        self._bloc_column = {code: j for j, code in enumerate(self.blocs)}
        document.changed.connect(self._refresh)

    def _refresh(self, changes: api.ScenarioChanges) -> None:
        """Announce the cells ``changes`` names, neighbours in a row as one range."""
        if changes.whole:
            if self.states and self.blocs:
                last = self.index(len(self.states) - 1, len(self.blocs) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        rows: dict[int, list[int]] = {}
        for state, bloc in changes.cells:
            i, j = self._state_row.get(state), self._bloc_column.get(bloc)
            if i is not None and j is not None:
                rows.setdefault(i, []).append(j)
        for row, columns in sorted(rows.items()):
            columns.sort()
            start = previous = columns[0]
            for column in [*columns[1:], None]:
                if column is not None and column == previous + 1:
                    previous = column
                    continue
                self.dataChanged.emit(self.index(row, start), self.index(row, previous))
                if column is not None:
                    start = previous = column

    def _cell_state(self, row: int, column: int) -> tuple[str, bool]:
        state, bloc = self.states[row], self.blocs[column]
        lookup = self.document.lookup
        return lookup.status(state, bloc), (state, bloc) in lookup.edited

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.states)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.blocs)

    def cell(self, index: ModelIndex) -> tuple[str, str]:
        return self.states[index.row()], self.blocs[index.column()]

    def distinct_rows(self, column: int, skip: Callable[[int], bool]) -> list[int]:
        """One row for each distinct (status, edited) of ``column`` among the rows not skipped:
        the cells whose look (text and font) differs, the only ones whose widths can differ."""
        seen: set[tuple[str, bool]] = set()
        rows = []
        for row in range(len(self.states)):
            look = self._cell_state(row, column)
            if look not in seen and not skip(row):
                seen.add(look)
                rows.append(row)
        return rows

    def index_of(self, state: str, bloc: str) -> QModelIndex:
        return self.index(self.states.index(state), self.blocs.index(bloc))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        status, edited = self._cell_state(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return short_status_label(status)
        if role == StatusRole:
            return status
        if role == EditedRole:
            return edited
        if role == Qt.ItemDataRole.FontRole and edited:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if edited:
                return QBrush(cell_background("edited"))
            if is_full_member(status):
                return QBrush(cell_background("full"))
            if is_active(status):
                return QBrush(cell_background("partial"))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and status and not is_active(status):
            return QBrush(LAPSED_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(*self.cell(index), status, edited)
        return None

    def _tooltip(self, state: str, bloc: str, status: str, edited: bool) -> str:
        doc = self.document
        now = status_label(status) or QCoreApplication.translate("MembershipMatrix", "not a member")
        text = QCoreApplication.translate("MembershipMatrix", "{state} in {bloc}: {status}").format(
            state=doc.name(state), bloc=doc.name(bloc), status=now
        )
        if edited:
            baseline = status_label(doc.baseline_status(state, bloc)) or QCoreApplication.translate(
                "MembershipMatrix", "not a member"
            )
            text += "\n" + QCoreApplication.translate(
                "MembershipMatrix", "Baseline {year}: {status}"
            ).format(year=doc.evaluation.year, status=baseline)
        return (
            text
            + "\n"
            + QCoreApplication.translate(
                "MembershipMatrix", "Double-click or Space toggles; right-click for every status."
            )
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        codes = self.blocs if horizontal else self.states
        if not 0 <= section < len(codes):
            return None
        code = codes[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return bloc_short_name(code) if horizontal else self.document.name(code)
        if role == Qt.ItemDataRole.ToolTipRole:
            if horizontal:
                return f"{self.document.name(code)} ({code})"
            return self.document.name(code)
        if role == CodeRole:
            return code
        return None


class MembershipMatrixView(QTableView):
    """The matrix as the analyst uses it: click selects a state, double-click or Space toggles."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Before the model: setting it lays out the headers, which places the legend.
        self.legend = CornerLegend(self, [(k, short_status_label(s)) for k, s in letter_legend()])
        self.document = document
        self.matrix_model = MembershipMatrixModel(document, self)
        self.setModel(self.matrix_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.setHorizontalHeader(RotatedHeader(self))
        self.setItemDelegate(StatusLetterDelegate(StatusRole, self))
        header = self.horizontalHeader()
        # Columns fit their contents, but are measured here rather than by ResizeToContents: in
        # that mode Qt re-measures every cell of every column on each dataChanged, which made a
        # one-cell toggle cost thousands of data() calls. Only the columns that changed are
        # re-measured (see _fit_changed_columns).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(MIN_COLUMN_WIDTH)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._cap_row_header()
        self.setAccessibleName(QCoreApplication.translate("MembershipMatrix", "Membership matrix"))
        self.customContextMenuRequested.connect(self._show_menu)
        self.selectionModel().currentChanged.connect(self._current_changed)
        document.selection_changed.connect(self._follow_selection)
        self._shown_blocs: frozenset[str] | None = None
        document.changed.connect(self._hide_absent_blocs)
        self.matrix_model.dataChanged.connect(self._fit_changed_columns)
        document.state_filter.changed.connect(self._hide_unshown_states)
        self._hide_absent_blocs()
        self._hide_unshown_states()

    def _hide_unshown_states(self) -> None:
        """List only the states the filter shows (the focus states unless View > Show outside
        members is on). The model keeps every state, so rows and cells never renumber."""
        shown = set(self.document.state_filter.states)
        for row, state in enumerate(self.matrix_model.states):
            if (state not in shown) != self.isRowHidden(row):
                self.setRowHidden(row, state not in shown)
        self.resizeColumnsToContents()

    def sizeHintForColumn(self, column: int) -> int:
        """The width Qt's own measure gives (the widest cell by the delegate, plus the grid
        line), measured on one cell of each look instead of all of them: the matrix has thousands
        of cells but only a few looks per column, and start-up measures every column."""
        if not 0 <= column < self.matrix_model.columnCount():
            return -1
        self.ensurePolished()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        hint = 0
        for row in self.matrix_model.distinct_rows(column, self.isRowHidden):
            index = self.matrix_model.index(row, column)
            delegate = self.itemDelegateForIndex(index)
            if delegate is not None:
                hint = max(hint, delegate.sizeHint(option, index).width())
        return hint + 1 if self.showGrid() else hint

    def _fit_changed_columns(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        """Fit the columns whose cells changed. After an edit a column only grows: toggling a
        cell back and forth would otherwise narrow and widen it each time, moving every column
        to its right (a relayout and repaint of the whole matrix per edit, and a jumping
        picture). A change of the whole matrix (another scenario or year) fits exactly."""
        whole = top_left.column() == 0 and bottom_right.column() == self.model().columnCount() - 1
        for column in range(top_left.column(), bottom_right.column() + 1):
            if self.isColumnHidden(column):
                continue
            if whole or self.sizeHintForColumn(column) > self.columnWidth(column):
                self.resizeColumnToContents(column)

    def updateGeometries(self) -> None:
        """Keep the letters' legend in the corner between the two headers."""
        super().updateGeometries()
        frame = self.frameWidth()
        self.legend.place(
            frame, frame, self.verticalHeader().width(), self.horizontalHeader().height()
        )
        self.legend.raise_()

    def changeEvent(self, event: QEvent) -> None:
        """A new font or style changes every column's width: measure them all again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._cap_row_header()
            self.resizeColumnsToContents()

    def _cap_row_header(self) -> None:
        metrics = self.verticalHeader().fontMetrics()
        self.verticalHeader().setMaximumWidth(
            metrics.averageCharWidth() * ROW_HEADER_CHARACTERS + 2 * metrics.height()
        )

    def _hide_absent_blocs(self) -> None:
        """Hide blocs nobody belongs to in the baseline or the scenario (not founded yet, or
        dissolved), so the matrix shows the blocs of the chosen year. Most edits leave that set
        alone; then the columns are not touched at all."""
        shown = self.document.lookup.blocs_with_members
        if shown == self._shown_blocs:
            return
        self._shown_blocs = shown
        for column, bloc in enumerate(self.matrix_model.blocs):
            hidden = bloc not in shown
            if hidden != self.isColumnHidden(column):
                self.setColumnHidden(column, hidden)
                if not hidden:
                    self.resizeColumnToContents(column)

    def _toggle(self, index: QModelIndex) -> None:
        if index.isValid():
            self.document.toggle_membership(*self.matrix_model.cell(index))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Toggle the cell under the pointer (handled here, not via ``doubleClicked``, so a
        double-click counts even when Qt saw no press on that cell first)."""
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index.isValid():
            self.setCurrentIndex(index)
            self._toggle(index)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self._toggle(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.document.select_state(self.matrix_model.states[current.row()])

    def _follow_selection(self, state: str) -> None:
        if state not in self.matrix_model.states:
            return
        row = self.matrix_model.states.index(state)
        if self.isRowHidden(row):
            return
        current = self.currentIndex()
        if current.isValid() and current.row() == row:
            return
        column = current.column() if current.isValid() else 0
        self.setCurrentIndex(self.matrix_model.index(row, column))

    def build_menu(self, index: QModelIndex) -> QMenu:
        state, bloc = self.matrix_model.cell(index)
        menu = QMenu(self)
        menu.setTitle(f"{self.document.name(state)} / {bloc}")
        for choice in membership_choices(self.document, state, bloc):
            action = menu.addAction(choice.label)
            action.setEnabled(choice.enabled)
            action.setCheckable(choice.checked)
            action.setChecked(choice.checked)
            action.triggered.connect(
                lambda _=False, s=choice.status: self.document.set_membership(state, bloc, s)
            )
        return menu

    def _show_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if index.isValid():
            self.build_menu(index).exec(self.viewport().mapToGlobal(position))
