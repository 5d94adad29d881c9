"""What a matrix cell's context menu offers: every status the cell could take, each checked
against the scenario rules, so the menu never offers an edit that would be refused."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from regio_desktop.api import MEMBERSHIP_STATUSES
from regio_desktop.app.common.vocabulary_labels import is_active, status_label
from regio_desktop.app.documents.scenario_document import ScenarioDocument


@dataclass(frozen=True)
class MenuChoice:
    """One entry of a cell's context menu: set ``status`` (None: leave), allowed or not."""

    label: str
    status: str | None
    enabled: bool
    checked: bool


def membership_choices(document: ScenarioDocument, state: str, bloc: str) -> list[MenuChoice]:
    """Every status the cell could take, each checked against the scenario rules (api.validate)."""
    current = document.status(state, bloc)
    baseline = document.baseline_status(state, bloc)

    def allowed(status: str | None) -> bool:
        candidate = document.membership_candidate(state, bloc, status)
        return candidate != document.scenario and not document.candidate_problems(candidate)

    choices: list[MenuChoice] = []
    if document.is_edited(state, bloc):
        label = QCoreApplication.translate(
            "MembershipMatrix", "Back to baseline ({status})"
        ).format(
            status=status_label(baseline)
            or QCoreApplication.translate("MembershipMatrix", "not a member")
        )
        choices.append(MenuChoice(label, baseline or None, True, False))
    leave = QCoreApplication.translate("MembershipMatrix", "Leave {bloc}").format(bloc=bloc)
    choices.append(MenuChoice(leave, None, is_active(current) and allowed(None), False))
    for status in MEMBERSHIP_STATUSES:
        checked = status == current
        enabled = not checked and allowed(status)
        choices.append(MenuChoice(status_label(status), status, enabled, checked))
    return choices
