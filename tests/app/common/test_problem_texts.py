"""The window words every problem code the core can produce, in every language it ships."""

from __future__ import annotations

import string
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from regio_desktop import api
from regio_desktop.app.common.problem_texts import (
    CONTEXT,
    TEMPLATES,
    error_text,
    pole_label,
    problem_text,
)
from regio_desktop.app.shell.translation import install_translators
from regio_desktop.world.loaded_world import World


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_every_core_code_has_a_window_wording() -> None:
    assert set(TEMPLATES) == set(api.PROBLEM_TEMPLATES)


@pytest.mark.parametrize("code", sorted(api.PROBLEM_TEMPLATES))
def test_a_wording_uses_only_the_parameters_the_core_gives(code: str) -> None:
    # the core's English template names every parameter its code carries
    assert _fields(TEMPLATES[code]) <= _fields(api.PROBLEM_TEMPLATES[code])


@pytest.fixture(params=["ru", "kk"])
def translated(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_wording_is_translated(translated: str) -> None:
    for code, template in TEMPLATES.items():
        words = QCoreApplication.translate(CONTEXT, template)
        assert words != template, (translated, code)
        assert _fields(words) <= _fields(template), (translated, code)


def test_a_tension_names_states_blocs_alignments_and_poles(
    tiny_world: World, translated: str
) -> None:
    s = api.Scenario(year=2020).with_alignment("KAZ", "china-centred")
    tension = api.check(tiny_world, s)[0]
    text = problem_text(tension, lambda code: tiny_world.name(code, translated))
    assert tiny_world.name("KAZ", translated) in text
    assert tiny_world.name("EAEU", translated) in text
    assert QCoreApplication.translate("Vocabulary", "China-centred") in text
    assert pole_label("russia") in text and pole_label("russia") != "Russia"
    assert "KAZ" not in text and "china-centred" not in text


def test_english_wording_names_instead_of_codes(tiny_world: World) -> None:
    found = api.Problem(
        "join_already_holding",
        {"state": "KAZ", "bloc": "EAEU", "year": 2020, "status": "founding_member"},
    )
    assert problem_text(found, tiny_world.name) == (
        "Kazakhstan cannot join Eurasian Economic Union: in 2020 it is already "
        "“founding member” there."
    )


def test_error_text_words_the_problems_of_a_scenario_error(tiny_world: World) -> None:
    error = api.ScenarioError(
        [
            api.Problem("unknown_state", {"state": "XXX"}),
            api.Problem("unknown_bloc", {"bloc": "NO"}),
        ]
    )
    assert error_text(error, tiny_world.name) == (
        "Unknown state code “XXX”.\nUnknown bloc code “NO”."
    )
    assert error_text(OSError("disk full"), tiny_world.name) == "disk full"
