"""The arguments panel leads with the edited choice, framed as the edit (#13 item 3).

Driven as the analyst of issue 13 drove the window: Kazakhstan leaves the EAEU by a
double-click in the matrix; the panel then opens on "For leaving" and "Against leaving", and a
click on an indicator's row in the Indicators panel marks the arguments about it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.app.workbench.arguments_html import HIGHLIGHT_MARK
from regio_desktop.app.workbench.indicator_table import TITLE
from tests.app.shipped_window import leave_by_double_click, open_shipped_window


@pytest.fixture
def window(app_settings: AppSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    return open_shipped_window(app_settings, qtbot, monkeypatch)


def _click_indicator(window: MainWindow, qtbot: QtBot, indicator: str) -> None:
    panel = window.indicator_panel
    window.docks["indicators"].raise_()
    row = panel.model.find_row(indicator, "KAZ")
    index = panel.proxy.mapFromSource(panel.model.index(row, TITLE))
    panel.view.scrollTo(index)
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center()
    )


def test_after_leaving_the_eaeu_the_panel_leads_with_the_edited_choice(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = window.arguments_panel
    assert "What the scenario changes" not in panel.toPlainText()

    leave_by_double_click(window, qtbot, "KAZ", "EAEU")

    text = panel.toPlainText()
    changes = text.index("What the scenario changes")
    for_leaving = text.index("For leaving the Eurasian Economic Union")
    against = text.index("Against leaving the Eurasian Economic Union")
    others = text.index("The other choices, as they stand")
    assert changes < for_leaving < against < others
    assert "(edited: founding member → withdrawn)" in text[changes:for_leaving]
    # 'A toxic organization' (arg_045), against membership, now speaks for leaving; the
    # argument that membership eases Kazakhstan's exports (arg_002), against leaving.
    assert for_leaving < text.index("toxic organization") < against
    assert against < text.index("simpler to ship and sell") < others
    # Each claim keeps its source and location, and says what it bears on.
    assert "Bears on: Sanctions exposure" in text[for_leaving:against]
    first = panel.rows.iloc[0]
    assert (first["choice"], first["on_move"]) == ("membership:EAEU", "for")
    # The other choices follow as they stand, with plain For and Against.
    assert "Membership: Collective Security Treaty Organization" in text[others:]

    window.document.undo_stack.undo()
    assert "What the scenario changes" not in panel.toPlainText()


def test_selecting_an_indicator_highlights_the_arguments_about_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    leave_by_double_click(window, qtbot, "KAZ", "EAEU")
    panel = window.arguments_panel

    _click_indicator(window, qtbot, "sanctions_exposure")

    assert panel.highlighted == "sanctions_exposure"
    marked = panel.highlighted_ids()
    assert "arg_045" in marked and "arg_002" not in marked
    text = panel.toPlainText()
    assert f"{HIGHLIGHT_MARK} {len(marked)} arguments bear on Sanctions exposure." in text
    assert text.count(HIGHLIGHT_MARK) == len(marked) + 1
    toxic = next(line for line in text.splitlines() if "toxic organization" in line)
    assert toxic.startswith(HIGHLIGHT_MARK)

    _click_indicator(window, qtbot, "autonomy")
    assert panel.highlighted == "autonomy"
    assert "arg_042" in panel.highlighted_ids()  # the critics' fear of losing autonomy
    assert "arg_045" not in panel.highlighted_ids()


def test_a_choices_data_note_shows_in_its_tooltip(window: MainWindow) -> None:
    panel = window.arguments_panel
    browser = panel.browser
    document = browser.document()
    # Kazakhstan is shown as a BRICS partner country while its 2024 refusal is quoted: the row's
    # note reconciles the two, on the heading of the BRICS choice.
    found = document.find("Membership: BRICS")
    assert not found.isNull()
    found.movePosition(QTextCursor.MoveOperation.Left)
    tip = found.charFormat().toolTip()
    assert "full membership is not on its agenda" in tip
    assert "Source: brics_official." in tip
    expected = {
        n.choice for n in api.data_notes(window.document.world, window.document.scenario, "KAZ")
    }
    assert "membership:BRICS" in expected
