"""Rendering a scenario report to PDF: the core's HTML, the window's charts as images, Qt's printer.

Used by the window's File > Export report and by ``regio-desktop report``. The PDF is written to a
temporary file and renamed into place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from regio_desktop import api
from regio_desktop.api import report_html, report_states
from regio_desktop.app.common.baseline_bars_chart import BaselineBarsChart
from regio_desktop.app.common.palette import judgement_hex
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.atomic_file import write_atomically


def indicator_chart(
    world: api.World, scenario: api.Scenario, state: str, path: Path, language: str = "en"
) -> Path:
    """The window's "against the baseline" chart of ``state``, saved as PNG: the report shows
    exactly what the analyst saw, deltas included."""
    document = ScenarioDocument(world, scenario, language)
    document.select_state(state)
    chart = BaselineBarsChart(document)
    try:
        return chart.export_png(path)
    finally:
        chart.deleteLater()


def write_report_pdf(
    world: api.World, scenario: api.Scenario, output: Path, language: str = "en"
) -> Path:
    """Write the report of ``scenario`` to ``output`` (PDF, A4) and return it."""
    if QApplication.instance() is None:
        raise RuntimeError("write_report_pdf needs a QApplication")
    with tempfile.TemporaryDirectory(prefix=api.REPORT_TEMP_PREFIX) as tmp:
        charts = []
        for state in report_states(world, scenario)[:4]:
            path = indicator_chart(
                world, scenario, state, Path(tmp) / f"chart_{state}.png", language
            )
            charts.append(
                (f"{world.name(state, language)}: scenario (blue) and baseline (grey)", path)
            )
        colours = {j: judgement_hex(j, dark=False) for j in ("better", "worse", "same")}
        html = report_html(
            world, scenario, language=language, charts=charts, judgement_colours=colours
        )
        document = QTextDocument()
        for _, path in charts:
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(path.as_posix()), QImage(str(path))
            )
        document.setHtml(html)

        def write(partial: Path) -> None:
            writer = QPdfWriter(str(partial))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
            writer.setTitle(scenario.name)
            writer.setCreator("Regio Desktop")
            writer.setResolution(96)
            layout = writer.pageLayout()
            rect = layout.paintRectPixels(writer.resolution())
            document.setPageSize(QSizeF(rect.width(), rect.height()))
            document.print_(writer)
            del writer  # the PDF is complete only once the writer is gone

        write_atomically(output, write, complete=api.pdf_complete)
    return output
