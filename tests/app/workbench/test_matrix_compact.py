"""The compact membership matrix: short translated bloc names upwards, codes in the tooltip,
statuses as letters, and enough columns visible in a 1600-pixel window to read two dozen blocs.

The shipped world (two dozen blocs) is used where the number of columns matters; the tiny world
(four blocs) elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.shell.launch import open_window
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import AppSettings
from regio_desktop.app.shell.translation import install_translators
from regio_desktop.app.workbench.matrix_header import RotatedHeader, letter_legend
from regio_desktop.app.workbench.membership_matrix import MembershipMatrixView


@pytest.fixture(scope="module")
def shipped() -> api.World:
    return api.load_world()


@pytest.fixture
def wide_window(
    shipped: api.World, app_settings: AppSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    window = open_window(shipped, app_settings)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    # Closing at teardown must not wait on the unsaved-changes question.
    monkeypatch.setattr(
        window.files, "ask_unsaved", lambda names: QMessageBox.StandardButton.Discard
    )
    yield window


def header_text(view: MembershipMatrixView, bloc: str, role: int) -> str:
    column = view.matrix_model.blocs.index(bloc)
    return str(view.matrix_model.headerData(column, Qt.Orientation.Horizontal, role))


def painted_text(view: MembershipMatrixView, state: str, bloc: str) -> str:
    """The text the cell's delegate paints (what a reader sees in the cell)."""
    index = view.matrix_model.index_of(state, bloc)
    option = QStyleOptionViewItem()
    view.itemDelegateForIndex(index).initStyleOption(option, index)  # type: ignore[union-attr]
    return str(option.text)  # type: ignore[attr-defined]


def test_bloc_columns_show_short_names_and_codes_in_the_tooltip(
    shipped: api.World, qtbot: QtBot
) -> None:
    view = MembershipMatrixView(ScenarioDocument(shipped))
    qtbot.addWidget(view)
    assert header_text(view, "UNION_STATE", Qt.ItemDataRole.DisplayRole) == "Union State"
    tooltip = header_text(view, "UNION_STATE", Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Union State of Russia and Belarus (UNION_STATE)"
    assert header_text(view, "CIS_FTA", Qt.ItemDataRole.DisplayRole) == "CIS FTA 2011"
    # Every bloc of the shipped world has a short name: no raw code with an underscore is shown.
    shown = [
        header_text(view, bloc, Qt.ItemDataRole.DisplayRole) for bloc in view.matrix_model.blocs
    ]
    assert not [name for name in shown if "_" in name]


def test_short_names_and_letters_are_translated(
    shipped: api.World, qtbot: QtBot, qapp: QApplication
) -> None:
    translators = install_translators(qapp, "ru")
    try:
        view = MembershipMatrixView(ScenarioDocument(shipped, language="ru"))
        qtbot.addWidget(view)
        assert header_text(view, "CSTO", Qt.ItemDataRole.DisplayRole) == "ОДКБ"
        assert header_text(view, "CSTO", Qt.ItemDataRole.ToolTipRole).endswith("(CSTO)")
        assert painted_text(view, "KAZ", "CSTO") not in ("", "F", "M")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_cells_paint_a_letter_and_keep_the_full_status(
    document: ScenarioDocument, qtbot: QtBot
) -> None:
    view = MembershipMatrixView(document)
    qtbot.addWidget(view)
    index = view.matrix_model.index_of("KAZ", "CSTO")
    status = view.matrix_model.data(index, Qt.ItemDataRole.DisplayRole)
    assert status in ("member", "founder")
    assert painted_text(view, "KAZ", "CSTO") == {"member": "M", "founder": "F"}[str(status)]
    assert str(index.data(Qt.ItemDataRole.ToolTipRole)).startswith("Kazakhstan in")
    document.toggle_membership("KAZ", "CSTO")  # leaves: withdrawn
    assert painted_text(view, "KAZ", "CSTO") == "W"
    letters = [letter for letter, _ in letter_legend()]
    assert len(set(letters)) == len(letters)  # one letter per status, none shared


def test_header_reads_upwards_and_columns_are_narrow(
    document: ScenarioDocument, qtbot: QtBot
) -> None:
    view = MembershipMatrixView(document)
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    assert isinstance(header, RotatedHeader)
    line = view.fontMetrics().height()
    for column in range(view.matrix_model.columnCount()):
        if not view.isColumnHidden(column):
            assert view.columnWidth(column) <= 2 * line
    # Tall enough for the longest shown name written upwards.
    longest = max(
        view.fontMetrics().horizontalAdvance(
            str(header.model().headerData(c, Qt.Orientation.Horizontal))
        )
        for c in range(view.matrix_model.columnCount())
    )
    assert header.height() >= min(longest, 150)


def test_most_of_two_dozen_blocs_are_visible_at_1600_pixels(wide_window: MainWindow) -> None:
    view = wide_window.matrix
    shown = [c for c in range(view.matrix_model.columnCount()) if not view.isColumnHidden(c)]
    assert len(shown) >= 22
    viewport = view.viewport().rect()
    visible = [
        c
        for c in shown
        if view.columnViewportPosition(c) >= 0
        and view.columnViewportPosition(c) + view.columnWidth(c) <= viewport.width()
    ]
    assert len(visible) >= 18, (len(visible), len(shown), viewport.width())


def test_the_corner_says_what_the_letters_mean(wide_window: MainWindow) -> None:
    legend = wide_window.matrix.legend
    assert legend.isVisible()
    lines = legend.text().splitlines()
    assert "F  founder" in lines and "W  withdrawn" in lines
    corner = wide_window.matrix.horizontalHeader().height()
    assert legend.geometry().bottom() <= corner + wide_window.matrix.frameWidth()
    # A long state name is elided rather than pushing the blocs out of sight.
    assert wide_window.matrix.verticalHeader().width() < 200
