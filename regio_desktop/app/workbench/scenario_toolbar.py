"""The scenario toolbar: undo and redo, and the baseline year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSpinBox, QToolBar, QWidget

from regio_desktop.app.documents.scenario_document import ScenarioDocument


class YearSpinBox(QSpinBox):
    """The baseline year, 1991 to the world's latest; follows undo and redo."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setRange(document.world.first_year, document.world.latest_year)
        self.setKeyboardTracking(False)
        self.setToolTip(
            QCoreApplication.translate(
                "ScenarioToolbar", "Baseline year: memberships and figures as they stood that year"
            )
        )
        self.setAccessibleName(QCoreApplication.translate("ScenarioToolbar", "Baseline year"))
        self.refresh()
        self.valueChanged.connect(self._changed)
        document.changed.connect(self.refresh)

    def refresh(self) -> None:
        """Show the document's year. Setting the same value again would still re-lay out and
        repaint the box (and the toolbar under it) on every edit, so it is left alone then."""
        year = self.document.evaluation.year
        if self.value() == year:
            return
        self.blockSignals(True)
        self.setValue(year)
        self.blockSignals(False)

    def _changed(self, year: int) -> None:
        self.document.set_year(year)


class ScenarioToolbar(QToolBar):
    def __init__(
        self,
        document: ScenarioDocument,
        undo: QAction,
        redo: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("ScenarioToolbar", "Scenario"), parent)
        self.setObjectName("scenario_toolbar")
        self.addAction(undo)
        self.addAction(redo)
        self.addSeparator()
        self.addWidget(QLabel(QCoreApplication.translate("ScenarioToolbar", "Baseline year") + " "))
        self.year = YearSpinBox(document, self)
        self.addWidget(self.year)
