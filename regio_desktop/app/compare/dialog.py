"""Compare: two to four of the open scenarios side by side.

The analyst checks scenarios in a list, chooses the reference among them, and reads three tabs:
indicator deltas coloured by whether they are better or worse for the state, the states whose
alignment or membership differs, and the arguments of the literature that apply to some of the
scenarios and not to others. The dialog is not modal: it stays open beside the main window and
recomputes when the checked scenarios, their order or their contents change.

The dialog decides what is compared and when; the check list is scenario_checklist.py, the tabs
result_tabs.py (their column widths column_fitting.py), the export comparison_export.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.compare.comparison_export import (
    choose_export_path,
    show_export_warning,
    write_comparison,
)
from regio_desktop.app.compare.result_tabs import (
    ARGUMENTS_TAB,
    CHANGES_TAB,
    INDICATORS_TAB,
    ComparisonResults,
)
from regio_desktop.app.compare.scenario_checklist import ScenarioChecklist
from regio_desktop.app.documents.scenario_session import ScenarioSession

__all__ = ["ARGUMENTS_TAB", "CHANGES_TAB", "INDICATORS_TAB", "CompareDialog"]
"""The tab numbers are named here too, beside the dialog whose tabs they number (tests use them)."""

MIN_SCENARIOS, MAX_SCENARIOS = 2, 4


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
        self._stale = False
        self.setModal(False)
        self.setWindowTitle(self.tr("Compare scenarios"))
        self.setAccessibleName(self.tr("Compare scenarios"))

        self.checklist = ScenarioChecklist(session)
        self.checklist.checks_changed.connect(self.recompute)
        # The panels' widgets by their old names: the tests and the window use them.
        self.scenario_list = self.checklist.scenario_list
        self.reference_button = self.checklist.reference_button
        self.reference_combo = self.checklist.reference_combo
        results = self.results = ComparisonResults(self.document)
        self.indicator_model = results.indicator_model
        self.changes_model = results.changes_model
        self.arguments_model = results.arguments_model
        self.message_label, self.tabs = results.message_label, results.tabs
        self.mode, self.only_differing = results.mode, results.only_differing
        self.indicator_caption = results.indicator_caption
        self.changes_caption = results.changes_caption
        self.arguments_caption = results.arguments_caption
        self.indicator_proxy, self.indicator_view = results.indicator_proxy, results.indicator_view
        self.changes_proxy, self.changes_view = results.changes_proxy, results.changes_view
        self.arguments_proxy = results.arguments_proxy
        self.arguments_view = results.arguments_view

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.checklist)
        splitter.addWidget(results)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 840])

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
        self.checklist.fill()
        self.recompute()
        results.apply_mode()

    # --- the scenario list, as the check list has it -------------------------------------------
    def checked_indices(self) -> list[int]:
        """Session indices of the checked scenarios, in list order (the reference first)."""
        return self.checklist.checked_indices()

    def set_checked(self, indices: list[int]) -> None:
        """Check exactly the scenarios at these session indices (keyboard and test helper)."""
        self.checklist.set_checked(indices)

    def make_reference(self) -> None:
        """Check the highlighted scenario and make it the reference (the list does not move)."""
        self.checklist.make_reference()

    def set_mode(self, mode: str) -> None:
        """Show the indicators of the selected state, all states, blocs or the region."""
        self.results.set_mode(mode)

    def _entries_changed(self) -> None:
        self.checklist.follow_entries()
        if self.isVisible():
            self.recompute()
        else:
            # Closed (hidden) dialogs do not pay for every edit made in the main window.
            self._stale = True

    def _update_buttons(self) -> None:
        self.checklist.update_reference_button()
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
        years = tuple(
            s.year if s.year is not None else self.document.world.latest_year
            for s in self._compared
        )
        self.results.show_comparison(comparison, message, years)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with the edits made while the dialog was closed."""
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.recompute()

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
            path = choose_export_path(self)
            if path is None:
                return False
        problem = write_comparison(self.comparison, path)
        if problem:
            # Shown without blocking (a window-modal sheet); kept for tests to read.
            show_export_warning(self, problem)
            self.last_warning = problem
            return False
        return True
