"""File actions on scenarios (new, open, presets, save, save as, rename, duplicate, close,
next/previous) and exports (report PDF, indicator table CSV/XLSX), as QActions with shortcuts.

Each handler that needs a file or a name takes it as an optional argument, so tests drive the same
code a menu does without a dialog; with no argument it asks the user.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QCursor, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from regio_desktop import api
from regio_desktop.api import evaluation_table, preset_scenario_paths, save_table
from regio_desktop.app.common.problem_texts import error_text
from regio_desktop.app.documents.scenario_session import SUFFIX, ScenarioSession
from regio_desktop.app.shell.scenario_properties_dialog import ScenarioPropertiesDialog
from regio_desktop.app.shell.settings import AppSettings


class ScenarioFileActions(QObject):
    """The actions and their handlers; the main window puts them in menus and the toolbar."""

    def __init__(self, session: ScenarioSession, settings: AppSettings, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.settings = settings
        self.window = window
        self.last_warning = ""
        self.properties_dialog: ScenarioPropertiesDialog | None = None
        self.new_action = self._action(
            self.tr("&New scenario"),
            QKeySequence.StandardKey.New,
            self.tr("Start an empty scenario on the latest year"),
            lambda: self.new_scenario(),
        )
        self.open_action = self._action(
            self.tr("&Open scenario…"),
            QKeySequence.StandardKey.Open,
            self.tr("Open a .regio.json scenario file"),
            lambda: self.open_scenario(),
        )
        self.presets_action = self._action(
            self.tr("Open &preset scenarios"),
            "Ctrl+Shift+P",
            self.tr("Add the scenarios from the literature to the list"),
            lambda: self.open_presets(),
        )
        self.save_action = self._action(
            self.tr("&Save scenario"),
            QKeySequence.StandardKey.Save,
            self.tr("Save the current scenario to its file"),
            lambda: self.save(),
        )
        self.save_as_action = self._action(
            self.tr("Save scenario &as…"),
            QKeySequence.StandardKey.SaveAs,
            self.tr("Save the current scenario to a new file"),
            lambda: self.save_as(),
        )
        self.rename_action = self._action(
            self.tr("Scenario &properties…"),
            "F2",
            self.tr("Name, describe and annotate the current scenario"),
            lambda: self.rename(),
        )
        self.duplicate_action = self._action(
            self.tr("&Duplicate scenario"),
            "Ctrl+D",
            self.tr("Copy the current scenario as a new one"),
            lambda: self.duplicate(),
        )
        self.close_action = self._action(
            self.tr("&Close scenario"),
            QKeySequence.StandardKey.Close,
            self.tr("Close the current scenario"),
            lambda: self.close_scenario(),
        )
        self.next_action = self._action(
            self.tr("Ne&xt scenario"),
            "Ctrl+PgDown",
            self.tr("Show the next open scenario"),
            lambda: session.step(1),
        )
        self.previous_action = self._action(
            self.tr("Pre&vious scenario"),
            "Ctrl+PgUp",
            self.tr("Show the previous open scenario"),
            lambda: session.step(-1),
        )
        self.report_action = self._action(
            self.tr("Export &report (PDF)…"),
            QKeySequence.StandardKey.Print,
            self.tr("Write a PDF report of the current scenario"),
            lambda: self.export_report(),
        )
        self.table_action = self._action(
            self.tr("&Export indicators (CSV, XLSX)…"),
            "Ctrl+E",
            self.tr("Save the indicator table with baselines and deltas"),
            lambda: self.export_table(),
        )
        session.entries_changed.connect(self._update)
        self._update()

    def _action(
        self, text: str, shortcut: QKeySequence.StandardKey | str, tip: str, slot: object
    ) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(
            f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.setStatusTip(tip)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    def actions(self) -> list[QAction]:
        return [
            self.new_action,
            self.open_action,
            self.presets_action,
            self.save_action,
            self.save_as_action,
            self.rename_action,
            self.duplicate_action,
            self.close_action,
            self.next_action,
            self.previous_action,
            self.report_action,
            self.table_action,
        ]

    def _update(self) -> None:
        several = len(self.session.entries) > 1
        self.next_action.setEnabled(several)
        self.previous_action.setEnabled(several)

    def _warn(self, title: str, message: str) -> None:
        """Show a problem without blocking (window-modal sheet); kept for tests to read."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_warning = message

    # --- scenarios -----------------------------------------------------------------------------
    def new_scenario(self) -> None:
        self.session.new(self.tr("Untitled scenario"))

    def open_scenario(self, path: Path | None = None) -> bool:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Open scenario"),
                "",
                self.tr("Scenarios (*{suffix} *.json)").format(suffix=SUFFIX),
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            self.session.open_file(path)
        except (OSError, api.ScenarioFileError, api.ScenarioError) as exc:
            self._warn(
                self.tr("Open scenario"),
                self.tr("Cannot open {path}:\n{reason}").format(
                    path=path, reason=error_text(exc, self.session.document.name)
                ),
            )
            return False
        self.settings.add_recent_scenario(str(path))
        return True

    def open_presets(self) -> None:
        problems = self.session.open_presets(preset_scenario_paths())
        if problems:
            self._warn(self.tr("Preset scenarios"), "\n".join(problems))

    def save(self) -> bool:
        entry = self.session.entry
        if entry.path is None or entry.preset:
            return self.save_as()
        return self._write(None)

    def save_as(self, path: Path | None = None) -> bool:
        if path is None:
            suggested = self.session.entry.scenario.name.replace("/", "-") + SUFFIX
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Save scenario as"),
                suggested,
                self.tr("Scenarios (*{suffix})").format(suffix=SUFFIX),
            )
            if not chosen:
                return False
            path = Path(chosen)
        return self._write(path)

    def _reason(self, error: Exception) -> str:
        """Why a save or export failed, in the user's language."""
        return error_text(error, self.session.document.name)

    def _write(self, path: Path | None) -> bool:
        try:
            written = self.session.save(path)
        except (OSError, ValueError) as exc:
            self._warn(
                self.tr("Save scenario"),
                self.tr("Cannot save: {reason}").format(reason=self._reason(exc)),
            )
            return False
        self.settings.add_recent_scenario(str(written))
        return True

    def rename(self, name: str | None = None) -> None:
        """Edit the name, description and notes in one dialog (or set ``name`` directly)."""
        if name is not None:
            if name.strip():
                self.session.rename(name.strip())
            return
        dialog = ScenarioPropertiesDialog(self.session.entry.scenario, self.window)
        self.properties_dialog = dialog  # reachable by tests while it is open
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            self.session.rename(*dialog.values())
        finally:
            self.properties_dialog = None
            dialog.deleteLater()

    def duplicate(self) -> None:
        self.session.duplicate(
            self.tr("{name} (copy)").format(name=self.session.entry.scenario.name)
        )

    def close_scenario(self) -> None:
        if self.session.entry.dirty and not self._confirm([self.session.entry.scenario.name]):
            return
        self.session.close_current()

    def _confirm(self, names: list[str]) -> bool:
        """Ask before losing edits: Save (then close), Discard, or Cancel. True means go on."""
        answer = self.ask_unsaved(names)
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            for index, entry in enumerate(list(self.session.entries)):
                if entry.dirty:
                    self.session.switch(index)
                    if not self.save():
                        return False
        return True

    def ask_unsaved(self, names: list[str]) -> QMessageBox.StandardButton:
        """The Save / Discard / Cancel question (tests replace it with a fixed answer)."""
        return QMessageBox.question(
            self.window,
            self.tr("Unsaved scenarios"),
            self.tr("These scenarios have unsaved changes:\n{names}\n\nSave them first?").format(
                names="\n".join(f"• {n}" for n in names)
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def confirm_quit(self) -> bool:
        """Called when the window closes: True when nothing unsaved would be lost."""
        dirty = self.session.dirty_entries()
        return not dirty or self._confirm([e.scenario.name for e in dirty])

    # --- exports -------------------------------------------------------------------------------
    def export_report(self, path: Path | None = None) -> bool:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export report"),
                self.session.entry.scenario.name + ".pdf",
                self.tr("PDF (*.pdf)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        from regio_desktop.app.report.pdf_export import write_report_pdf

        document = self.session.document
        # A few seconds of ranges over the estimates (none when the charts computed them).
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            write_report_pdf(document.world, document.scenario, path, self.settings.language)
        except (OSError, RuntimeError) as exc:
            QApplication.restoreOverrideCursor()  # before the message box, not after it
            self._warn(
                self.tr("Export report"),
                self.tr("Cannot write {path}: {reason}").format(
                    path=path, reason=self._reason(exc)
                ),
            )
            return False
        except BaseException:
            QApplication.restoreOverrideCursor()
            raise
        QApplication.restoreOverrideCursor()
        return True

    def export_table(self, path: Path | None = None) -> bool:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export indicators"),
                self.session.entry.scenario.name + ".xlsx",
                self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            save_table(evaluation_table(self.session.document.evaluation), path)
        except (OSError, ValueError) as exc:
            self._warn(
                self.tr("Export indicators"),
                self.tr("Cannot write {path}: {reason}").format(
                    path=path, reason=self._reason(exc)
                ),
            )
            return False
        return True
