"""Which states the map names at the current zoom, and where: kept apart from the panel so the
panel only assembles and reacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

if TYPE_CHECKING:
    from regio_desktop.app.map.view import MapPanel


def place_labels(panel: MapPanel) -> None:
    """Name the states whose outline is wide enough at the current zoom, without overlaps.

    The selected state is placed first (and always, by its code if its name is too long),
    then the others from the largest; a label that would cover a placed one is hidden.
    """
    zoom = panel.view.zoom
    if zoom <= 0:
        return
    selected = panel.document.selected_state
    codes = sorted(
        panel.labels,
        key=lambda c: (c != selected, -panel.items[c].boundingRect().width()),
    )
    placed: list[QRectF] = []
    for code in codes:
        label = panel.labels[code]
        metrics = QFontMetricsF(label.font)
        room = panel.items[code].boundingRect().width() * zoom * 0.7
        text = ""
        for candidate in (panel.document.name(code), code):
            if metrics.horizontalAdvance(candidate) + 4 <= room or (
                code == selected and candidate == code
            ):
                text = candidate
                break
        width, height = metrics.horizontalAdvance(text), metrics.height()
        centre = panel.view.mapFromScene(panel.anchors[code])
        rect = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
        if not text or any(rect.adjusted(-2, -1, 2, 1).intersects(r) for r in placed):
            label.setVisible(False)
            continue
        placed.append(rect)
        label.set_text(text)
        label.setVisible(True)
