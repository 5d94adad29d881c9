"""The window words every phrase of a breakdown, in English, Russian and Kazakh, with the
parameters the core gives (and names for the codes among them)."""

from __future__ import annotations

import string
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from regio_desktop import api
from regio_desktop.app.common.explanation_texts import (
    CONTEXT,
    TEMPLATES,
    phrase_text,
    source_text,
    step_text,
)
from regio_desktop.app.shell.translation import install_translators
from regio_desktop.world.loaded_world import World

SELF_WORDED = {"{member}", "{bloc} ({status})", "{bloc} ({status}) × {weight}"}
"""Templates that are only parameters: the same in every language."""


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_every_core_phrase_has_a_window_wording() -> None:
    assert set(TEMPLATES) == set(api.PHRASES)
    for code, template in TEMPLATES.items():
        assert template == api.PHRASES[code], code  # the English is the core's, for lupdate


@pytest.fixture(params=["ru", "kk"])
def translated(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_phrase_is_translated_with_its_parameters(translated: str) -> None:
    for code, template in TEMPLATES.items():
        words = QCoreApplication.translate(CONTEXT, template)
        assert words != template or template in SELF_WORDED, (translated, code)
        assert _fields(words) == _fields(template), (translated, code)


def test_a_change_is_worded_with_names(tiny_world: World, translated: str) -> None:
    scenario = api.Scenario(year=2023).with_membership(api.MembershipEdit("KAZ", "EAEU", "leave"))

    def name(code: str) -> str:
        return tiny_world.name(code, translated)

    change = api.explain_change(tiny_world, scenario, "sanctions_exposure", "KAZ")
    eaeu = next(s for s in change.steps if s.phrase.params.get("bloc") == "EAEU")
    text = step_text(eaeu, name)
    assert name("EAEU") in text and "EAEU:" not in text
    assert text != eaeu.label  # not the core's English
    formula = phrase_text(change.formula, name)
    assert formula.startswith("100 × min(1,") and formula != change.formula.english
    assert source_text(tiny_world, "project reading of the literature") != (
        "project reading of the literature"
    )


def test_english_words_match_the_command_line(tiny_world: World) -> None:
    """In English the window says what ``evaluate --explain --change`` prints (with codes)."""
    scenario = api.Scenario(year=2023).with_membership(api.MembershipEdit("KAZ", "EAEU", "leave"))
    change = api.explain_change(tiny_world, scenario, "autonomy", "KAZ")
    for step in change.steps:
        assert step_text(step, lambda code: code) == step.label
