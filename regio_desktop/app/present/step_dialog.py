"""Editing one step of a deck: its title, question, notes, what the map shows, whose arguments
are shown, and the options the room can choose (one a line; counts stay with their label)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import indicator_title

MAX_OPTIONS = 12


def options_from_lines(text: str, before: tuple[api.Option, ...]) -> tuple[api.Option, ...]:
    """The options written one a line (blank lines and repeats dropped, at most 12), each with
    the count its label had before."""
    counts = {option.label: option.count for option in before}
    labels = list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))
    return tuple(api.Option(label, counts.get(label, 0)) for label in labels[:MAX_OPTIONS])


class StepDialog(QDialog):
    """A form over one step; ``step()`` is the edited step (its scenario unchanged)."""

    def __init__(
        self, step: api.Step, world: api.World, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit step"))
        self.original = step
        self.title_edit = QLineEdit(step.title)
        self.question_edit = QLineEdit(step.question)
        self.notes_edit = QPlainTextEdit(step.notes)
        self.notes_edit.setPlaceholderText(self.tr("Only you see these, not the room"))
        self.colour_combo = QComboBox()
        self.colour_combo.addItem(self.tr("Alignment"), "alignment")
        for bloc in world.bloc_codes:
            self.colour_combo.addItem(
                self.tr("Membership of {bloc}").format(bloc=world.name(bloc, language)), bloc
            )
        for info in api.INDICATORS:
            if info.level == "state":
                self.colour_combo.addItem(indicator_title(info.code), info.code)
        self.colour_combo.setCurrentIndex(max(self.colour_combo.findData(step.colour_by), 0))
        self.show_combo = QComboBox()
        self.show_combo.addItem(self.tr("Change against the baseline"), "change")
        self.show_combo.addItem(self.tr("Value"), "value")
        self.show_combo.setCurrentIndex(max(self.show_combo.findData(step.show), 0))
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("The first state the scenario edits"), "")
        for code in world.states_shown(False, [step.state] if step.state else []):
            self.state_combo.addItem(world.name(code, language), code)
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(step.state), 0))
        self.options_edit = QPlainTextEdit("\n".join(o.label for o in step.options))
        self.options_edit.setPlaceholderText(self.tr("One answer a line, such as Yes and No"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Question to the room:"), self.question_edit)
        form.addRow(self.tr("Speaker &notes:"), self.notes_edit)
        form.addRow(self.tr("The &map shows:"), self.colour_combo)
        form.addRow(self.tr("An indicator's:"), self.show_combo)
        form.addRow(self.tr("&Arguments of:"), self.state_combo)
        form.addRow(self.tr("The room's &options:"), self.options_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.title_edit.textChanged.connect(self._check)
        self.colour_combo.currentIndexChanged.connect(self._check)
        self._check()
        self.resize(640, 520)

    def _check(self) -> None:
        ok = bool(self.title_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        code = str(self.colour_combo.currentData())
        self.show_combo.setEnabled(code in {i.code for i in api.INDICATORS})

    def step(self) -> api.Step:
        return replace(
            self.original,
            title=self.title_edit.text().strip(),
            question=self.question_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(),
            colour_by=str(self.colour_combo.currentData()),
            show=str(self.show_combo.currentData()),
            state=str(self.state_combo.currentData() or ""),
            options=options_from_lines(self.options_edit.toPlainText(), self.original.options),
        )
