"""Import and export of arguments from the window: file choice, the report, the partial import.

An import first runs whole-or-nothing; when rows are refused nothing is written and the analyst
reads which rows and why, then may import the valid rows anyway. The functions take a path so
that tests (and scripts) skip the file dialog; ``None`` asks with a QFileDialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from regio_desktop import api
from regio_desktop.app.common.problem_texts import error_text
from regio_desktop.app.documents.evidence_document import EvidenceDocument

CONTEXT = "ArgumentTransfer"


def _filter() -> str:
    return QCoreApplication.translate(
        "ArgumentTransfer", "Arguments (*.csv *.json);;CSV (*.csv);;JSON (*.json)"
    )


def report_text(evidence: EvidenceDocument, report: api.ImportReport) -> str:
    """What an import did, in the user's language: the count written, then each refused row
    with its reasons (the core's problems, worded here)."""
    if report.written:
        head = QCoreApplication.translate(
            "ArgumentTransfer", "{arguments} argument(s) and {sources} source(s) imported"
        ).format(arguments=len(report.added), sources=len(report.sources_added))
    else:
        head = QCoreApplication.translate("ArgumentTransfer", "nothing imported")
    rows = [f"{where}: {' '.join(evidence.words(found))}" for where, found in report.refusals]
    return "\n".join([head, *rows])


def confirm_partial_import(
    parent: QWidget | None, evidence: EvidenceDocument, report: api.ImportReport
) -> bool:
    """Show the refused rows; True when the analyst wants the valid rows imported anyway."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ArgumentTransfer", "Import arguments"))
    box.setText(
        QCoreApplication.translate(
            "ArgumentTransfer", "{count} row(s) were refused, so nothing was imported."
        ).format(count=len(report.refused))
    )
    box.setInformativeText(report_text(evidence, report))
    anyway = box.addButton(
        QCoreApplication.translate("ArgumentTransfer", "Import the valid rows anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is anyway


def import_arguments_file(
    parent: QWidget | None, evidence: EvidenceDocument, path: Path | None = None
) -> api.ImportReport | None:
    """Import a CSV/JSON file of arguments; returns the final report (None: nothing tried)."""
    title = QCoreApplication.translate("ArgumentTransfer", "Import arguments")
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            title,
            "",
            _filter(),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        report = evidence.import_arguments(path)
        if report.refused and not report.written:
            if not confirm_partial_import(parent, evidence, report):
                return report
            report = evidence.import_arguments(path, partial=True)
    except api.EvidenceError as exc:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("ArgumentTransfer", "Cannot import {name}: {reason}").format(
                name=path.name, reason=evidence.reason(exc)
            ),
        )
        return None
    QMessageBox.information(parent, title, report_text(evidence, report))
    return report


def export_arguments_file(
    parent: QWidget | None,
    evidence: EvidenceDocument,
    path: Path | None = None,
    *,
    only_user: bool = False,
) -> int | None:
    """Write the arguments to CSV or JSON (by suffix); returns how many (None: not written)."""
    title = QCoreApplication.translate("ArgumentTransfer", "Export arguments")
    if path is None:
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            parent,
            title,
            "arguments.csv",
            _filter(),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".csv", ".json"):
            path = path.with_suffix(".json" if "json" in chosen_filter.lower() else ".csv")
    try:
        count = evidence.export_arguments(path, only_user=only_user)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("ArgumentTransfer", "Cannot write {path}: {reason}").format(
                path=path, reason=error_text(exc, str)
            ),
        )
        return None
    return count
