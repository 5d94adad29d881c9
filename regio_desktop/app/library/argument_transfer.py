"""Import and export of arguments from the window: file choice, the report, the partial import.

An import first runs whole-or-nothing; when rows are refused nothing is written and the analyst
reads which rows and why, then may import the valid rows anyway. The functions take a path so
that tests (and scripts) skip the file dialog; ``None`` asks with a QFileDialog.

A long import shows a progress dialog with Cancel. It runs in steps on the GUI thread rather
than in a worker: the store's one sqlite3 connection (and its search index) belongs to this
thread, and the core's progress callable lets the modal dialog process events between steps of
250 rows, so the window repaints and Cancel is heard. A cancel rolls the import's one
transaction back: nothing is written and nothing enters the history.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from regio_desktop import api
from regio_desktop.app.common.problem_texts import error_text
from regio_desktop.app.documents.evidence_document import EvidenceDocument

CONTEXT = "ArgumentTransfer"
PROGRESS_STEPS = 1000
"""The progress dialog's range: the core's share done, in thousandths."""
SHOWN_AFTER_MS = 400
"""A shorter import finishes without a progress dialog flashing up."""


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


def _import_with_progress(
    parent: QWidget | None, evidence: EvidenceDocument, path: Path, *, partial: bool
) -> api.ImportReport:
    """One import run behind a progress dialog whose Cancel stops it (api.ImportCancelled)."""
    dialog = QProgressDialog(
        QCoreApplication.translate("ArgumentTransfer", "Importing arguments from {name}…").format(
            name=path.name
        ),
        QCoreApplication.translate("ArgumentTransfer", "Cancel"),
        0,
        PROGRESS_STEPS,
        parent,
    )
    dialog.setObjectName("import_progress")
    dialog.setWindowTitle(QCoreApplication.translate("ArgumentTransfer", "Import arguments"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)  # setValue then processes events
    dialog.setMinimumDuration(SHOWN_AFTER_MS)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    try:
        return evidence.import_arguments(
            path,
            partial=partial,
            progress=lambda share: dialog.setValue(round(share * PROGRESS_STEPS)),
            should_cancel=dialog.wasCanceled,
        )
    finally:
        dialog.close()
        dialog.deleteLater()


def import_arguments_file(
    parent: QWidget | None, evidence: EvidenceDocument, path: Path | None = None
) -> api.ImportReport | None:
    """Import a CSV/JSON file of arguments; returns the final report (None: no file chosen,
    the file unreadable, or the import cancelled: nothing imported)."""
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
        report = _import_with_progress(parent, evidence, path, partial=False)
        if report.refused and not report.written:
            if not confirm_partial_import(parent, evidence, report):
                return report
            report = _import_with_progress(parent, evidence, path, partial=True)
    except api.ImportCancelled:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "ArgumentTransfer", "Import cancelled: nothing was imported from {name}."
            ).format(name=path.name),
        )
        return None
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
