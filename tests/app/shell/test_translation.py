"""The Russian and Kazakh translations load and reach the window's labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.common.vocabulary_labels import alignment_label, short_status_label
from regio_desktop.app.shell.launch import open_window
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.app.shell.translation import install_translators, qm_path
from regio_desktop.world.loaded_world import World


@pytest.mark.parametrize(
    ("language", "member", "china"),
    [("ru", "член", "Курс на Китай"), ("kk", "мүше", "Қытай бағыты")],
)
def test_translation_installs(qtbot: QtBot, language: str, member: str, china: str) -> None:
    assert qm_path(language) is not None
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    translators = install_translators(app, language)
    try:
        assert translators
        assert short_status_label("member") == member
        assert alignment_label("china-centred") == china
        assert QCoreApplication.translate("Indicators", "Autonomy") != "Autonomy"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translators(app, "en")
    assert alignment_label("china-centred") == "China-centred"


def test_english_needs_no_translator(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    assert install_translators(app, "en") == []


def _mnemonic(text: str) -> str:
    """The letter after the single '&' of a menu title ('' when it has none)."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].casefold() if at >= 0 else ""


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_menu_bar_letters_are_unique(
    qtbot: QtBot,
    language: str,
    tiny_world: World,
    app_settings: AppSettings,
    store: api.ArgumentStore,
) -> None:
    """Alt plus a letter must open exactly one menu in every language."""
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    translators = install_translators(app, language)
    try:
        window = open_window(tiny_world, app_settings, store=store, language=language)
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        window.close_discarding()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translators(app, "en")
    letters = [_mnemonic(t) for t in titles]
    assert all(letters), titles
    assert len(set(letters)) == len(letters), titles
