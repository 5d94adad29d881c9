"""Help > About: the program's icon, version and licence, and where its data come from.

The data paragraph names the three kinds of source a reader of a figure needs to know the terms
of (the World Bank's indicators, Natural Earth's outlines, the cited literature); the table below
it counts the sources of the database actually loaded by their licence, so it cannot fall behind
a source added to ``db/data/sources*.csv`` or by the analyst.
"""

from __future__ import annotations

import platform
from collections import Counter

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import regio_desktop
from regio_desktop import api
from regio_desktop.app.shell.info_dialog import info_dialog

ICON_SIZE = 64


def licence_label(licence: str) -> str:
    """A source's licence as the dialog shows it: the database's few English wordings in the
    window's language; a licence's own name (ODC-PDDL-1.0, CC BY 3.0 IGO) as it is."""
    known = {
        "public domain": QCoreApplication.translate("AboutDialog", "public domain"),
        "copyright, cited": QCoreApplication.translate(
            "AboutDialog", "copyright of its authors, cited"
        ),
        "project's own work": QCoreApplication.translate("AboutDialog", "the project's own work"),
    }
    return known.get(licence, licence)


def about_text() -> str:
    """Version, licence and where the data come from, as rich text."""
    return QCoreApplication.translate(
        "AboutDialog",
        "<h3>Regio Desktop {version}</h3>"
        "<p>Scenarios of Eurasian regionalism: memberships, alignments, indicators and the "
        "arguments of the literature.</p>"
        "<p>Licence of the program: MIT. Built with Python {python} and Qt {qt} "
        "(PySide6 {pyside}, LGPL-3.0).</p>"
        "<p><b>Data</b></p><ul>"
        "<li>GDP and population: the World Bank, World Development Indicators (CC BY 4.0), "
        "in the copy of the Open Knowledge Foundation's core datasets (ODC-PDDL-1.0).</li>"
        "<li>Country outlines of the map: Natural Earth, 1:110m Admin 0 (public domain).</li>"
        "<li>Memberships, treaties and arguments: the treaties, official texts and the "
        "regional-studies literature cited in the Library, each under its own terms; the "
        "literature is summarised and cited, not reproduced.</li></ul>",
    ).format(
        version=regio_desktop.__version__,
        python=platform.python_version(),
        qt=qVersion(),
        pyside=PySide6.__version__,
    )


def licence_rows(world: api.World) -> list[tuple[str, int]]:
    """(licence as shown, number of sources) for the loaded world, the most used first."""
    counts = Counter(licence_label(str(v)) for v in world.sources["licence"].fillna(""))
    return sorted(counts.items(), key=lambda row: (-row[1], row[0].casefold()))


def about_dialog(parent: QWidget, world: api.World) -> QDialog:
    """The About dialog (not shown: the caller shows or executes it)."""
    content = QWidget()
    icon = QLabel()
    icon.setPixmap(QIcon(str(api.application_icon_path())).pixmap(ICON_SIZE, ICON_SIZE))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    text = QLabel(about_text())
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    top = QHBoxLayout()
    top.addWidget(icon)
    top.addWidget(text, 1)
    rows = licence_rows(world)
    table = QTableWidget(len(rows), 2)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("AboutDialog", "Licence"),
            QCoreApplication.translate("AboutDialog", "Sources"),
        ]
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    for row, (licence, count) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(licence))
        number = QTableWidgetItem(str(count))
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, 1, number)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(top)
    layout.addWidget(
        QLabel(
            QCoreApplication.translate(
                "AboutDialog", "The sources of the loaded database, by licence:"
            )
        )
    )
    layout.addWidget(table, 1)
    dialog = info_dialog(
        parent,
        QCoreApplication.translate("AboutDialog", "About Regio Desktop"),
        content,
        (560, 600),
    )
    dialog.setObjectName("about_dialog")
    dialog.text = text  # type: ignore[attr-defined]
    dialog.table = table  # type: ignore[attr-defined]
    dialog.icon = icon  # type: ignore[attr-defined]
    return dialog
