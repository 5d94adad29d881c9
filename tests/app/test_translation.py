"""The Russian and Kazakh translations load and reach the window's labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regio_desktop.app.translation import install_translators, qm_path
from regio_desktop.app.vocabulary_labels import alignment_label, short_status_label


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
