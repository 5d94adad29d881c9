"""At the first-start window size the Indicators table keeps every indicator's title whole, in
English, Russian and Kazakh, in every mode: the entity's name is elided first (#13 review)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regio_desktop.app.common.indicator_labels import (
    SHOW_ALL_STATES,
    SHOW_BLOCS,
    SHOW_REGION,
    SHOW_SELECTED,
)
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.app.shell.translation import install_translators
from regio_desktop.app.workbench.indicator_table import ENTITY, MIN_ENTITY_WIDTH, TITLE
from tests.app.shipped_window import open_shipped_window


@pytest.fixture(params=["en", "ru", "kk"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    translators = install_translators(app, request.param)
    yield request.param
    for translator in translators:
        app.removeTranslator(translator)
    install_translators(app, "en")


@pytest.fixture
def window(
    language: str, app_settings: AppSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    return open_shipped_window(app_settings, qtbot, monkeypatch)


def _column(window: MainWindow, column: int) -> list[str]:
    proxy = window.indicator_panel.proxy
    return [str(proxy.index(r, column).data()) for r in range(proxy.rowCount())]


@pytest.mark.parametrize("mode", [SHOW_SELECTED, SHOW_ALL_STATES, SHOW_BLOCS, SHOW_REGION])
def test_every_title_is_whole_at_the_first_width(
    window: MainWindow, language: str, mode: str
) -> None:
    panel = window.indicator_panel
    panel.mode.setCurrentIndex(panel.mode.findData(mode))
    view, header = panel.view, panel.view.horizontalHeader()
    metrics = view.fontMetrics()
    widest = max(metrics.horizontalAdvance(t) for t in _column(window, TITLE))
    # Qt's own measure of a cell that shows its text whole (the text plus the cell's margins).
    assert header.sectionSize(TITLE) >= max(view.sizeHintForColumn(TITLE), widest), (language, mode)
    if not view.isColumnHidden(ENTITY):
        assert header.sectionSize(ENTITY) >= MIN_ENTITY_WIDTH
        # The figures and the change start inside the dock, not past its edge.
        assert header.sectionPosition(ENTITY + 2) < view.viewport().width()
    if mode == SHOW_SELECTED:
        titles = _column(window, TITLE)
        assert len(set(titles)) == len(titles) == 9
        if language != "en":
            assert "Dep. on China" not in titles  # translated, not the English short title


def test_blocs_show_short_names_with_the_full_name_in_the_tooltip(
    window: MainWindow, language: str
) -> None:
    panel = window.indicator_panel
    panel.mode.setCurrentIndex(panel.mode.findData(SHOW_BLOCS))
    proxy = panel.proxy
    tips = [
        str(proxy.index(r, ENTITY).data(Qt.ItemDataRole.ToolTipRole))
        for r in range(proxy.rowCount())
    ]
    entities = _column(window, ENTITY)
    assert "UNION_STATE" not in entities
    row = next(r for r, tip in enumerate(tips) if tip.endswith("(UNION_STATE)"))
    full_name = tips[row].removesuffix(" (UNION_STATE)")
    assert entities[row] != full_name and len(entities[row]) < len(full_name)
