"""The open deck: its steps with their scenarios, its file, and its own undo history.

A deck is a document of its own, like the evidence: its history sits in the window's undo group
beside the scenarios' (Edit > Undo takes back the last deck edit when that was the last thing
done), and every edit, the room's tally included, is a command that keeps the deck before and
after. The scenarios of the steps are kept beside the deck (read once, when a step is added or
the deck opened), so presenting never reads a file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from regio_desktop import api
from regio_desktop.app.documents.scenario_document import ScenarioDocument

SUFFIX = ".regio-deck.json"


@dataclass(frozen=True)
class DeckContents:
    """A deck and the scenario of each of its steps, in step order."""

    deck: api.Deck
    scenarios: tuple[api.Scenario, ...] = ()

    def with_step(self, step: api.Step, scenario: api.Scenario, index: int) -> DeckContents:
        scenarios = list(self.scenarios)
        scenarios.insert(index, scenario)
        return DeckContents(self.deck.with_step(step, index), tuple(scenarios))

    def without_step(self, index: int) -> DeckContents:
        scenarios = list(self.scenarios)
        del scenarios[index]
        return DeckContents(self.deck.without_step(index), tuple(scenarios))

    def with_step_moved(self, index: int, to: int) -> DeckContents:
        scenarios = list(self.scenarios)
        scenarios.insert(to, scenarios.pop(index))
        return DeckContents(self.deck.with_step_moved(index, to), tuple(scenarios))


class DeckCommand(QUndoCommand):
    """Replace the deck's contents ``before`` by ``after``; undo puts ``before`` back."""

    def __init__(self, owner: DeckDocument, after: DeckContents, text: str) -> None:
        super().__init__(text)
        self.owner = owner
        self.before = owner.contents
        self.after = after

    def redo(self) -> None:
        self.owner.replace(self.after)

    def undo(self) -> None:
        self.owner.replace(self.before)


class DeckDocument(QObject):
    """Holds the open deck and its file; every change goes through an undoable command."""

    changed = Signal()
    """The deck's steps, their order, texts or tallies changed (or another deck was opened)."""

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.contents = DeckContents(
            api.Deck(title=QCoreApplication.translate("DeckDocument", "Untitled deck"))
        )
        self.path: Path | None = None
        self.history: QUndoStack = document.new_undo_stack(self)
        self.history.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, _clean: bool) -> None:
        self.changed.emit()  # the editor's "unsaved" state follows the history

    # --- reading -------------------------------------------------------------------------------
    @property
    def deck(self) -> api.Deck:
        return self.contents.deck

    @property
    def scenarios(self) -> tuple[api.Scenario, ...]:
        return self.contents.scenarios

    @property
    def folder(self) -> Path | None:
        """Where the deck's relative scenario paths are read from (None: not saved yet)."""
        return self.path.parent if self.path is not None else None

    @property
    def shipped(self) -> bool:
        """The open deck is one of the program's own (a template): Save asks for a file of the
        user's instead of writing over it."""
        if self.path is None:
            return False
        return self.path.resolve() in {p.resolve() for p in api.shipped_deck_paths()}

    @property
    def dirty(self) -> bool:
        return not self.history.isClean()

    # --- changing ------------------------------------------------------------------------------
    def replace(self, contents: DeckContents) -> None:
        """Make ``contents`` current. Used by the commands, not by views."""
        self.contents = contents
        self.changed.emit()

    def _push(self, after: DeckContents, text: str) -> bool:
        if after == self.contents:
            return False
        self.history.push(DeckCommand(self, after, text))
        return True

    def add_step(self, step: api.Step, scenario: api.Scenario, index: int | None = None) -> int:
        """Insert a step (at the end for None); returns where it went."""
        at = len(self.deck.steps) if index is None else index
        text = QCoreApplication.translate("DeckDocument", "Add step “{title}”").format(
            title=step.title
        )
        self._push(self.contents.with_step(step, scenario, at), text)
        return at

    def remove_step(self, index: int) -> bool:
        title = self.deck.steps[index].title
        return self._push(
            self.contents.without_step(index),
            QCoreApplication.translate("DeckDocument", "Remove step “{title}”").format(title=title),
        )

    def move_step(self, index: int, to: int) -> bool:
        if not 0 <= to < len(self.deck.steps) or to == index:
            return False
        title = self.deck.steps[index].title
        return self._push(
            self.contents.with_step_moved(index, to),
            QCoreApplication.translate("DeckDocument", "Move step “{title}”").format(title=title),
        )

    def edit_step(self, index: int, step: api.Step) -> bool:
        contents = replace(self.contents, deck=self.deck.with_step_replaced(index, step))
        return self._push(
            contents,
            QCoreApplication.translate("DeckDocument", "Edit step “{title}”").format(
                title=step.title
            ),
        )

    def retitle(self, title: str, description: str | None = None) -> bool:
        contents = replace(self.contents, deck=self.deck.retitled(title, description))
        return self._push(
            contents,
            QCoreApplication.translate("DeckDocument", "Rename deck “{title}”").format(title=title),
        )

    def set_count(self, step: int, option: int, count: int) -> bool:
        """Record how many in the room chose ``option`` at ``step`` (one undoable edit)."""
        label = self.deck.steps[step].options[option].label
        contents = replace(self.contents, deck=self.deck.with_count(step, option, count))
        return self._push(
            contents,
            QCoreApplication.translate("DeckDocument", "Tally “{option}”: {count}").format(
                option=label, count=count
            ),
        )

    def add_vote(self, step: int, option: int, votes: int = 1) -> bool:
        """One more (or, with ``votes`` -1, one fewer) for ``option`` at ``step``."""
        current = self.deck.steps[step].options[option].count
        return self.set_count(step, option, max(0, current + votes))

    # --- files ---------------------------------------------------------------------------------
    def start(self, contents: DeckContents, path: Path | None = None) -> None:
        """Make ``contents`` the open deck, with a fresh history, from the file ``path`` (None:
        a new deck, or one read from the team database, not saved to a file yet)."""
        self.history.clear()
        self.path = Path(path) if path is not None else None
        self.replace(contents)

    def new(self) -> None:
        """An empty deck with a fresh history."""
        untitled = QCoreApplication.translate("DeckDocument", "Untitled deck")
        self.start(DeckContents(api.Deck(title=untitled)))

    def open(self, path: Path) -> None:
        """Read the deck at ``path`` and every step's scenario; raises DeckFileError or
        DeckError (nothing changes then)."""
        deck, scenarios = api.read_deck_file(path, self.document.world)
        self.start(DeckContents(deck, tuple(scenarios)), path)

    def save(self, path: Path | None = None) -> Path:
        """Write the deck (to ``path``, else to its own file), atomically; relative scenario
        paths are rewritten for the new folder. Raises AtomicWriteError or OSError."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("a deck that was never saved needs a file name")
        if not target.name.endswith(SUFFIX):
            target = target.with_name(target.name.removesuffix(".json") + SUFFIX)
        deck = api.rebased_deck(self.deck, self.folder, target.parent)
        api.write_deck(deck, target)
        self.path = target
        if deck != self.deck:
            self.contents = replace(self.contents, deck=deck)
        self.history.setClean()
        self.changed.emit()
        return target

    def export_tally(self, path: Path) -> None:
        """The room's tally of every step as CSV (or XLSX by the suffix)."""
        api.save_table(api.tally_table(self.deck), path)
