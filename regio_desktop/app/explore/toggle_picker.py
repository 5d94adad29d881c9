"""Membership toggles for Explore: the state:bloc pairs whose standing a run flips or keeps.

As ``regio-desktop explore --toggle KAZ:CSTO`` does on the command line, each toggle doubles the
combinations: in one half the state keeps its standing in the bloc (as the scenario has it), in
the other it flips it (leaves if it is in, joins if it is out; the engine decides which, from
the scenario). The analyst picks a state and a bloc and adds the pair to a checkable list; only
checked pairs are run. A pair already listed is refused with the core's own problem
(``explore_toggle_twice``), worded as everywhere else. Words are in the "ExploreDialog" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.bloc_labels import bloc_short_name
from regio_desktop.app.common.problem_texts import problem_texts
from regio_desktop.app.common.wrapping_label import WrappingLabel
from regio_desktop.app.documents.scenario_document import ScenarioDocument

WARNING_STYLE = "color: #b4441b;"


def toggle_words(document: ScenarioDocument, state: str, bloc: str) -> str:
    """A toggle in words, saying which way it flips from the current scenario."""
    status = document.status(state, bloc)
    if status in api.ACTIVE_STATUSES:
        text = QCoreApplication.translate("ExploreDialog", "{state} leaves or stays in {bloc}")
    else:
        text = QCoreApplication.translate("ExploreDialog", "{state} joins or stays out of {bloc}")
    return text.format(state=document.name(state), bloc=bloc_short_name(bloc))


class TogglePicker(QGroupBox):
    """A state and a bloc to add, the list of toggles (checked ones run), Add and Remove."""

    changed = Signal()
    """The checked toggles changed (the count of combinations moves)."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ExploreDialog", "Memberships"), parent)
        self.document = document
        self.setToolTip(
            QCoreApplication.translate(
                "ExploreDialog",
                "Membership toggles: each checked toggle doubles the combinations, with the state "
                "keeping its standing in the bloc or flipping it (leaving if in, joining if out)",
            )
        )
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "State of the membership toggle")
        )
        self.bloc_combo = QComboBox()
        self.bloc_combo.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Bloc of the membership toggle")
        )
        for combo in (self.state_combo, self.bloc_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        for bloc in document.world.bloc_codes:
            self.bloc_combo.addItem(bloc_short_name(bloc), bloc)
        self.add_button = QPushButton(QCoreApplication.translate("ExploreDialog", "Add"))
        self.add_button.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Add the membership toggle")
        )
        self.add_button.setToolTip(
            QCoreApplication.translate(
                "ExploreDialog", "Add the chosen state and bloc to the toggles run"
            )
        )
        self.remove_button = QPushButton(QCoreApplication.translate("ExploreDialog", "Remove"))
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Remove the selected membership toggle")
        )
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_chosen)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list = QListWidget()
        self.list.setAccessibleName(
            QCoreApplication.translate("ExploreDialog", "Membership toggles")
        )
        # A toggle's words wrap in the narrow panel rather than scroll sideways.
        self.list.setMaximumHeight(72)
        self.list.setMinimumHeight(40)  # one wrapped toggle: the dialog must fit 720 pixels
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.problem_label = WrappingLabel()
        self.problem_label.setStyleSheet(WARNING_STYLE)
        self.problem_label.hide()
        pick = QHBoxLayout()
        pick.addWidget(self.state_combo, 1)
        pick.addWidget(QLabel(QCoreApplication.translate("ExploreDialog", "in")))
        pick.addWidget(self.bloc_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        layout.addWidget(self.problem_label)
        self.fill_states()

    def fill_states(self) -> None:
        """(Re)list the states the window shows, keeping the one chosen."""
        current = self.state_combo.currentData()
        self.state_combo.blockSignals(True)
        self.state_combo.clear()
        for state in self.document.state_filter.states:
            self.state_combo.addItem(self.document.name(state), state)
        index = self.state_combo.findData(current) if current is not None else -1
        self.state_combo.setCurrentIndex(max(index, 0))
        self.state_combo.blockSignals(False)

    # --- the list ----------------------------------------------------------------------------------
    def all_toggles(self) -> list[tuple[str, str]]:
        return [self._pair(self.list.item(i)) for i in range(self.list.count())]

    def toggles(self) -> tuple[tuple[str, str], ...]:
        """The checked toggles, in the order they were added."""
        return tuple(
            self._pair(self.list.item(i))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    @staticmethod
    def _pair(item: QListWidgetItem) -> tuple[str, str]:
        state, bloc = item.data(Qt.ItemDataRole.UserRole)
        return str(state), str(bloc)

    def add_toggle(self, state: str, bloc: str) -> bool:
        """Add ``state`` in ``bloc`` (checked); False, with the core's words, when it is listed."""
        twice = [
            p
            for p in api.exploration_problems(
                self.document.world, (), [*self.all_toggles(), (state, bloc)], 1, 0
            )
            if p.code == "explore_toggle_twice"
        ]
        if twice:
            self.problem_label.setText(" ".join(problem_texts(twice, self.document.name)))
            self.problem_label.show()
            return False
        self.problem_label.hide()
        item = QListWidgetItem(toggle_words(self.document, state, bloc))
        item.setData(Qt.ItemDataRole.UserRole, (state, bloc))
        item.setToolTip(f"{state}:{bloc}")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.blockSignals(True)
        self.list.addItem(item)
        self.list.blockSignals(False)
        self.changed.emit()
        return True

    def clear_problem(self) -> None:
        """Hide the last refusal (a run went ahead without it)."""
        self.problem_label.setText("")
        self.problem_label.hide()

    def _add_chosen(self) -> None:
        state, bloc = self.state_combo.currentData(), self.bloc_combo.currentData()
        if isinstance(state, str) and isinstance(bloc, str):
            self.add_toggle(state, bloc)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.problem_label.hide()
            self.changed.emit()

    def set_running(self, running: bool) -> None:
        for widget in (self.state_combo, self.bloc_combo, self.add_button, self.remove_button):
            widget.setEnabled(not running)
        self.list.setEnabled(not running)
