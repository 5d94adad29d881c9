"""The waterfall of a change: the baseline's bar, one floating bar per step, the scenario's bar.

It paints what ``api.explain_change`` computed and nothing else. Each step is coloured by the one
rule (``palette.judgement_colour`` of the core's judgement of that step) and carries the rule's
mark, so a step that helps the state reads as such without the colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from regio_desktop.app.common.indicator_labels import format_number, judge, marked_change
from regio_desktop.app.common.palette import bar_colour, is_dark, judgement_colour

MARGIN = 6
LABEL_SHARE = 0.42
"""The part of the width the row labels take; the bars and their figures share the rest."""


@dataclass(frozen=True)
class WaterfallRow:
    """One bar: its label, where it starts and ends on the indicator's scale, and whether it is
    a total (the baseline or the scenario) or a step."""

    label: str
    start: float
    end: float
    total: bool = False


def waterfall_rows(
    baseline_label: str,
    scenario_label: str,
    baseline: float,
    steps: list[tuple[str, float]],
) -> list[WaterfallRow]:
    """The baseline's bar, each step from where the one before ended, the scenario's bar."""
    rows = [WaterfallRow(baseline_label, 0.0, baseline, total=True)]
    running = baseline
    for label, value in steps:
        rows.append(WaterfallRow(label, running, running + value))
        running += value
    rows.append(WaterfallRow(scenario_label, 0.0, running, total=True))
    return rows


class WaterfallView(QWidget):
    """Horizontal bars, one a line, on a common scale from 0 (or below) to the largest end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[WaterfallRow] = []
        self.indicator = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, indicator: str, rows: list[WaterfallRow]) -> None:
        self.indicator, self.rows = indicator, rows
        self.setAccessibleDescription(
            "; ".join(f"{r.label}: {format_number(r.end - r.start, signed=True)}" for r in rows)
        )
        self.setFixedHeight(self._line_height() * len(rows) + 2 * MARGIN)
        self.update()

    def _line_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:
        return QSize(360, self._line_height() * max(len(self.rows), 2) + 2 * MARGIN)

    def step_colour(self, row: WaterfallRow) -> QColor:
        """A total's colour, or the one rule's colour of a step's judgement."""
        if row.total:
            dark = is_dark(self.palette())
            return bar_colour("scenario" if row is self.rows[-1] else "baseline", dark)
        return judgement_colour(judge(self.indicator, row.end - row.start))

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = self._line_height()
        label_width = int(self.width() * LABEL_SHARE)
        figure_width = metrics.horizontalAdvance("+000.00 ▲") + 6
        left = label_width + MARGIN
        right = max(left + 20, self.width() - MARGIN - figure_width)
        ends = [v for r in self.rows for v in (r.start, r.end)]
        low, high = min(0.0, *ends), max(0.0, *ends)
        span = (high - low) or 1.0

        def x(value: float) -> float:
            return left + (value - low) / span * (right - left)

        text = self.palette().color(QPalette.ColorRole.Text)
        grid = QColor("#555555" if is_dark() else "#c8c8c8")
        painter.setPen(QPen(grid, 1))
        painter.drawLine(int(x(0.0)), MARGIN, int(x(0.0)), MARGIN + line * len(self.rows))
        previous_end: float | None = None
        for i, row in enumerate(self.rows):
            top = MARGIN + i * line
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width)
            painter.setPen(text)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(MARGIN, top, label_width, line), flags, label)
            a, b = sorted((x(row.start), x(row.end)))
            bar = QRectF(a, top + 3, max(b - a, 1.5), line - 6)
            painter.fillRect(bar, self.step_colour(row))
            if previous_end is not None:  # the connector from the bar before
                painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
                painter.drawLine(int(x(previous_end)), top - 3, int(x(row.start)), top + 3)
            previous_end = row.end
            figure = (
                format_number(row.end)
                if row.total
                else marked_change(self.indicator, row.end - row.start)
            )
            painter.setPen(text if row.total else self.step_colour(row))
            painter.drawText(QRectF(b + 4, top, figure_width, line), flags, figure)
        painter.end()
