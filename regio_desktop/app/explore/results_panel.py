"""The results side of the Explore dialog: the scatter on two chosen objectives, the table headed
by the robust winners, the selected combination's details, and Open and Close.

Only the widgets and their layout: the dialog fills them, keeps chart and table selection in
step, and acts on the buttons. Its words are translated in the dialog's context
("ExploreDialog").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import indicator_title
from regio_desktop.app.explore.chart import ExplorationChart
from regio_desktop.app.explore.drivers_heatmap import DriversView
from regio_desktop.app.explore.table import (
    CONSTANT_COLOUR,
    ExplorationTableModel,
    constant_title,
    constant_tooltip,
)
from regio_desktop.app.explore.weight_sliders import WeightSliders


class ExplorationResults(QWidget):
    """Axis choices, chart, table, details and the Open and Close buttons of one dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.x_combo = QComboBox()
        self.y_combo = QComboBox()
        self.x_combo.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Objective on the horizontal axis")
        )
        self.y_combo.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Objective on the vertical axis")
        )
        self.x_combo.setToolTip(
            QCoreApplication.translate("ExploreDialog", "The objective shown across")
        )
        self.y_combo.setToolTip(
            QCoreApplication.translate("ExploreDialog", "The objective shown upwards")
        )
        for combo in (self.x_combo, self.y_combo):
            # Room for a short title; a longer one is elided, whole in the popup.
            policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            combo.setSizeAdjustPolicy(policy)
            combo.setMinimumContentsLength(18)
        x_label = QLabel(QCoreApplication.translate("ExploreDialog", "&Across:"))
        x_label.setBuddy(self.x_combo)
        y_label = QLabel(QCoreApplication.translate("ExploreDialog", "&Up:"))
        y_label.setBuddy(self.y_combo)
        axes = QHBoxLayout()
        axes.addWidget(x_label)
        axes.addWidget(self.x_combo)
        axes.addSpacing(12)
        axes.addWidget(y_label)
        axes.addWidget(self.y_combo)
        axes.addStretch(1)
        # The tension filter (tension_filter.py fills and drives it once tensions are counted).
        self.consistent_only = QCheckBox(
            QCoreApplication.translate("ExploreDialog", "&Consistent only")
        )
        self.consistent_only.setAccessibleName(
            QCoreApplication.translate(
                "ExploreDialog", "Show only the combinations without tensions"
            )
        )
        self.consistent_only.setEnabled(False)
        self.tension_label = QLabel()
        self.tension_label.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "How many combinations are consistent")
        )
        # The filters on a row of their own: beside the axes they overlapped them in Russian.
        filters = self.filters = QHBoxLayout()
        filters.addStretch(1)
        filters.addWidget(self.tension_label)
        filters.addWidget(self.consistent_only)
        # A box picked on the Discover tab (tension_filter.py shows it once there is one).
        self.box_only = QCheckBox()
        self.box_only.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Show only the combinations in the box")
        )
        self.box_only.hide()
        filters.addWidget(self.box_only)

        self.chart = ExplorationChart()
        self.method_label = QLabel()
        self.method_label.setWordWrap(True)
        self.method_label.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "How the combinations were judged")
        )

        self.table_model = ExplorationTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Combinations, robust winners first")
        )
        self.table.setToolTip(
            QCoreApplication.translate(
                "ExploreDialog",
                "All combinations, those ranking first under the most weightings of the "
                "objectives on top. Click a column header to sort; double-click a row to open it.",
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        # Size columns from the first rows only: the robust winners head the table anyway.
        # The row numbers' width from the rows in view only: a weight drag re-orders every row.
        self.table.verticalHeader().setResizeContentsPrecision(0)
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table_model.modelReset.connect(self.lead_with_judgements)

        self.drivers = DriversView()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(QCoreApplication.translate("ExploreDialog", "Result views"))
        front = QWidget()
        front_layout = QVBoxLayout(front)
        front_layout.setContentsMargins(0, 0, 0, 0)
        front_layout.addLayout(axes)
        front_layout.addLayout(filters)
        front_layout.addWidget(self.chart, 1)
        self.front_tab = self.tabs.addTab(
            front, QCoreApplication.translate("ExploreDialog", "&Front")
        )
        self.drivers_tab = self.tabs.addTab(
            self.drivers, QCoreApplication.translate("ExploreDialog", "&Drivers")
        )
        self.tabs.setTabToolTip(
            self.drivers_tab,
            QCoreApplication.translate(
                "ExploreDialog", "Which choice moves each objective most (share of its variance)"
            ),
        )
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        self.weights = WeightSliders()
        self.weights.setMaximumWidth(330)
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addWidget(self.weights)
        split.addWidget(lower)
        split.setSizes([380, 260])
        split.setChildrenCollapsible(False)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "The selected combination")
        )
        self.open_button = QPushButton(
            QCoreApplication.translate("ExploreDialog", "Open as scenario")
        )
        self.open_button.setAccessibleName(
            QCoreApplication.translate(
                "ExploreDialog", "Open the selected combination as a scenario"
            )
        )
        self.open_button.setToolTip(
            QCoreApplication.translate(
                "ExploreDialog",
                "Open the selected combination as a new scenario: its alignment choices on top "
                "of the scenario that was explored",
            )
        )
        self.open_button.setEnabled(False)
        self.close_button = QPushButton(QCoreApplication.translate("ExploreDialog", "Close"))
        self.close_button.setToolTip(
            QCoreApplication.translate(
                "ExploreDialog", "Close the dialog (a running exploration stops)"
            )
        )
        for button in (self.open_button, self.close_button):
            button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.details, 1)
        bottom.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.method_label)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    def lead_with_judgements(self) -> None:
        """Show Efficient, On the front, Ranks first and Score before the choices (the model
        keeps its order): after five states and a toggle they were off a 1280-pixel screen."""
        model, header = self.table_model, self.table.horizontalHeader()
        if model.exploration is None:
            return
        first, score = model.wins_column() - 1, model.score_column()  # Efficient, Score
        counted = len(model.objectives) + (model.tensions is not None)
        extra = range(score + 1, model.columnCount() - counted)  # On the front, when tested
        judgements = [first, *extra, first + 1, score]
        for visual, logical in enumerate(judgements):
            header.moveSection(header.visualIndex(logical), visual)

    def fill_axes(self, exploration: api.Exploration | None, x_code: str, y_code: str) -> None:
        """Offer ``exploration``'s objectives on both axes (constant ones greyed), choosing
        ``x_code`` and ``y_code``, without announcing it; None empties them."""
        for combo, code in ((self.x_combo, x_code), (self.y_combo, y_code)):
            combo.blockSignals(True)
            combo.clear()
            for objective in exploration.objectives if exploration is not None else ():
                if objective in exploration.constant:  # type: ignore[union-attr]
                    combo.addItem(constant_title(objective), objective)
                    last = combo.count() - 1
                    combo.setItemData(last, CONSTANT_COLOUR, Qt.ItemDataRole.ForegroundRole)
                    combo.setItemData(last, constant_tooltip(), Qt.ItemDataRole.ToolTipRole)
                else:
                    combo.addItem(indicator_title(objective), objective)
            combo.setCurrentIndex(combo.findData(code))
            combo.blockSignals(False)
