"""The argument editor through the window: add, validate, edit, new source; undo and the panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.shell.main_window import MainWindow
from tests.app.evidence_helpers import click_ok, ok_button, type_text, user_argument


def test_add_through_the_editor_updates_the_panel_with_undo(
    window: MainWindow, store: api.ArgumentStore, qtbot: QtBot
) -> None:
    assert window.document.selected_state == "KAZ"
    window.library.new_action.trigger()
    editor = window.library.editor
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor.claim, "Transit fees across the steppe pay for the union.")
    editor.stance.setCurrentIndex(editor.stance.findData("for"))
    editor.target_kind.setCurrentIndex(editor.target_kind.findData("membership"))
    editor.target.setCurrentIndex(editor.target.findData("EAEU"))
    qtbot.keyClicks(editor.states, "kaz")
    editor.theme_boxes["trade_transit"].setChecked(True)
    editor.strength.setValue(3)
    editor.source.setCurrentIndex(editor.source.findData("fixture"))
    qtbot.keyClicks(editor.location, "p. 4")
    qtbot.keyClicks(editor.quote, "fees across the steppe")
    with qtbot.waitSignal(window.document.arguments_changed):
        click_ok(qtbot, editor)
    assert not editor.isVisible()
    record = store.argument("user_0001")
    assert record.states == ("KAZ",)
    assert record.themes == ("trade_transit",)
    assert record.strength == 3
    panel = window.arguments_panel
    rows = panel.rows[panel.rows["id"] == "user_0001"]
    assert list(rows["choice"]) == ["membership:EAEU"]
    assert "Transit fees across the steppe" in panel.toPlainText()
    assert "user_0001" in window.library.model.ids()
    stack = window.evidence.undo_stack
    assert window.undo_action.text() == "Undo Add argument user_0001"
    stack.undo()
    assert "user_0001" not in store.arguments().index
    assert "Transit fees" not in panel.toPlainText()
    assert "user_0001" not in window.library.model.ids()
    stack.redo()
    assert store.argument("user_0001") == record
    assert "Transit fees across the steppe" in panel.toPlainText()


def test_problems_are_shown_inline_and_nothing_is_written(
    window: MainWindow, store: api.ArgumentStore, qtbot: QtBot
) -> None:
    editor = window.library.new_argument()
    editor.source.setCurrentIndex(-1)
    qtbot.keyClicks(editor.states, "KAZ, XXX")
    qtbot.keyClicks(editor.quote, " ".join(["word"] * 30))
    click_ok(qtbot, editor)
    assert editor.isVisible()
    problems = editor.problems.text()
    assert "The claim is empty." in problems
    assert "Unknown state code “XXX”." in problems
    assert "choose a source" in problems
    assert "short phrase" in problems
    assert len(store.arguments()) == 5
    assert window.evidence.undo_stack.count() == 0
    editor.reject()


def test_edit_with_undo(window: MainWindow, store: api.ArgumentStore, qtbot: QtBot) -> None:
    evidence = window.evidence
    assert evidence.add_argument(user_argument(claim="Old wording."))
    library = window.library
    library.select("user_0001")
    assert library.edit_action.isEnabled()
    library.edit_action.trigger()
    editor = library.editor
    assert editor is not None and editor.claim.toPlainText() == "Old wording."
    editor.claim.selectAll()
    qtbot.keyClicks(editor.claim, "New wording.")
    editor.stance.setCurrentIndex(editor.stance.findData("against"))
    click_ok(qtbot, editor)
    assert store.argument("user_0001").claim == "New wording."
    assert store.argument("user_0001").stance == "against"
    stack = window.evidence.undo_stack
    assert stack.undoText() == "Edit argument user_0001"
    stack.undo()
    assert store.argument("user_0001") == user_argument(claim="Old wording.")
    stack.redo()
    assert store.argument("user_0001").claim == "New wording."


def test_new_source_from_the_editor(
    window: MainWindow, store: api.ArgumentStore, qtbot: QtBot
) -> None:
    editor = window.library.new_argument()
    source_editor = editor.new_source()
    type_text(source_editor.citation, "Ильясов, А. (2023). Евразийский союз. Алматы.")
    qtbot.keyClicks(source_editor.url, "https://example.org/union")
    qtbot.keyClicks(source_editor.accessed, "2025-01-31")
    qtbot.mouseClick(ok_button(source_editor.buttons), Qt.MouseButton.LeftButton)
    assert not source_editor.isVisible()
    source_id = source_editor.saved_id
    assert source_id.startswith("user_")
    assert store.source(source_id).url == "https://example.org/union"
    assert editor.source.currentData() == source_id
    assert window.evidence.undo_stack.undoText() == f"Add source {source_id}"
    editor.reject()


def test_bad_source_fields_are_shown_inline(window: MainWindow, qtbot: QtBot) -> None:
    source_editor = window.library.new_source()
    qtbot.keyClicks(source_editor.url, "ftp://x")
    qtbot.keyClicks(source_editor.accessed, "31.01.2025")
    qtbot.mouseClick(ok_button(source_editor.buttons), Qt.MouseButton.LeftButton)
    assert source_editor.isVisible()
    text = source_editor.problems.text()
    assert "citation is empty" in text and "http" in text and "YYYY-MM-DD" in text
    source_editor.reject()


def test_the_indicators_an_argument_bears_on_are_edited_and_kept(
    window: MainWindow, store: api.ArgumentStore, qtbot: QtBot
) -> None:
    evidence = window.evidence
    mine = user_argument(claim="Leaving frees the tariff.")
    assert evidence.add_argument(
        api.ArgumentRecord(**{**mine.__dict__, "indicators": ("market_access",)})
    )
    library = window.library
    library.select("user_0001")
    library.edit_action.trigger()
    editor = library.editor
    assert editor is not None
    assert editor.indicator_boxes["market_access"].isChecked()
    assert not editor.indicator_boxes["autonomy"].isChecked()
    box = editor.indicator_boxes["autonomy"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    editor.claim.selectAll()
    qtbot.keyClicks(editor.claim, "Leaving frees the tariff and the vote.")
    click_ok(qtbot, editor)
    assert store.argument("user_0001").indicators == ("market_access", "autonomy")
    # The panel marks it when the analyst selects autonomy.
    window.arguments_panel.highlight_indicator("autonomy")
    assert "user_0001" in window.arguments_panel.highlighted_ids()
