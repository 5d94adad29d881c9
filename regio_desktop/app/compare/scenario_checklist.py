"""The left side of the Compare dialog: the open scenarios as a check list, the reference first.

Which scenarios are compared, in which order (the first checked is the reference, marked ★) and
the Make reference button. The list follows the session by entry id, so checks and order survive
edits, closing and opening. It compares nothing: it says ``checks_changed`` and the dialog
recomputes. Its words are translated in the dialog's context ("CompareDialog").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
        self.scenario_list = QListWidget()
        self.scenario_list.setAccessibleName(
            QCoreApplication.translate("CompareDialog", "Scenarios to compare")
        )
        self.scenario_list.setWordWrap(True)
        self.scenario_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scenario_list.setToolTip(
            QCoreApplication.translate(
                "CompareDialog",
                "Check two to four scenarios. The first checked one is the reference: "
                "the changes are measured against it.",
            )
        )
        self.scenario_list.itemChanged.connect(self._item_changed)
        self.scenario_list.currentRowChanged.connect(lambda _row: self.update_reference_button())
        label = QLabel(QCoreApplication.translate("CompareDialog", "&Scenarios to compare:"))
        label.setBuddy(self.scenario_list)
        self.reference_button = QPushButton(
            QCoreApplication.translate("CompareDialog", "Make &reference")
        )
        self.reference_button.setToolTip(
            QCoreApplication.translate(
                "CompareDialog",
                "Move the highlighted scenario to the top and check it: it becomes the reference",
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
                "Check two to four. The first checked scenario is the reference (★).",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label)
        column.addWidget(self.scenario_list, 1)
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
        """All open scenarios, the current one and the one after it checked: what an analyst
        who just made a variant of a scenario most likely wants to compare."""
        entries = self.session.entries
        current = self.session.current
        preselected = {current, (current + 1) % len(entries)} if entries else set()
        self._updating = True
        try:
            self.scenario_list.clear()
            for index, entry in enumerate(entries):
                self.scenario_list.addItem(self._new_item(entry.id, index in preselected))
        finally:
            self._updating = False
        self._refresh_item_texts()

    def _items(self) -> list[QListWidgetItem]:
        return [self.scenario_list.item(row) for row in range(self.scenario_list.count())]

    def _item_index(self, item: QListWidgetItem) -> int | None:
        """The session index of the entry ``item`` stands for (None: closed)."""
        return self.session.index_of(int(item.data(EntryRole)))

    def _refresh_item_texts(self) -> None:
        entries = self.session.entries
        world = self.session.document.world
        reference = self.checked_indices()[:1]
        self._updating = True
        try:
            for item in self._items():
                index = self._item_index(item)
                if index is None:
                    continue
                scenario = entries[index].scenario
                name = scenario.name or QCoreApplication.translate(
                    "CompareDialog", "Untitled scenario"
                )
                year = scenario.year if scenario.year is not None else world.latest_year
                star = "★ " if [index] == reference else ""
                item.setText(f"{star}{name}  ({year})")
                tip = [scenario.description or name]
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
        """Session indices of the checked scenarios, in list order (the reference first)."""
        indices = [
            self._item_index(item)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]
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
        """Move the highlighted scenario to the top of the list, checked: the new reference."""
        row = self.scenario_list.currentRow()
        if row < 0:
            return
        self._updating = True
        try:
            item = self.scenario_list.takeItem(row)
            item.setCheckState(Qt.CheckState.Checked)
            self.scenario_list.insertItem(0, item)
            self.scenario_list.setCurrentRow(0)
        finally:
            self._updating = False
        self._refresh_item_texts()
        self.checks_changed.emit()

    def update_reference_button(self) -> None:
        """Only a scenario below the top can become the reference."""
        self.reference_button.setEnabled(self.scenario_list.currentRow() > 0)
