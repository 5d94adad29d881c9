"""Provenance: from the library and the arguments panel to the citation, URL, location, quote."""

from __future__ import annotations

import dataclasses
import getpass

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.shell.main_window import MainWindow
from tests.app.evidence_helpers import user_argument


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """URLs the program asked the desktop to open (no browser starts in tests)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toString()))
    return urls


def _with_web_source(window: MainWindow) -> None:
    evidence = window.evidence
    source = api.SourceRecord(
        id="user_web",
        citation="Roe, R. (2022). Corridors. Asia Journal, 5.",
        url="https://example.org/roe",
    )
    assert evidence.add_source(source)
    first = dataclasses.replace(
        user_argument(), source="user_web", location="Section 2", quote="an open corridor"
    )
    assert evidence.add_argument(first)
    assert evidence.add_argument(dataclasses.replace(first, id="user_0002", claim="Second claim."))


def test_provenance_of_an_argument(window: MainWindow, opened: list[str], qtbot: QtBot) -> None:
    _with_web_source(window)
    dialog = window.show_provenance("user_0001")
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "Roe, R. (2022). Corridors. Asia Journal, 5." in text
    assert "Location: Section 2" in text
    assert "“an open corridor”" in text
    assert "Other arguments from this source" in text
    assert "user_0002" in text and "Second claim." in text
    html = dialog.browser.toHtml()
    assert 'href="https://example.org/roe"' in html
    assert 'href="argument:user_0002"' in html
    dialog.follow(QUrl("https://example.org/roe"))
    assert opened == ["https://example.org/roe"]
    dialog.follow(QUrl("argument:user_0002"))
    assert dialog.argument_id == "user_0002"
    assert 'href="argument:user_0001"' in dialog.browser.toHtml()


def test_shipped_argument_lists_the_others_of_its_source(window: MainWindow) -> None:
    dialog = window.show_provenance("t_001")
    assert dialog is not None
    text = dialog.browser.toPlainText()
    assert "Balancing keeps every door open" in text
    assert "Made-up figures for tests, not real data" in text
    for other in ("t_002", "t_003", "t_004", "t_005"):
        assert other in text


def test_opened_from_the_library_by_double_click_and_enter(
    window: MainWindow, qtbot: QtBot
) -> None:
    library = window.library
    window.docks["library"].raise_()
    table = library.table
    qtbot.waitExposed(table)
    index = library.model.index(library.model.row_of("t_003"), 3)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.provenance_dialog is not None
    assert window.provenance_dialog.argument_id == "t_003"
    library.select("t_002")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.provenance_dialog.argument_id == "t_002"


def test_opened_from_the_arguments_panel(window: MainWindow) -> None:
    panel = window.arguments_panel
    assert 'href="argument:t_001"' in panel.toHtml()
    panel.anchorClicked.emit(QUrl("argument:t_001"))
    dialog = window.provenance_dialog
    assert dialog is not None and dialog.isVisible() and dialog.argument_id == "t_001"


def test_source_view_and_deleted_argument(window: MainWindow) -> None:
    _with_web_source(window)
    dialog = window.show_source("user_web")
    text = dialog.browser.toPlainText()
    assert "Arguments from this source" in text and "user_0001" in text
    dialog.show_argument("user_0002")
    window.evidence.delete_argument("user_0002")
    assert "no longer exists" in dialog.browser.toPlainText()
    window.evidence.undo_stack.undo()
    assert "Second claim." in dialog.browser.toPlainText()


def test_provenance_shows_the_records_history_from_the_audit(
    window: MainWindow, opened: list[str], qtbot: QtBot
) -> None:
    _with_web_source(window)
    read = window.evidence.argument("user_0001")
    assert window.evidence.update_argument(dataclasses.replace(read, strength=3))
    dialog = window.show_provenance("user_0001")
    assert dialog is not None
    text = dialog.browser.toPlainText()
    who = getpass.getuser()  # a profile's writes are the OS user's
    history = text[text.index("History") :]
    assert f"changed by {who} (version 2)" in history
    assert f"added by {who} (version 1)" in history
    assert history.index("changed by") < history.index("added by")  # newest first
    dialog.show_argument("t_001")
    assert "Ships with the program; not changed here." in dialog.browser.toPlainText()
    dialog.show_source("user_web")
    assert f"added by {who} (version 1)" in dialog.browser.toPlainText()
