"""Rendering a scenario report to PDF: the core's HTML, the window's charts as images, Qt's printer.

Used by the window's File > Export report and by ``regio-desktop report``. The PDF is written to a
temporary file and renamed into place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication

from regio_desktop import api
from regio_desktop.api import report_html, report_states, write_atomically
from regio_desktop.app.common.baseline_bars_chart import BaselineBarsChart
from regio_desktop.app.common.palette import judgement_hex
from regio_desktop.app.documents.scenario_document import ScenarioDocument


def indicator_chart(
    world: api.World,
    scenario: api.Scenario,
    state: str,
    path: Path,
    language: str = "en",
    spread: api.Uncertainty | None = None,
) -> Path:
    """The window's "against the baseline" chart of ``state``, saved as PNG: the report shows
    exactly what the analyst saw, deltas included, and with ``spread`` (the report's analysis)
    the error bars of the figures' ranges."""
    document = ScenarioDocument(world, scenario, language)
    document.select_state(state)
    if spread is not None:
        document.ranges.adopt(spread)
    chart = BaselineBarsChart(document)
    try:
        return chart.export_png(path)
    finally:
        chart.deleteLater()


RUNNING_HEAD_PX = 28
"""Height of the running header and of the footer with the page number, at 96 dpi."""


KEEP_WITH_NEXT_PX = 64
"""Room a heading needs below it on its page (about three lines: a table's header row and its
first row, or a paragraph's first lines); a heading with less is moved to the next page."""


def keep_headings_with_next(document: QTextDocument, page_height: float) -> int:
    """Move each heading that would stand alone at the foot of a page to the next page.

    Qt's rich text knows no ``page-break-after: avoid``; so, heading by heading in reading
    order, a heading whose page leaves less than ``KEEP_WITH_NEXT_PX`` below it breaks before
    itself (the layout moves what follows). Returns how many headings were moved.
    """
    layout = document.documentLayout()
    document.pageCount()  # lays the whole document out: a lazily laid-out rest misplaces images
    moved = 0
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.headingLevel() > 0 and block.position() > 0:
            rect = layout.blockBoundingRect(block)
            page_end = (int(rect.top() // page_height) + 1) * page_height
            if rect.bottom() + KEEP_WITH_NEXT_PX > page_end and rect.top() % page_height > 1:
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                document.pageCount()  # the layout again, before the next heading is measured
                moved += 1
        block = block.next()
    return moved


def paint_pages(writer: QPdfWriter, document: QTextDocument, header: str) -> int:
    """Paint ``document`` page by page with a running header and "page n of N" at the foot.

    ``QTextDocument.print_`` numbers pages only for documents it paginates itself, and never
    adds a header; painting each page's slice ourselves gives both. Returns the page count.
    """
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = float(rect.width()), float(rect.height())
    body = height - 2 * RUNNING_HEAD_PX
    document.setPageSize(QSizeF(width, body))
    keep_headings_with_next(document, body)
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        small = QFont(document.defaultFont())
        small.setPointSizeF(7.5)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.setFont(small)
            painter.setPen(QColor("#555555"))
            top = QRectF(0, 0, width, RUNNING_HEAD_PX - 6)
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, header)
            painter.drawText(
                top,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                "Regio Desktop scenario report",
            )
            painter.drawLine(QPointF(0, RUNNING_HEAD_PX - 3), QPointF(width, RUNNING_HEAD_PX - 3))
            foot = QRectF(0, height - RUNNING_HEAD_PX + 6, width, RUNNING_HEAD_PX - 6)
            painter.drawText(
                foot,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                f"Page {page + 1} of {pages}",
            )
            painter.save()
            painter.translate(0, RUNNING_HEAD_PX - page * body)
            document.drawContents(painter, QRectF(0, page * body, width, body))
            painter.restore()
    finally:
        painter.end()
    return pages


REPORT_DRAWS = 1000
"""Draws of the estimates behind each figure's range in a report: about 4 s, once per scenario
(the analysis is cached, so a window that showed the error bars already has it)."""


def write_report_pdf(
    world: api.World,
    scenario: api.Scenario,
    output: Path,
    language: str = "en",
    draws: int = REPORT_DRAWS,
    seed: int = 0,
) -> Path:
    """Write the report of ``scenario`` to ``output`` (PDF, A4) and return it; with ``draws``
    (0 for none) each figure shows its range over the estimates."""
    if QApplication.instance() is None:
        raise RuntimeError("write_report_pdf needs a QApplication")
    spread = api.uncertainty(world, scenario, draws=draws, seed=seed) if draws else None
    with tempfile.TemporaryDirectory(prefix=api.REPORT_TEMP_PREFIX) as tmp:
        charts = []
        for state in report_states(world, scenario)[:4]:
            path = indicator_chart(
                world, scenario, state, Path(tmp) / f"chart_{state}.png", language, spread
            )
            bars = "; error bars: 90 % of the draws" if spread is not None else ""
            charts.append(
                (
                    f"{world.name(state, language)}: scenario (dark slate) and baseline "
                    f"(grey){bars}",
                    path,
                )
            )
        colours = {j: judgement_hex(j, dark=False) for j in ("better", "worse", "same")}
        html = report_html(
            world,
            scenario,
            language=language,
            charts=charts,
            judgement_colours=colours,
            uncertainty=spread,
        )
        document = QTextDocument()
        for _, path in charts:
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(path.as_posix()), QImage(str(path))
            )
        document.setHtml(html)

        header = f"{scenario.name} · {api.evaluate(world, scenario).year}"

        def write(partial: Path) -> None:
            writer = QPdfWriter(str(partial))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)
            writer.setTitle(scenario.name)
            writer.setCreator("Regio Desktop")
            writer.setResolution(96)
            paint_pages(writer, document, header)
            del writer  # the PDF is complete only once the writer is gone

        write_atomically(output, write, complete=api.pdf_complete)
    return output
