"""View > Replay the timeline (Ctrl+Shift+R): opens the replay window on the scenario on show,
one window kept, which follows the scenario while it is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from regio_desktop import api
from regio_desktop.app.common.actions import make_action
from regio_desktop.app.documents.scenario_document import ScenarioDocument

if TYPE_CHECKING:
    from regio_desktop.app.replay.replay_window import ReplayWindow


class ReplayActions(QObject):
    """Owns the replay action and the replay window (made when first asked for)."""

    def __init__(self, document: ScenarioDocument, window: QMainWindow) -> None:
        super().__init__(window)
        self.document = document
        self.window = window
        self.replay_window: ReplayWindow | None = None
        self.replay_action = make_action(
            window, self.tr("&Replay the timeline…"), self.show_replay, QKeySequence("Ctrl+Shift+R")
        )
        self.replay_action.setStatusTip(
            self.tr(
                "Play the years from 1991 on the map, the bloc lanes and the indicators, with "
                "each year's events and their sources"
            )
        )
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(0)
        self._follow.timeout.connect(self._follow_scenario)
        document.changed.connect(self._scenario_changed)

    def show_replay(self) -> ReplayWindow:
        """The replay window, on the scenario on show (non-modal, one kept)."""
        from regio_desktop.app.replay.replay_window import ReplayWindow

        if self.replay_window is None:
            self.replay_window = ReplayWindow(
                self.document.world,
                self.document.scenario,
                self.document.language,
                self.document.selected_state,
                self.window,
            )
        else:
            self.replay_window.set_scenario(self.document.scenario)
        self.replay_window.show()
        self.replay_window.raise_()
        self.replay_window.activateWindow()
        return self.replay_window

    def _scenario_changed(self, _changes: api.ScenarioChanges) -> None:
        shown = self.replay_window
        if shown is not None and shown.isVisible() and not self._follow.isActive():
            # After the edit's own repaint: a burst of edits is replayed once.
            self._follow.start()

    def _follow_scenario(self) -> None:
        shown = self.replay_window
        if shown is not None and shown.isVisible():
            shown.set_scenario(self.document.scenario)
