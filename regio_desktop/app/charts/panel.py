"""The charts panel: four pyqtgraph charts of the open scenario in tabs.

Each chart listens to the document itself and redraws only while shown (or when next shown), so a
change of scenario costs one chart, not four.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from regio_desktop.app.charts.bloc_indicators import BlocIndicatorsChart
from regio_desktop.app.charts.state_profile import StateProfileChart
from regio_desktop.app.charts.timeline import TimelineChart
from regio_desktop.app.common.baseline_bars_chart import BaselineBarsChart
from regio_desktop.app.common.chart_canvas import ChartView
from regio_desktop.app.documents.scenario_document import ScenarioDocument


class ChartsPanel(QWidget):
    """Tabs: against the baseline, state profile, bloc indicators, timeline."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.baseline_bars = BaselineBarsChart(document)
        self.state_profile = StateProfileChart(document)
        self.bloc_indicators = BlocIndicatorsChart(document)
        self.timeline = TimelineChart(document)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Charts"))
        self.tabs.addTab(self.baseline_bars, self.tr("Against the baseline"))
        self.tabs.addTab(self.state_profile, self.tr("State profile"))
        self.tabs.addTab(self.bloc_indicators, self.tr("Bloc indicators"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @property
    def charts(self) -> tuple[ChartView, ...]:
        return (self.baseline_bars, self.state_profile, self.bloc_indicators, self.timeline)

    def current_chart(self) -> ChartView:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, ChartView)
        return widget
