"""One frame of an exported replay: the year, the map with its legend, the year's captions with
their sources, and the followed state's indicators, painted on an image of any size.

The frame is laid out at 1080 logical pixels high and scaled to the image, so that type, lines
and the legend keep their proportions at every size (a 1920x1080 frame is drawn 1:1). The map is
the stage's map panel, rendered as its PNG export renders it (``map/export.py``).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QRectF,
    QSize,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem

from regio_desktop.app.common.indicator_labels import (
    direction_short,
    format_number,
    judge,
    judgement_mark,
)
from regio_desktop.app.common.indicator_short_titles import indicator_short_title
from regio_desktop.app.common.palette import judgement_colour
from regio_desktop.app.map.legend import LEGEND_WIDTH
from regio_desktop.app.map.scene_items import SEA
from regio_desktop.app.replay.event_texts import Caption, captions, year_heading
from regio_desktop.app.replay.replay_stage import INDICATORS, ReplayStage

LOGICAL_HEIGHT = 1080
MARGIN = 28
HEADER = 104
STRIP = 178
INK = QColor("#1a1a1a")
MUTED = QColor("#5b6470")
SCENARIO = QColor("#9a5b00")
BAR = QColor("#34495e")
LEGEND_SCALE = 1.35


def _font(pixels: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(6, round(pixels)))
    font.setBold(bold)
    font.setItalic(italic)
    return font


def logical_size(size: QSize) -> QSize:
    """The frame's size in logical pixels: 1080 high, as wide as its aspect ratio says."""
    return QSize(round(size.width() * LOGICAL_HEIGHT / size.height()), LOGICAL_HEIGHT)


def map_area(size: QSize) -> QRectF:
    """Where the map and its legend go, in logical pixels."""
    logical = logical_size(size)
    width = logical.width() * 0.63
    return QRectF(MARGIN, HEADER, width - MARGIN, LOGICAL_HEIGHT - HEADER - STRIP)


def _quiet(_mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def prepare(stage: ReplayStage, size: QSize) -> None:
    """Size the stage's map view to the frame's map area (once per export): the map is fitted
    to it and its labels are placed at that zoom."""
    area = map_area(size)
    legend = min(LEGEND_SCALE, area.height() / max(stage.map.legend.content_height(), 1))
    area.setWidth(area.width() - LEGEND_WIDTH * legend - 10)
    panel = stage.map
    panel.lists_blocs = False
    panel.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    # Shown (off the screen) so that the view takes its size; the offscreen platform's note
    # that it cannot pass size hints on is not for the user of the command line.
    previous = qInstallMessageHandler(_quiet)
    try:
        panel.show()
    finally:
        qInstallMessageHandler(previous)
    # The panel's combos and its own legend sit around the view: give the view the area's size.
    width, height = round(area.width()), round(area.height())
    panel.resize(width, height)
    panel.layout().activate()
    panel.resize(
        width + max(panel.width() - panel.view.width(), 0),
        height + max(panel.height() - panel.view.height(), 0),
    )
    panel.layout().activate()
    panel.view.fit()
    panel.place_labels()


def _paint_map(stage: ReplayStage, painter: QPainter, area: QRectF) -> None:
    """The map fitted into ``area`` beside its legend, the legend a third larger than on
    screen (read across a room), smaller only when a long legend would not fit."""
    panel = stage.map
    legend_height = panel.legend.content_height()
    scale = min(LEGEND_SCALE, area.height() / max(legend_height, 1))
    legend_width = LEGEND_WIDTH * scale
    target = QRectF(area.x(), area.y(), area.width() - legend_width - 10, area.height())
    painter.fillRect(target, SEA)
    viewport = panel.view.viewport().rect()
    source = panel.view.mapToScene(viewport).boundingRect()
    labels = list(panel.labels.values())
    for label in labels:
        label.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)  # the outlines; fills need none
    try:
        panel.scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for label in labels:
            label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    painter.save()
    painter.translate(target.right() + 10, area.y())
    painter.scale(scale, scale)
    panel.legend.paint(painter)
    painter.restore()


