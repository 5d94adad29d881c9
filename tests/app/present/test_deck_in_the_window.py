"""A facilitator's deck through the widgets: build it from the scenarios on show, edit, reorder
and remove steps (each undoable), save it, open it again, present it, step, blank the screen,
record the room's tally and leave; a bad deck file is refused with a message and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.present.deck_actions import DeckActions
from regio_desktop.app.present.presentation import PresentationWindow
from regio_desktop.app.shell.main_window import MainWindow


@pytest.fixture
def decks(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> DeckActions:
    actions: DeckActions = window.decks  # type: ignore[attr-defined]
    monkeypatch.setattr(actions, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    return actions


def _choose_alignment(window: MainWindow, qtbot: QtBot, state: str) -> None:
    """Step the state's alignment combo with the keyboard, as the analyst does."""
    combo = window.alignment_panel.combos[state]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert window.document.scenario.alignments


def _edit_step_in_dialog(decks: DeckActions, qtbot: QtBot, title: str, options: str) -> None:
    """Fill the step dialog (modal) once it is open, then press OK."""

    def fill() -> None:
        dialog = decks.step_dialog
        assert dialog is not None
        dialog.title_edit.clear()
        qtbot.keyClicks(dialog.title_edit, title)
        dialog.question_edit.setText("Should it?")
        dialog.notes_edit.setPlainText("Cite Usserova et al.")
        dialog.colour_combo.setCurrentIndex(dialog.colour_combo.findData("autonomy"))
        dialog.options_edit.setPlainText(options)
        dialog.accept()

    QTimer.singleShot(0, fill)


def build_deck(window: MainWindow, decks: DeckActions, qtbot: QtBot) -> None:
    """Two steps: an edited scenario (written into the deck) and an empty new one."""
    decks.editor_action.trigger()
    editor = decks.editor
    assert editor is not None and editor.isVisible()
    _choose_alignment(window, qtbot, "KAZ")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    window.files.new_action.trigger()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 2
    assert decks.deck.deck.steps[0].scenario.kind == "inline"
    editor.select(0)
    _edit_step_in_dialog(decks, qtbot, "Kazakhstan turns", "Yes\nNo\nYes")
    qtbot.mouseClick(editor.edit_button, Qt.MouseButton.LeftButton)
    step = decks.deck.deck.steps[0]
    assert (step.title, step.colour_by) == ("Kazakhstan turns", "autonomy")
    assert [o.label for o in step.options] == ["Yes", "No"]


