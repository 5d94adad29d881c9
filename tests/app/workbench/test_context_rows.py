"""Context rows in the window (#12 item 5): the editor offers the stance, and the arguments
panel shows a context row under its own label, after both sides, edited or not."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from tests.app.evidence_helpers import click_ok
from tests.app.shipped_window import leave_by_double_click, open_shipped_window

CONTEXT = "Context (describes the choice, argues neither way)"


def test_a_context_row_written_in_the_editor_shows_under_its_own_label(
    window: MainWindow, store: api.ArgumentStore, qtbot: QtBot
) -> None:
    window.library.new_action.trigger()
    editor = window.library.editor
    assert editor is not None and editor.isVisible()
    labels = [editor.stance.itemText(i) for i in range(editor.stance.count())]
    assert labels == ["For", "Against", "Context"]
    qtbot.keyClicks(editor.claim, "The article names the union among the region's bodies.")
    editor.stance.setCurrentIndex(editor.stance.findData("context"))
    editor.target_kind.setCurrentIndex(editor.target_kind.findData("membership"))
    editor.target.setCurrentIndex(editor.target.findData("EAEU"))
    qtbot.keyClicks(editor.states, "KAZ")
    editor.strength.setValue(3)
    editor.source.setCurrentIndex(editor.source.findData("fixture"))
    with qtbot.waitSignal(window.document.arguments_changed):
        click_ok(qtbot, editor)
    assert store.argument("user_0001").stance == "context"

    text = window.arguments_panel.toPlainText()
    choice = text.index("Membership: Eurasian Economic Union")
    context = text.index(CONTEXT, choice)
    claim = text.index("The article names the union among the region's bodies.")
    assert choice < text.index("For", choice) < context < claim
    # t_003, an argument for the same choice, stays under For, before the context
    assert text.index("The customs union opens the Russian market.", choice) < context
    model = window.library.model
    column = [c.key for c in model.columns].index("stance_label")
    assert model.column_texts(column)[model.row_of("user_0001")] == "Context"


@pytest.fixture
def shipped(app_settings: AppSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    return open_shipped_window(app_settings, qtbot, monkeypatch)


def test_leaving_the_sco_leaves_its_context_on_no_side(shipped: MainWindow, qtbot: QtBot) -> None:
    """arg_020 and arg_051 describe how the SCO is seen and argue nothing: when Kazakhstan
    leaves the SCO they follow 'For leaving' and 'Against leaving' as context, unturned."""
    leave_by_double_click(shipped, qtbot, "KAZ", "SCO")
    panel = shipped.arguments_panel
    text = panel.toPlainText()
    against = text.index("Against leaving the Shanghai Cooperation Organisation")
    context = text.index(CONTEXT, against)
    others = text.index("The other choices, as they stand")
    assert text.index("For leaving the Shanghai Cooperation Organisation") < against
    assert against < context < text.index("The article lists the SCO, beside the CSTO") < others
    rows = panel.rows[panel.rows["choice"] == "membership:SCO"]
    assert set(rows.loc[rows["id"].isin(["arg_020", "arg_051"]), "on_move"]) == {"context"}


@pytest.mark.parametrize(
    ("language", "label", "heading"),
    [
        ("ru", "Контекст", "Контекст (описывает выбор, не выступая ни за, ни против)"),
        ("kk", "Контекст", "Контекст (таңдауды сипаттайды, оны жақтамайды да, қарсы да емес)"),
    ],
)
def test_the_context_label_is_translated(
    qtbot: QtBot, language: str, label: str, heading: str
) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from regio_desktop.app.common.vocabulary_labels import stance_label
    from regio_desktop.app.shell.translation import install_translators
    from regio_desktop.app.workbench.arguments_html import context_label

    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    translators = install_translators(app, language)
    try:
        assert (stance_label("context"), context_label()) == (label, heading)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translators(app, "en")
    assert stance_label("context") == "Context"