def _paint_header(stage: ReplayStage, painter: QPainter, width: float) -> None:
    painter.setPen(INK)
    painter.setFont(_font(76, bold=True))
    year_rect = QRectF(MARGIN, 8, 230, HEADER - 12)
    painter.drawText(year_rect, int(Qt.AlignmentFlag.AlignVCenter), str(stage.year))
    left = MARGIN + 230
    room = QRectF(left, 14, width - left - MARGIN, 40)
    scenario = stage.replay.scenario
    if scenario is not None and stage.replay.scenario_applies(stage.year):
        title = QCoreApplication.translate(
            "Replay", "Scenario “{name}” (its edits apply from {year})"
        ).format(
            name=QCoreApplication.translate("PresetNames", scenario.name),
            year=stage.replay.edit_year,
        )
        painter.setPen(SCENARIO)
    else:
        title = QCoreApplication.translate(
            "Replay", "The data as it stood at the end of {year}"
        ).format(year=stage.year)
    painter.setFont(_font(30, bold=True))
    metrics = QFontMetricsF(painter.font())
    painter.drawText(room, 0, metrics.elidedText(title, Qt.TextElideMode.ElideRight, room.width()))
    painter.setPen(MUTED)
    painter.setFont(_font(21))
    subtitle = QCoreApplication.translate(
        "Replay", "Regio Desktop · timeline replay {first}–{last} · map: {colouring}"
    ).format(first=stage.replay.first, last=stage.replay.last, colouring=stage.map.title())
    metrics = QFontMetricsF(painter.font())
    below = QRectF(left, 58, room.width(), 30)
    painter.drawText(
        below, 0, metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, below.width())
    )


def _caption_height(item: Caption, width: float, factor: float) -> float:
    flags = int(Qt.TextFlag.TextWordWrap)
    text = QFontMetricsF(_font(24 * factor, bold=item.from_scenario)).boundingRect(
        QRectF(0, 0, width, 1e6), flags, item.text
    )
    source = QFontMetricsF(_font(17 * factor, italic=True)).boundingRect(
        QRectF(0, 0, width, 1e6), flags, item.source
    )
    return text.height() + source.height() + 14 * factor


def _paint_captions(stage: ReplayStage, painter: QPainter, area: QRectF) -> None:
    items = captions(stage.events(), stage.name)
    painter.setPen(INK)
    painter.setFont(_font(28, bold=True))
    heading = QRectF(area.x(), area.y(), area.width(), 80)
    flags = int(Qt.TextFlag.TextWordWrap)
    used = painter.boundingRect(heading, flags, year_heading(stage.year, len(items))).height()
    painter.drawText(heading, flags, year_heading(stage.year, len(items)))
    top, bottom = area.y() + used + 14, area.bottom()
    # Smaller type for a crowded year, down to 60 %; what still does not fit is counted.
    factor = 1.0
    while factor > 0.6 and sum(_caption_height(i, area.width(), factor) for i in items) > (
        bottom - top
    ):
        factor -= 0.05
    y, shown = top, 0
    more_room = 34 * factor
    for index, item in enumerate(items):
        height = _caption_height(item, area.width(), factor)
        last = index == len(items) - 1
        if y + height > bottom - (0 if last else more_room):
            break
        painter.setPen(SCENARIO if item.from_scenario else INK)
        painter.setFont(_font(24 * factor, bold=item.from_scenario))
        drawn = painter.boundingRect(QRectF(area.x(), y, area.width(), 1e6), flags, item.text)
        painter.drawText(QRectF(area.x(), y, area.width(), drawn.height() + 2), flags, item.text)
        painter.setPen(MUTED)
        painter.setFont(_font(17 * factor, italic=True))
        source_top = y + drawn.height() + 2
        painter.drawText(QRectF(area.x(), source_top, area.width(), 1e6), flags, item.source)
        y += height
        shown += 1
    if shown < len(items):
        painter.setPen(MUTED)
        painter.setFont(_font(20 * factor, italic=True))
        painter.drawText(
            QRectF(area.x(), y + 4, area.width(), more_room),
            0,
            QCoreApplication.translate(
                "Replay", "… and {count} more (the window lists them all)"
            ).format(count=len(items) - shown),
        )


