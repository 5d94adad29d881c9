"""The parts of a presentation slide besides the map and the bars: the map's legend magnified,
the strongest arguments for and against, and the room's tally with its buttons."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from regio_desktop import api
from regio_desktop.app.map.legend import LEGEND_WIDTH, MapLegend
from regio_desktop.app.present.present_style import AGAINST, FOR, MUTED

CLAIM_LIMIT = 170
"""Characters of a claim a slide shows: its first sentence, cut here at a word."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")


class ScaledLegend(QWidget):
    """The map panel's own legend (``MapLegend.paint``) drawn ``factor`` times larger, so that
    the room reads the same legend the analyst sees, at projector size."""

    def __init__(self, legend: MapLegend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = legend
        self.factor = 2.0

    def sizeHint(self) -> QSize:
        return QSize(
            round(LEGEND_WIDTH * self.factor), round(self.legend.content_height() * self.factor)
        )

    def set_factor(self, factor: float) -> None:
        self.factor = factor
        self.setFixedWidth(round(LEGEND_WIDTH * factor))
        self.setMinimumHeight(round(self.legend.content_height() * factor))
        self.updateGeometry()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.scale(self.factor, self.factor)
        self.legend.paint(painter)
        painter.end()


def short_claim(claim: str, limit: int = CLAIM_LIMIT) -> str:
    """The first sentence of a claim, cut at a word with an ellipsis if still longer."""
    first = _SENTENCE_END.split(claim.strip(), maxsplit=1)[0]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;: ") + "…"


_AUTHORS_YEAR = re.compile(r"^(?P<authors>[^()\[\]]+?)\s*\((?P<year>[^);]+)[^)]*\)")


def room_citation(citation: str) -> str:
    """A citation short enough for a slide: 'Usserova et al. (n.d.)', 'Cooley (2012)'; a work
    without named authors by its title alone."""
    found = _AUTHORS_YEAR.match(citation)
    if found and "," in found["authors"]:
        authors = found["authors"].strip()
        first = authors.split(",")[0].strip()
        several = "&" in authors or " and " in authors or authors.count(",") > 2
        return f"{first}{' et al.' if several else ''} ({found['year'].strip()})"
    title = re.split(r"\s\[|\.\s", citation, maxsplit=1)[0]
    return _cut(title, 70)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def side_heading(side: str, edited: bool) -> str:
    if edited:
        return (
            QCoreApplication.translate("Presentation", "For this step's change")
            if side == "for"
            else QCoreApplication.translate("Presentation", "Against this step's change")
        )
    return (
        QCoreApplication.translate("Presentation", "For the choice as it stands")
        if side == "for"
        else QCoreApplication.translate("Presentation", "Against the choice as it stands")
    )


def arguments_html(rows: list[dict[str, object]], side: str) -> str:
    """The claims of one side with their citations (author, year, place in the source)."""
    if not rows:
        text = QCoreApplication.translate("Presentation", "No argument recorded on this side.")
        return f"<p style='color:{MUTED}'>{html.escape(text)}</p>"
    colour = FOR if side == "for" else AGAINST
    parts = []
    for row in rows:
        claim = html.escape(short_claim(str(row.get("claim") or "")))
        citation = str(row.get("citation") or row.get("source") or "")
        location = str(row.get("location") or "")
        cited = room_citation(citation) + (f", {_cut(location, 50)}" if location else "")
        parts.append(
            f"<p style='margin-bottom:0.4em'><b style='color:{colour}'>■</b> {claim}<br>"
            f"<span style='color:{MUTED}'>— {html.escape(cited)}</span></p>"
        )
    return "".join(parts)


class ArgumentsPane(QWidget):
    """Two columns: the strongest arguments for and against, each under its heading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headings: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        for side in ("for", "against"):
            column = QVBoxLayout()
            heading = QLabel()
            heading.setObjectName(f"side_{side}")
            text = QLabel()
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            column.addWidget(heading)
            column.addWidget(text, 1)
            layout.addLayout(column, 1)
            self.headings[side], self.texts[side] = heading, text

    def show_arguments(self, room: api.RoomArguments) -> None:
        for side in ("for", "against"):
            self.headings[side].setText(side_heading(side, room.edited))
            self.texts[side].setText(arguments_html(room.sides[side], side))

    def plain_text(self) -> str:
        return "\n".join(
            f"{self.headings[s].text()}\n{self.texts[s].text()}" for s in ("for", "against")
        )


class TallyBar(QWidget):
    """The step's options with their counts; + and − buttons (or keys 1-9, Alt+1-9) record the
    room's view. ``vote`` carries the option and +1 or -1."""

    vote = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.counts: list[QLabel] = []
        self.buttons: list[tuple[QPushButton, QPushButton]] = []

    def show_options(self, options: tuple[api.Option, ...]) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.counts, self.buttons = [], []
        if not options:
            return
        title = QLabel(QCoreApplication.translate("Presentation", "The room:"))
        title.setObjectName("muted")
        self.row.addWidget(title)
        for index, option in enumerate(options):
            label = QLabel()
            self.counts.append(label)
            minus, plus = QPushButton("−"), QPushButton("+")
            for button, votes in ((minus, -1), (plus, 1)):
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.clicked.connect(_voter(self.vote.emit, index, votes))
            minus.setAccessibleName(
                QCoreApplication.translate("Presentation", "One fewer for {option}").format(
                    option=option.label
                )
            )
            plus.setAccessibleName(
                QCoreApplication.translate("Presentation", "One more for {option}").format(
                    option=option.label
                )
            )
            self.buttons.append((minus, plus))
            self.row.addWidget(label)
            self.row.addWidget(minus)
            self.row.addWidget(plus)
            self.row.addSpacing(24)
        self.row.addStretch(1)
        self.update_counts(options)

    def update_counts(self, options: tuple[api.Option, ...]) -> None:
        for index, (label, option) in enumerate(zip(self.counts, options, strict=False)):
            key = f"{index + 1} " if index < 9 else ""
            label.setText(f"<b>{key}</b>{html.escape(option.label)}: <b>{option.count}</b>")


def _voter(emit: Callable[[int, int], None], index: int, votes: int) -> Callable[[], None]:
    return lambda: emit(index, votes)
