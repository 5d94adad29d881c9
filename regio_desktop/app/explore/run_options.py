"""How a run judges its combinations: the aggregation over the states and the alignments tried.

The engine needs one value per objective and combination; whether that is the mean over the
explored states, the worst state or one state is the analyst's choice (the core's
``api.Aggregation``), and the dialog says afterwards which one was used (``aggregation_text``).
West-oriented is offered as a fourth alignment to try, off by default: it describes the states
that turned to the EU and NATO, not a choice the literature gives Central Asia. Words are
translated in the dialog's context ("ExploreDialog").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QWidget

from regio_desktop import api


def aggregation_text(
    aggregation: api.Aggregation, states: Sequence[str], name: Callable[[str], str]
) -> str:
    """One sentence saying how each objective was made from the states' values."""
    if aggregation.kind == "worst":
        return QCoreApplication.translate(
            "ExploreDialog",
            "Each objective is the value of the state that fares worst on it, among {states} "
            "(the worst state may differ from one objective to the next).",
        ).format(states=", ".join(states))
    if aggregation.kind == "state":
        return QCoreApplication.translate(
            "ExploreDialog",
            "Each objective is the value for {name} alone; the other states' choices count "
            "through the blocs they share with it.",
        ).format(name=name(aggregation.state))
    return QCoreApplication.translate(
        "ExploreDialog", "Each objective is the mean over {count} states: {states}."
    ).format(count=len(states), states=", ".join(states))


ROBUSTNESS_DRAWS = 1000
"""Draws of the estimates when the front is tested against them (``api.pareto_frequency``)."""


def front_share_header(tooltip: bool) -> str:
    """The results table's header of the share of draws on the front, or its tooltip."""
    if tooltip:
        return QCoreApplication.translate(
            "ExplorationTable",
            "Share of draws of the weights, constants and estimated data over their plausible "
            "ranges in which this combination is Pareto-efficient: near 100% it is on the "
            "front whatever the estimates",
        )
    return QCoreApplication.translate("ExplorationTable", "On the front")


class RunOptions(QGroupBox):
    """The aggregation combo (mean, worst state, each checked state) and the West checkbox."""

    changed = Signal()
    """The choices tried or the aggregation changed (the counts may move)."""

    def __init__(self, name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ExploreDialog", "Judging"), parent)
        self._name = name
        self.aggregate_combo = QComboBox()
        self.aggregate_combo.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "How objectives combine over the states")
        )
        self.aggregate_combo.setToolTip(
            QCoreApplication.translate(
                "ExploreDialog",
                "How each objective is made from the explored states' values: their mean, the "
                "worst state on that objective, or one state's value alone",
            )
        )
        self.west_check = QCheckBox(
            QCoreApplication.translate("ExploreDialog", "Also try West-oriented")
        )
        self.west_check.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Also try the West-oriented alignment")
        )
        self.west_check.setToolTip(
            QCoreApplication.translate(
                "ExploreDialog",
                "Add West-oriented (towards the EU and NATO) to the alignments tried: four "
                "choices per state instead of three, so fewer states fit in one run",
            )
        )
        self.robust_check = QCheckBox(
            QCoreApplication.translate("ExploreDialog", "Test the front against the estimates")
        )
        self.robust_check.setToolTip(
            QCoreApplication.translate(
                "ExploreDialog",
                "After the run, draw the weights, constants and estimated data 1,000 times over "
                "their plausible ranges and count how often each combination stays "
                "Pareto-efficient (slower: every combination is evaluated once per draw)",
            )
        )
        self.set_states(())
        self.aggregate_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.west_check.toggled.connect(lambda _on: self.changed.emit())
        form = QFormLayout(self)
        form.addRow(
            QCoreApplication.translate("ExploreDialog", "&Combine by:"), self.aggregate_combo
        )
        form.addRow(self.west_check)
        form.addRow(self.robust_check)

    def set_states(self, states: Sequence[str]) -> None:
        """Offer mean, worst and one entry per state in ``states``, keeping the choice if it stays."""
        current = self.aggregate_combo.currentData()
        combo = self.aggregate_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("ExploreDialog", "Mean over the states"), "mean")
        combo.addItem(QCoreApplication.translate("ExploreDialog", "Worst state"), "worst")
        for state in states:
            combo.addItem(
                QCoreApplication.translate("ExploreDialog", "{name} only").format(
                    name=self._name(state)
                ),
                state,
            )
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if current is not None and index < 0:
            self.changed.emit()

    def aggregation(self) -> api.Aggregation:
        data = str(self.aggregate_combo.currentData() or "mean")
        if data in ("mean", "worst"):
            return api.Aggregation(data)  # type: ignore[arg-type]
        return api.Aggregation("state", data)

    def set_aggregation(self, text: str) -> None:
        """Choose ``mean``, ``worst`` or a listed state's code (tests and scripts)."""
        index = self.aggregate_combo.findData(text)
        if index < 0:
            raise ValueError(f"aggregation {text!r} is not offered")
        self.aggregate_combo.setCurrentIndex(index)

    def choices(self) -> tuple[str, ...]:
        return api.ALIGNMENTS if self.west_check.isChecked() else api.EXPLORATION_ALIGNMENTS

    def pareto_draws(self) -> int:
        """Draws of the estimates for the front's test; 0 when it is off."""
        return ROBUSTNESS_DRAWS if self.robust_check.isChecked() else 0

    def set_running(self, running: bool) -> None:
        self.aggregate_combo.setEnabled(not running)
        self.west_check.setEnabled(not running)
        self.robust_check.setEnabled(not running)
