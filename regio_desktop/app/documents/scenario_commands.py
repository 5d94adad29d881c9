"""Undoable edits of the open scenario: each keeps the scenario before and after.

A command applies a pure scenario edit computed beforehand, so undo restores the exact previous
value (scenarios are frozen and compare by value). Command names are translated and read like
the edit: "KAZ leaves CSTO", "KAZ: China-centred", "Baseline year 2015".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from regio_desktop import api
from regio_desktop.app.common.bloc_labels import bloc_short_name
from regio_desktop.app.common.vocabulary_labels import alignment_label, is_active, status_label

if TYPE_CHECKING:
    from regio_desktop.app.documents.scenario_document import ScenarioDocument

YEAR_COMMAND_ID = 1991


class ScenarioEditCommand(QUndoCommand):
    """Replace the document's scenario ``before`` by ``after``; undo puts ``before`` back."""

    def __init__(
        self, document: ScenarioDocument, after: api.Scenario, text: str, merge_id: int = -1
    ) -> None:
        super().__init__(text)
        self.document = document
        self.before = document.scenario
        self.after = after
        self._merge_id = merge_id

    def redo(self) -> None:
        self.document.replace_scenario(self.after)

    def undo(self) -> None:
        self.document.replace_scenario(self.before)

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Consecutive year changes merge into one step, so spinning through years is one undo."""
        if not isinstance(other, ScenarioEditCommand) or other.id() != self.id() or self.id() < 0:
            return False
        self.after = other.after
        self.setText(other.text())
        return True


def membership_command(
    document: ScenarioDocument, state: str, bloc: str, status: str | None, after: api.Scenario
) -> ScenarioEditCommand:
    if status is None:
        text = QCoreApplication.translate("UndoCommands", "{state} leaves {bloc}")
    elif is_active(document.status(state, bloc)):
        text = QCoreApplication.translate("UndoCommands", "{state} becomes {status} of {bloc}")
    else:
        text = QCoreApplication.translate("UndoCommands", "{state} joins {bloc} as {status}")
    # Named as the analyst reads them (the state's name, the bloc's short name), not by code.
    text = text.format(
        state=document.name(state), bloc=bloc_short_name(bloc), status=status_label(status)
    )
    return ScenarioEditCommand(document, after, text)


def alignment_command(
    document: ScenarioDocument, state: str, alignment: str | None, after: api.Scenario
) -> ScenarioEditCommand:
    label = alignment_label(alignment) or QCoreApplication.translate("UndoCommands", "no alignment")
    text = QCoreApplication.translate("UndoCommands", "{state}: {alignment}").format(
        state=document.name(state), alignment=label
    )
    return ScenarioEditCommand(document, after, text)


def year_command(document: ScenarioDocument, year: int, after: api.Scenario) -> ScenarioEditCommand:
    text = QCoreApplication.translate("UndoCommands", "Baseline year {year}").format(year=year)
    return ScenarioEditCommand(document, after, text, merge_id=YEAR_COMMAND_ID)


def rename_command(
    document: ScenarioDocument, name: str, after: api.Scenario
) -> ScenarioEditCommand:
    if name != document.scenario.name:
        text = QCoreApplication.translate("UndoCommands", "Rename to “{name}”").format(name=name)
    else:
        text = QCoreApplication.translate(
            "UndoCommands", "Edit the scenario's description or notes"
        )
    return ScenarioEditCommand(document, after, text)
