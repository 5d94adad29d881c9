"""Compare: two to four of the open scenarios side by side.

The analyst checks scenarios in a list (the first checked is the reference) and reads three tabs:
indicator deltas coloured by whether they are better or worse for the state, the states whose
alignment or membership differs, and the arguments of the literature that apply to some of the
scenarios and not to others. The dialog is not modal: it stays open beside the main window and
recomputes when the checked scenarios, their order or their contents change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.api import save_table
from regio_desktop.app.common.indicator_labels import (
    SHOW_ALL_STATES,
    SHOW_BLOCS,
    SHOW_REGION,
    SHOW_SELECTED,
)
from regio_desktop.app.compare.models import (
    ENTITY,
    TITLE,
    ChangesModel,
    DifferingArgumentsModel,
    IndicatorComparisonModel,
    SortRole,
    StateRole,
    legend,
)
from regio_desktop.app.documents.scenario_session import ScenarioSession

EntryRole = Qt.ItemDataRole.UserRole + 10
"""The session entry an item of the scenario list stands for (its stable ``SessionEntry.id``)."""

MIN_SCENARIOS, MAX_SCENARIOS = 2, 4
MIN_WHAT_WIDTH = 180
INDICATORS_TAB, CHANGES_TAB, ARGUMENTS_TAB = range(3)


def _table(accessible_name: str, tooltip: str) -> QTableView:
    """A read-only, sortable, row-selecting table view: the same behaviour on all three tabs."""
    view = QTableView()
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setAccessibleName(accessible_name)
    view.setToolTip(tooltip)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def _proxy(model: QAbstractItemModel, parent: QWidget) -> QSortFilterProxyModel:
    """Sorting on raw figures (SortRole), so that 10 sorts after 9."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


