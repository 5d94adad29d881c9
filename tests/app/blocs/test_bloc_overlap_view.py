"""The bloc overlap diagram: lanes and chips follow the document; clicks and keys select."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from regio_desktop.app.blocs.overlap_layout import bloc_colour
from regio_desktop.app.blocs.overlap_view import EDITED, REMOVED_GROUND, BlocOverlapPanel
from regio_desktop.app.documents.scenario_document import ScenarioDocument


@pytest.fixture
def panel(document: ScenarioDocument, qtbot: QtBot) -> BlocOverlapPanel:
    widget = BlocOverlapPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def chip_ground(panel: BlocOverlapPanel, state: str, bloc: str) -> QColor:
    """The colour painted just inside a chip's left edge (clear of its text and frame)."""
    rect = panel.canvas.chip_rect(state, bloc)
    image = panel.canvas.grab().toImage()
    return image.pixelColor(rect.left() + 5, rect.center().y())


def test_lanes_and_chips_reflect_membership(panel: BlocOverlapPanel) -> None:
    diagram = panel.diagram
    assert diagram.blocs == ["EAEU", "CSTO", "SCO"]  # WTO is not one of the diagram's blocs
    # Post-Soviet states and the poles taking part; the United States takes part in none.
    assert set(diagram.states) == {"RUS", "KAZ", "KGZ", "UZB", "CHN"}
    # Columns sit together by membership: EAEU's full members first, China last.
    assert diagram.states[:3] == ["RUS", "KAZ", "KGZ"]
    assert diagram.states[-1] == "CHN"
    assert diagram.chips["KAZ", "EAEU"].full
    assert not diagram.chips["UZB", "EAEU"].full and diagram.chips["UZB", "EAEU"].active
    assert not diagram.chips["UZB", "CSTO"].active  # withdrawn
    assert ("CHN", "EAEU") not in diagram.chips
    assert diagram.blocs_of("UZB") == ["EAEU", "SCO"]
    assert diagram.full_members("SCO") == 5


def test_leaving_a_bloc_marks_the_chip_removed_and_edited(
    panel: BlocOverlapPanel, document: ScenarioDocument
) -> None:
    eaeu = bloc_colour(document, "CSTO")
    assert chip_ground(panel, "KAZ", "CSTO") == eaeu
    order = list(panel.diagram.states)

    assert document.toggle_membership("KAZ", "CSTO")
    chip = panel.diagram.chips["KAZ", "CSTO"]
    assert chip.removed and chip.edited and not chip.active
    assert chip_ground(panel, "KAZ", "CSTO") == REMOVED_GROUND
    assert panel.diagram.states == order  # an edit never moves a column
    assert panel.diagram.full_members("CSTO") == 2

    document.undo_stack.undo()
    chip = panel.diagram.chips["KAZ", "CSTO"]
    assert not chip.edited and chip.full


def test_joining_a_bloc_adds_an_edited_chip(
    panel: BlocOverlapPanel, document: ScenarioDocument
) -> None:
    assert document.set_membership("CHN", "EAEU", "member")
    chip = panel.diagram.chips["CHN", "EAEU"]
    assert chip.full and chip.edited and not chip.removed
    rect = panel.canvas.chip_rect("CHN", "EAEU")
    image = panel.canvas.grab().toImage()
    # The amber frame just outside the chip says the scenario changed it.
    frame = image.pixelColor(rect.center().x(), rect.top() - 1)
    assert abs(frame.red() - EDITED.red()) < 40 and abs(frame.green() - EDITED.green()) < 40
    tip = panel.canvas.tooltip_at(rect.center())
    assert "China" in tip and "member" in tip and "baseline: not a member" in tip


def test_clicking_a_column_head_or_a_chip_selects_the_state(
    panel: BlocOverlapPanel, document: ScenarioDocument, qtbot: QtBot
) -> None:
    canvas = panel.canvas
    with qtbot.waitSignal(document.selection_changed) as signal:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.header_rect("KGZ").center())
    assert signal.args == ["KGZ"]
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.chip_rect("UZB", "SCO").center())
    assert document.selected_state == "UZB"
    # A click on an empty part of a lane changes nothing.
    empty = canvas.chip_rect("CHN", "EAEU").center()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=empty)
    assert document.selected_state == "UZB"


def test_the_selected_column_is_highlighted(
    panel: BlocOverlapPanel, document: ScenarioDocument
) -> None:
    canvas = panel.canvas

    def band(state: str) -> QColor:
        rect = canvas.header_rect(state)
        return canvas.grab().toImage().pixelColor(rect.left() + 2, rect.top() + 4)

    assert band("KAZ") != band("KGZ")
    document.select_state("KGZ")
    assert band("KGZ") != QColor("#ffffff")
    assert band("KAZ") == QColor("#ffffff")


def test_arrow_keys_move_the_selection_along_the_columns(
    panel: BlocOverlapPanel, document: ScenarioDocument, qtbot: QtBot
) -> None:
    states = panel.diagram.states
    start = states.index("KAZ")
    panel.canvas.setFocus()
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Right)
    assert document.selected_state == states[start + 1]
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Left)
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Left)
    assert document.selected_state == states[start - 1]


def test_tooltips_name_states_and_blocs(panel: BlocOverlapPanel) -> None:
    canvas = panel.canvas
    head = canvas.tooltip_at(canvas.header_rect("UZB").center())
    assert "Uzbekistan" in head and "EAEU, SCO" in head
    chip = canvas.tooltip_at(canvas.chip_rect("UZB", "CSTO").center())
    assert "withdrawn" in chip and "Collective Security" in chip
    lane = canvas.tooltip_at(canvas.label_rect("SCO").center())
    assert "Shanghai" in lane
    assert canvas.tooltip_at(QPoint(2, 2)) == ""


def test_a_change_of_year_redraws_the_lanes(
    panel: BlocOverlapPanel, document: ScenarioDocument
) -> None:
    assert document.set_year(2010)
    assert "EAEU" not in panel.diagram.blocs  # founded in 2015
    assert panel.diagram.chips["UZB", "CSTO"].full  # a member from 2006 to 2012
    assert "2010" in panel.caption.text()


def test_export_png(panel: BlocOverlapPanel, tmp_path: Path) -> None:
    path = panel.export_png(tmp_path / "blocs.png")
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() == panel.canvas.width() * 2
    with pytest.raises(OSError):
        panel.export_png(tmp_path / "missing" / "blocs.png")
    assert [p.name for p in tmp_path.iterdir()] == ["blocs.png"]