def _paint_strip(stage: ReplayStage, painter: QPainter, area: QRectF) -> None:
    """The followed state's indicators this year as bars (index 0–100) with the change since
    the year before, marked ▲ better or ▼ worse for the state."""
    painter.setPen(INK)
    title = QCoreApplication.translate(
        "Replay", "{state} in {year} (index 0–100; change since the year before: ▲ better, ▼ worse)"
    ).format(state=stage.name(stage.state), year=stage.year)
    # Smaller type for a longer translation rather than a cut legend (cut below 16 px).
    pixels = 22.0
    while pixels > 16 and QFontMetricsF(_font(pixels, bold=True)).horizontalAdvance(title) > (
        area.width()
    ):
        pixels -= 1
    painter.setFont(_font(pixels, bold=True))
    painter.drawText(
        QRectF(area.x(), area.y(), area.width(), 30),
        int(Qt.AlignmentFlag.AlignVCenter),
        QFontMetricsF(painter.font()).elidedText(title, Qt.TextElideMode.ElideRight, area.width()),
    )
    row_height = (area.height() - 36) / len(INDICATORS)
    label_width = area.width() * 0.36
    bar_left = area.x() + label_width + 10
    bar_room = area.width() - label_width - 190
    for index, code in enumerate(INDICATORS):
        y = area.y() + 36 + index * row_height
        value = stage.figures.get(code)
        painter.setPen(INK)
        painter.setFont(_font(19))
        better = direction_short(code)  # ↑ or ↓; an indicator with no better way has none
        label = f"{indicator_short_title(code)} {better if better != '–' else ''}".rstrip()
        metrics = QFontMetricsF(painter.font())
        painter.drawText(
            QRectF(area.x(), y, label_width, row_height),
            int(Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width),
        )
        painter.fillRect(QRectF(bar_left, y + 5, bar_room, row_height - 10), QColor("#eceff1"))
        if value is None:
            continue
        painter.fillRect(
            QRectF(bar_left, y + 5, bar_room * min(max(value, 0.0), 100.0) / 100, row_height - 10),
            BAR,
        )
        text = format_number(value)
        before = stage.previous.get(code)
        if before is not None:
            delta = value - before
            mark = judgement_mark(judge(code, delta))
            text += f"  ({format_number(delta, signed=True)}{' ' + mark if mark else ''})"
            painter.setPen(judgement_colour(judge(code, delta)) if mark else INK)
        painter.drawText(
            QRectF(bar_left + bar_room + 10, y, 180, row_height),
            int(Qt.AlignmentFlag.AlignVCenter),
            text,
        )


def paint_frame(stage: ReplayStage, painter: QPainter, size: QSize) -> None:
    """Paint the stage's year on ``painter``, whose device is ``size`` pixels with a device
    pixel ratio of ``size.height() / 1080`` (``frame_image`` makes one): the frame is laid out
    in logical pixels, and the map's outlines and labels, sized in pixels, scale with it."""
    logical = logical_size(size)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, logical.width(), logical.height()), QColor("#ffffff"))
    _paint_header(stage, painter, logical.width())
    area = map_area(size)
    _paint_map(stage, painter, area)
    strip = QRectF(area.x(), area.bottom() + 16, area.width(), STRIP - 16 - MARGIN)
    _paint_strip(stage, painter, strip)
    right = area.right() + MARGIN
    column = QRectF(right, HEADER, logical.width() - right - MARGIN, LOGICAL_HEIGHT - HEADER)
    _paint_captions(stage, painter, column.adjusted(0, 0, 0, -MARGIN))


def frame_image(stage: ReplayStage, size: QSize) -> QImage:
    """The stage's year as an image of ``size`` pixels."""
    image = QImage(size, QImage.Format.Format_RGB32)  # paint_frame fills every pixel
    # A device pixel ratio, not a painter scale: the map's labels ignore the painter's
    # transformations, and would keep their 1080p size on a smaller or larger frame.
    image.setDevicePixelRatio(size.height() / LOGICAL_HEIGHT)
    painter = QPainter(image)
    try:
        paint_frame(stage, painter, size)
    finally:
        painter.end()
    image.setDevicePixelRatio(1.0)
    return image