def test_build_edit_reorder_remove_and_undo(
    window: MainWindow, decks: DeckActions, qtbot: QtBot
) -> None:
    build_deck(window, decks, qtbot)
    editor = decks.editor
    assert editor is not None
    titles = lambda: [s.title for s in decks.deck.deck.steps]  # noqa: E731
    first, second = titles()
    editor.select(1)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert titles() == [second, first]
    assert window.undo_action.text().endswith(f"Move step “{second}”")
    window.undo_action.trigger()
    assert titles() == [first, second]
    window.redo_action.trigger()
    assert titles() == [second, first]
    editor.select(0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert titles() == [first]
    window.undo_action.trigger()
    assert titles() == [second, first]
    assert decks.deck.scenarios[1].alignments  # the scenario moved with its step


def test_save_reopen_present_step_blank_tally_leave(
    window: MainWindow, decks: DeckActions, qtbot: QtBot, tmp_path: Path
) -> None:
    build_deck(window, decks, qtbot)
    path = tmp_path / "workshop.regio-deck.json"
    assert decks.save_deck_as(path)
    assert not decks.deck.dirty
    saved = api.read_deck(path)
    assert saved == decks.deck.deck

    decks.new_action.trigger()
    assert decks.deck.deck.steps == ()
    assert decks.open_deck(path)
    assert decks.deck.deck == saved and not decks.deck.dirty

    qtbot.keyClick(window, Qt.Key.Key_F5)
    shown = decks.presentation
    assert isinstance(shown, PresentationWindow)
    qtbot.waitUntil(shown.isVisible)
    shown.resize(1920, 1080)
    assert shown.index == 0
    assert shown.title.text() == "Kazakhstan turns"
    assert shown.question.text() == "Should it?"
    assert shown.map_panel.mode == "delta" and shown.map_panel.key == "autonomy"
    assert shown.bars.shown  # the China-centred turn moves Kazakhstan's indices

    for key, index in (
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Right, 1),  # the last step stays
        (Qt.Key.Key_Left, 0),
        (Qt.Key.Key_Space, 1),
        (Qt.Key.Key_PageUp, 0),
        (Qt.Key.Key_PageDown, 1),
        (Qt.Key.Key_Home, 0),
    ):
        qtbot.keyClick(shown, key)
        assert shown.index == index, key

    qtbot.keyClick(shown, Qt.Key.Key_B)
    assert shown.blanked and shown.blank.geometry() == shown.rect()
    qtbot.keyClick(shown, Qt.Key.Key_Right)  # any key brings the slide back, without a step
    assert not shown.blanked and shown.index == 0
    qtbot.keyClick(shown, Qt.Key.Key_B)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)  # Esc first lifts the blank
    assert not shown.blanked and shown.isVisible()

    qtbot.keyClick(shown, Qt.Key.Key_1)
    qtbot.keyClick(shown, Qt.Key.Key_1)
    qtbot.keyClick(shown, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.mouseClick(shown.tally.buttons[1][1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shown.tally.buttons[1][1], Qt.MouseButton.LeftButton)
    counts = [o.count for o in decks.deck.deck.steps[0].options]
    assert counts == [1, 2]
    assert "<b>2</b>" in shown.tally.counts[1].text()
    assert decks.deck.dirty

    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    window.undo_action.trigger()  # the last vote is an edit like any other
    assert [o.count for o in decks.deck.deck.steps[0].options] == [1, 1]
    assert decks.save_deck()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["steps"][0]["options"] == [
        {"label": "Yes", "count": 1},
        {"label": "No", "count": 1},
    ]
    tally = tmp_path / "tally.csv"
    assert decks.export_tally(tally)
    lines = tally.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "deck,step,title,question,option,count"
    assert lines[1].endswith("1,Kazakhstan turns,Should it?,Yes,1")


def test_type_is_sized_for_the_screen(window: MainWindow, decks: DeckActions, qtbot: QtBot) -> None:
    decks.add_current_scenario()
    shown = decks.present(full_screen=False)
    qtbot.addWidget(shown)
    for height, body in ((1080, 24), (720, 16), (2160, 48)):
        shown.resize(height * 16 // 9, height)
        QTest.qWait(0)
        assert shown.sizes.body == body
        for label in (*shown.arguments.texts.values(), shown.bars_caption):
            assert QFontInfo(label.font()).pixelSize() == body
        assert QFontInfo(shown.question.font()).pixelSize() > body
        assert QFontInfo(shown.title.font()).pixelSize() >= 2 * body
    qtbot.keyClick(shown, Qt.Key.Key_Escape)


def test_f5_with_an_empty_deck_presents_the_scenario_on_show(
    window: MainWindow, decks: DeckActions, qtbot: QtBot
) -> None:
    _choose_alignment(window, qtbot, "KAZ")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    shown = decks.presentation
    assert shown is not None and shown.isVisible()
    assert shown.deck is not decks.deck and decks.deck.deck.steps == ()
    assert shown.stage.scenario == window.document.scenario
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()


def test_a_bad_deck_is_refused_and_changes_nothing(
    window: MainWindow, decks: DeckActions, tmp_path: Path
) -> None:
    decks.add_current_scenario()
    before = decks.deck.contents
    bad = tmp_path / "future.regio-deck.json"
    bad.write_text(json.dumps({"format": "regio-deck", "version": 9}), encoding="utf-8")
    assert not decks.open_deck(bad)
    assert "version" in decks.last_warning and "9" in decks.last_warning
    unfit = tmp_path / "unfit.regio-deck.json"
    api.write_deck(
        api.Deck(steps=(api.Step("A", api.ScenarioRef.of_preset("no_such_preset")),)), unfit
    )
    assert not decks.open_deck(unfit)
    assert "Step 1:" in decks.last_warning and "no_such_preset" in decks.last_warning
    assert decks.deck.contents == before
    assert bad.read_text(encoding="utf-8") == json.dumps({"format": "regio-deck", "version": 9})


def test_a_slide_shows_text_as_written_and_no_absent_bloc(
    window: MainWindow, decks: DeckActions, qtbot: QtBot
) -> None:
    """A deck's title is text, never markup; a bloc with no member in the step's year is not
    replaced by another bloc on the map (the map shows alignments instead)."""
    scenario = window.document.scenario
    before_the_union = api.Scenario(name="2010", year=2010)  # the EAEU came in 2015
    decks.deck.add_step(
        api.Step("<b>Bold?</b>", api.ScenarioRef.of_scenario(scenario), question="<i>x</i>"),
        scenario,
    )
    decks.deck.add_step(
        api.Step("Absent", api.ScenarioRef.of_scenario(before_the_union), colour_by="EAEU"),
        before_the_union,
    )
    shown = decks.present(full_screen=False)
    assert shown.title.textFormat() == Qt.TextFormat.PlainText
    assert shown.title.text() == "<b>Bold?</b>" and shown.question.text() == "<i>x</i>"
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert shown.stage.evaluation.year == 2010
    assert shown.map_panel.mode == "alignment"
    qtbot.keyClick(shown, Qt.Key.Key_Escape)


def test_the_title_is_undoable_and_an_unsaved_deck_is_asked_about(
    window: MainWindow, decks: DeckActions, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    decks.add_current_scenario()
    editor = decks.show_editor()
    editor.title_edit.clear()
    qtbot.keyClicks(editor.title_edit, "Room 3")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert decks.deck.deck.title == "Room 3"
    assert len(decks.deck.deck.steps) == 1  # Enter pressed no button of the editor
    window.undo_action.trigger()
    assert decks.deck.deck.title != "Room 3"
    assert editor.title_edit.text() == decks.deck.deck.title
    asked: list[bool] = []

    def cancel() -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(decks, "ask_unsaved", cancel)
    monkeypatch.setattr(window.files, "confirm_quit", lambda: True)
    assert not window.close()  # Cancel keeps the window and the deck
    assert asked and window.isVisible() and decks.deck.dirty
    monkeypatch.setattr(decks, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)


def test_the_deck_editor_takes_undo_and_redo_shortcuts(
    window: MainWindow, decks: DeckActions, qtbot: QtBot
) -> None:
    """The editor is a window of its own: the main window's Undo and Redo shortcuts (window
    shortcuts) did not reach it, so Ctrl+Z after Remove did nothing on a real screen until the
    facilitator went to the main window's Edit > Undo. (Offscreen, the main window stays the
    active window whatever is shown, so the key alone cannot tell; the actions must be the
    editor's as well.)"""
    decks.add_current_scenario()
    decks.add_current_scenario()
    editor = decks.show_editor()
    shortcuts = QWidget.actions(editor)  # editor.actions is its DeckActions
    assert window.undo_action in shortcuts and window.redo_action in shortcuts
    assert window.undo_action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    editor.select(1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert len(decks.deck.deck.steps) == 1
    qtbot.keyClick(editor.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(decks.deck.deck.steps) == 2


def test_save_on_a_shipped_deck_asks_for_a_file_and_leaves_the_shipped_one_alone(
    decks: DeckActions, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    decks.add_current_scenario()
    shipped = tmp_path / "shipped" / "room.regio-deck.json"
    shipped.parent.mkdir()
    assert decks.save_deck_as(shipped)
    before = shipped.read_bytes()
    monkeypatch.setattr(api, "shipped_deck_paths", lambda: [shipped])
    assert decks.open_deck(shipped) and decks.deck.shipped
    asked: list[str] = []
    chosen = tmp_path / "mine.regio-deck.json"

    def choose(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[1]))
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    assert decks.save_deck()  # Ctrl+S on the program's own deck: Save as, never over it
    assert asked and shipped.read_bytes() == before
    assert chosen.exists() and decks.deck.path == chosen and not decks.deck.shipped
