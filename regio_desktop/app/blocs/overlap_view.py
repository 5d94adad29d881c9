"""Who belongs to what: the post-Soviet states and the main blocs as lanes of state chips.

Each bloc is a horizontal lane; each state keeps one column in every lane, so a state in several
blocs appears as a column of chips and a bloc's members form a bar along its lane (columns are
ordered so that members sit together, as in the well-known diagrams of the post-Soviet
organisations). Full members are solid chips; associates, partners and observers outlined ones;
suspended and former members pale dotted ones; a membership the scenario removes is struck
through on a red-tinted ground; every membership the scenario changes carries an amber frame.
The layout is ``overlap_layout.bloc_lanes``, the painting and its colours lane_painting.py; this
module places the diagram, handles clicks, keys and tooltips, and exports it. An edit repaints
only the lanes of the blocs it changes and the heads of the states whose alignment it changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
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

from regio_desktop import api
from regio_desktop.api import write_atomically
from regio_desktop.app.blocs.lane_painting import (
    CHIP_HEIGHT,
    EDITED,
    HEADER_HEIGHT,
    LABEL_WIDTH,
    LANE_GAP,
    LEGEND_HEIGHT,
    MAX_COLUMN,
    MAX_LANE,
    MIN_COLUMN,
    MIN_LANE,
    OTHERS_WIDTH,
    REMOVED_GROUND,
    paint_diagram,
)
from regio_desktop.app.blocs.overlap_layout import LaneDiagram, bloc_lanes, update_cells
from regio_desktop.app.common.image_export import export_with_dialog
from regio_desktop.app.common.vocabulary_labels import alignment_label, status_label
from regio_desktop.app.documents.scenario_document import ScenarioDocument

__all__ = ["EDITED", "REMOVED_GROUND", "BlocLanesCanvas", "BlocOverlapPanel"]


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

    def lane_rect(self, bloc: str) -> QRect:
        """Everything drawn for ``bloc``'s lane: its label, chips, runs and "more" note."""
        return QRectF(0, self.lane_y(bloc), self.width(), self.lane_height()).toAlignedRect()

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
        paint_diagram(self, painter)


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
        document.changed.connect(self._document_changed)
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

    def _document_changed(self, changes: api.ScenarioChanges) -> None:
        """Repaint what the edit changed: the lanes of its cells, the heads of its alignments;
        a new layout when a lane or column comes or goes, or for a new year or scenario."""
        if changes.whole:
            self.refresh()
            return
        lanes = update_cells(self.diagram, self.document, changes.cells) if changes.cells else set()
        if lanes is None:
            self.refresh()
            return
        for bloc in lanes:
            self.canvas.update(self.canvas.lane_rect(bloc))
        for state in changes.alignments:
            if state in self.diagram.states:
                self.canvas.update(self.canvas.header_rect(state))

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
