"""The shipped decks' titles, questions and options are listed for translation, and translated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from regio_desktop import api
from regio_desktop.app.present.deck_strings import TEXTS, shown_text
from regio_desktop.app.shell.translation import install_translators
from tests.deck.test_shipped_decks import DECKS


def shipped_texts() -> list[str]:
    texts: list[str] = []
    for path in DECKS:
        deck = api.read_deck(path)
        texts.append(deck.title)
        for step in deck.steps:
            texts += [step.title, step.question, *(o.label for o in step.options)]
    return list(dict.fromkeys(t for t in texts if t))


def test_the_list_is_the_shipped_decks_texts() -> None:
    assert list(TEXTS) == shipped_texts()


@pytest.fixture(params=["ru", "kk"])
def translated(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_text_the_room_reads_is_translated(translated: str) -> None:
    for text in TEXTS:
        assert shown_text(text) != text, (translated, text)
    assert shown_text("A deck of my own") == "A deck of my own"
