"""The Deck menu and View > Present: the actions that open, build, save and present a deck (to
files, and in a window on a team database to the team's versions too: team_decks.py).

The shell makes one ``DeckActions`` for the window and lists its actions in its menus; the
actions call the deck document (undoable edits) and open the editor and the presentation.
Presenting with an empty deck shows the current scenario alone, so F5 always does something.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from regio_desktop import api
from regio_desktop.app.common.actions import make_action
from regio_desktop.app.documents.scenario_session import ScenarioSession
from regio_desktop.app.present.deck_document import SUFFIX, DeckContents, DeckDocument
from regio_desktop.app.present.deck_editor import DeckEditor
from regio_desktop.app.present.deck_texts import deck_error_text
from regio_desktop.app.present.step_dialog import StepDialog
from regio_desktop.app.present.team_decks import TeamDeckActions

if TYPE_CHECKING:
    from regio_desktop.app.present.presentation import PresentationWindow
    from regio_desktop.app.present.presenter_view import PresenterView


class DeckActions(QObject):
    """Owns the open deck, its editor and the presentation on show."""

    def __init__(
        self,
        session: ScenarioSession,
        window: QMainWindow,
        team: api.TeamAddress | None = None,
        team_read_only: bool = False,
    ) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.document = session.document
        self.deck = DeckDocument(self.document, self)
        self.editor: DeckEditor | None = None
        self.presentation: PresentationWindow | None = None
        self._alone: DeckDocument | None = None
        self.presenter_view: PresenterView | None = None
        self.last_warning = ""
        self.present_action = make_action(
            window, self.tr("&Present"), lambda: self.present(), QKeySequence(Qt.Key.Key_F5)
        )
        # F5 presents from the deck editor and the other windows of the program too.
        self.present_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.present_action.setStatusTip(
            self.tr("Show the deck full screen to a room, step by step (Esc leaves)")
        )
        self.editor_action = make_action(
            window, self.tr("&Edit deck…"), self.show_editor, QKeySequence("Ctrl+Shift+D")
        )
        self.editor_action.setStatusTip(self.tr("List, reorder and edit the steps of the deck"))
        self.new_action = make_action(window, self.tr("&New deck"), self.new_deck)
        self.open_action = make_action(window, self.tr("&Open deck…"), lambda: self.open_deck())
        self.save_action = make_action(window, self.tr("&Save deck"), lambda: self.save_deck())
        self.save_as_action = make_action(
            window, self.tr("Save deck &as…"), lambda: self.save_deck_as()
        )
        self.new_action.setStatusTip(self.tr("Start an empty deck"))
        self.open_action.setStatusTip(self.tr("Open a deck file (.regio-deck.json)"))
        self.save_action.setStatusTip(self.tr("Save the deck with its steps and the room's tally"))
        self.save_as_action.setStatusTip(self.tr("Save the deck under another name"))
        self.add_action = make_action(
            window,
            self.tr("&Add current scenario as step"),
            self.add_current_scenario,
            QKeySequence("Ctrl+Shift+A"),
        )
        self.add_action.setStatusTip(self.tr("Put the scenario on show at the end of the deck"))
        self.tally_action = make_action(
            window, self.tr("Export the room's &tally…"), lambda: self.export_tally()
        )
        self.tally_action.setStatusTip(self.tr("Save the counts of every step as a CSV table"))
        # Enabled on a team database (``team``) only; saving not for a viewer's login.
        self.team = TeamDeckActions(self, team, team_read_only)
        window.installEventFilter(self)
        self.deck.changed.connect(self._prepare_soon)

    def menu_actions(self) -> list[QAction | None]:
        """The Deck menu, in order (None: a separator)."""
        return [
            self.present_action,
            self.editor_action,
            None,
            self.new_action,
            self.open_action,
            self.save_action,
            self.save_as_action,
            self.team.save_action,
            self.team.open_action,
            None,
            self.add_action,
            self.tally_action,
        ]

    def _warn(self, title: str, message: str) -> None:
        """Show a problem without blocking; kept for tests to read."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_warning = message

    # --- building ------------------------------------------------------------------------------
    def show_editor(self) -> DeckEditor:
        if self.editor is None:
            self.editor = DeckEditor(self, self.window)
        self.editor.show()
        self.editor.raise_()
        return self.editor

    def current_ref(self) -> api.ScenarioRef:
        """How the deck names the scenario on show: its preset or its file while it has no
        unsaved edits, else the scenario itself, written into the deck."""
        entry = self.session.entry
        if not entry.dirty and entry.path is not None:
            if entry.preset:
                for preset, path in api.presets().items():
                    if path.resolve() == entry.path.resolve():
                        return api.ScenarioRef.of_preset(preset)
            else:
                return api.ScenarioRef.of_file(str(entry.path.resolve()))
        return api.ScenarioRef.of_scenario(self.document.scenario)

    def add_current_scenario(self) -> int:
        """Add the scenario on show as the deck's last step; returns its row."""
        scenario = self.document.scenario
        bloc = scenario.memberships[0].bloc if scenario.memberships else "alignment"
        step = api.Step(scenario.name, self.current_ref(), colour_by=bloc)
        row = self.deck.add_step(step, scenario)
        if self.editor is not None:
            self.editor.select(row)
        return row

    def edit_step(self, row: int) -> bool:
        dialog = StepDialog(
            self.deck.deck.steps[row], self.document.world, self.document.language, self.window
        )
        self.step_dialog = dialog  # reachable by tests while it is open
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            return self.deck.edit_step(row, dialog.step())
        finally:
            self.step_dialog = None
            dialog.deleteLater()

    # --- files ---------------------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """Before the open deck is replaced or the window closes: True to go on."""
        if not self.deck.dirty or not self.deck.deck.steps:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_deck()
        return answer == QMessageBox.StandardButton.Discard

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """The Save / Discard / Cancel question (tests replace it with a fixed answer)."""
        return QMessageBox.question(
            self.window,
            self.tr("Unsaved deck"),
            self.tr("The deck “{title}” has unsaved changes.").format(title=self.deck.deck.title),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )

    def new_deck(self) -> None:
        if self.confirm_discard():
            self.deck.new()

    def open_deck(self, path: Path | None = None) -> bool:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Open deck"),
                "",
                self.tr("Decks (*{suffix})").format(suffix=SUFFIX),
            )
            if not chosen:
                return False
            path = Path(chosen)
        if not self.confirm_discard():
            return False
        try:
            self.deck.open(path)
        except (OSError, api.DeckFileError, api.DeckError) as exc:
            self._warn(
                self.tr("Open deck"),
                self.tr("Cannot open {path}:\n{reason}").format(
                    path=path, reason=deck_error_text(exc, self.document.name)
                ),
            )
            return False
        return True

    def save_deck(self) -> bool:
        if self.deck.path is None or self.deck.shipped:
            return self.save_deck_as()
        return self._write(None)

    def save_deck_as(self, path: Path | None = None) -> bool:
        if path is None:
            suggested = self.deck.deck.title.replace("/", "-") + SUFFIX
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Save deck as"),
                suggested,
                self.tr("Decks (*{suffix})").format(suffix=SUFFIX),
            )
            if not chosen:
                return False
            path = Path(chosen)
        return self._write(path)

    def _write(self, path: Path | None) -> bool:
        try:
            self.deck.save(path)
        except (OSError, ValueError) as exc:
            self._warn(
                self.tr("Save deck"),
                self.tr("Cannot save: {reason}").format(
                    reason=deck_error_text(exc, self.document.name)
                ),
            )
            return False
        return True

    def export_tally(self, path: Path | None = None) -> bool:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export the room's tally"), "tally.csv", "CSV (*.csv)"
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            self.deck.export_tally(path)
        except (OSError, ValueError) as exc:
            self._warn(
                self.tr("Export the room's tally"),
                self.tr("Cannot save: {reason}").format(
                    reason=deck_error_text(exc, self.document.name)
                ),
            )
            return False
        return True

    # --- presenting ----------------------------------------------------------------------------
    def present(
        self, start: int | None = None, full_screen: bool = True, presenter: bool | None = None
    ) -> PresentationWindow:
        """Show the deck full screen from ``start`` (None: the first step); with an empty
        deck, the scenario on show alone. With two screens the slides go to the one the window
        is not on (the projector) and the presenter view to the window's; ``presenter`` forces
        the presenter view on or off."""
        deck = self.deck
        if not deck.deck.steps:
            deck = self._scenario_alone()
        shown = self.prepare_presentation()
        shown.set_deck(deck, max(start or 0, 0))
        own = self.window.screen()
        others = [s for s in QGuiApplication.screens() if s is not own]
        if others:
            shown.setScreen(others[0])
            shown.move(others[0].geometry().topLeft())
        if full_screen:
            shown.showFullScreen()
        else:
            shown.show()
        if presenter if presenter is not None else bool(others):
            self.show_presenter_view(shown)
        shown.activateWindow()
        shown.setFocus()
        return shown

    def show_presenter_view(self, shown: PresentationWindow) -> PresenterView:
        from regio_desktop.app.present.presenter_view import PresenterView

        if self.presenter_view is None:
            self.presenter_view = PresenterView(shown)
        self.presenter_view.show_step(shown.index)
        self.presenter_view.restart_clock()
        self.presenter_view.setScreen(self.window.screen())
        self.presenter_view.resize(self.window.size())
        self.presenter_view.move(self.window.pos())
        self.presenter_view.show()
        return self.presenter_view

    def prepare_presentation(self) -> PresentationWindow:
        """The presentation window, built (hidden) the first time: the window builds it while
        idle once a deck is open, so that F5 only has to show it."""
        if self.presentation is None:
            # pyqtgraph (the bars) is imported here, not at start-up.
            from regio_desktop.app.present.presentation import PresentationWindow

            self.presentation = PresentationWindow(self.deck, self.document.language)
            self.presentation.left.connect(self._left)
        return self.presentation

    def _prepare_soon(self) -> None:
        if self.presentation is None and self.deck.deck.steps:
            QTimer.singleShot(0, self.prepare_presentation)

    def _scenario_alone(self) -> DeckDocument:
        """A deck of one step: the scenario on show (F5 with an empty deck)."""
        if self._alone is None:
            self._alone = DeckDocument(self.document, self)
        scenario = self.document.scenario
        bloc = scenario.memberships[0].bloc if scenario.memberships else "alignment"
        step = api.Step(scenario.name, api.ScenarioRef.of_scenario(scenario), colour_by=bloc)
        self._alone.replace(DeckContents(api.Deck(title=scenario.name, steps=(step,)), (scenario,)))
        return self._alone

    def _left(self) -> None:
        self.window.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window is closing: an unsaved deck is asked about first (Cancel keeps it open)."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            discarding = getattr(self.window, "_discard_on_close", False)
            if not discarding and not self.confirm_discard():
                event.ignore()
                return True
            if self.presentation is not None:
                self.presentation.close()
        return super().eventFilter(watched, event)
