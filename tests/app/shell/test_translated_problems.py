"""In Russian and Kazakh the Warnings panel, the record editors and the window's refusals carry
no English sentence."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.library.argument_editor import ArgumentEditor
from regio_desktop.app.library.record_editor import RecordEditor
from regio_desktop.app.shell.launch import open_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.app.shell.translation import install_translators
from regio_desktop.world.loaded_world import World
from tests.app.evidence_helpers import click_ok

ENGLISH_RUN = re.compile(r"[A-Za-z]{2,}(?:[\s,]+[A-Za-z]{2,}){2,}")
"""Three or more ASCII words in a row: English left in a translated window."""


@pytest.fixture(params=["ru", "kk"])
def translated_window(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    tiny_world: World,
    app_settings: AppSettings,
    store: api.ArgumentStore,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    translators = install_translators(app, request.param)
    window = open_window(tiny_world, app_settings, store=store, language=request.param)
    monkeypatch.setattr(
        window.files, "ask_unsaved", lambda names: QMessageBox.StandardButton.Discard
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close_discarding()
    for translator in translators:
        app.removeTranslator(translator)


def _warnings(window: MainWindow) -> list[str]:
    model = window.warnings_panel.model()
    return [
        str(model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
    ]


def _english(texts: list[str]) -> list[str]:
    return [t for t in texts if ENGLISH_RUN.search(t)]


def test_problems_tensions_and_refusals_are_translated(
    translated_window: MainWindow, tmp_path: Path
) -> None:
    window = translated_window
    document = window.document
    # at 2020: KAZ leaves the EAEU and turns China-centred, UZB joins the EAEU
    assert document.toggle_membership("KAZ", "EAEU")
    assert document.set_alignment("KAZ", "china-centred")
    assert document.set_membership("UZB", "EAEU", "member")
    # in 2010 the EAEU does not exist: KAZ cannot leave it (a problem), UZB joins it before it
    # existed and a China-centred KAZ sits in the CSTO (tensions)
    assert document.set_year(2010)
    kinds = {p.code for p in document.problems()} | {t.code for t in document.tensions()}
    assert {"leave_not_member", "alignment_against_bloc", "bloc_not_yet_founded"} <= kinds
    warnings = _warnings(window)
    assert len(warnings) == len(document.problems()) + len(document.tensions())
    assert _english(warnings) == [], warnings
    assert any(document.name("UZB") in w and document.name("EAEU") in w for w in warnings)

    # a refused edit: Russia is a pole and has no alignment choice
    assert not document.set_alignment("RUS", "china-centred")
    refusal = window.statusBar().currentMessage()
    assert document.name("RUS") in refusal
    assert _english([refusal]) == [], refusal

    # a scenario file that does not fit the world is refused with translated reasons
    bad = tmp_path / "bad.regio.json"
    bad.write_text(
        json.dumps(
            {
                "format": "regio-scenario",
                "version": 1,
                "name": "bad",
                "year": 2020,
                "memberships": [{"state": "UZB", "bloc": "CSTO", "action": "leave"}],
                "alignments": {"RUS": "china-centred"},
            }
        ),
        encoding="utf-8",
    )
    assert not window.files.open_scenario(bad)
    reason = window.files.last_warning
    assert document.name("UZB") in reason and document.name("CSTO") in reason
    assert _english([reason]) == [], reason


def test_indicator_tooltips_are_translated(translated_window: MainWindow) -> None:
    window = translated_window
    window.document.select_state("KAZ")
    model = window.indicator_panel.model
    tips = [
        str(model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole))
        for row in range(model.rowCount())
    ]
    assert tips and all(tip for tip in tips)
    assert _english(tips) == [], tips


def _shown_problems(editor: RecordEditor[Any]) -> list[str]:
    assert editor.isVisible() and editor.problems.isVisible()
    return editor.problems.text().split("\n")


def test_the_editors_word_the_problems_of_a_record(
    translated_window: MainWindow, qtbot: QtBot
) -> None:
    window = translated_window
    editor = window.library.new_argument()
    editor.source.setCurrentIndex(-1)  # no source; the claim stays empty
    qtbot.keyClicks(editor.states, "KAZ, XXX")
    qtbot.keyClicks(editor.quote, " ".join(["word"] * 30))
    click_ok(qtbot, editor)
    shown = _shown_problems(editor)
    assert len(shown) == 4, shown  # no source, empty claim, unknown state, long quotation
    assert any("XXX" in line for line in shown), shown
    assert _english(shown) == [], shown
    editor.reject()

    sources = window.library.new_source()
    sources.kind.addItem("bogus kind", "bogus")  # a kind the core does not know
    sources.kind.setCurrentIndex(sources.kind.count() - 1)
    click_ok(qtbot, sources)  # the citation is empty
    shown = _shown_problems(sources)
    assert len(shown) == 2 and "bogus" in shown[1], shown
    assert _english(shown) == [], shown
    assert "user_source" not in window.evidence.sources().index


def test_a_refusal_of_the_store_is_worded(translated_window: MainWindow, qtbot: QtBot) -> None:
    window = translated_window
    evidence = window.evidence
    shipped = evidence.argument("t_001")
    editor = ArgumentEditor(evidence, shipped, editing=True, parent=window)
    qtbot.addWidget(editor)
    editor.open()
    editor.claim.setPlainText("My own reading of it.")
    click_ok(qtbot, editor)
    shown = _shown_problems(editor)
    assert len(shown) == 1 and "t_001" in shown[0], shown
    assert _english(shown) == [], shown
    assert evidence.argument("t_001") == shipped

    assert not evidence.delete_argument("t_001")
    refusal = window.statusBar().currentMessage()
    assert "t_001" in refusal
    assert _english([refusal]) == [], refusal


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"format": "other", "version": 1}),
        json.dumps({"format": "regio-scenario", "version": 1, "year": "soon"}),
        json.dumps(
            {
                "format": "regio-scenario",
                "version": 1,
                "memberships": [{"state": "KAZ", "bloc": "CSTO", "action": "leave"}] * 2,
            }
        ),
        json.dumps({"format": "regio-scenario", "version": 1, "notes": ["a", "b"]}),
    ],
    ids=["broken", "format", "year", "twice", "notes"],
)
def test_a_malformed_scenario_file_is_refused_in_the_users_language(
    translated_window: MainWindow, tmp_path: Path, content: str
) -> None:
    bad = tmp_path / "bad.regio.json"
    bad.write_text(content, encoding="utf-8")
    assert not translated_window.files.open_scenario(bad)
    reason = translated_window.files.last_warning
    assert "bad.regio.json" in reason
    assert _english([reason]) == [], reason


def test_missing_file_and_folder_target_are_worded(
    translated_window: MainWindow, tmp_path: Path
) -> None:
    window = translated_window
    assert not window.files.open_scenario(tmp_path / "missing.regio.json")
    missing = window.files.last_warning
    assert "missing.regio.json" in missing and "No such file" not in missing
    assert _english([missing]) == [], missing

    folder = tmp_path / "folder.regio.json"
    folder.mkdir()
    assert not window.files.save_as(folder)
    refusal = window.files.last_warning
    assert "folder.regio.json" in refusal
    assert _english([refusal]) == [], refusal


def test_closing_the_last_scenario_leaves_a_translated_untitled_one(
    translated_window: MainWindow,
) -> None:
    window = translated_window
    window.files.close_scenario()
    name = window.document.scenario.name
    assert name and name != "Untitled scenario"
    assert _english([window.status_label.text()]) == []
