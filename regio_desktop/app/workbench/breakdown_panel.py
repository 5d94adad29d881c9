"""The breakdown panel: why an indicator moved from the baseline to the scenario.

It shows ``api.explain_change`` (the one implementation the command line's ``evaluate --explain
--change`` prints too): a waterfall from the baseline to the scenario, each step with its words,
its figure and its source, the formula in plain words and the inputs. Any view asks for it (a
double-click on an indicator row, a chart bar, a state on the map) and the shell brings the dock
forward. It follows the open scenario and, for a state's indicator, the selected state; it works
out the breakdown only while it is visible.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.explanation_texts import phrase_text, source_text, step_text
from regio_desktop.app.common.indicator_labels import (
    direction_text,
    format_number,
    indicator_title,
    judge,
    judgement_word,
    marked_change,
    unit_text,
)
from regio_desktop.app.common.palette import judgement_colour
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.workbench.waterfall_view import WaterfallView, waterfall_rows

ModelIndex = QModelIndex | QPersistentModelIndex
MAX_TABLE_ROWS = 8
PART, CHANGE, SOURCE = range(3)
MAX_BARS = 12
"""Steps drawn one by one; smaller ones beyond these share one bar (the table lists them all)."""


class ChangeStepsModel(QAbstractTableModel):
    """The steps of a change, one a row: the part in words, what it adds, its source."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.change: api.ChangeExplanation | None = None

    def set_change(self, change: api.ChangeExplanation | None) -> None:
        self.beginResetModel()
        self.change = change
        self.endResetModel()

    @property
    def steps(self) -> list[api.ChangeStep]:
        return self.change.steps if self.change else []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.steps)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.change is None:
            return None
        step, column = self.steps[index.row()], index.column()
        code = self.change.indicator
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == PART:
                return step_text(step, self.document.name)
            if column == CHANGE:
                shown = marked_change(code, step.value)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return f"{shown}: {judgement_word(judge(code, step.value))}"
                return shown
            return source_text(self.document.world, step.source)
        if role == Qt.ItemDataRole.ForegroundRole and column == CHANGE:
            return QBrush(judgement_colour(judge(code, step.value)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CHANGE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("BreakdownPanel", "Part"),
            QCoreApplication.translate("BreakdownPanel", "Change"),
            QCoreApplication.translate("BreakdownPanel", "Source"),
        )[section]


class BreakdownPanel(QWidget):
    """The waterfall of one indicator's change for one state, bloc or the region."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.indicator = "autonomy"
        self.entity = ""
        self.change: api.ChangeExplanation | None = None
        self._stale = True
        self.in_view = True
        """Whether the panel can be seen: False while its dock is a tab behind another, which
        Qt still reports as visible (the shell says so through ``dock_visibility_changed``)."""
        self.indicator_box = QComboBox()
        self.indicator_box.setAccessibleName(
            QCoreApplication.translate("BreakdownPanel", "Indicator to break down")
        )
        self.indicator_box.activated.connect(self._indicator_chosen)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.waterfall = WaterfallView()
        self.waterfall.setAccessibleName(
            QCoreApplication.translate(
                "BreakdownPanel", "Waterfall from the baseline to the scenario"
            )
        )
        self.steps_model = ChangeStepsModel(document, self)
        self.steps_view = QTableView()
        self.steps_view.setModel(self.steps_model)
        self.steps_view.setAccessibleName(
            QCoreApplication.translate("BreakdownPanel", "Steps of the change")
        )
        self.steps_view.verticalHeader().hide()
        self.steps_view.setWordWrap(False)
        self.steps_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.steps_view.horizontalHeader()
        header.setSectionResizeMode(PART, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CHANGE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("BreakdownPanel", "Indicator:")))
        top.addWidget(self.indicator_box, 1)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.summary)
        column.addWidget(self.waterfall)
        column.addWidget(self.steps_view)
        column.addWidget(self.details)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(QCoreApplication.translate("BreakdownPanel", "Breakdown"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        document.changed.connect(self._document_changed)
        document.selection_changed.connect(self._selection_changed)
        self.entity = document.selected_state
        self._fill_indicators()

    # --- what is shown -----------------------------------------------------------------------
    @property
    def level(self) -> str:
        return api.indicator_info(self.indicator).level

    def show_change(self, indicator: str, entity: str) -> None:
        """Break down ``indicator`` for ``entity`` (a state, a bloc or 'region')."""
        self.indicator, self.entity = indicator, entity
        self._fill_indicators()
        self.refresh()

    def _fill_indicators(self) -> None:
        """The indicators of the shown entity's level, the shown one chosen."""
        level = self.level
        self.indicator_box.clear()
        for info in api.INDICATORS:
            if info.level == level:
                self.indicator_box.addItem(indicator_title(info.code), info.code)
        self.indicator_box.setCurrentIndex(max(self.indicator_box.findData(self.indicator), 0))

    def _indicator_chosen(self, index: int) -> None:
        self.show_change(str(self.indicator_box.itemData(index)), self.entity)

    def _document_changed(self, changes: api.ScenarioChanges) -> None:
        self._invalidate()

    def _selection_changed(self, state: str) -> None:
        if self.level == "state" and state:
            self.entity = state
            self._invalidate()

    def _invalidate(self) -> None:
        self._stale = True
        if self.isVisible() and self.in_view:
            self.refresh()

    def dock_visibility_changed(self, visible: bool) -> None:
        """The dock came into view (its tab raised) or went out of it."""
        self.in_view = visible
        if visible and self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Work out the breakdown again and show it."""
        self._stale = False
        doc = self.document
        change: api.ChangeExplanation | None = None
        if self.entity:
            try:
                change = api.explain_change(doc.world, doc.scenario, self.indicator, self.entity)
            except KeyError:  # a bloc without full members in this year, a state not modelled
                change = None
        self.change = change
        self.steps_model.set_change(change)
        self._fit_steps()
        if change is None:
            self.title.setText(
                QCoreApplication.translate(
                    "BreakdownPanel",
                    "Double-click an indicator, a chart bar or a state on the map to see why "
                    "its figure moved.",
                )
            )
            self.summary.setText("")
            self.details.setText("")
            self.waterfall.set_rows(self.indicator, [])
            return
        self._show(change)

    def _fit_steps(self) -> None:
        """As tall as its steps (a few at most, then it scrolls): the formula stays in view."""
        shown = max(1, min(self.steps_model.rowCount(), MAX_TABLE_ROWS))
        row = self.steps_view.verticalHeader().defaultSectionSize()
        header = self.steps_view.horizontalHeader().sizeHint().height()
        self.steps_view.setFixedHeight(header + shown * row + 2 * self.steps_view.frameWidth())

    def _show(self, change: api.ChangeExplanation) -> None:
        doc = self.document
        entity = (
            QCoreApplication.translate("BreakdownPanel", "the post-Soviet region")
            if change.entity == "region"
            else doc.name(change.entity)
        )
        self.title.setText(
            QCoreApplication.translate("BreakdownPanel", "{indicator} of {entity}").format(
                indicator=indicator_title(change.indicator), entity=entity
            )
        )
        judgement = change.judgement
        colour = judgement_colour(judgement).name()
        shown = marked_change(change.indicator, change.change)
        self.summary.setText(
            QCoreApplication.translate(
                "BreakdownPanel", "Baseline {baseline} → scenario {value}: {change}, {judgement}"
            ).format(
                baseline=format_number(change.baseline),
                value=format_number(change.value),
                change=f"<b style='color:{colour}'>{shown}</b>",
                judgement=judgement_word(judgement),
            )
            + "<br>"
            + f"{unit_text(change.indicator)} · {direction_text(change.indicator)}"
        )
        steps = [(step_text(s, doc.name), s.value) for s in change.steps]
        if len(steps) > MAX_BARS:
            rest = steps[MAX_BARS - 1 :]
            smaller = QCoreApplication.translate("BreakdownPanel", "{count} smaller steps")
            steps = [
                *steps[: MAX_BARS - 1],
                (smaller.format(count=len(rest)), sum(v for _, v in rest)),
            ]
        rows = waterfall_rows(
            QCoreApplication.translate("BreakdownPanel", "Baseline"),
            QCoreApplication.translate("BreakdownPanel", "Scenario"),
            change.baseline,
            steps,
        )
        self.waterfall.set_rows(change.indicator, rows)
        lines = [
            QCoreApplication.translate("BreakdownPanel", "Formula: {formula}").format(
                formula=phrase_text(change.formula, doc.name)
            ),
            QCoreApplication.translate("BreakdownPanel", "Inputs: {inputs}").format(
                inputs="; ".join(phrase_text(p, doc.name) for p in change.inputs)
            ),
        ]
        if not change.steps:
            lines.insert(
                0,
                QCoreApplication.translate(
                    "BreakdownPanel", "The scenario does not change this figure."
                ),
            )
        if change.unchanged:
            kept = "; ".join(phrase_text(c.phrase, doc.name) for c in change.unchanged)
            lines.append(
                QCoreApplication.translate(
                    "BreakdownPanel", "Parts that do not change: {parts}"
                ).format(parts=kept)
            )
        self.details.setText("\n".join(lines))
