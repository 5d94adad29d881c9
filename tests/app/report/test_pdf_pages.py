"""The PDF's pagination: table header rows repeat on every page, and a heading never stands
alone at the foot of a page (#13 item 7 review)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from pytestqt.qtbot import QtBot

from regio_desktop.app.report.pdf_export import (
    KEEP_WITH_NEXT_PX,
    keep_headings_with_next,
    paint_pages,
)


def test_a_tables_header_row_repeats_on_every_page(qtbot: QtBot, tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>row {i}</td><td>{i}</td></tr>" for i in range(160))
    document = QTextDocument()
    document.setHtml(
        f"<table><thead><tr><th>Column header</th><th>Count</th></tr></thead>{rows}</table>"
    )
    path = tmp_path / "table.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(96)
    pages = paint_pages(writer, document, "Header")
    del writer
    texts = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    assert pages == len(texts) >= 3
    assert all("Column header" in text for text in texts)
    assert "row 159" in texts[-1]


def _heading_rect(document: QTextDocument, text: str) -> tuple[float, float]:
    block = document.find(text).block()
    rect = document.documentLayout().blockBoundingRect(block)
    return rect.top(), rect.bottom()


def test_a_heading_at_the_foot_of_a_page_moves_to_the_next(qtbot: QtBot) -> None:
    document = QTextDocument()
    document.setHtml(
        "<h2>Opening</h2>"
        + "<p>Some words.</p>" * 12
        + "<h3>Middle heading</h3>"
        + "<p>More words.</p>" * 12
        + "<h3>Lonely heading</h3><p>What follows it.</p>"
    )
    document.setPageSize(QSizeF(500, 100_000))  # one page: the positions before any break
    _top, bottom = _heading_rect(document, "Lonely heading")
    height = bottom + 4  # the heading ends just above the foot of the page
    assert height - bottom < KEEP_WITH_NEXT_PX  # less room than a heading needs below it
    document.setPageSize(QSizeF(500, height))
    assert document.pageCount() == 2
    assert keep_headings_with_next(document, height) == 1  # the middle one had room
    top, _bottom = _heading_rect(document, "Lonely heading")
    assert top >= height  # on the second page now, with what follows it
    assert _heading_rect(document, "What follows it")[0] > top
    assert _heading_rect(document, "Middle heading")[1] < height
