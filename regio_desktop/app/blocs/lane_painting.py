"""How the bloc lanes look: colours, sizes, and the painting of columns, lanes, chips and legend.

Functions of the canvas (``overlap_view.BlocLanesCanvas``), whose geometry says where each
thing goes; they draw on any painter, the widget's or an exported image's. Words are translated
in the canvas's context ("BlocLanesCanvas").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
)

from regio_desktop.app.blocs.overlap_layout import Chip, bloc_colour
from regio_desktop.app.common.palette import state_colour

if TYPE_CHECKING:
    from regio_desktop.app.blocs.overlap_view import BlocLanesCanvas

EDITED = QColor("#e08a00")
"""The frame of a membership the scenario changes (the map's colour for changes)."""
REMOVED_GROUND = QColor("#fbe3e0")
REMOVED_TEXT = QColor("#b03a2e")
SELECTED_BAND = QColor("#fff3c4")
TEXT = QColor("#222222")

LABEL_WIDTH, OTHERS_WIDTH, HEADER_HEIGHT = 170, 96, 100
MIN_LANE, MAX_LANE, LANE_GAP, LEGEND_HEIGHT = 30, 50, 6, 48
CHIP_HEIGHT = 28
"""Chips keep this height when lanes grow to fill the panel: taller ones look heavy."""
MIN_COLUMN, MAX_COLUMN = 40, 72


def _tinted(colour: QColor, alpha: float) -> QColor:
    """``colour`` mixed with white: a pale ground that still says which bloc it is."""
    return QColor.fromRgbF(
        1 - (1 - colour.redF()) * alpha,
        1 - (1 - colour.greenF()) * alpha,
        1 - (1 - colour.blueF()) * alpha,
    )


def paint_diagram(canvas: BlocLanesCanvas, painter: QPainter) -> None:
    """Draw the whole diagram on any painter (the widget or an exported image)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, canvas.width(), canvas.height()), QColor("#ffffff"))
    if not canvas.diagram.states or not canvas.diagram.blocs:
        painter.setPen(QColor("#666666"))
        painter.drawText(
            QRectF(0, 0, canvas.width(), canvas.height()),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate(
                "BlocLanesCanvas", "No bloc of the diagram has members in this year."
            ),
        )
        return
    _paint_columns(canvas, painter)
    for bloc in canvas.diagram.blocs:
        _paint_lane(canvas, painter, bloc)
    _paint_legend(canvas, painter)


def _font(canvas: BlocLanesCanvas, delta: float = 0.0, bold: bool = False) -> QFont:
    font = QFont(canvas.font())
    font.setPointSizeF(max(6.5, canvas.font().pointSizeF() + delta))
    font.setBold(bold)
    return font


def _paint_columns(canvas: BlocLanesCanvas, painter: QPainter) -> None:
    cw = canvas.column_width()
    bottom = canvas.lanes_bottom()
    selected = canvas.document.selected_state
    room = int((HEADER_HEIGHT - 20) / 0.77)  # the rotated name's length within the header
    for state in canvas.diagram.states:
        x = canvas.column_x(state)
        centre = x + cw / 2
        if state == selected:
            painter.fillRect(QRectF(x, 0, cw, bottom), SELECTED_BAND)
        painter.setPen(QPen(QColor("#dddddd"), 1))
        painter.drawLine(QPointF(centre, HEADER_HEIGHT - 6), QPointF(centre, bottom))
        # The alignment dot ties this diagram to the map's alignment colours.
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.setBrush(state_colour(canvas.document.evaluation, state))
        painter.drawEllipse(QRectF(centre - 5, HEADER_HEIGHT - 14, 10, 10))
        font = _font(canvas, 0, bold=state == selected)
        painter.setFont(font)
        painter.setPen(TEXT)
        name = QFontMetrics(font).elidedText(
            canvas.document.name(state), Qt.TextElideMode.ElideRight, room
        )
        painter.save()
        painter.translate(centre + 3, HEADER_HEIGHT - 20)
        painter.rotate(-50)
        painter.drawText(QPointF(0, 0), name)
        painter.restore()


def _paint_lane(canvas: BlocLanesCanvas, painter: QPainter, bloc: str) -> None:
    colour = bloc_colour(canvas.document, bloc)
    y, lh = canvas.lane_y(bloc), canvas.lane_height()
    right = canvas.lanes_right()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_tinted(colour, 0.12))
    painter.drawRoundedRect(QRectF(4, y, right - 4 + OTHERS_WIDTH, lh), 8, 8)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(4, y, 6, lh), 3, 3)
    label = QRectF(16, y, LABEL_WIDTH - 22, lh)
    painter.setFont(_font(canvas, 0.5, bold=True))
    painter.setPen(colour.darker(115))
    painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bloc)
    full, partners = canvas.diagram.full_members(bloc), canvas.diagram.partners(bloc)
    if full:
        count = (
            QCoreApplication.translate("BlocLanesCanvas", "1 member")
            if full == 1
            else QCoreApplication.translate("BlocLanesCanvas", "{n} members").format(n=full)
        )
    elif partners == 1:
        count = QCoreApplication.translate("BlocLanesCanvas", "1 partner")
    else:
        count = QCoreApplication.translate("BlocLanesCanvas", "{n} partners").format(n=partners)
    painter.setFont(_font(canvas, -1.5))
    painter.setPen(QColor("#666666"))
    painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count)
    _paint_runs(canvas, painter, bloc, colour)
    for state in canvas.diagram.states:
        chip = canvas.diagram.chips.get((state, bloc))
        if chip is not None:
            _paint_chip(canvas, painter, chip, QRectF(canvas.chip_rect(state, bloc)), colour)
    others = canvas.diagram.others.get(bloc, [])
    if others:
        painter.setFont(_font(canvas, -1.5))
        painter.setPen(QColor("#555555"))
        text = QCoreApplication.translate("BlocLanesCanvas", "+{n} more").format(n=len(others))
        painter.drawText(
            QRectF(canvas.others_rect(bloc)),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )


def _paint_runs(canvas: BlocLanesCanvas, painter: QPainter, bloc: str, colour: QColor) -> None:
    """A bar behind neighbouring full members, so a bloc reads as one shape along its lane."""
    cw, y, lh = canvas.column_width(), canvas.lane_y(bloc), canvas.lane_height()
    run: list[str] = []
    for state in [*canvas.diagram.states, ""]:
        chip = canvas.diagram.chips.get((state, bloc))
        if chip is not None and chip.full:
            run.append(state)
            continue
        if len(run) > 1:
            x0 = canvas.column_x(run[0]) + cw / 2
            x1 = canvas.column_x(run[-1]) + cw / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x0, y + lh / 2 - 2, x1 - x0, 4))
        run = []


def _paint_chip(
    canvas: BlocLanesCanvas, painter: QPainter, chip: Chip, rect: QRectF, colour: QColor
) -> None:
    font = _font(canvas, -1, bold=chip.full)
    font.setStrikeOut(chip.removed)
    painter.setFont(font)
    if chip.full:
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        text = QColor("#ffffff")
    elif chip.active:
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(QColor("#ffffff"))
        text = colour.darker(120)
    elif chip.removed:
        painter.setPen(QPen(REMOVED_TEXT, 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(REMOVED_GROUND)
        text = REMOVED_TEXT
    else:
        painter.setPen(QPen(QColor("#a0a0a0"), 1, Qt.PenStyle.DotLine))
        painter.setBrush(QColor("#f4f4f4"))
        text = QColor("#8a8a8a")
    painter.drawRoundedRect(rect, 5, 5)
    if chip.edited:
        painter.setPen(QPen(EDITED, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 6, 6)
    painter.setPen(text)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, chip.state)


def _paint_legend(canvas: BlocLanesCanvas, painter: QPainter) -> None:
    y = canvas.lanes_bottom() + 12
    grey = QColor("#5b6f8a")
    samples = (
        (
            Chip("", "", "member", "member", False),
            QCoreApplication.translate("BlocLanesCanvas", "full member"),
        ),
        (
            Chip("", "", "observer", "observer", False),
            QCoreApplication.translate("BlocLanesCanvas", "associate, partner, observer"),
        ),
        (
            Chip("", "", "suspended", "suspended", False),
            QCoreApplication.translate("BlocLanesCanvas", "suspended or withdrawn"),
        ),
        (
            Chip("", "", "member", "", True),
            QCoreApplication.translate("BlocLanesCanvas", "changed by the scenario"),
        ),
        (
            Chip("", "", "", "member", True),
            QCoreApplication.translate("BlocLanesCanvas", "left in the scenario"),
        ),
    )
    x = 12.0
    font = _font(canvas, -1)
    metrics = QFontMetrics(font)
    for chip, label in samples:
        rect = QRectF(x, y, 28, MIN_LANE - 10)
        _paint_chip(canvas, painter, chip, rect, grey)
        painter.setFont(font)
        painter.setPen(QColor("#333333"))
        width = metrics.horizontalAdvance(label)
        painter.drawText(
            QRectF(x + 34, y - 2, width + 4, rect.height() + 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        x += 34 + width + 22
