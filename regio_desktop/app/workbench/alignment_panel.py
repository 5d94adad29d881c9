"""Alignment choices: per state a combo of the alignments, with the baseline shown beside it.

Choosing the baseline alignment drops the state's choice from the scenario. A changed combo is
bold; the label beside it always names the baseline. An edit updates only the rows of the states
whose alignment choice it changed (none for a membership edit).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QScrollArea, QWidget

from regio_desktop import api
from regio_desktop.api import SCENARIO_ALIGNMENTS
from regio_desktop.app.common.vocabulary_labels import alignment_label
from regio_desktop.app.documents.scenario_document import ScenarioDocument


def _set_bold(widget: QWidget, bold: bool) -> None:
    """Make ``widget``'s font bold or not, leaving it alone when it already is: every refresh
    would otherwise re-lay out and repaint all the rows of the panel."""
    if widget.font().bold() != bold:
        font = QFont(widget.font())
        font.setBold(bold)
        widget.setFont(font)


class AlignmentCombo(QComboBox):
    """The alignment choices for one state; ``activated`` means the user chose."""

    def __init__(self, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        for alignment in SCENARIO_ALIGNMENTS:
            self.addItem(alignment_label(alignment), alignment)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def _bold_allowance(self) -> int:
        """How much wider the widest choice is in bold (an edited state's combo is bold)."""
        normal = QFont(self.font())
        normal.setBold(False)
        bold = QFont(normal)
        bold.setBold(True)
        plain, heavy = QFontMetrics(normal), QFontMetrics(bold)
        texts = [self.itemText(i) for i in range(self.count())]
        return max(
            (heavy.horizontalAdvance(s) - plain.horizontalAdvance(s) for s in texts), default=0
        )

    def sizeHint(self) -> QSize:
        """The bold size whether bold or not, so that marking an edit never re-lays out (and
        repaints) every row of the panel."""
        hint = super().sizeHint()
        if not self.font().bold():
            hint.setWidth(hint.width() + self._bold_allowance())
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self.font().bold():
            hint.setWidth(hint.width() + self._bold_allowance())
        return hint

    def show_alignment(self, alignment: str | None, edited: bool) -> None:
        index = self.findData(alignment) if alignment else -1
        if index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)
        _set_bold(self, edited)

    def chosen(self) -> str | None:
        value = self.currentData()
        return value if isinstance(value, str) else None


class AlignmentPanel(QScrollArea):
    """Rows of state name, alignment combo and baseline; re-read from the document on change."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.combos: dict[str, AlignmentCombo] = {}
        self._names: dict[str, QLabel] = {}
        self._baselines: dict[str, QLabel] = {}
        self._rows: tuple[str, ...] = ()
        self.setAccessibleName(QCoreApplication.translate("AlignmentPanel", "Alignment choices"))
        document.changed.connect(self._document_changed)
        document.selection_changed.connect(self._mark_selected)
        document.state_filter.changed.connect(self.refresh)
        self.refresh()

    def _aligned_states(self) -> tuple[str, ...]:
        ev = self.document.evaluation
        known = set(ev.baseline_alignment) | set(ev.alignment)
        return tuple(s for s in self.document.state_filter.states if s in known)

    def _build(self, states: tuple[str, ...]) -> None:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for column, title in enumerate(
            (
                QCoreApplication.translate("AlignmentPanel", "State"),
                QCoreApplication.translate("AlignmentPanel", "Choice"),
                QCoreApplication.translate("AlignmentPanel", "Baseline"),
            )
        ):
            header = QLabel(title)
            header.setStyleSheet("color: palette(mid); font-weight: 600;")
            grid.addWidget(header, 0, column)
        self.combos.clear()
        self._names.clear()
        self._baselines.clear()
        for row, state in enumerate(states, start=1):
            name = QLabel(self.document.name(state))
            name.setToolTip(state)
            name.setWordWrap(True)
            combo = AlignmentCombo(state, body)
            combo.setToolTip(
                QCoreApplication.translate("AlignmentPanel", "Alignment of {state}").format(
                    state=self.document.name(state)
                )
            )
            combo.activated.connect(lambda _i, c=combo: self._chosen(c))
            baseline = QLabel()
            baseline.setStyleSheet("color: palette(dark);")
            baseline.setWordWrap(True)
            name.setBuddy(combo)
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(baseline, row, 2)
            self.combos[state] = combo
            self._names[state] = name
            self._baselines[state] = baseline
        grid.setRowStretch(len(states) + 1, 1)
        grid.setColumnStretch(2, 1)
        self.setWidget(body)
        self._rows = states

    def _document_changed(self, changes: api.ScenarioChanges) -> None:
        """Only alignment choices, a new year or a new scenario change what the rows show."""
        if changes.whole or not changes.alignments <= self.combos.keys():
            self.refresh()
        else:
            for state in changes.alignments:
                self._show_row(state)

    def refresh(self) -> None:
        """Show every row as the document has it (rows built anew when the states differ)."""
        states = self._aligned_states()
        if states != self._rows:
            self._build(states)
        for state in self.combos:
            self._show_row(state)
        self._mark_selected(self.document.selected_state)

    def _show_row(self, state: str) -> None:
        ev = self.document.evaluation
        edited = state in self.document.scenario.alignment_map
        self.combos[state].show_alignment(ev.alignment.get(state), edited)
        base = alignment_label(ev.baseline_alignment.get(state)) or QCoreApplication.translate(
            "AlignmentPanel", "none"
        )
        if self._baselines[state].text() != base:
            self._baselines[state].setText(base)

    def _chosen(self, combo: AlignmentCombo) -> None:
        self.document.select_state(combo.state)
        if not self.document.set_alignment(combo.state, combo.chosen()):
            self.refresh()

    def _mark_selected(self, state: str) -> None:
        for code, label in self._names.items():
            _set_bold(label, code == state)
        if state in self.combos:
            self.ensureWidgetVisible(self.combos[state])
