"""What a drag of a weight slider does: re-rank the table and mark the best on the front.

Kept apart from the dialog so that the path a drag takes is one short, fast function: the core's
``api.WeightedRanking`` (made once per exploration) scores every combination and partially sorts
the best ``RANKED_ROWS``; the table shows the scores and puts those rows on top (the view asks
only for the rows it shows), and the scatter redraws only the few marked points. At 3^10
combinations this fits a frame (``benchmarks/rerank_bench.py`` prints the time). While the mouse
holds a slider the moves are coalesced: a move schedules the re-ranking for when the events
queued so far are handled (a zero-millisecond timer), so a burst of mouse moves costs one
re-ranking and one repaint, not one each.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QTableView

from regio_desktop import api
from regio_desktop.app.explore.chart import ExplorationChart
from regio_desktop.app.explore.table import ExplorationTableModel
from regio_desktop.app.explore.weight_sliders import WeightSliders

RANKED_ROWS = 500
"""How many of the best combinations under the weights are ordered at the head of the table
(a partial sort); the others follow in table order, and a click on Score sorts them all."""
RANKED_POINTS = 10
"""How many of the best under the weights are marked on the scatter."""


class Weighting(QObject):
    """Connects the sliders to the table and the chart of one dialog."""

    def __init__(
        self,
        sliders: WeightSliders,
        model: ExplorationTableModel,
        table: QTableView,
        chart: ExplorationChart,
        select_row: Callable[[int], None],
    ) -> None:
        super().__init__(sliders)
        self.sliders, self.model, self.table, self.chart = sliders, model, table, chart
        self.select_row = select_row
        self.ranking: api.WeightedRanking | None = None
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.rerank)
        sliders.weights_changed.connect(self._weights_changed)
        sliders.drag_finished.connect(self._drag_finished)
        sliders.reset_requested.connect(self.robust_order)
        self.top = np.zeros(0, dtype=int)

    def set_exploration(self, exploration: api.Exploration | None) -> None:
        """New sliders for ``exploration``'s objectives, and its scores at the default weights."""
        self.top = np.zeros(0, dtype=int)
        if exploration is None:
            self.ranking = None
            self.sliders.set_objectives((), ())
            return
        objectives = list(exploration.objectives)
        self.ranking = api.WeightedRanking.of(
            exploration.table[objectives].to_numpy(float),
            api.objective_signs(objectives),
            exploration.bounds() if exploration.streamed else None,
        )
        self.sliders.set_objectives(objectives, exploration.constant)
        self.model.set_scores(self.ranking.scores(self.sliders.weights()))

    def _weights_changed(self) -> None:
        """Re-rank now for a key or a script; during a drag once the queued moves are in."""
        if self.sliders.dragging():
            self._pending.start()
        else:
            self._pending.stop()
            self.rerank()

    def _drag_finished(self) -> None:
        if self._pending.isActive():  # the last move is not ranked yet
            self._pending.stop()
            self.rerank()
        self.select_best()

    def rerank(self) -> None:
        """Order the table by the sliders' weights and mark the best on the front; once the
        slider is let go (or moved by keyboard), select the best."""
        if self.ranking is None or self.model.exploration is None:
            return
        weights = self.sliders.weights()
        self.top = self.ranking.rank(weights, RANKED_ROWS)
        self.model.set_weighted(self.ranking.scores(weights), self.top)
        header = self.table.horizontalHeader()
        column = self.model.score_column()
        if header.sortIndicatorSection() != column or (
            header.sortIndicatorOrder() != Qt.SortOrder.DescendingOrder
        ):
            header.blockSignals(True)  # the indicator only: the rows are ranked already
            header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
            header.blockSignals(False)
            header.viewport().update()
        self.chart.show_ranked(self.top[:RANKED_POINTS])
        if not self.sliders.dragging():
            self.select_best()

    def select_best(self) -> None:
        """Select the best combination under the weights (its details show below)."""
        if len(self.top) and self.model.exploration is not None:
            self.select_row(int(self.top[0]))

    def robust_order(self) -> None:
        """Back to the robust winners first (the sliders were reset)."""
        if self.ranking is None or self.model.exploration is None:
            return
        self.model.set_scores(self.ranking.scores(self.sliders.weights()))
        self.table.horizontalHeader().setSortIndicator(
            self.model.wins_column(), Qt.SortOrder.DescendingOrder
        )
        self.chart.show_ranked(np.zeros(0, dtype=int))
        if self.model.rowCount():
            self.select_row(self.model.exploration_row(0))
