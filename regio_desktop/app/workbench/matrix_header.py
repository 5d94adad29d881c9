"""The compact membership matrix: bloc names written upwards in the header, statuses as letters.

With two dozen blocs the matrix used to show nine at 1600 pixels: each column was as wide as its
bloc code and the words "founding member". Here a column is only as wide as a line of text: the
header paints each bloc's short name rotated (``RotatedHeader``), and each cell paints a one- or
two-letter mark for its status (``StatusLetterDelegate``; the cell's text, tooltip and
accessible name keep the full words). The letters, the short names and their legend are
translated ("MatrixLetters", "BlocShortNames").
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QWidget,
)

PADDING = 4
"""Pixels around the rotated text and the letters."""
MAX_HEADER_TEXT = 150
"""The tallest a rotated name may make the header (longer names are elided, whole in the tooltip)."""

_LETTERS: dict[str, str] = {
    "founding_member": QT_TRANSLATE_NOOP("MatrixLetters", "F"),
    "member": QT_TRANSLATE_NOOP("MatrixLetters", "M"),
    "associate": QT_TRANSLATE_NOOP("MatrixLetters", "A"),
    "observer": QT_TRANSLATE_NOOP("MatrixLetters", "O"),
    "dialogue_partner": QT_TRANSLATE_NOOP("MatrixLetters", "D"),
    "partner_country": QT_TRANSLATE_NOOP("MatrixLetters", "P"),
    "suspended": QT_TRANSLATE_NOOP("MatrixLetters", "S"),
    "withdrawn": QT_TRANSLATE_NOOP("MatrixLetters", "W"),
}


def status_letter(status: str | None) -> str:
    """The mark a matrix cell shows for a status ('' for none)."""
    if not status:
        return ""
    return QCoreApplication.translate("MatrixLetters", _LETTERS.get(status, status[:1].upper()))


def letter_legend() -> list[tuple[str, str]]:
    """(letter, status code) for every status, in the vocabulary's order: for the legend."""
    return [(status_letter(status), status) for status in _LETTERS]


class CornerLegend(QLabel):
    """What the letters mean, in the empty corner above the state names and left of the bloc
    names (the tall rotated header leaves room there); ``place`` keeps it in that corner."""

    def __init__(self, view: QAbstractItemView, labels: list[tuple[str, str]]) -> None:
        super().__init__(view)
        self.setObjectName("matrixLegend")
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(PADDING, PADDING, PADDING, PADDING)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.setFont(font)
        self.set_labels(labels)

    def set_labels(self, labels: list[tuple[str, str]]) -> None:
        """``labels``: (letter, the status in words), one to a line."""
        pairs = [f"{letter}  {words}" for letter, words in labels]
        self.setText("\n".join(pairs))
        self.setAccessibleName(
            QCoreApplication.translate("MatrixLetters", "Legend of the status letters")
        )
        self.setToolTip("\n".join(pairs))

    def place(self, left: int, top: int, width: int, height: int) -> None:
        """Fill the corner at (``left``, ``top``); hidden when the text would not fit."""
        self.setGeometry(left, top, width, height)
        hint = self.sizeHint()
        self.setVisible(hint.width() <= width and hint.height() <= height)


class StatusLetterDelegate(QStyledItemDelegate):
    """Paints a cell's status as its letter, centred, over the model's colours and font."""

    def __init__(self, status_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_role = status_role

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        status = index.data(self.status_role)
        option.text = status_letter(status if isinstance(status, str) else "")  # type: ignore[attr-defined]
        option.displayAlignment = Qt.AlignmentFlag.AlignCenter  # type: ignore[attr-defined]

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + PADDING, hint.height())


class RotatedHeader(QHeaderView):
    """A horizontal header whose section texts read upwards, so a column needs only a line's
    width whatever the name's length; the header grows as tall as the longest name (capped)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def _text(self, logical: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        metrics = self.fontMetrics()
        length = min(metrics.horizontalAdvance(self._text(logicalIndex)), MAX_HEADER_TEXT)
        return QSize(metrics.height() + 2 * PADDING, length + 3 * PADDING)

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect  # type: ignore[attr-defined]
        option.section = logicalIndex  # type: ignore[attr-defined]
        option.text = ""  # type: ignore[attr-defined]
        selection = self.selectionModel()
        if selection is not None and self.highlightSections():
            current = selection.currentIndex()
            if current.isValid() and current.column() == logicalIndex:
                option.state |= QStyle.StateFlag.State_On  # type: ignore[attr-defined]
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        metrics = self.fontMetrics()
        room = rect.height() - 2 * PADDING
        text = metrics.elidedText(self._text(logicalIndex), Qt.TextElideMode.ElideRight, room)
        painter.save()
        painter.setPen(self.palette().color(self.foregroundRole()))
        # Rotate about the section's bottom-left corner: the text runs upwards from the bottom.
        painter.translate(rect.left(), rect.bottom() - PADDING)
        painter.rotate(-90)
        painter.drawText(
            QRect(0, 0, room, rect.width()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        painter.restore()
