"""Explore's weights: one slider per objective that re-ranks the explored combinations live.

The robust winners answer "which combination ranks first under most weightings?"; the sliders
answer "and under mine?". Each objective that moves gets a slider from 0 (ignored) to 100; the
dialog ranks by the weighted mean of the objectives scaled 0..1 (the core's
``api.WeightedRanking``) every time one moves, so the table and the front follow the drag. Reset
goes back to the robust winners' order. Objectives constant over every combination get no
slider: no weight could change anything. Words are in the "ExploreDialog" context.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from regio_desktop.app.common.indicator_labels import indicator_title

DEFAULT_WEIGHT = 50
MAX_WEIGHT = 100
SLIDER_MIN_WIDTH = 80
"""Pixels a weight slider keeps however long its objective's title: enough to drag it."""


class WeightSliders(QGroupBox):
    """The sliders of one exploration's objectives; emits ``weights_changed`` as they move."""

    weights_changed = Signal()
    """A slider moved: read ``weights()`` (one weight per objective of the exploration)."""
    drag_finished = Signal()
    """A slider was let go after a drag (the dialog then selects the best combination)."""
    reset_requested = Signal()
    """Back to the robust winners' order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ExploreDialog", "Weights"), parent)
        self.setToolTip(
            QCoreApplication.translate(
                "ExploreDialog",
                "Drag a weight to rank the combinations by your own weighting of the objectives: "
                "the score is the weighted mean of each objective scaled from 0 (the worst "
                "combination on it) to 1 (the best)",
            )
        )
        self.objectives: tuple[str, ...] = ()
        self.sliders: dict[str, QSlider] = {}
        self.value_labels: dict[str, QLabel] = {}
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self.empty_label = QLabel(
            QCoreApplication.translate(
                "ExploreDialog", "Run an exploration to weigh its objectives."
            )
        )
        self.empty_label.setWordWrap(True)
        self.reset_button = QPushButton(
            QCoreApplication.translate("ExploreDialog", "Robust winners first")
        )
        self.reset_button.setAccessibleName(
            QCoreApplication.translate(
                "ExploreDialog", "Order the table by the robust winners again"
            )
        )
        self.reset_button.setToolTip(
            QCoreApplication.translate(
                "ExploreDialog",
                "Put the weights back and order the table by the share of weightings ranking first",
            )
        )
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self._grid_host)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        self.set_objectives((), ())

    def set_objectives(self, objectives: Sequence[str], constant: Sequence[str]) -> None:
        """One slider for each of ``objectives`` not in ``constant``, all at the default."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.objectives = tuple(objectives)
        self.sliders, self.value_labels = {}, {}
        for row, code in enumerate(c for c in objectives if c not in constant):
            title = QLabel(indicator_title(code))
            # A long title (Russian) wraps: it squeezed the slider to its handle at 1280 pixels.
            title.setWordWrap(True)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setMinimumWidth(SLIDER_MIN_WIDTH)
            slider.setRange(0, MAX_WEIGHT)
            slider.setValue(DEFAULT_WEIGHT)
            slider.setPageStep(10)
            slider.setAccessibleName(
                QCoreApplication.translate("ExploreDialog", "Weight of {objective}").format(
                    objective=indicator_title(code)
                )
            )
            slider.setToolTip(
                QCoreApplication.translate(
                    "ExploreDialog", "Weight of {objective}: 0 ignores it, 100 counts it most"
                ).format(objective=indicator_title(code))
            )
            value = QLabel(str(DEFAULT_WEIGHT))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            # A fixed size: a new number then repaints the label alone, where a label sized to
            # its text made every move lay the dialog out again (12 ms of a drag's step).
            width = value.fontMetrics().horizontalAdvance(str(MAX_WEIGHT)) + 6
            value.setFixedSize(width, value.sizeHint().height())
            title.setBuddy(slider)
            slider.valueChanged.connect(lambda v, c=code: self._moved(c, v))
            slider.sliderReleased.connect(self.drag_finished)
            self._grid.addWidget(title, row, 0)
            self._grid.addWidget(slider, row, 1)
            self._grid.addWidget(value, row, 2)
            self.sliders[code], self.value_labels[code] = slider, value
        self._grid.setColumnStretch(1, 1)
        self.empty_label.setVisible(not self.sliders)
        self.reset_button.setEnabled(bool(self.sliders))

    def weights(self) -> np.ndarray:
        """One weight per objective of the exploration (0 for a constant one, which has none)."""
        return np.array(
            [float(self.sliders[c].value()) if c in self.sliders else 0.0 for c in self.objectives]
        )

    def dragging(self) -> bool:
        """True while the mouse holds a slider (its details wait until it is let go)."""
        return any(slider.isSliderDown() for slider in self.sliders.values())

    def set_weight(self, objective: str, value: int) -> None:
        """Move ``objective``'s slider as a drag would (tests and scripts)."""
        self.sliders[objective].setValue(value)

    def _moved(self, code: str, value: int) -> None:
        self.value_labels[code].setText(str(value))
        self.weights_changed.emit()

    def reset(self) -> None:
        """All sliders back to the default, without re-ranking; then the robust winners' order."""
        for code, slider in self.sliders.items():
            slider.blockSignals(True)
            slider.setValue(DEFAULT_WEIGHT)
            slider.blockSignals(False)
            self.value_labels[code].setText(str(DEFAULT_WEIGHT))
        self.reset_requested.emit()
