"""Which states the window lists and draws: the focus states, or every state of the world.

The world holds every member of the large blocs (the EU, NATO, BRICS, ...) so that bloc totals
count them, but the analyst works on the Eurasian focus states; the outside members are listed
only when View > Show outside members is on. The rule itself is ``api.shown_states`` (the focus
states plus any state the scenario edits); this object only remembers the view setting and
says when the list changes, so each view re-reads it from one place.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from regio_desktop import api

if TYPE_CHECKING:
    from regio_desktop.app.documents.scenario_document import ScenarioDocument


class StateFilter(QObject):
    """The states shown under the current scenario and the outside-members setting."""

    changed = Signal()
    """The list of shown states changed (the setting, or an edit of a state outside focus)."""

    def __init__(self, document: ScenarioDocument) -> None:
        # Neither a Qt child of the document nor holding it strongly: the document holds this
        # object, and a cycle of wrappers in which Qt also deletes the child made the garbage
        # collector free it twice (a crash in a later test).
        super().__init__()
        self._document = weakref.ref(document)
        self._outside = False
        self._states = self._compute()
        # Connected while the document is built, before any view: the list is up to date when
        # the views hear of the change.
        document.changed.connect(self._scenario_changed)

    @property
    def outside(self) -> bool:
        """Whether the states outside the focus are shown too."""
        return self._outside

    @property
    def states(self) -> tuple[str, ...]:
        """The shown states, in the world's order."""
        return self._states

    def set_outside(self, outside: bool) -> None:
        if outside != self._outside:
            self._outside = outside
            self._update()

    def _compute(self) -> tuple[str, ...]:
        document = self._document()
        if document is None:
            return self._states
        return api.shown_states(document.world, document.scenario, self._outside)

    def _scenario_changed(self, _changes: api.ScenarioChanges) -> None:
        self._update()

    def _update(self) -> None:
        states = self._compute()
        if states != self._states:
            self._states = states
            self.changed.emit()
