"""The left side of the Compare dialog: the open scenarios as a check list, and the reference.

Which scenarios are compared and which of them is the reference, chosen explicitly in the
Reference combo (or with Make reference on the highlighted item). The list stays still under the
pointer: items keep the session's order and their text whatever is checked or made the reference
(one line each, elided, uniform heights), so a click never lands on a row that moved; the
reference is marked in bold and named in the combo. The list follows the session by entry id, so
checks and the reference survive edits, closing and opening. It compares nothing: it says
``checks_changed`` and the dialog recomputes. Its words are translated in the dialog's context
("CompareDialog").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.documents.scenario_session import ScenarioSession

EntryRole = Qt.ItemDataRole.UserRole + 10
"""The session entry an item of the scenario list stands for (its stable ``SessionEntry.id``)."""


class ScenarioChecklist(QWidget):
    """The scenarios of the session to check for comparison, with the reference on top."""

    checks_changed = Signal()
    """The checked scenarios or their order changed (not when the list only follows the
    session: the dialog decides then whether to recompute at once or when shown)."""

    def __init__(self, session: ScenarioSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._updating = False
        self._reference: int | None = None
        """The entry id of the reference (None: none checked yet)."""
        self.scenario_list = QListWidget()
        self.scenario_list.setAccessibleName(
            QCoreApplication.translate("CompareDialog", "Scenarios to compare")
        )
        # One line per scenario, all of one height: checking never re-flows the rows.
        self.scenario_list.setWordWrap(False)
        self.scenario_list.setUniformItemSizes(True)
        # Elided in the middle: versions opened from the team database differ only at the end
        # ("NAME (version 2)"), and a long name cut on the right made them look the same.
        self.scenario_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.scenario_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scenario_list.setToolTip(
            QCoreApplication.translate(
                "CompareDialog",
                "Check two to four scenarios. The changes are measured against the one chosen "
                "as Reference below.",
            )
        )
        self.scenario_list.itemChanged.connect(self._item_changed)
        self.scenario_list.currentRowChanged.connect(lambda _row: self.update_reference_button())
        label = QLabel(QCoreApplication.translate("CompareDialog", "&Scenarios to compare:"))
        label.setBuddy(self.scenario_list)
        self.reference_combo = QComboBox()
        self.reference_combo.setAccessibleName(
            QCoreApplication.translate("CompareDialog", "Reference scenario")
        )
        self.reference_combo.setToolTip(
            QCoreApplication.translate(
                "CompareDialog", "The checked scenario the others are measured against"
            )
        )
        self.reference_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reference_combo.setMinimumContentsLength(12)
        self.reference_combo.activated.connect(self._reference_chosen)
        reference_label = QLabel(QCoreApplication.translate("CompareDialog", "R&eference:"))
        reference_label.setBuddy(self.reference_combo)
        self.reference_button = QPushButton(
            QCoreApplication.translate("CompareDialog", "Make &reference")
        )
        self.reference_button.setToolTip(
            QCoreApplication.translate(
                "CompareDialog",
                "Check the highlighted scenario and make it the reference (the list stays as it is)",
            )
        )
        self.reference_button.setAccessibleName(
            QCoreApplication.translate(
                "CompareDialog", "Make the highlighted scenario the reference"
            )
        )
        self.reference_button.clicked.connect(self.make_reference)
        hint = QLabel(
            QCoreApplication.translate(
                "CompareDialog",
                "Check two to four. The reference is in bold; the changes are measured against it.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label)
        column.addWidget(self.scenario_list, 1)
        column.addWidget(reference_label)
        column.addWidget(self.reference_combo)
        column.addWidget(self.reference_button)
        column.addWidget(hint)

    def _new_item(self, entry_id: int, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setData(EntryRole, entry_id)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def fill(self) -> None:
        """All open scenarios, the current one and a partner checked, the partner the reference:
        an analyst who just edited the current scenario wants to see what the edit changed, so
        the current one is measured against the other one (not the other way round)."""
        entries = self.session.entries
        current = self.session.current
        partner = self._default_partner()
        preselected = {current} if partner is None else {current, partner}
        self._reference = entries[partner].id if partner is not None else None
        self._updating = True
        try:
            self.scenario_list.clear()
            for index, entry in enumerate(entries):
                self.scenario_list.addItem(self._new_item(entry.id, index in preselected))
        finally:
            self._updating = False
        self._refresh_item_texts()

    def _default_partner(self) -> int | None:
        """The scenario to compare the current one against: the first after it (wrapping round)
        whose figures can differ from the current one's, so a file opened last is not compared
        with an identical status quo while a differing scenario is open; the next one when all
        are alike (None: only one is open)."""
        entries = self.session.entries
        if len(entries) < 2:
            return None
        current = self.session.current
        order = [(current + step) % len(entries) for step in range(1, len(entries))]
        mine = self._figures_key(entries[current].scenario)
        differing = [i for i in order if self._figures_key(entries[i].scenario) != mine]
        return differing[0] if differing else order[0]

    def _figures_key(self, scenario: api.Scenario) -> tuple[object, ...]:
        """What decides a scenario's figures: its baseline year and its edits in any order (its
        name, description and notes change none)."""
        year = (
            scenario.year if scenario.year is not None else self.session.document.world.latest_year
        )
        return (
            year,
            frozenset(scenario.memberships),
            frozenset(scenario.alignments),
            frozenset(scenario.parameters),
        )

    def _items(self) -> list[QListWidgetItem]:
        return [self.scenario_list.item(row) for row in range(self.scenario_list.count())]

    def _item_index(self, item: QListWidgetItem) -> int | None:
        """The session index of the entry ``item`` stands for (None: closed)."""
        return self.session.index_of(int(item.data(EntryRole)))

    def _scenario_text(self, index: int) -> str:
        scenario = self.session.entries[index].scenario
        name = scenario.name or QCoreApplication.translate("CompareDialog", "Untitled scenario")
        year = (
            scenario.year if scenario.year is not None else self.session.document.world.latest_year
        )
        return f"{name}  ({year})"

    def _settle_reference(self) -> None:
        """Keep the reference among the checked; when it is unchecked, the first checked one
        takes over (and the combo shows it, so nothing changes unseen)."""
        checked = self._checked_ids()
        if self._reference not in checked:
            self._reference = checked[0] if checked else None

    def _checked_ids(self) -> list[int]:
        return [
            int(item.data(EntryRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked and self._item_index(item) is not None
        ]

    def _refresh_item_texts(self) -> None:
        self._settle_reference()
        entries = self.session.entries
        reference = [] if self._reference is None else [self.session.index_of(self._reference)]
        self._updating = True
        try:
            for item in self._items():
                index = self._item_index(item)
                if index is None:
                    continue
                scenario = entries[index].scenario
                text = self._scenario_text(index)
                item.setText(text)
                # Bold marks the reference: same height, same place, only the weight changes.
                font = QFont(self.scenario_list.font())
                font.setBold([index] == reference)
                item.setFont(font)
                tip = [scenario.description or text]
                if [index] == reference:
                    tip.append(
                        QCoreApplication.translate(
                            "CompareDialog", "Reference: the changes are measured against it"
                        )
                    )
                if index == self.session.current:
                    tip.append(
                        QCoreApplication.translate(
                            "CompareDialog", "The scenario shown in the main window"
                        )
                    )
                item.setToolTip("\n".join(tip))
        finally:
            self._updating = False
        self._fill_reference_combo()

    def _fill_reference_combo(self) -> None:
        combo = self.reference_combo
        combo.blockSignals(True)
        combo.clear()
        for entry_id in self._checked_ids():
            index = self.session.index_of(entry_id)
            if index is not None:
                combo.addItem(self._scenario_text(index), entry_id)
        combo.setCurrentIndex(
            combo.findData(self._reference) if self._reference is not None else -1
        )
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)

    def _reference_chosen(self, row: int) -> None:
        entry_id = self.reference_combo.itemData(row)
        if entry_id is not None and int(entry_id) != self._reference:
            self._reference = int(entry_id)
            self._refresh_item_texts()
            self.checks_changed.emit()

    @property
    def reference_index(self) -> int | None:
        """The session index of the reference scenario (None: nothing checked)."""
        return None if self._reference is None else self.session.index_of(self._reference)

    def set_reference(self, index: int) -> None:
        """Make the scenario at session ``index`` the reference, checking it (tests, keyboard)."""
        entry_id = self.session.entries[index].id
        self._updating = True
        try:
            for item in self._items():
                if int(item.data(EntryRole)) == entry_id:
                    item.setCheckState(Qt.CheckState.Checked)
        finally:
            self._updating = False
        self._reference = entry_id
        self._refresh_item_texts()
        self.checks_changed.emit()

    def follow_entries(self) -> None:
        """Follow the session by entry id: keep the checks and order through edits, drop the
        items of closed entries, add unchecked items for new ones."""
        ids = [entry.id for entry in self.session.entries]
        self._updating = True
        try:
            for row in reversed(range(self.scenario_list.count())):
                if int(self.scenario_list.item(row).data(EntryRole)) not in ids:
                    self.scenario_list.takeItem(row)
            listed = {int(item.data(EntryRole)) for item in self._items()}
            for entry_id in ids:
                if entry_id not in listed:
                    self.scenario_list.addItem(self._new_item(entry_id, False))
        finally:
            self._updating = False
        self._refresh_item_texts()

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._updating:
            self._refresh_item_texts()
            self.checks_changed.emit()

    def checked_indices(self) -> list[int]:
        """Session indices of the checked scenarios: the reference first, then the others in
        list order (what ``api.compare`` takes: its first scenario is the reference)."""
        self._settle_reference()
        ids = self._checked_ids()
        ordered = [i for i in ids if i == self._reference] + [
            i for i in ids if i != self._reference
        ]
        indices = [self.session.index_of(i) for i in ordered]
        return [index for index in indices if index is not None]

    def set_checked(self, indices: list[int]) -> None:
        """Check exactly the scenarios at these session indices (keyboard and test helper)."""
        wanted = set(indices)
        self._updating = True
        try:
            for item in self._items():
                checked = self._item_index(item) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._updating = False
        self._refresh_item_texts()
        self.checks_changed.emit()

    def make_reference(self) -> None:
        """Check the highlighted scenario and make it the reference; nothing moves."""
        item = self.scenario_list.currentItem()
        index = self._item_index(item) if item is not None else None
        if index is not None:
            self.set_reference(index)
        self.update_reference_button()

    def update_reference_button(self) -> None:
        """Only a scenario that is not already the reference can become it."""
        item = self.scenario_list.currentItem()
        current = int(item.data(EntryRole)) if item is not None else None
        self.reference_button.setEnabled(current is not None and current != self._reference)
