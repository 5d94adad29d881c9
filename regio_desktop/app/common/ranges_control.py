"""The charts' Ranges box and the error bars it shows: how far each figure could be off because
the estimates under it could be (``api.uncertainty``, computed by the document's runner).

The box turns the document's runner on or off (every chart's box follows it); while the analysis
runs, a progress bar says how far it is, and the chart redraws with error bars once it is done.
An error bar is drawn black with a white halo, so that it shows on the dark scenario bar, on the
grey baseline bar and on the white canvas alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QProgressBar, QWidget

from regio_desktop.app.common.estimate_strings import estimate_name
from regio_desktop.app.common.indicator_labels import format_number, indicator_title
from regio_desktop.app.common.vocabulary_labels import status_label

if TYPE_CHECKING:  # a type only: common/ sits below documents/ and never imports it
    from regio_desktop import api
    from regio_desktop.app.documents.scenario_document import ScenarioDocument

HALO, LINE = "#ffffff", "#202020"
TOP_ESTIMATES = 3
"""Estimates a tooltip names: the ones to question first."""


def estimate_text(name: str, bloc_name: Callable[[str], str]) -> str:
    """An estimate of ``api.Uncertainty.estimates`` in the user's words (a bloc by its name, a
    parameter or a constant by ``estimate_strings``)."""
    if name.startswith("blocs.csv "):
        code = name.split(" ", 1)[1]
        return QCoreApplication.translate(
            "RangesControl", "depths and delegation of {bloc}"
        ).format(bloc=bloc_name(code))
    if name.startswith("status `"):
        status = name.split("`")[1]
        return QCoreApplication.translate("RangesControl", "weight of the status {status}").format(
            status=status_label(status)
        )
    words = {
        "sanctions.csv": QCoreApplication.translate("RangesControl", "sanctions severities"),
        "corridors.csv": QCoreApplication.translate(
            "RangesControl", "corridors' sanctions exposure"
        ),
        "trade_shares.csv": QCoreApplication.translate("RangesControl", "trade shares"),
    }
    return words.get(name) or estimate_name(name)


def range_tooltip(
    result: api.Uncertainty, indicator: str, entity: str, bloc_name: Callable[[str], str]
) -> str:
    """One figure's range and the estimates that move it most (Morris effects)."""
    value, low, high = result.interval(indicator, entity)
    lines = [
        QCoreApplication.translate(
            "RangesControl", "{title}: {value} (range {low}–{high}, 90 % of {draws:,} draws)"
        ).format(
            title=indicator_title(indicator),
            value=format_number(value),
            low=format_number(low),
            high=format_number(high),
            draws=result.draws,
        )
    ]
    ranked = result.ranking(indicator, entity)[:TOP_ESTIMATES]
    if ranked:
        lines.append(
            QCoreApplication.translate(
                "RangesControl", "Moved most by (points across the estimate's range):"
            )
        )
        lines += [f"  {estimate_text(n, bloc_name)}: {format_number(e)}" for n, e in ranked]
    else:
        lines.append(
            QCoreApplication.translate("RangesControl", "No estimate moves it: a recorded figure.")
        )
    return "\n".join(lines)


class RangesControl(QWidget):
    """ "Ranges" and the analysis's progress; ``ready`` when the chart should redraw."""

    ready = Signal()

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = document.ranges
        self.box = QCheckBox(self.tr("Ranges"))
        self.box.setToolTip(
            self.tr(
                "Error bars: the range of 90 % of 1,000 draws of the weights, constants and "
                "estimated data over their plausible ranges (computed in the background)"
            )
        )
        self.box.setChecked(self.runner.enabled)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(110)
        self.progress.setFormat(self.tr("Ranges %p%"))
        self.progress.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.progress)
        self.box.toggled.connect(self.runner.set_enabled)
        self.runner.enabled_changed.connect(self._enabled_changed)
        self.runner.progressed.connect(self._progressed)
        self.runner.ready.connect(self._ready)
        self.runner.failed.connect(self._failed)

    def _enabled_changed(self, on: bool) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(on)
        self.box.blockSignals(False)
        self.progress.setVisible(on and self.runner.running)
        self.ready.emit()  # drawn with or without the bars

    def _progressed(self, percent: int) -> None:
        self.progress.setVisible(self.runner.enabled)
        self.progress.setValue(percent)

    def _ready(self) -> None:
        self.progress.setVisible(False)
        self.ready.emit()

    def _failed(self, reason: str) -> None:
        self.progress.setVisible(False)
        self.box.setToolTip(
            self.tr("The ranges could not be computed: {reason}").format(reason=reason)
        )

    def result(self) -> api.Uncertainty | None:
        return self.runner.result()


def intervals(
    result: api.Uncertainty, indicators: Sequence[str], entity: str
) -> tuple[np.ndarray, np.ndarray]:
    """The low and high ends of ``entity``'s figures for ``indicators``."""
    ends = [result.interval(code, entity)[1:] for code in indicators]
    low, high = (np.array(side, dtype=float) for side in zip(*ends, strict=True))
    return low, high


class RangeBars:
    """Horizontal error bars from low to high at the given rows, a halo under a thin line."""

    def __init__(self, plot: pg.PlotItem, colour: str = LINE, beam: float = 0.14) -> None:
        self.plot = plot
        self.items = (
            pg.ErrorBarItem(beam=beam, pen=pg.mkPen(HALO, width=4)),
            pg.ErrorBarItem(beam=beam, pen=pg.mkPen(colour, width=1.6)),
        )
        for item in self.items:
            plot.addItem(item)

    def show(self, low: np.ndarray, high: np.ndarray, rows: Sequence[float]) -> None:
        """Bars from ``low`` to ``high`` on ``rows`` (a figure at an end of its range, such as a
        weight at the top of its span, may sit at the bar's end)."""
        low, high = np.nan_to_num(low), np.nan_to_num(high)
        half = (high - low) / 2.0
        for item in self.items:
            item.setData(x=low + half, y=np.asarray(rows, dtype=float), left=half, right=half)

    def remove(self) -> None:
        for item in self.items:
            self.plot.removeItem(item)

    @property
    def spans(self) -> list[tuple[float, float]]:
        """(low, high) of each bar as drawn (what tests read)."""
        opts = self.items[1].opts
        x, left, right = opts["x"], opts["left"], opts["right"]
        if x is None:
            return []
        return [(float(a - b), float(a + c)) for a, b, c in zip(x, left, right, strict=True)]
