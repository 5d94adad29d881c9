"""Rendering a scenario report to PDF: the core's HTML, chart images from pyqtgraph, Qt's printer.

Used by the window's File > Export report and by ``regio-desktop report``. The PDF is written to a
temporary file and renamed into place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from regio_desktop import api
from regio_desktop.atomic_file import write_atomically
from regio_desktop.engine.catalogue import STATE_INDICATORS
from regio_desktop.io.report_html import focus_states, report_html

SCENARIO_COLOUR = (31, 95, 191)
BASELINE_COLOUR = (170, 170, 170)


def indicator_chart(world: api.World, scenario: api.Scenario, state: str, path: Path) -> Path:
    """A bar chart of a state's indices, scenario beside baseline, saved as PNG."""
    ev = api.evaluate(world, scenario)
    codes = [i.code for i in STATE_INDICATORS]
    values = [ev.value(c, state) for c in codes]
    baselines = [ev.baseline(c, state) for c in codes]
    plot = pg.PlotWidget(background="w")
    plot.resize(1100, 520)
    rows = list(range(len(codes)))[::-1]  # first indicator on top
    plot.addItem(
        pg.BarGraphItem(
            x0=0,
            y=[r + 0.2 for r in rows],
            height=0.38,
            width=baselines,
            brush=BASELINE_COLOUR,
            pen=None,
        )
    )
    plot.addItem(
        pg.BarGraphItem(
            x0=0,
            y=[r - 0.2 for r in rows],
            height=0.38,
            width=values,
            brush=SCENARIO_COLOUR,
            pen=None,
        )
    )
    left = plot.getAxis("left")
    left.setTicks([[(r, info.title) for r, info in zip(rows, STATE_INDICATORS, strict=True)]])
    left.setWidth(260)
    for axis in (left, plot.getAxis("bottom")):
        axis.setTextPen("k")
        axis.setPen("k")
    plot.setXRange(0, 100, padding=0.02)
    plot.setYRange(-0.6, len(codes) - 0.4, padding=0)
    plot.setLabel("bottom", "index (0-100): scenario in blue, baseline in grey")
    plot.setMouseEnabled(False, False)
    plot.show()  # lay the axes out at the size asked for (offscreen, nothing appears)
    QApplication.processEvents()
    exporter = ImageExporter(plot.plotItem)
    exporter.parameters()["width"] = 1400
    exporter.export(str(path))
    plot.close()
    plot.deleteLater()
    return path


def write_report_pdf(
    world: api.World, scenario: api.Scenario, output: Path, language: str = "en"
) -> Path:
    """Write the report of ``scenario`` to ``output`` (PDF, A4) and return it."""
    if QApplication.instance() is None:
        raise RuntimeError("write_report_pdf needs a QApplication")
    with tempfile.TemporaryDirectory() as tmp:
        charts = []
        for state in focus_states(world, scenario)[:4]:
            path = indicator_chart(world, scenario, state, Path(tmp) / f"chart_{state}.png")
            charts.append(
                (f"{world.name(state, language)}: scenario (blue) and baseline (grey)", path)
            )
        html = report_html(world, scenario, language=language, charts=charts)
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

        write_atomically(output, write)
    return output
