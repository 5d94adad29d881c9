"""The table views of the library: one row per record, selected whole, never edited in place.

Both the arguments and the sources tables are set up here from their model's column specs
(``EvidenceTableModel``), so the two look and behave alike.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from regio_desktop.app.library.evidence_table_model import EvidenceTableModel


def evidence_table_view(model: EvidenceTableModel) -> QTableView:
    """A read-only, single-row-selection view over ``model``, its columns sized by their specs."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(40)
    for column, spec in enumerate(model.columns):
        if spec.elide:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif spec.width:
            header.resizeSection(column, spec.width)
    return view


def fit_columns(view: QTableView, model: EvidenceTableModel) -> None:
    """Fit the columns that have neither a width nor an elision limit to their longest text.

    Measured here from the texts, not by Qt's ResizeToContents mode, which asks the model for
    every cell in every role on each layout (11,000 calls when the window first shows).
    """
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    padding = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
    for column, spec in enumerate(model.columns):
        if spec.elide or spec.width:
            continue
        texts = [spec.header, *model.column_texts(column)]
        header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in texts) + padding)
