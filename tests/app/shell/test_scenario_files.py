"""Scenario list and file workflow through the window: new, switch, save, open, rename,
duplicate, close and quit with unsaved changes, and the exports of the File menu."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from regio_desktop.app.shell.main_window import MainWindow

Button = QMessageBox.StandardButton


def _rows(window: MainWindow) -> list[str]:
    model = window.scenario_list.model
    return [model.data(model.index(r)) for r in range(model.rowCount())]


def _answer(window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: Button) -> list[list[str]]:
    asked: list[list[str]] = []

    def ask(names: list[str]) -> Button:
        asked.append(names)
        return answer

    monkeypatch.setattr(window.files, "ask_unsaved", ask)
    return asked


def test_new_scenario_and_switching_keep_each_scenarios_edits(
    window: MainWindow, qtbot: QtBot
) -> None:
    doc = window.document
    doc.toggle_membership("KAZ", "CSTO")
    assert _rows(window)[0].startswith("Untitled scenario •")
    window.files.new_action.trigger()
    assert len(_rows(window)) == 2 and window.session.current == 1
    assert doc.scenario.is_empty
    doc.set_alignment("KAZ", "china-centred")
    window.files.previous_action.trigger()
    assert window.session.current == 0
    assert doc.scenario.membership_edit("KAZ", "CSTO") is not None
    assert doc.scenario.alignment_map == {}
    # Clicking the second row in the list switches back, with its own edit.
    view = window.scenario_list.view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.model().index(1, 0)).center(),
    )
    assert window.session.current == 1
    assert doc.scenario.alignment_map == {"KAZ": "china-centred"}
    window.files.next_action.trigger()  # wraps around
    assert window.session.current == 0


def test_save_as_then_save_writes_the_documented_format(window: MainWindow, tmp_path: Path) -> None:
    doc = window.document
    doc.toggle_membership("KAZ", "CSTO")
    assert window.files.save_as(tmp_path / "kaz")
    target = tmp_path / "kaz.regio.json"
    assert target.exists()
    assert "•" not in _rows(window)[0]
    assert doc.undo_stack.isClean()
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["memberships"][0]["state"] == "KAZ"
    doc.set_alignment("KAZ", "china-centred")
    assert "•" in _rows(window)[0]
    window.files.save_action.trigger()  # to its own file, no dialog
    assert json.loads(target.read_text(encoding="utf-8"))["alignments"] == {"KAZ": "china-centred"}
    assert window.settings.recent_scenarios[0] == str(target)


def test_open_switches_to_an_open_file_and_refuses_a_bad_one(
    window: MainWindow, tmp_path: Path
) -> None:
    window.document.toggle_membership("KAZ", "CSTO")
    window.files.save_as(tmp_path / "a.regio.json")
    window.files.new_action.trigger()
    assert window.files.open_scenario(tmp_path / "a.regio.json")
    assert len(_rows(window)) == 2 and window.session.current == 0
    bad = tmp_path / "bad.regio.json"
    bad.write_text("{not json", encoding="utf-8")
    assert not window.files.open_scenario(bad)
    assert "bad.regio.json" in window.files.last_warning
    unknown = tmp_path / "unknown.regio.json"
    unknown.write_text(
        json.dumps(
            {
                "format": "regio-scenario",
                "version": 1,
                "name": "x",
                "alignments": {"XXX": "multi-vector"},
            }
        ),
        encoding="utf-8",
    )
    assert not window.files.open_scenario(unknown)
    assert "XXX" in window.files.last_warning
    assert len(_rows(window)) == 2


def test_rename_is_undoable_and_named(window: MainWindow) -> None:
    window.files.rename("Kazakh balancing")
    assert window.document.undo_stack.undoText() == "Rename to “Kazakh balancing”"
    assert _rows(window)[0].startswith("Kazakh balancing")
    assert "Kazakh balancing" in window.status_label.text()
    window.undo_action.trigger()
    assert _rows(window)[0].startswith("Untitled scenario")


def test_properties_dialog_edits_name_description_and_notes_in_one_undo_step(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """F2 opens the properties; typing there and OK is one undoable edit, and the notes are
    written to the scenario file."""

    def fill() -> None:
        dialog = window.files.properties_dialog
        assert dialog is not None
        dialog.name_edit.clear()
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        qtbot.keyClicks(dialog.name_edit, "Kazakh balancing")
        qtbot.keyClicks(dialog.description_edit, "KAZ keeps both unions.")
        qtbot.keyClicks(dialog.notes_edit, "Check the CPC exemption")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    window.files.rename_action.trigger()
    scenario = window.document.scenario
    assert (scenario.name, scenario.description, scenario.notes) == (
        "Kazakh balancing",
        "KAZ keeps both unions.",
        "Check the CPC exemption",
    )
    assert window.files.rename_action.shortcut().toString() == "F2"
    path = tmp_path / "kaz.regio.json"
    assert window.files.save_as(path)
    assert json.loads(path.read_text("utf-8"))["notes"] == "Check the CPC exemption"
    window.undo_action.trigger()
    assert (window.document.scenario.name, window.document.scenario.notes) == (
        "Untitled scenario",
        "",
    )


def test_duplicate_copies_the_edits_under_a_new_name(window: MainWindow) -> None:
    window.document.toggle_membership("KAZ", "CSTO")
    window.files.duplicate_action.trigger()
    assert window.session.current == 1
    assert window.document.scenario.name == "Untitled scenario (copy)"
    assert window.document.scenario.membership_edit("KAZ", "CSTO") is not None


def test_closing_an_unsaved_scenario_asks_first(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.files.new_action.trigger()
    window.document.toggle_membership("KAZ", "CSTO")
    asked = _answer(window, monkeypatch, Button.Cancel)
    window.files.close_action.trigger()
    assert asked == [["Untitled scenario"]] and len(_rows(window)) == 2
    _answer(window, monkeypatch, Button.Discard)
    window.files.close_action.trigger()
    assert len(_rows(window)) == 1
    assert window.document.scenario.is_empty


def test_quitting_with_unsaved_edits_can_be_cancelled_or_saved(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.document.toggle_membership("KAZ", "CSTO")
    _answer(window, monkeypatch, Button.Cancel)
    window.close()
    assert window.isVisible()
    window.files.save_as(tmp_path / "s.regio.json")
    window.document.set_alignment("KAZ", "china-centred")
    asked = _answer(window, monkeypatch, Button.Save)
    window.close()
    assert asked and not window.isVisible()
    saved = json.loads((tmp_path / "s.regio.json").read_text(encoding="utf-8"))
    assert saved["alignments"] == {"KAZ": "china-centred"}


def test_exports_from_the_file_menu(window: MainWindow, tmp_path: Path) -> None:
    window.document.toggle_membership("KAZ", "CSTO")
    window.files.rename("KAZ out of CSTO")
    assert window.files.export_table(tmp_path / "table.xlsx")
    table = pd.read_excel(tmp_path / "table.xlsx")
    assert {"indicator", "entity", "value", "baseline", "delta"} <= set(table.columns)
    assert (table["delta"].abs() > 0).any()
    assert window.files.export_report(tmp_path / "report.pdf")
    pages = PdfReader(tmp_path / "report.pdf").pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "KAZ out of CSTO" in text
    assert "CSTO" in text
    assert not window.files.export_table(tmp_path / "table.unknown")
    assert "table.unknown" in window.files.last_warning


def test_close_discarding_never_asks(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows the program drives itself (self-test, screenshots) close without a question."""
    window.document.toggle_membership("KAZ", "CSTO")

    def must_not_ask(names: list[str]) -> Button:
        raise AssertionError(f"asked about {names}")

    monkeypatch.setattr(window.files, "ask_unsaved", must_not_ask)
    window.close_discarding()
    assert not window.isVisible()
