"""The deck editor: the steps of the open deck in order, with the buttons that change them.

Every button calls the deck document, whose edits are undoable (Edit > Undo); the list is a
Qt model over the deck's steps, read again whenever the deck changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regio_desktop.app.present.deck_document import DeckDocument
from regio_desktop.app.present.deck_strings import shown_text
from regio_desktop.app.present.deck_texts import source_text

if TYPE_CHECKING:
    from regio_desktop.app.present.deck_actions import DeckActions

Index = QModelIndex | QPersistentModelIndex


class StepListModel(QAbstractListModel):
    """One row per step: its number, title, where its scenario comes from, its tally."""

    def __init__(self, deck: DeckDocument) -> None:
        super().__init__()
        self.deck = deck
        deck.changed.connect(self._reset)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.deck.deck.steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        step = self.deck.deck.steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{index.row() + 1}. {shown_text(step.title)} ({source_text(step.scenario)})"
            if step.tallied:
                counts = ", ".join(f"{shown_text(o.label)} {o.count}" for o in step.options)
                text += f" · {counts}"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return step.notes or step.question
        return None


class DeckEditor(QDialog):
    """Non-modal; one kept by the deck actions."""

    def __init__(self, actions: DeckActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.deck = actions.deck
        self.setWindowTitle(self.tr("Deck"))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Deck title"))
        self.title_edit.editingFinished.connect(self._retitle)
        self.model = StepListModel(self.deck)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Steps"))
        self.list.doubleClicked.connect(lambda _index: self.edit_step())
        self.add_button = QPushButton(self.tr("&Add current scenario"))
        self.add_button.clicked.connect(actions.add_current_scenario)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_step)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_step)
        self.present_button = QPushButton(self.tr("&Present from here"))
        self.present_button.clicked.connect(lambda: actions.present(self.selected()))
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.up_button,
            self.down_button,
            self.edit_button,
            self.remove_button,
            self.present_button,
        ):
            # Enter in the title field finishes the title; it must not press a button.
            button.setAutoDefault(False)
            button.setDefault(False)
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        label = QLabel(self.tr("&Title:"))
        label.setBuddy(self.title_edit)
        title_row.addWidget(label)
        title_row.addWidget(self.title_edit, 1)
        layout.addLayout(title_row)
        layout.addLayout(middle, 1)
        self.file_label = QLabel()
        layout.addWidget(self.file_label)
        self.deck.changed.connect(self._deck_changed)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self._deck_changed()
        # The editor is a window of its own: the main window's Undo and Redo (Ctrl+Z,
        # Ctrl+Shift+Z) work here too, as the buttons' edits are undoable.
        for name in ("undo_action", "redo_action"):
            action = getattr(actions.window, name, None)
            if action is not None:
                self.addAction(action)
        self.resize(720, 420)

    def selected(self) -> int:
        """The row of the selected step (-1: none)."""
        current = self.list.currentIndex()
        return current.row() if current.isValid() else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(row))

    def _deck_changed(self) -> None:
        deck = self.deck.deck
        if not self.title_edit.hasFocus():
            self.title_edit.setText(deck.title)
        path = self.deck.path
        self.file_label.setText(
            self.tr("File: {path}").format(path=path) if path else self.tr("Not saved yet")
        )
        self._enable()

    def _enable(self) -> None:
        row, count = self.selected(), len(self.deck.deck.steps)
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.present_button.setEnabled(count > 0)

    def _retitle(self) -> None:
        title = self.title_edit.text().strip()
        if title and title != self.deck.deck.title:
            self.deck.retitle(title)

    def move(self, by: int) -> None:
        row = self.selected()
        if row >= 0 and self.deck.move_step(row, row + by):
            self.select(row + by)

    def remove_step(self) -> None:
        row = self.selected()
        if row >= 0:
            self.deck.remove_step(row)
            self.select(min(row, len(self.deck.deck.steps) - 1))

    def edit_step(self) -> None:
        row = self.selected()
        if row >= 0:
            self.actions.edit_step(row)
            self.select(row)
