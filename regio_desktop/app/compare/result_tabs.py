"""The right side of the Compare dialog: why nothing is compared, or the three result tabs.

Indicators (with the level shown and the only-rows-that-differ filter), Changes and Arguments
that differ, each a sorted table over its model with a caption saying what it shows and against
which reference; tab titles count the rows. A click on a row of Changes or Arguments selects its
state in the main window. The dialog decides what is compared and hands the result here
(``show_comparison``); how the wrapped tables keep their widths is in column_fitting.py.
Its words are translated in the dialog's context ("CompareDialog").
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import (
    SHOW_ALL_STATES,
    SHOW_BLOCS,
    SHOW_REGION,
    SHOW_SELECTED,
)
from regio_desktop.app.compare.changes_model import ChangesModel
from regio_desktop.app.compare.column_fitting import ColumnFitter
from regio_desktop.app.compare.comparison_cells import ENTITY, TITLE, SortRole, StateRole
from regio_desktop.app.compare.differing_arguments_model import DifferingArgumentsModel, legend
from regio_desktop.app.compare.indicator_comparison_model import IndicatorComparisonModel
from regio_desktop.app.documents.scenario_document import ScenarioDocument

INDICATORS_TAB, CHANGES_TAB, ARGUMENTS_TAB = range(3)
MESSAGE_STYLE = (
    "QLabel { background: #fdecea; color: #6b1a12; border: 1px solid #e3a59d;"
    " border-radius: 3px; padding: 6px; }"
)


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


class ComparisonResults(QWidget):
    """The message shown instead of a comparison, and the Indicators, Changes and Arguments tabs."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.comparison: api.Comparison | None = None
        self.indicator_model = IndicatorComparisonModel(document, self)
        self.changes_model = ChangesModel(document, self)
        self.arguments_model = DifferingArgumentsModel(document, self)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(
            QCoreApplication.translate("CompareDialog", "Comparison message")
        )
        self.message_label.setStyleSheet(MESSAGE_STYLE)
        self.message_label.hide()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(QCoreApplication.translate("CompareDialog", "Comparison"))
        self.tabs.addTab(
            self._build_indicators_tab(), QCoreApplication.translate("CompareDialog", "Indicators")
        )
        self.tabs.addTab(
            self._build_changes_tab(), QCoreApplication.translate("CompareDialog", "Changes")
        )
        self.tabs.addTab(
            self._build_arguments_tab(),
            QCoreApplication.translate("CompareDialog", "Arguments that differ"),
        )
        self.tabs.setTabToolTip(
            INDICATORS_TAB,
            QCoreApplication.translate(
                "CompareDialog", "Indicator values per scenario and their change"
            ),
        )
        self.tabs.setTabToolTip(
            CHANGES_TAB,
            QCoreApplication.translate(
                "CompareDialog", "States whose alignment or membership differs between scenarios"
            ),
        )
        self.tabs.setTabToolTip(
            ARGUMENTS_TAB,
            QCoreApplication.translate(
                "CompareDialog",
                "Arguments of the literature that apply to some scenarios and not others",
            ),
        )
        self.column_fitter = ColumnFitter(
            self.changes_view, self.changes_model, self.arguments_view, self.arguments_model, self
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.message_label)
        column.addWidget(self.tabs, 1)
        document.selection_changed.connect(self.update_captions)

    # --- building ------------------------------------------------------------------------------
    def _build_indicators_tab(self) -> QWidget:
        self.mode = QComboBox()
        for mode, label in (
            (SHOW_SELECTED, QCoreApplication.translate("CompareDialog", "Selected state")),
            (SHOW_ALL_STATES, QCoreApplication.translate("CompareDialog", "All states")),
            (SHOW_BLOCS, QCoreApplication.translate("CompareDialog", "Blocs")),
            (SHOW_REGION, QCoreApplication.translate("CompareDialog", "Region")),
        ):
            self.mode.addItem(label, mode)
        self.mode.setAccessibleName(
            QCoreApplication.translate("CompareDialog", "Show indicators of")
        )
        self.mode.setToolTip(
            QCoreApplication.translate(
                "CompareDialog",
                "The state selected in the main window, every state, the blocs or the region",
            )
        )
        self.mode.currentIndexChanged.connect(self.apply_mode)
        self.only_differing = QCheckBox(
            QCoreApplication.translate("CompareDialog", "Only rows that &differ")
        )
        self.only_differing.setToolTip(
            QCoreApplication.translate(
                "CompareDialog", "Hide the indicators that are the same in every checked scenario"
            )
        )
        self.only_differing.setAccessibleName(
            QCoreApplication.translate("CompareDialog", "Only rows that differ")
        )
        self.only_differing.toggled.connect(self.indicator_model.set_only_differing)
        self.only_differing.toggled.connect(lambda _on: self.update_captions())
        self.indicator_caption = QLabel()
        self.indicator_caption.setAccessibleName(
            QCoreApplication.translate("CompareDialog", "Indicator comparison summary")
        )
        show = QLabel(QCoreApplication.translate("CompareDialog", "S&how:"))
        show.setBuddy(self.mode)

        self.indicator_proxy = _proxy(self.indicator_model, self)
        self.indicator_view = _table(
            QCoreApplication.translate("CompareDialog", "Indicator comparison"),
            QCoreApplication.translate(
                "CompareDialog", "Green: better for the state than in the reference; red: worse"
            ),
        )
        self.indicator_view.setModel(self.indicator_proxy)
        self.indicator_view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        self.indicator_view.setWordWrap(False)
        self.indicator_model.modelReset.connect(self.update_captions)

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
        self.changes_caption.setAccessibleName(
            QCoreApplication.translate("CompareDialog", "Changes summary")
        )
        self.changes_proxy = _proxy(self.changes_model, self)
        self.changes_view = _table(
            QCoreApplication.translate("CompareDialog", "Changes of alignment and membership"),
            QCoreApplication.translate(
                "CompareDialog",
                "Highlighted cells differ from the reference; click a row to select the state",
            ),
        )
        self.changes_view.setModel(self.changes_proxy)
        self.changes_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.changes_view.setWordWrap(True)
        self.changes_view.clicked.connect(self._select_state)
        return self._tab(self.changes_caption, self.changes_view)

    def _build_arguments_tab(self) -> QWidget:
        self.arguments_caption = QLabel()
        self.arguments_caption.setWordWrap(True)
        self.arguments_caption.setAccessibleName(
            QCoreApplication.translate("CompareDialog", "Arguments summary")
        )
        self.arguments_proxy = _proxy(self.arguments_model, self)
        self.arguments_view = _table(
            QCoreApplication.translate("CompareDialog", "Arguments that differ"),
            QCoreApplication.translate(
                "CompareDialog", "✓ marks the scenarios whose choices an argument speaks to"
            ),
        )
        self.arguments_view.setModel(self.arguments_proxy)
        self.arguments_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.arguments_view.setWordWrap(True)
        self.arguments_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.arguments_view.clicked.connect(self._select_state)
        return self._tab(self.arguments_caption, self.arguments_view)

    @staticmethod
    def _tab(caption: QLabel, view: QTableView) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(caption)
        column.addWidget(view, 1)
        return tab

    # --- showing -------------------------------------------------------------------------------
    def show_comparison(
        self, comparison: api.Comparison | None, message: str, years: tuple[int, ...]
    ) -> None:
        """Fill the three tabs with ``comparison`` (its scenarios' baseline ``years``), or, when
        it is None, disable them and show ``message`` saying why nothing is compared."""
        self.comparison = comparison
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        self.tabs.setEnabled(comparison is not None)
        self.indicator_model.set_comparison(comparison, years)
        self.changes_model.set_comparison(comparison, years)
        self.arguments_model.set_comparison(comparison)
        self._update_tab_titles()
        self.update_captions()

    def _update_tab_titles(self) -> None:
        changes = self.changes_model.rowCount()
        arguments = self.arguments_model.rowCount()
        computed = self.comparison is not None
        self.tabs.setTabText(
            CHANGES_TAB,
            QCoreApplication.translate("CompareDialog", "Changes ({count})").format(count=changes)
            if computed
            else QCoreApplication.translate("CompareDialog", "Changes"),
        )
        self.tabs.setTabText(
            ARGUMENTS_TAB,
            QCoreApplication.translate("CompareDialog", "Arguments that differ ({count})").format(
                count=arguments
            )
            if computed
            else QCoreApplication.translate("CompareDialog", "Arguments that differ"),
        )

    def update_captions(self) -> None:
        """Say what each tab shows and against which reference (and the selected state)."""
        if self.comparison is None:
            for label in (self.indicator_caption, self.changes_caption, self.arguments_caption):
                label.setText("")
            return
        reference = self.comparison.names[0]
        rows = self.indicator_model.rowCount()
        state = self.document.selected_state
        if self.indicator_model.mode == SHOW_SELECTED and not state:
            text = QCoreApplication.translate(
                "CompareDialog",
                "Select a state in the main window (map or matrix) to see its figures.",
            )
        elif self.indicator_model.mode == SHOW_SELECTED:
            text = QCoreApplication.translate(
                "CompareDialog", "{state}: {rows} rows; changes against “{reference}”"
            ).format(state=self.document.name(state), rows=rows, reference=reference)
        else:
            text = QCoreApplication.translate(
                "CompareDialog", "{rows} rows; changes against “{reference}”"
            ).format(rows=rows, reference=reference)
        self.indicator_caption.setText(text)
        changes = self.changes_model.rowCount()
        states = len(set(self.changes_model.rows["state"])) if changes else 0
        years = self.changes_model.years
        note = (
            " "
            + QCoreApplication.translate(
                "CompareDialog",
                "The scenarios start from different baseline years ({years}): some differences "
                "come from the year, not from the choices.",
            ).format(years=", ".join(str(y) for y in dict.fromkeys(years)))
            if len(set(years)) > 1
            else ""
        )
        summary = (
            QCoreApplication.translate(
                "CompareDialog",
                "{states} states differ in {changes} alignments or memberships; highlighted "
                "cells differ from “{reference}”.",
            ).format(states=states, changes=changes, reference=reference)
            if changes
            else QCoreApplication.translate(
                "CompareDialog",
                "Every state has the same alignment and memberships in these scenarios.",
            )
        )
        self.changes_caption.setText(summary + note)
        arguments = self.arguments_model.rowCount()
        self.arguments_caption.setText(
            QCoreApplication.translate(
                "CompareDialog",
                "{count} arguments of the literature speak to choices made in some of these "
                "scenarios and not in others.\n{legend}",
            ).format(count=arguments, legend=legend(self.comparison.names))
            if arguments
            else QCoreApplication.translate(
                "CompareDialog", "The same arguments apply to every one of these scenarios."
            )
        )

    def apply_mode(self) -> None:
        """Show the indicators at the level chosen in "Show:" (the entity column only when the
        level has several entities)."""
        mode = str(self.mode.currentData())
        self.indicator_model.set_mode(mode)
        self.indicator_view.setColumnHidden(ENTITY, mode in (SHOW_SELECTED, SHOW_REGION))
        self.update_captions()

    def set_mode(self, mode: str) -> None:
        """Show the indicators of the selected state, all states, blocs or the region."""
        self.mode.setCurrentIndex(self.mode.findData(mode))

    def _select_state(self, index: QModelIndex) -> None:
        """A click on a row of Changes or Arguments selects its state in the main window."""
        state = index.data(StateRole)
        if isinstance(state, str) and state:
            self.document.select_state(state)