class CompareDialog(QDialog):
    """Scenarios of the session compared side by side; the main window shows it, non-modal."""

    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document = session.document
        self.comparison: api.Comparison | None = None
        self.message = ""
        self.last_warning = ""
        self._compared: list[api.Scenario] = []
        self._updating = False
        self._stale = False
        self.setModal(False)
        self.setWindowTitle(self.tr("Compare scenarios"))
        self.setAccessibleName(self.tr("Compare scenarios"))

        # Wrapped rows are re-measured once the column widths settle (after a reset, a resize
        # of the dialog or of a column); the timer folds a burst of resizes into one pass.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self._fit_rows)
        self.indicator_model = IndicatorComparisonModel(self.document, self)
        self.changes_model = ChangesModel(self.document, self)
        self.arguments_model = DifferingArgumentsModel(self.document, self)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_scenario_list())
        splitter.addWidget(self._build_results())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 890])

        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(
            self.tr("Save the indicator comparison (every level and row) as XLSX or CSV")
        )
        self.export_button.setAccessibleName(self.tr("Export the indicator comparison"))
        self.export_button.clicked.connect(lambda: self.export())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1100, 700)

        session.entries_changed.connect(self._entries_changed)
        self.document.selection_changed.connect(self._update_captions)
        self._fill_list()
        self.recompute()
        self._mode_changed()

    # --- building ------------------------------------------------------------------------------
    def _build_scenario_list(self) -> QWidget:
        self.scenario_list = QListWidget()
        self.scenario_list.setAccessibleName(self.tr("Scenarios to compare"))
        self.scenario_list.setWordWrap(True)
        self.scenario_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scenario_list.setToolTip(
            self.tr(
                "Check two to four scenarios. The first checked one is the reference: "
                "the changes are measured against it."
            )
        )
        self.scenario_list.itemChanged.connect(self._item_changed)
        self.scenario_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        label = QLabel(self.tr("&Scenarios to compare:"))
        label.setBuddy(self.scenario_list)
        self.reference_button = QPushButton(self.tr("Make &reference"))
        self.reference_button.setToolTip(
            self.tr(
                "Move the highlighted scenario to the top and check it: it becomes the reference"
            )
        )
        self.reference_button.setAccessibleName(
            self.tr("Make the highlighted scenario the reference")
        )
        self.reference_button.clicked.connect(self.make_reference)
        hint = QLabel(
            self.tr("Check two to four. The first checked scenario is the reference (★).")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label)
        column.addWidget(self.scenario_list, 1)
        column.addWidget(self.reference_button)
        column.addWidget(hint)
        return box

    def _build_results(self) -> QWidget:
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Comparison message"))
        self.message_label.setStyleSheet(
            "QLabel { background: #fdecea; color: #6b1a12; border: 1px solid #e3a59d;"
            " border-radius: 3px; padding: 6px; }"
        )
        self.message_label.hide()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Comparison"))
        self.tabs.addTab(self._build_indicators_tab(), self.tr("Indicators"))
        self.tabs.addTab(self._build_changes_tab(), self.tr("Changes"))
        self.tabs.addTab(self._build_arguments_tab(), self.tr("Arguments that differ"))
        self.tabs.setTabToolTip(
            INDICATORS_TAB, self.tr("Indicator values per scenario and their change")
        )
        self.tabs.setTabToolTip(
            CHANGES_TAB, self.tr("States whose alignment or membership differs between scenarios")
        )
        self.tabs.setTabToolTip(
            ARGUMENTS_TAB,
            self.tr("Arguments of the literature that apply to some scenarios and not others"),
        )
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.message_label)
        column.addWidget(self.tabs, 1)
        return box

    def _build_indicators_tab(self) -> QWidget:
        self.mode = QComboBox()
        for mode, label in (
            (SHOW_SELECTED, self.tr("Selected state")),
            (SHOW_ALL_STATES, self.tr("All states")),
            (SHOW_BLOCS, self.tr("Blocs")),
            (SHOW_REGION, self.tr("Region")),
        ):
            self.mode.addItem(label, mode)
        self.mode.setAccessibleName(self.tr("Show indicators of"))
        self.mode.setToolTip(
            self.tr("The state selected in the main window, every state, the blocs or the region")
        )
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.only_differing = QCheckBox(self.tr("Only rows that &differ"))
        self.only_differing.setToolTip(
            self.tr("Hide the indicators that are the same in every checked scenario")
        )
        self.only_differing.setAccessibleName(self.tr("Only rows that differ"))
        self.only_differing.toggled.connect(self.indicator_model.set_only_differing)
        self.only_differing.toggled.connect(lambda _on: self._update_captions())
        self.indicator_caption = QLabel()
        self.indicator_caption.setAccessibleName(self.tr("Indicator comparison summary"))
        show = QLabel(self.tr("S&how:"))
        show.setBuddy(self.mode)

        self.indicator_proxy = _proxy(self.indicator_model, self)
        self.indicator_view = _table(
            self.tr("Indicator comparison"),
            self.tr("Green: better for the state than in the reference; red: worse"),
        )
        self.indicator_view.setModel(self.indicator_proxy)
        self.indicator_view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        self.indicator_view.setWordWrap(False)
        self.indicator_model.modelReset.connect(self._update_captions)

        top = QHBoxLayout()
        top.addWidget(show)
        top.addWidget(self.mode)
        top.addWidget(self.only_differing)
        top.addWidget(self.indicator_caption, 1)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(top)
        column.addWidget(self.indicator_view, 1)
        return tab

    def _build_changes_tab(self) -> QWidget:
        self.changes_caption = QLabel()
        self.changes_caption.setWordWrap(True)
        self.changes_caption.setAccessibleName(self.tr("Changes summary"))
        self.changes_proxy = _proxy(self.changes_model, self)
        self.changes_view = _table(
            self.tr("Changes of alignment and membership"),
            self.tr("Highlighted cells differ from the reference; click a row to select the state"),
        )
        self.changes_view.setModel(self.changes_proxy)
        self.changes_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.changes_view.setWordWrap(True)
        self.changes_view.viewport().installEventFilter(self)
        self.changes_view.clicked.connect(self._select_state)
        self.changes_model.modelReset.connect(self._fit_changes_columns)
        self.changes_view.horizontalHeader().sectionResized.connect(
            lambda *_args: self._rows_timer.start()
        )
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.changes_caption)
        column.addWidget(self.changes_view, 1)
        return tab

    def _build_arguments_tab(self) -> QWidget:
        self.arguments_caption = QLabel()
        self.arguments_caption.setWordWrap(True)
        self.arguments_caption.setAccessibleName(self.tr("Arguments summary"))
        self.arguments_proxy = _proxy(self.arguments_model, self)
        self.arguments_view = _table(
            self.tr("Arguments that differ"),
            self.tr("✓ marks the scenarios whose choices an argument speaks to"),
        )
        self.arguments_view.setModel(self.arguments_proxy)
        self.arguments_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.arguments_view.setWordWrap(True)
        self.arguments_view.viewport().installEventFilter(self)
        self.arguments_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.arguments_view.horizontalHeader().sectionResized.connect(
            lambda *_args: self._rows_timer.start()
        )
        self.arguments_view.clicked.connect(self._select_state)
        self.arguments_model.modelReset.connect(self._fit_argument_rows)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.arguments_caption)
        column.addWidget(self.arguments_view, 1)
        return tab

    # --- the scenario list ---------------------------------------------------------------------
    def _new_item(self, entry_id: int, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setData(EntryRole, entry_id)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def _fill_list(self) -> None:
        """All open scenarios, the current one and the one after it checked: what an analyst
        who just made a variant of a scenario most likely wants to compare."""
        entries = self.session.entries
        current = self.session.current
        preselected = {current, (current + 1) % len(entries)} if entries else set()
        self._updating = True
        try:
            self.scenario_list.clear()
            for index, entry in enumerate(entries):
                self.scenario_list.addItem(self._new_item(entry.id, index in preselected))
        finally:
            self._updating = False
        self._refresh_item_texts()

    def _items(self) -> list[QListWidgetItem]:
        return [self.scenario_list.item(row) for row in range(self.scenario_list.count())]

    def _item_index(self, item: QListWidgetItem) -> int | None:
        """The session index of the entry ``item`` stands for (None: closed)."""
        return self.session.index_of(int(item.data(EntryRole)))

    def _refresh_item_texts(self) -> None:
        entries = self.session.entries
        world = self.document.world
        reference = self.checked_indices()[:1]
        self._updating = True
        try:
            for item in self._items():
                index = self._item_index(item)
                if index is None:
                    continue
                scenario = entries[index].scenario
                name = scenario.name or self.tr("Untitled scenario")
                year = scenario.year if scenario.year is not None else world.latest_year
                star = "★ " if [index] == reference else ""
                item.setText(f"{star}{name}  ({year})")
                tip = [scenario.description or name]
                if [index] == reference:
                    tip.append(self.tr("Reference: the changes are measured against it"))
                if index == self.session.current:
                    tip.append(self.tr("The scenario shown in the main window"))
                item.setToolTip("\n".join(tip))
        finally:
            self._updating = False

    def _entries_changed(self) -> None:
        """Follow the session by entry id: keep the checks and order through edits, drop the
        items of closed entries, add unchecked items for new ones."""
        ids = [entry.id for entry in self.session.entries]
        self._updating = True
        try:
            for row in reversed(range(self.scenario_list.count())):
                if int(self.scenario_list.item(row).data(EntryRole)) not in ids:
                    self.scenario_list.takeItem(row)
            listed = {int(item.data(EntryRole)) for item in self._items()}
            for entry_id in ids:
                if entry_id not in listed:
                    self.scenario_list.addItem(self._new_item(entry_id, False))
        finally:
            self._updating = False
        self._refresh_item_texts()
        if self.isVisible():
            self.recompute()
        else:
            # Closed (hidden) dialogs do not pay for every edit made in the main window.
            self._stale = True

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._updating:
            self._refresh_item_texts()
            self.recompute()

    def checked_indices(self) -> list[int]:
        """Session indices of the checked scenarios, in list order (the reference first)."""
        indices = [
            self._item_index(item)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]
        return [index for index in indices if index is not None]

    def set_checked(self, indices: list[int]) -> None:
        """Check exactly the scenarios at these session indices (keyboard and test helper)."""
        wanted = set(indices)
        self._updating = True
        try:
            for item in self._items():
                checked = self._item_index(item) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._updating = False
        self._refresh_item_texts()
        self.recompute()

    def make_reference(self) -> None:
        """Move the highlighted scenario to the top of the list, checked: the new reference."""
        row = self.scenario_list.currentRow()
        if row < 0:
            return
        self._updating = True
        try:
            item = self.scenario_list.takeItem(row)
            item.setCheckState(Qt.CheckState.Checked)
            self.scenario_list.insertItem(0, item)
            self.scenario_list.setCurrentRow(0)
        finally:
            self._updating = False
        self._refresh_item_texts()
        self.recompute()

    def _update_buttons(self) -> None:
        self.reference_button.setEnabled(self.scenario_list.currentRow() > 0)
        self.export_button.setEnabled(self.comparison is not None)

    # --- computing -----------------------------------------------------------------------------
    def recompute(self) -> None:
        """Compare the checked scenarios; with fewer than two or more than four, say so and
        compute nothing. Unchanged scenarios are not recomputed (every edit in the main window
        reaches here, most of them on scenarios that are not being compared)."""
        chosen = self.checked_indices()
        count = len(chosen)
        if count < MIN_SCENARIOS:
            if len(self.session.entries) < MIN_SCENARIOS:
                text = self.tr(
                    "Only one scenario is open. Create or open another one "
                    "(File ▸ New, Duplicate or Open preset scenarios) to compare."
                )
            else:
                text = self.tr(
                    "Check at least two scenarios to compare (two to four); {count} checked."
                ).format(count=count)
            self._show_result(None, text)
            return
        if count > MAX_SCENARIOS:
            text = self.tr(
                "At most four scenarios can be compared side by side; {count} are checked. "
                "Uncheck {extra}."
            ).format(count=count, extra=count - MAX_SCENARIOS)
            self._show_result(None, text)
            return
        scenarios = [self.session.entries[i].scenario for i in chosen]
        if self.comparison is not None and scenarios == self._compared:
            return
        try:
            comparison = api.compare(self.document.world, scenarios)
        except (ValueError, KeyError) as exc:
            self._show_result(
                None, self.tr("These scenarios cannot be compared: {reason}").format(reason=exc)
            )
            return
        self._compared = scenarios
        self._show_result(comparison, "")

    def _show_result(self, comparison: api.Comparison | None, message: str) -> None:
        self.comparison = comparison
        self.message = message
        if comparison is None:
            self._compared = []
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        self.tabs.setEnabled(comparison is not None)
        years = tuple(
            s.year if s.year is not None else self.document.world.latest_year
            for s in self._compared
        )
        self.indicator_model.set_comparison(comparison, years)
        self.changes_model.set_comparison(comparison, years)
        self.arguments_model.set_comparison(comparison)
        self._update_tab_titles()
        self._update_captions()
        self._update_buttons()

    def _update_tab_titles(self) -> None:
        changes = self.changes_model.rowCount()
        arguments = self.arguments_model.rowCount()
        computed = self.comparison is not None
        self.tabs.setTabText(
            CHANGES_TAB,
            self.tr("Changes ({count})").format(count=changes) if computed else self.tr("Changes"),
        )
        self.tabs.setTabText(
            ARGUMENTS_TAB,
            self.tr("Arguments that differ ({count})").format(count=arguments)
            if computed
            else self.tr("Arguments that differ"),
        )

    def _update_captions(self) -> None:
        if self.comparison is None:
            for label in (self.indicator_caption, self.changes_caption, self.arguments_caption):
                label.setText("")
            return
        reference = self.comparison.names[0]
        rows = self.indicator_model.rowCount()
        state = self.document.selected_state
        if self.indicator_model.mode == SHOW_SELECTED and not state:
            text = self.tr("Select a state in the main window (map or matrix) to see its figures.")
        elif self.indicator_model.mode == SHOW_SELECTED:
            text = self.tr("{state}: {rows} rows; changes against “{reference}”").format(
                state=self.document.name(state), rows=rows, reference=reference
            )
        else:
            text = self.tr("{rows} rows; changes against “{reference}”").format(
                rows=rows, reference=reference
            )
        self.indicator_caption.setText(text)
        changes = self.changes_model.rowCount()
        states = len(set(self.changes_model.rows["state"])) if changes else 0
        years = self.changes_model.years
        note = (
            " "
            + self.tr(
                "The scenarios start from different baseline years ({years}): some differences "
                "come from the year, not from the choices."
            ).format(years=", ".join(str(y) for y in dict.fromkeys(years)))
            if len(set(years)) > 1
            else ""
        )
        summary = (
            self.tr(
                "{states} states differ in {changes} alignments or memberships; highlighted "
                "cells differ from “{reference}”."
            ).format(states=states, changes=changes, reference=reference)
            if changes
            else self.tr("Every state has the same alignment and memberships in these scenarios.")
        )
        self.changes_caption.setText(summary + note)
        arguments = self.arguments_model.rowCount()
        self.arguments_caption.setText(
            self.tr(
                "{count} arguments of the literature speak to choices made in some of these "
                "scenarios and not in others.\n{legend}"
            ).format(count=arguments, legend=legend(self.comparison.names))
            if arguments
            else self.tr("The same arguments apply to every one of these scenarios.")
        )

    def _mode_changed(self) -> None:
        mode = str(self.mode.currentData())
        self.indicator_model.set_mode(mode)
        self.indicator_view.setColumnHidden(ENTITY, mode in (SHOW_SELECTED, SHOW_REGION))
        self._update_captions()

    def set_mode(self, mode: str) -> None:
        """Show the indicators of the selected state, all states, blocs or the region."""
        self.mode.setCurrentIndex(self.mode.findData(mode))

    def _select_state(self, index: QModelIndex) -> None:
        """A click on a row of Changes or Arguments selects its state in the main window."""
        state = index.data(StateRole)
        if isinstance(state, str) and state:
            self.document.select_state(state)

    def _fit_rows(self) -> None:
        self._fit_what_column()
        self.changes_view.resizeRowsToContents()
        self.arguments_view.resizeRowsToContents()

    def _fit_changes_columns(self) -> None:
        """ "What changes" is sized by hand (see _fit_what_column); a reset recreates the header's
        sections and forgets their modes, so they are set again after every reset."""
        header = self.changes_view.horizontalHeader()
        if header.count() > ChangesModel.WHAT:
            header.setSectionResizeMode(ChangesModel.WHAT, QHeaderView.ResizeMode.Interactive)
        self._rows_timer.start()

    def _fit_what_column(self) -> None:
        """ "What changes" gets its full width when the table has room, and wraps long bloc names
        (down to a readable minimum) when it has not, so the scenario columns stay in view."""
        header = self.changes_view.horizontalHeader()
        if header.count() <= ChangesModel.WHAT:
            return
        others = sum(header.sectionSize(s) for s in range(header.count()) if s != ChangesModel.WHAT)
        room = self.changes_view.viewport().width() - others
        # The delegate's size hint of wrapped text is its wrapped width; measure one line instead.
        metrics = self.changes_view.fontMetrics()
        model = self.changes_view.model()
        texts = [str(model.index(r, ChangesModel.WHAT).data()) for r in range(model.rowCount())]
        wanted = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 12
        width = max(MIN_WHAT_WIDTH, min(wanted, room))
        if header.sectionSize(ChangesModel.WHAT) != width:
            header.resizeSection(ChangesModel.WHAT, width)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with the edits made while the dialog was closed."""
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.recompute()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Wrapped rows and the "What changes" width depend on the tables' width, which is only
        known once a tab is shown and laid out: refit whenever a table's viewport resizes."""
        if event.type() == QEvent.Type.Resize:
            self._rows_timer.start()
        return super().eventFilter(watched, event)

    def _fit_argument_rows(self) -> None:
        """Claims take the spare width and wrap over a few lines; the citation keeps a readable
        width and is elided (its tooltip has it whole)."""
        header = self.arguments_view.horizontalHeader()
        if header.count() > DifferingArgumentsModel.CITATION:
            header.setSectionResizeMode(
                DifferingArgumentsModel.CLAIM, QHeaderView.ResizeMode.Stretch
            )
            header.setSectionResizeMode(
                DifferingArgumentsModel.CITATION, QHeaderView.ResizeMode.Interactive
            )
            header.resizeSection(DifferingArgumentsModel.CITATION, 170)
        self._rows_timer.start()

    # --- export --------------------------------------------------------------------------------
    def export(self, path: Path | None = None) -> bool:
        """Save the whole indicator comparison (all levels, all rows) as XLSX or CSV.

        With ``path`` no dialog opens (tests and scripts); without it the user chooses a file.
        The columns are the core's: codes rather than translated titles, so that a spreadsheet
        made in one language can be read in another.
        """
        if self.comparison is None:
            self.last_warning = self.message
            return False
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export comparison"),
                self.tr("comparison") + ".xlsx",
                self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            save_table(self.comparison.values, path, sheet=self.tr("Comparison"))
        except (OSError, ValueError) as exc:
            self._warn(self.tr("Cannot write {path}: {reason}").format(path=path, reason=exc))
            return False
        return True

    def _warn(self, message: str) -> None:
        """A problem shown without blocking (window-modal sheet); kept for tests to read."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Export comparison"), message, parent=self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_warning = message
