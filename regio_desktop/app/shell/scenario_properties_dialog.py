"""The scenario's name, description and notes, edited together (Scenario > Properties, F2).

The notes are the analyst's own reasoning and caveats: they are saved in the scenario file and
printed in the report, so they belong with the name rather than in a separate editor.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from regio_desktop import api


class ScenarioPropertiesDialog(QDialog):
    """Edit a scenario's name, description and notes; OK is refused for an empty name."""

    def __init__(self, scenario: api.Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scenario properties"))
        self.name_edit = QLineEdit(scenario.name)
        self.name_edit.setMaxLength(300)  # as a scenario file allows
        self.description_edit = QPlainTextEdit(scenario.description)
        self.description_edit.setPlaceholderText(self.tr("One or two sentences: what is assumed"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.notes_edit = QPlainTextEdit(scenario.notes)
        self.notes_edit.setPlaceholderText(
            self.tr("Your reasoning, caveats, what to check next (printed in the report)")
        )
        self.notes_edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        form.addRow(self.buttons)
        self.resize(560, 420)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> tuple[str, str, str]:
        """The name (trimmed), description and notes as typed."""
        return (
            self.name_edit.text().strip(),
            self.description_edit.toPlainText().strip(),
            self.notes_edit.toPlainText().rstrip(),
        )
