"""The scenarios open in this session: presets and files side by side, one of them current.

A facilitator steps through prepared scenarios (next/previous) and an analyst keeps several
variants open; each entry remembers its latest state and the state last saved, so switching never
loses an edit and closing can list exactly what is unsaved. Each entry has a stable ``id`` (Compare
and other lists track entries by it, never by position) and its own undo history, kept through
switches; "unsaved" means exactly that its history is not at its clean (saved) index.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import count
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from regio_desktop import api
from regio_desktop.app.common.problem_texts import error_text
from regio_desktop.app.documents.preset_strings import translated_preset
from regio_desktop.app.documents.scenario_document import ScenarioDocument

SUFFIX = ".regio.json"


@dataclass(frozen=True)
class SessionEntry:
    """One open scenario: its id, current value, what was last saved (None: never), its file and
    its undo history."""

    id: int
    scenario: api.Scenario
    history: QUndoStack = field(compare=False, repr=False)
    saved: api.Scenario | None = None
    path: Path | None = None
    preset: bool = False

    @property
    def dirty(self) -> bool:
        """Unsaved edits: its history is away from the clean index (a never-saved scenario that
        changes something has none)."""
        return not self.history.isClean()


class ScenarioSession(QObject):
    """The list of open scenarios; keeps the document showing the current one."""

    entries_changed = Signal()
    """Something about the open scenarios changed: an entry was added, closed, edited, saved or
    made current (listeners that show every entry's scenario re-read them)."""
    entry_changed = Signal(int)
    """The row of entry ``index`` reads differently: its name, year, unsaved mark or file, or
    whether it is current (emitted before ``entries_changed``; added and closed entries are
    not announced here, they change the length of ``entries``)."""
    current_changed = Signal(int)

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._ids = count(1)
        self.entries: list[SessionEntry] = []
        # The histories belong to the session (they go with it), each entry its own.
        self.entries.append(self._entry(document.scenario, document.scenario))
        self.current = 0
        document.use_history(self.entry.history)
        document.changed.connect(self._document_changed)

    def _entry(
        self,
        scenario: api.Scenario,
        saved: api.Scenario | None,
        path: Path | None = None,
        preset: bool = False,
    ) -> SessionEntry:
        """A new entry with the next id and its own history (clean unless it holds edits that
        were never saved)."""
        history = self.document.new_undo_stack(self)
        if saved is None and not scenario.is_empty:
            history.resetClean()
        history.cleanChanged.connect(self._history_clean_changed)
        return SessionEntry(next(self._ids), scenario, history, saved, path, preset)

    def _history_clean_changed(self, _clean: bool) -> None:
        history = self.sender()
        for index, entry in enumerate(self.entries):
            if entry.history is history:
                self.entry_changed.emit(index)
        self.entries_changed.emit()

    def _drop_history(self, entry: SessionEntry) -> None:
        # Deleting the stack takes it out of the group too (removeStack would hand its ownership
        # to Python, and the later delete would be a second one).
        if entry.history is not self.document.undo_stack:
            entry.history.deleteLater()

    # --- reading -------------------------------------------------------------------------------
    @property
    def entry(self) -> SessionEntry:
        return self.entries[self.current]

    def dirty_entries(self) -> list[SessionEntry]:
        return [e for e in self.entries if e.dirty]

    def index_of(self, entry_id: int) -> int | None:
        """Where the entry with ``entry_id`` is in ``entries`` (None: closed)."""
        for i, entry in enumerate(self.entries):
            if entry.id == entry_id:
                return i
        return None

    def _document_changed(self, changes: api.ScenarioChanges) -> None:
        if self.document.scenario != self.entry.scenario:
            self.entries[self.current] = replace(self.entry, scenario=self.document.scenario)
            if changes.named or changes.year or changes.everything:
                self.entry_changed.emit(self.current)
            self.entries_changed.emit()

    # --- opening and switching -----------------------------------------------------------------
    def _add(self, entry: SessionEntry) -> int:
        self.entries.append(entry)
        self.entries_changed.emit()
        self.switch(len(self.entries) - 1)
        return self.current

    def switch(self, index: int) -> None:
        """Make entry ``index`` current, with its edits and its own undo history."""
        if not 0 <= index < len(self.entries) or (
            index == self.current and self.document.scenario == self.entry.scenario
        ):
            return
        previous, self.current = self.current, index
        self.document.open_scenario(self.entry.scenario, self.entry.history)
        self.current_changed.emit(index)
        if previous < len(self.entries):
            self.entry_changed.emit(previous)
        self.entry_changed.emit(index)
        self.entries_changed.emit()

    def step(self, offset: int) -> None:
        """Next (+1) or previous (-1) scenario, wrapping around: the facilitator's walk-through."""
        if self.entries:
            self.switch((self.current + offset) % len(self.entries))

    def add_unsaved(self, scenario: api.Scenario) -> int:
        """Open ``scenario`` (e.g. an explored combination) as a new, never-saved current entry."""
        return self._add(self._entry(scenario, None))

    def new(self, name: str) -> int:
        scenario = api.Scenario(name=name)
        return self._add(self._entry(scenario, None))

    def open_file(self, path: Path) -> int:
        """Open a scenario file (switching to it if it is open already); raises on bad files."""
        path = path.resolve()
        for i, entry in enumerate(self.entries):
            if entry.path == path:
                self.switch(i)
                return i
        scenario = api.read_scenario_file(path, self.document.world)
        return self._add(self._entry(scenario, scenario, path=path))

    def open_presets(self, paths: list[Path]) -> list[str]:
        """Add every preset not open yet; returns the problems of presets that could not be read."""
        problems = []
        open_paths = {e.path for e in self.entries}
        for path in (p.resolve() for p in paths):
            if path in open_paths:
                continue
            try:
                scenario = api.read_scenario_file(path, self.document.world)
            except (api.ScenarioFileError, api.ScenarioError, OSError) as exc:
                problems.append(f"{path.name}: {error_text(exc, self.document.name)}")
                continue
            scenario = translated_preset(scenario)
            self.entries.append(self._entry(scenario, scenario, path=path, preset=True))
        self.entries_changed.emit()
        return problems

    def duplicate(self, name: str) -> int:
        return self._add(self._entry(self.entry.scenario.renamed(name), None))

    def rename(self, name: str, description: str | None = None, notes: str | None = None) -> None:
        """Rename (re-describe, re-annotate) the current scenario, as one undoable edit."""
        self.document.rename(name, description, notes)

    def close_current(self) -> None:
        """Close the current entry (the caller asks about unsaved edits first)."""
        closed = self.entries[self.current]
        if len(self.entries) == 1:
            blank = api.Scenario(
                name=QCoreApplication.translate("ScenarioSession", "Untitled scenario")
            )
            self.entries[0] = self._entry(blank, blank)
            self.document.open_scenario(self.entries[0].scenario, self.entries[0].history)
            self._drop_history(closed)
            self.entry_changed.emit(0)
            self.entries_changed.emit()
            return
        del self.entries[self.current]
        self.current = min(self.current, len(self.entries) - 1)
        self.document.open_scenario(self.entry.scenario, self.entry.history)
        self._drop_history(closed)
        self.current_changed.emit(self.current)
        self.entries_changed.emit()

    # --- saving --------------------------------------------------------------------------------
    def save(self, path: Path | None = None) -> Path:
        """Write the current scenario (to ``path``, or its own file); presets are never overwritten."""
        target = path or (None if self.entry.preset else self.entry.path)
        if target is None:
            raise ValueError("no file to save to; choose one with Save as")
        if not target.name.endswith(SUFFIX):
            target = target.with_name(target.name.removesuffix(".json") + SUFFIX)
        api.write_scenario(self.entry.scenario, target)
        self.entries[self.current] = replace(
            self.entry, saved=self.entry.scenario, path=target, preset=False
        )
        self.entry.history.setClean()
        self.entry_changed.emit(self.current)
        self.entries_changed.emit()
        return target
