"""Saving the Compare dialog's indicator comparison as XLSX or CSV: the file, the write, the warning.

The table written is the core's (``Comparison.values``: every level and row, codes rather than
translated titles, so that a spreadsheet made in one language can be read in another); only the
file dialog, the sheet's name and the warning are the shell's. Its words are translated in the
dialog's context ("CompareDialog").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from regio_desktop import api
from regio_desktop.api import save_table
from regio_desktop.app.common.problem_texts import error_text


def choose_export_path(parent: QWidget) -> Path | None:
    """Ask where to save the comparison (None: the user cancelled)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CompareDialog", "Export comparison"),
        QCoreApplication.translate("CompareDialog", "comparison") + ".xlsx",
        QCoreApplication.translate("CompareDialog", "Excel (*.xlsx);;CSV (*.csv)"),
    )
    return Path(chosen) if chosen else None


def write_comparison(comparison: api.Comparison, path: Path) -> str:
    """Save the whole indicator comparison at ``path``; "" when done, else what went wrong."""
    try:
        save_table(
            comparison.values,
            path,
            sheet=QCoreApplication.translate("CompareDialog", "Comparison"),
        )
    except (OSError, ValueError) as exc:
        return QCoreApplication.translate("CompareDialog", "Cannot write {path}: {reason}").format(
            path=path, reason=error_text(exc, str)
        )
    return ""


def show_export_warning(parent: QWidget, message: str) -> None:
    """A problem shown without blocking (window-modal sheet)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("CompareDialog", "Export comparison"),
        message,
        parent=parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
