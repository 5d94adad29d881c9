"""Who belongs to what: the post-Soviet states and the main blocs as lanes of state chips.

Each bloc is a horizontal lane; each state keeps one column in every lane, so a state in several
blocs appears as a column of chips and a bloc's members form a bar along its lane (columns are
ordered so that members sit together, as in the well-known diagrams of the post-Soviet
organisations). Full members are solid chips; associates, partners and observers outlined ones;
suspended and former members pale dotted ones; a membership the scenario removes is struck
through on a red-tinted ground; every membership the scenario changes carries an amber frame.
The layout is ``bloc_overlap_layout.bloc_lanes``; this module only paints it and handles clicks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from regio_desktop.app.blocs.overlap_layout import Chip, LaneDiagram, bloc_colour, bloc_lanes
from regio_desktop.app.common.image_export import export_with_dialog
from regio_desktop.app.common.palette import state_colour
from regio_desktop.app.common.vocabulary_labels import alignment_label, status_label
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.atomic_file import write_atomically

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


class BlocLanesCanvas(QWidget):
    """Paints a LaneDiagram; hit-tests chips, column headers and lane ends for clicks and tips.

    Lanes grow (up to a limit) to fill the height they are given, and columns to fill the width,
    so the diagram reads the same in a narrow dock and on a full screen.
    """

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.diagram = LaneDiagram()
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Bloc membership diagram"))
        self.setAccessibleDescription(
            self.tr("One lane per bloc, one column per state; the arrow keys choose a state.")
        )

    def set_diagram(self, diagram: LaneDiagram) -> None:
        self.diagram = diagram
        self.setMinimumSize(self.minimum_size())
        self.updateGeometry()
        self.update()

    def minimum_size(self) -> QSize:
        columns = max(1, len(self.diagram.states))
        width = LABEL_WIDTH + columns * MIN_COLUMN + OTHERS_WIDTH + 12
        lanes = len(self.diagram.blocs) * (MIN_LANE + LANE_GAP)
        return QSize(width, HEADER_HEIGHT + lanes + LEGEND_HEIGHT + 8)

    def sizeHint(self) -> QSize:
        return self.minimum_size()

    # --- geometry ----------------------------------------------------------------------------
    def lane_height(self) -> float:
        lanes = max(1, len(self.diagram.blocs))
        free = self.height() - HEADER_HEIGHT - LEGEND_HEIGHT - 8
        return max(MIN_LANE, min(MAX_LANE, free / lanes - LANE_GAP))

    def column_width(self) -> float:
        columns = max(1, len(self.diagram.states))
        free = self.width() - LABEL_WIDTH - OTHERS_WIDTH - 12
        return max(MIN_COLUMN, min(MAX_COLUMN, free / columns))

    def column_x(self, state: str) -> float:
        return LABEL_WIDTH + self.diagram.states.index(state) * self.column_width()

    def lanes_right(self) -> float:
        return LABEL_WIDTH + len(self.diagram.states) * self.column_width()

    def lane_y(self, bloc: str) -> float:
        return HEADER_HEIGHT + self.diagram.blocs.index(bloc) * (self.lane_height() + LANE_GAP)

    def lanes_bottom(self) -> float:
        return HEADER_HEIGHT + len(self.diagram.blocs) * (self.lane_height() + LANE_GAP)

    def chip_rect(self, state: str, bloc: str) -> QRect:
        """Where the chip of ``state`` in ``bloc`` is drawn (used by clicks and by tests)."""
        cw, lh = self.column_width(), self.lane_height()
        height = min(CHIP_HEIGHT, lh - 8)
        top = self.lane_y(bloc) + (lh - height) / 2
        return QRectF(self.column_x(state) + 3, top, cw - 6, height).toRect()

    def header_rect(self, state: str) -> QRect:
        """The clickable head of a state's column (its rotated name and alignment dot)."""
        cw = self.column_width()
        return QRectF(self.column_x(state), 0, cw, HEADER_HEIGHT - 2).toRect()

    def label_rect(self, bloc: str) -> QRect:
        return QRectF(4, self.lane_y(bloc), LABEL_WIDTH - 8, self.lane_height()).toRect()

    def others_rect(self, bloc: str) -> QRect:
        right = self.lanes_right()
        return QRectF(right + 4, self.lane_y(bloc), OTHERS_WIDTH - 8, self.lane_height()).toRect()

    def hit(self, position: QPoint) -> tuple[str, str]:
        """(state, bloc) under a position: a chip gives both, a column head the state only, a
        lane's label or its "others" the bloc only; ('', '') elsewhere."""
        for state, bloc in self.diagram.chips:
            if self.chip_rect(state, bloc).contains(position):
                return state, bloc
        for state in self.diagram.states:
            if self.header_rect(state).contains(position):
                return state, ""
        for bloc in self.diagram.blocs:
            if self.label_rect(bloc).contains(position) or self.others_rect(bloc).contains(
                position
            ):
                return "", bloc
        return "", ""

    # --- interaction -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        state, _bloc = self.hit(event.position().toPoint())
        if state and event.button() == Qt.MouseButton.LeftButton:
            self.document.select_state(state)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left and right move the selection along the columns."""
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()), 0)
        states = self.diagram.states
        if step and states:
            current = self.document.selected_state
            index = states.index(current) + step if current in states else 0
            self.document.select_state(states[max(0, min(len(states) - 1, index))])
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, position: QPoint) -> str:
        """The tooltip for a position: a state's blocs, a membership, or a bloc's members."""
        state, bloc = self.hit(position)
        doc = self.document
        if not state and bloc:
            return self._bloc_tooltip(bloc)
        if not state:
            return ""
        if not bloc:
            blocs = ", ".join(self.diagram.blocs_of(state)) or self.tr("no bloc")
            alignment = alignment_label(doc.evaluation.alignment.get(state))
            lines = [f"<b>{doc.name(state)}</b>", blocs]
            if alignment:
                lines.append(self.tr("Alignment: {value}").format(value=alignment))
            return "<br>".join(lines)
        chip = self.diagram.chips[(state, bloc)]
        lines = [
            f"<b>{doc.name(state)}</b> – {doc.name(bloc)}",
            status_label(chip.status) if chip.status else self.tr("not a member"),
        ]
        if chip.edited:
            baseline = status_label(chip.baseline) if chip.baseline else self.tr("not a member")
            lines.append(
                self.tr("Changed by the scenario; baseline: {status}").format(status=baseline)
            )
        return "<br>".join(lines)

    def _bloc_tooltip(self, bloc: str) -> str:
        doc = self.document
        lines = [f"<b>{doc.name(bloc)}</b>"]
        others = self.diagram.others.get(bloc, [])
        if others:
            names = ", ".join(sorted(doc.name(code) for code in others))
            lines.append(self.tr("Also full members: {names}").format(names=names))
        return "<br>".join(lines)

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint(painter)
        painter.end()

    def paint(self, painter: QPainter) -> None:
        """Draw the whole diagram on any painter (the widget or an exported image)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, self.width(), self.height()), QColor("#ffffff"))
        if not self.diagram.states or not self.diagram.blocs:
            painter.setPen(QColor("#666666"))
            painter.drawText(
                QRectF(0, 0, self.width(), self.height()),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No bloc of the diagram has members in this year."),
            )
            return
        self._paint_columns(painter)
        for bloc in self.diagram.blocs:
            self._paint_lane(painter, bloc)
        self._paint_legend(painter)

    def _font(self, delta: float = 0.0, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, self.font().pointSizeF() + delta))
        font.setBold(bold)
        return font

    def _paint_columns(self, painter: QPainter) -> None:
        cw = self.column_width()
        bottom = self.lanes_bottom()
        selected = self.document.selected_state
        room = int((HEADER_HEIGHT - 20) / 0.77)  # the rotated name's length within the header
        for state in self.diagram.states:
            x = self.column_x(state)
            centre = x + cw / 2
            if state == selected:
                painter.fillRect(QRectF(x, 0, cw, bottom), SELECTED_BAND)
            painter.setPen(QPen(QColor("#dddddd"), 1))
            painter.drawLine(QPointF(centre, HEADER_HEIGHT - 6), QPointF(centre, bottom))
            # The alignment dot ties this diagram to the map's alignment colours.
            painter.setPen(QPen(QColor("#ffffff"), 1))
            painter.setBrush(state_colour(self.document.evaluation, state))
            painter.drawEllipse(QRectF(centre - 5, HEADER_HEIGHT - 14, 10, 10))
            font = self._font(0, bold=state == selected)
            painter.setFont(font)
            painter.setPen(TEXT)
            name = QFontMetrics(font).elidedText(
                self.document.name(state), Qt.TextElideMode.ElideRight, room
            )
            painter.save()
            painter.translate(centre + 3, HEADER_HEIGHT - 20)
            painter.rotate(-50)
            painter.drawText(QPointF(0, 0), name)
            painter.restore()

    def _paint_lane(self, painter: QPainter, bloc: str) -> None:
        colour = bloc_colour(self.document, bloc)
        y, lh = self.lane_y(bloc), self.lane_height()
        right = self.lanes_right()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_tinted(colour, 0.12))
        painter.drawRoundedRect(QRectF(4, y, right - 4 + OTHERS_WIDTH, lh), 8, 8)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(4, y, 6, lh), 3, 3)
        label = QRectF(16, y, LABEL_WIDTH - 22, lh)
        painter.setFont(self._font(0.5, bold=True))
        painter.setPen(colour.darker(115))
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bloc)
        full, partners = self.diagram.full_members(bloc), self.diagram.partners(bloc)
        if full:
            count = self.tr("1 member") if full == 1 else self.tr("{n} members").format(n=full)
        elif partners == 1:
            count = self.tr("1 partner")
        else:
            count = self.tr("{n} partners").format(n=partners)
        painter.setFont(self._font(-1.5))
        painter.setPen(QColor("#666666"))
        painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count)
        self._paint_runs(painter, bloc, colour)
        for state in self.diagram.states:
            chip = self.diagram.chips.get((state, bloc))
            if chip is not None:
                self._paint_chip(painter, chip, QRectF(self.chip_rect(state, bloc)), colour)
        others = self.diagram.others.get(bloc, [])
        if others:
            painter.setFont(self._font(-1.5))
            painter.setPen(QColor("#555555"))
            text = self.tr("+{n} more").format(n=len(others))
            painter.drawText(
                QRectF(self.others_rect(bloc)),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )

    def _paint_runs(self, painter: QPainter, bloc: str, colour: QColor) -> None:
        """A bar behind neighbouring full members, so a bloc reads as one shape along its lane."""
        cw, y, lh = self.column_width(), self.lane_y(bloc), self.lane_height()
        run: list[str] = []
        for state in [*self.diagram.states, ""]:
            chip = self.diagram.chips.get((state, bloc))
            if chip is not None and chip.full:
                run.append(state)
                continue
            if len(run) > 1:
                x0 = self.column_x(run[0]) + cw / 2
                x1 = self.column_x(run[-1]) + cw / 2
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRect(QRectF(x0, y + lh / 2 - 2, x1 - x0, 4))
            run = []

    def _paint_chip(self, painter: QPainter, chip: Chip, rect: QRectF, colour: QColor) -> None:
        font = self._font(-1, bold=chip.full)
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

    def _paint_legend(self, painter: QPainter) -> None:
        y = self.lanes_bottom() + 12
        grey = QColor("#5b6f8a")
        samples = (
            (Chip("", "", "member", "member", False), self.tr("full member")),
            (Chip("", "", "observer", "observer", False), self.tr("associate, partner, observer")),
            (Chip("", "", "suspended", "suspended", False), self.tr("suspended or withdrawn")),
            (Chip("", "", "member", "", True), self.tr("changed by the scenario")),
            (Chip("", "", "", "member", True), self.tr("left in the scenario")),
        )
        x = 12.0
        font = self._font(-1)
        metrics = QFontMetrics(font)
        for chip, label in samples:
            rect = QRectF(x, y, 28, MIN_LANE - 10)
            self._paint_chip(painter, chip, rect, grey)
            painter.setFont(font)
            painter.setPen(QColor("#333333"))
            width = metrics.horizontalAdvance(label)
            painter.drawText(
                QRectF(x + 34, y - 2, width + 4, rect.height() + 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            x += 34 + width + 22


class BlocOverlapPanel(QWidget):
    """The lane diagram in a scroll area, with a caption and an export; follows the document."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.canvas = BlocLanesCanvas(document)
        self.scroll = QScrollArea()
        self.scroll.setAccessibleName(self.tr("Blocs and their members"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.canvas)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export PNG…"))
        self.export_button.setAccessibleName(self.tr("Export the diagram"))
        self.export_button.setToolTip(self.tr("Save the diagram as a PNG image"))
        self.export_button.clicked.connect(self._ask_and_export)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        document.changed.connect(self.refresh)
        document.selection_changed.connect(self._selection_changed)
        self.refresh()

    @property
    def diagram(self) -> LaneDiagram:
        return self.canvas.diagram

    def refresh(self) -> None:
        """Lay the diagram out again from the document (after any edit or change of year)."""
        self.canvas.set_diagram(bloc_lanes(self.document))
        self.caption.setText(
            self.tr(
                "Who belongs to which bloc in {year}: one lane per bloc, one column per state. "
                "The dot under a name is its alignment, coloured as on the map. "
                "Click a state to select it."
            ).format(year=self.document.evaluation.year)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.export_button.setText(self.tr("Export PNG…"))
            self.export_button.setAccessibleName(self.tr("Export the diagram"))
            self.export_button.setToolTip(self.tr("Save the diagram as a PNG image"))
            self.refresh()
        super().changeEvent(event)

    def _selection_changed(self, state: str) -> None:
        self.canvas.update()
        if state in self.diagram.states:
            rect = self.canvas.header_rect(state)
            self.scroll.ensureVisible(rect.center().x(), rect.center().y(), rect.width(), 0)

    def export_png(self, path: Path, scale: float = 2.0) -> Path:
        """Write the diagram as a PNG image at ``scale`` × its size on screen (via a
        temporary file, so that a failure leaves none)."""
        size = self.canvas.size().expandedTo(self.canvas.minimum_size())
        if size != self.canvas.size():
            self.canvas.resize(size)
        image = QImage(
            round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_RGB32
        )
        image.setDevicePixelRatio(scale)
        painter = QPainter(image)
        self.canvas.paint(painter)
        painter.end()

        def write(partial: Path) -> None:
            if not image.save(str(partial), "PNG"):
                raise OSError(self.tr("Could not write {path}").format(path=str(path)))

        return write_atomically(path, write)

    def _ask_and_export(self) -> None:
        export_with_dialog(self, self.tr("Export diagram as PNG"), "blocs.png", self.export_png)
