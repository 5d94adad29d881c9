"""Which history Undo and Redo act on: the current scenario's or the arguments' and sources'.

The main window has two kinds of history in one QUndoGroup; which one is active follows what the
analyst last worked on. The rule is kept here, apart from the window's assembly, because it reads
focus changes across the whole application.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from regio_desktop.app.shell.main_window import MainWindow


class HistoryRouting(QObject):
    """Keeps the window's undo group pointed at the history the analyst is working in.

    A child of the window, so that its connections end with the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._focus_changed)
        window.evidence.undo_stack.indexChanged.connect(self._evidence_history_moved)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Undo and Redo act on the history of what the analyst last worked on.

        An edit (or an undo) makes its history the active one (``ScenarioDocument.
        new_undo_stack``). Moving the focus within the window chooses too: into the Arguments
        library or the Source reader, the arguments' and sources' history; anywhere else (the
        matrix, the alignment, the map, the scenario list...), the current scenario's. Focus that
        comes back from a dialog (an argument editor, Compare) or another program chooses
        nothing, so Undo after saving an argument in its editor takes that argument back.
        """
        if (
            not isValid(self.window)
            or not self.window.isVisible()
            or old is None
            or self.history_for(old) is None
        ):
            return  # a closed window (its histories may be gone) or focus from outside
        history = self.history_for(new)
        if history is not None:
            self.window.document.undo_group.setActiveStack(history)

    def _evidence_history_moved(self, _index: int) -> None:
        """Once the arguments' history has nothing left to take back, Undo goes back to the
        current scenario's, unless the focus is in the Library or the Source reader (where
        Undo means the arguments). Without this, Undo stayed greyed out after undoing an
        argument added from the matrix, although the scenario had edits to take back."""
        if not isValid(self.window) or not self.window.isVisible():
            return  # closing: the histories are being taken down
        history = self.window.evidence.undo_stack
        focus = QApplication.focusWidget()
        if not history.canUndo() and self.history_for(focus) is not history:
            self.window.document.undo_group.setActiveStack(self.window.document.undo_stack)

    def history_for(self, widget: QWidget | None) -> QUndoStack | None:
        """The history a widget of this window edits (None: not in this window, or a dialog)."""
        while widget is not None:
            if widget is self.window.library or widget is self.window.reader:
                return self.window.evidence.undo_stack
            if widget is self.window:
                return self.window.document.undo_stack
            if widget.isWindow() and not isinstance(widget, QDockWidget):
                return None
            widget = widget.parentWidget()
        return None
