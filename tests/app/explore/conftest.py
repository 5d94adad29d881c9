"""The Explore dialog on the tiny world's document, shown, and shut down after the test (its
worker thread is joined), shared by the dialog, judging and refusal tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.explore.dialog import ExploreDialog


@pytest.fixture
def dialog(document: ScenarioDocument, qtbot: QtBot) -> Iterator[ExploreDialog]:
    d = ExploreDialog(document)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    yield d
    d.shutdown()
