"""The "Consistent only" filter of the Explore table: each combination's tensions, counted once
per run off the GUI thread (``api.tension_counts``), shown as a column, and a check box that
hides every combination holding any; and "Only box N", which keeps the combinations of the box
picked on the Discover tab (so that one of them can be read and opened).

Cross-impact balance tools rank a scenario space by its inconsistencies; here the analyst sees
how many of the combinations are consistent and can set the others aside. The Pareto front and
the robust winners stay those of the whole space: the filter hides table rows and draws the
hidden combinations faint on the chart, it does not re-judge the combinations.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, Qt

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import Localized
from regio_desktop.app.explore.call_thread import CallThread
from regio_desktop.app.explore.results_panel import ExplorationResults


class TensionFilter(QObject):
    """Counts tensions after each run and filters ``results``' table on its check box."""

    def __init__(
        self,
        results: ExplorationResults,
        selected_row: Callable[[], int],
        select_row: Callable[[int], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.results = results
        self.model = results.table_model
        self.check_box = results.consistent_only
        self.label = results.tension_label
        self._selected_row = selected_row
        self._select_row = select_row
        self.counts: np.ndarray | None = None
        self._thread: CallThread | None = None
        self._run_id = 0
        self.check_box.setToolTip(
            self.tr(
                "Hide the combinations whose scenario holds any tension (the warnings of the "
                "scenario's check); the chart draws them faint"
            )
        )
        self.check_box.toggled.connect(self._apply)
        self.box_check = results.box_only
        self.box_rows: np.ndarray | None = None
        self.box_check.toggled.connect(self._apply)
        self.model.modelReset.connect(self._model_reset)

    def start(self, world: api.World, base: api.Scenario, exploration: api.Exploration) -> None:
        """Count the tensions of ``exploration``'s combinations in the background."""
        self.shutdown()
        self._run_id += 1
        self.counts = None
        self.check_box.setEnabled(False)
        self.label.setText(self.tr("Counting tensions…"))
        thread = CallThread(self._run_id, lambda: api.tension_counts(world, base, exploration))
        thread.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        self._thread = thread
        thread.start()

    def clear(self) -> None:
        self.shutdown()
        self.counts = None
        self.label.setText("")
        self.check_box.setEnabled(False)
        self.set_box(None)

    def set_box(self, rows: np.ndarray | None, step: int = -1, only: bool | None = None) -> None:
        """The combinations of box ``step`` (one boolean each; None: no box), and whether the
        table shows only them (None: as the check box says)."""
        self.box_rows = rows
        self.box_check.blockSignals(True)
        self.box_check.setVisible(rows is not None)
        if rows is None:
            self.box_check.setChecked(False)
        else:
            self.box_check.setText(self.tr("Only bo&x {step}").format(step=step))
            self.box_check.setToolTip(
                self.tr(
                    "Show only the {count:,} combinations of box {step} of the Discover tab"
                ).format(count=Localized(int(rows.sum())), step=step)
            )
            if only is not None:
                self.box_check.setChecked(only)
        self.box_check.blockSignals(False)
        self._apply()

    def shutdown(self) -> None:
        """Wait for a count still running and drop it (closing must never leave a thread)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()

    def _model_reset(self) -> None:
        """A new run cleared the table: the old counts are gone with it."""
        if self.model.exploration is None:
            self.clear()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _ended(self, run_id: int) -> None:
        thread = self._thread
        if thread is None or thread.run_id != run_id:
            return
        thread.wait()
        self._thread = None
        if thread.error is not None or not isinstance(thread.result, np.ndarray):
            self.label.setText(
                self.tr("Tensions could not be counted: {error}").format(error=thread.error)
            )
            return
        self.counts = thread.result
        self.model.set_tensions(self.counts)
        self.results.table.resizeColumnsToContents()
        consistent = int((self.counts == 0).sum())
        self.label.setText(
            self.tr("{consistent:,} of {count:,} consistent").format(
                consistent=Localized(consistent), count=Localized(len(self.counts))
            )
        )
        self.label.setToolTip(
            self.tr(
                "Combinations whose scenario holds no tension (the warnings of its check); the "
                "Tensions column counts them in each"
            )
        )
        self.check_box.setEnabled(True)
        self._apply()

    def _apply(self) -> None:
        """Filter on the check boxes, keeping the selected combination if it is still shown."""
        if self.model.exploration is None:
            return
        row = self._selected_row()
        consistent = self.counts is not None and self.check_box.isChecked()
        box = self.box_rows if self.box_check.isChecked() else None
        self.model.set_filter(0 if consistent else None, box)
        filtered = consistent or box is not None
        shown = np.zeros(len(self.model.exploration.table), dtype=bool)
        shown[self.model.order] = True  # the engine's rows the table lists
        self.results.chart.set_shown(shown if filtered else None)
        if row >= 0 and self.model.view_row(row) >= 0:
            self._select_row(row)
        elif self.model.rowCount():
            self._select_row(self.model.exploration_row(0))
