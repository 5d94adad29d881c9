"""The map panel: colourings follow the combos and the document, clicks select, exports work."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regio_desktop.app.common.palette import ALIGNMENT_COLOURS, NO_DATA, POLE_COLOURS
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.map.colouring import (
    CHANGED,
    COLOUR_BY_ALIGNMENT,
    COLOUR_BY_DELTA,
    COLOUR_BY_MEMBERSHIP,
    COLOUR_BY_VALUE,
    FULL_MEMBER,
    NEUTRAL,
)
from regio_desktop.app.map.scene_items import CONTEXT_FILL
from regio_desktop.app.map.view import MapPanel
from tests.app.event_counting import EventCounter


@pytest.fixture
def panel(document: ScenarioDocument, qtbot: QtBot) -> MapPanel:
    widget = MapPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill(panel: MapPanel, code: str) -> str:
    return panel.items[code].brush().color().name()


def choose(combo_owner: MapPanel, mode: str, key: str = "") -> None:
    """Pick a colouring in the combos, as the user would."""
    if key:
        combo = (
            combo_owner.bloc_combo if mode == COLOUR_BY_MEMBERSHIP else combo_owner.indicator_combo
        )
        combo.setCurrentIndex(combo.findData(key))
    combo_owner.mode_combo.setCurrentIndex(combo_owner.mode_combo.findData(mode))


def click_state(panel: MapPanel, qtbot: QtBot, code: str) -> None:
    position = panel.view.mapFromScene(panel.anchors[code])
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=position)


def test_world_states_are_coloured_and_other_countries_are_context(panel: MapPanel) -> None:
    assert {"RUS", "CHN", "KAZ", "KGZ", "UZB"} <= {c for c, i in panel.items.items() if i.is_state}
    assert "USA" not in panel.items  # a state of the world without an outline on this map
    assert not panel.items["DEU"].is_state
    assert fill(panel, "DEU") == CONTEXT_FILL.name()
    assert panel.mode == COLOUR_BY_ALIGNMENT
    assert fill(panel, "KAZ") == ALIGNMENT_COLOURS["multi-vector"].name()
    assert fill(panel, "KGZ") == ALIGNMENT_COLOURS["russia-led"].name()
    assert fill(panel, "RUS") == POLE_COLOURS["russia"].name()


def test_an_alignment_edit_recolours_and_outlines_the_state(
    panel: MapPanel, document: ScenarioDocument
) -> None:
    assert "UZB" not in panel.colouring.changed
    assert document.set_alignment("UZB", "china-centred")
    assert fill(panel, "UZB") == ALIGNMENT_COLOURS["china-centred"].name()
    assert panel.items["UZB"].pen().color() == CHANGED
    assert "Changed by the scenario" in panel.legend.labels
    document.undo_stack.undo()
    assert fill(panel, "UZB") == ALIGNMENT_COLOURS["multi-vector"].name()
    assert panel.items["UZB"].pen().color() != CHANGED
    assert "Changed by the scenario" not in panel.legend.labels


def test_membership_colouring_chosen_in_the_combos(
    panel: MapPanel, document: ScenarioDocument
) -> None:
    before = fill(panel, "KAZ")
    choose(panel, COLOUR_BY_MEMBERSHIP, "EAEU")
    assert panel.bloc_combo.isVisible()
    assert not panel.indicator_combo.isVisible()
    assert fill(panel, "KAZ") == FULL_MEMBER.name() != before
    assert fill(panel, "CHN") == NO_DATA.name()
    assert fill(panel, "UZB") not in (FULL_MEMBER.name(), NO_DATA.name())  # an observer
    assert panel.legend.labels == [
        "Full member",
        "Associate, partner or observer",
        "Suspended",
        "Not a member",
    ]
    assert "Eurasian Economic Union" in panel.legend.title

    assert document.set_membership("KAZ", "EAEU", None)
    assert fill(panel, "KAZ") == NO_DATA.name()
    assert panel.legend.labels[-1] == "Changed by the scenario"

    panel.bloc_combo.setCurrentIndex(panel.bloc_combo.findData("SCO"))
    assert fill(panel, "CHN") == FULL_MEMBER.name()


def test_delta_is_zero_before_an_edit_and_not_after(
    panel: MapPanel, document: ScenarioDocument
) -> None:
    choose(panel, COLOUR_BY_DELTA, "dependence_china")
    assert panel.indicator_combo.isVisible()
    states = [c for c, i in panel.items.items() if i.is_state]
    assert {fill(panel, c) for c in states} == {NEUTRAL.name()}
    assert "unchanged" in panel.items["KAZ"].toolTip()
    assert panel.legend.scale is not None and panel.legend.scale.low < 0

    assert document.set_alignment("KAZ", "china-centred")
    delta = document.evaluation.value("dependence_china", "KAZ") - document.evaluation.baseline(
        "dependence_china", "KAZ"
    )
    assert delta != pytest.approx(0)
    assert fill(panel, "KAZ") != NEUTRAL.name()
    assert "+" in panel.items["KAZ"].toolTip() or "-" in panel.items["KAZ"].toolTip()
    assert "Change in Dependence on China" in panel.legend.title


def test_value_colouring_has_a_scale_and_a_tooltip_value(panel: MapPanel) -> None:
    choose(panel, COLOUR_BY_VALUE, "autonomy")
    scale = panel.legend.scale
    assert scale is not None and (scale.low, scale.high) == (0, 100)
    assert panel.legend.labels == ["No value"]
    low = [c for c, i in panel.items.items() if i.is_state]
    assert len({fill(panel, c) for c in low}) > 1  # the states do not all look the same
    tip = panel.items["KGZ"].toolTip()
    assert "Kyrgyzstan" in tip and "Autonomy" in tip


def test_clicking_a_state_selects_it_everywhere(
    panel: MapPanel, document: ScenarioDocument, qtbot: QtBot
) -> None:
    assert document.selected_state == "KAZ"
    with qtbot.waitSignal(document.selection_changed) as signal:
        click_state(panel, qtbot, "KGZ")
    assert signal.args == ["KGZ"]
    assert document.selected_state == "KGZ"
    assert panel.outlined_state == "KGZ"
    # A country that is not a state of the world does not change the selection.
    click_state_at = panel.view.mapFromScene(panel.items["DEU"].path().boundingRect().center())
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=click_state_at)
    assert document.selected_state == "KGZ"


def test_a_selection_made_elsewhere_is_outlined(
    panel: MapPanel, document: ScenarioDocument
) -> None:
    assert panel.outlined_state == "KAZ"
    document.select_state("UZB")
    assert panel.outlined_state == "UZB"
    assert panel.selection.isVisible()
    assert panel.selection.path() == panel.items["UZB"].path()
    assert panel.labels["UZB"].isVisible()
    # A state without an outline (the United States) clears the outline and breaks nothing.
    document.select_state("USA")
    assert panel.outlined_state == ""
    assert not panel.selection.isVisible()
    assert document.set_alignment("KAZ", "china-centred")
    assert "USA" in panel.colouring.colours


def test_tooltips_name_the_state_and_what_is_shown(panel: MapPanel) -> None:
    tip = panel.items["KAZ"].toolTip()
    assert "Kazakhstan" in tip and "Multi-vector" in tip
    assert "Russia" in panel.items["RUS"].toolTip()
    choose(panel, COLOUR_BY_MEMBERSHIP, "CSTO")
    assert "withdrawn" in panel.items["UZB"].toolTip()


def test_a_change_of_year_lists_only_blocs_with_members(
    panel: MapPanel, document: ScenarioDocument
) -> None:
    assert panel.bloc_combo.findData("EAEU") >= 0
    assert document.set_year(2012)
    assert panel.bloc_combo.findData("EAEU") < 0  # founded in 2015
    assert panel.bloc_combo.findData("CSTO") >= 0
    assert "2012" in panel.legend.note


def _wheel(panel: MapPanel, steps: int) -> None:
    centre = QPointF(panel.view.viewport().rect().center())
    event = QWheelEvent(
        centre,
        QPointF(panel.view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(panel.view.viewport(), event)


def test_wheel_zooms_and_fit_shows_everything_again(panel: MapPanel, qtbot: QtBot) -> None:
    fitted = panel.view.zoom
    _wheel(panel, 2)
    assert panel.view.zoom == pytest.approx(fitted * 1.44)
    assert panel.view.user_zoomed
    qtbot.mouseClick(panel.fit_button, Qt.MouseButton.LeftButton)
    assert panel.view.zoom == pytest.approx(fitted)
    panel.resize(700, 450)
    QApplication.processEvents()
    assert panel.view.zoom < fitted  # fitted again to the smaller panel


@pytest.mark.parametrize("size", [(1000, 650), (600, 420), (420, 300)])
def test_labels_name_the_selected_state_and_do_not_overlap(
    panel: MapPanel, document: ScenarioDocument, size: tuple[int, int]
) -> None:
    document.select_state("UZB")
    panel.resize(*size)
    QApplication.processEvents()
    shown = [label for label in panel.labels.values() if label.isVisible()]
    assert panel.labels["UZB"] in shown  # the selected state is named even when small
    assert panel.labels["RUS"].text == "Russia"
    # Labels ignore the zoom: their boxes are in pixels around their anchor's view position.
    boxes = [
        label.boundingRect()
        .adjusted(3, 3, -3, -3)
        .translated(QPointF(panel.view.mapFromScene(label.pos())))
        for label in shown
    ]
    for i, box in enumerate(boxes):
        for other in boxes[i + 1 :]:
            assert not box.intersects(other)


def test_export_writes_png_and_svg(panel: MapPanel, tmp_path: Path) -> None:
    png = panel.export_png(tmp_path / "map.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(png))
    size = panel.export_size()
    assert (image.width(), image.height()) == (size.width() * 2, size.height() * 2)
    # The legend is on the right, on white; the map's sea on the left.
    assert image.pixelColor(image.width() - 3, image.height() - 3) == QColor("#ffffff")
    svg = panel.export_svg(tmp_path / "map.svg")
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Alignment" in text
    # Labels are drawn as paths, not as the pixmaps the screen caches them in.
    assert panel.labels and "<image" not in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.png", "map.svg"]


def test_a_failed_export_leaves_no_file(panel: MapPanel, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "map.png"
    with pytest.raises(OSError):
        panel.export_png(target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_export_of_a_hidden_panel_uses_the_whole_map(
    document: ScenarioDocument, qtbot: QtBot, tmp_path: Path
) -> None:
    hidden = MapPanel(document)
    qtbot.addWidget(hidden)
    image = QImage(str(hidden.export_png(tmp_path / "hidden.png", scale=1.0)))
    assert image.width() > 900 and image.height() > 300


def test_a_recolouring_that_keeps_the_legend_does_not_repaint_it(
    panel: MapPanel, document: ScenarioDocument
) -> None:
    QApplication.processEvents()
    counter = EventCounter(panel.legend)
    document.replace_scenario(document.scenario, everything=True)  # as opening a scenario does
    panel.recolour()
    QApplication.processEvents()
    QApplication.processEvents()
    assert counter.paints[panel.legend] == 0
    assert counter.layouts[panel] == 0


def test_a_changed_legend_is_painted_once_at_its_new_size_and_alone(
    panel: MapPanel, document: ScenarioDocument
) -> None:
    legend = panel.legend
    QApplication.processEvents()
    counter = EventCounter(legend, panel)
    assert document.set_alignment("UZB", "china-centred")  # adds "Changed by the scenario"
    QApplication.processEvents()
    QApplication.processEvents()
    assert legend.height() == legend.content_height()
    assert counter.paints[legend] == 1
    assert counter.painted[legend] == legend.width() * legend.height()
    assert counter.painted[panel] == 0  # the legend covers what is under it
    taller = legend.height()
    document.undo_stack.undo()
    QApplication.processEvents()
    QApplication.processEvents()
    assert legend.height() == legend.content_height() < taller
    assert counter.paints[legend] == 2
    # Under the legend, only the strip it gave up.
    assert counter.painted[panel] <= legend.width() * (taller - legend.height())


def test_a_new_legend_entry_recolours_only_the_states_that_moved(
    panel: MapPanel, document: ScenarioDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Changed by the scenario' coming or going changes no other state's fill or tooltip."""
    recoloured: list[str] = []
    tooltip = panel._tooltip
    monkeypatch.setattr(panel, "_tooltip", lambda code: recoloured.append(code) or tooltip(code))
    assert "Changed by the scenario" not in panel.legend.labels
    assert document.set_alignment("UZB", "china-centred")
    assert "Changed by the scenario" in panel.legend.labels
    assert "UZB" in recoloured
    states = [code for code, item in panel.items.items() if item.is_state]
    assert len(recoloured) < len(states)
    fresh = MapPanel(document)
    assert all(fill(panel, code) == fill(fresh, code) for code in states)
    assert all(panel.items[c].toolTip() == fresh.items[c].toolTip() for c in states)
    assert all(panel.items[c].pen().color() == fresh.items[c].pen().color() for c in states)
    fresh.deleteLater()
