"""Preset scenarios open with their names and descriptions in the user's language (a Russian or
Kazakh window listed them in English)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from regio_desktop import api
from regio_desktop.app.documents.preset_strings import DESCRIPTIONS, NAMES, translated_preset
from regio_desktop.app.shell.translation import install_translators
from regio_desktop.world.resource_files import preset_scenario_paths

PRESETS = [api.read_scenario(p) for p in preset_scenario_paths()]


def test_the_list_holds_every_shipped_preset_and_nothing_else() -> None:
    assert sorted(NAMES) == sorted(p.name for p in PRESETS)
    assert sorted(DESCRIPTIONS) == sorted(p.description for p in PRESETS)


@pytest.fixture(params=["ru", "kk"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    translators = install_translators(app, request.param)
    yield request.param
    for translator in translators:
        app.removeTranslator(translator)


def test_every_preset_is_named_and_described_in_the_language(language: str) -> None:
    for preset in PRESETS:
        shown = translated_preset(preset)
        assert shown.name != preset.name and shown.description != preset.description
        assert shown.memberships == preset.memberships and shown.alignments == preset.alignments
