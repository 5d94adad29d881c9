"""The session document: edits become undo commands that restore the exact previous scenario."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.documents.scenario_document import ScenarioDocument


def test_toggle_leaves_a_bloc_and_undo_restores_the_scenario(
    document: ScenarioDocument, qtbot: QtBot
) -> None:
    before = document.scenario
    with qtbot.waitSignal(document.changed):
        assert document.toggle_membership("KAZ", "CSTO")
    assert document.scenario.membership_edit("KAZ", "CSTO") == api.MembershipEdit(
        "KAZ", "CSTO", "leave"
    )
    assert document.status("KAZ", "CSTO") not in ("founding_member", "member")
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Kazakhstan leaves CSTO"
    document.undo_stack.undo()
    assert document.scenario == before
    assert document.status("KAZ", "CSTO") == "founding_member"
    document.undo_stack.redo()
    assert document.is_edited("KAZ", "CSTO")


def test_toggling_twice_returns_to_the_baseline(document: ScenarioDocument) -> None:
    document.toggle_membership("KAZ", "CSTO")
    document.toggle_membership("KAZ", "CSTO")
    assert document.scenario.memberships == ()
    assert document.status("KAZ", "CSTO") == "founding_member"
    assert document.undo_stack.count() == 2
    assert document.undo_stack.undoText() == "Kazakhstan joins CSTO as founding member"


def test_toggle_makes_an_observer_a_full_member(document: ScenarioDocument) -> None:
    assert document.baseline_status("UZB", "EAEU") == "observer"
    document.toggle_membership("UZB", "EAEU")
    assert document.status("UZB", "EAEU") == "member"
    assert document.undo_stack.undoText() == "Uzbekistan becomes member of EAEU"


def test_impossible_edit_is_refused_and_not_pushed(
    document: ScenarioDocument, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(document.edit_refused) as blocker:
        assert not document.set_membership("UZB", "CSTO", None)
    # worded for the window: names, not codes (the core's English keeps the codes)
    assert blocker.args[0] == (
        "Uzbekistan cannot leave Collective Security Treaty Organization: "
        "it is not a member in 2020."
    )
    assert document.undo_stack.count() == 0
    assert document.scenario.is_empty


def test_alignment_choice_and_back_to_baseline(document: ScenarioDocument) -> None:
    document.set_alignment("KAZ", "china-centred")
    assert document.scenario.alignment_map == {"KAZ": "china-centred"}
    assert document.evaluation.alignment["KAZ"] == "china-centred"
    assert document.undo_stack.undoText() == "Kazakhstan: China-centred"
    document.set_alignment("KAZ", "multi-vector")
    assert document.scenario.alignment_map == {}
    assert document.edit_count == 0


def test_year_changes_merge_into_one_undo_step(document: ScenarioDocument) -> None:
    document.set_year(2012)
    document.set_year(2010)
    assert document.scenario.year == 2010
    assert document.evaluation.year == 2010
    assert document.status("KAZ", "EAEU") == ""
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Baseline year 2010"
    document.undo_stack.undo()
    assert document.scenario.year is None
    assert document.evaluation.year == 2020


def test_an_edit_that_a_year_change_makes_impossible_is_reported(
    document: ScenarioDocument,
) -> None:
    document.toggle_membership("KAZ", "EAEU")
    assert document.problems() == []
    document.set_year(2010)
    assert any("KAZ cannot leave EAEU" in p.message for p in document.problems())
    assert (
        api.Problem("leave_not_member", {"state": "KAZ", "bloc": "EAEU", "year": 2010})
        in document.problems()
    )


def test_selection_signal_only_on_change(document: ScenarioDocument, qtbot: QtBot) -> None:
    with qtbot.waitSignal(document.selection_changed) as blocker:
        document.select_state("UZB")
    assert blocker.args == ["UZB"]
    with qtbot.assertNotEmitted(document.selection_changed):
        document.select_state("UZB")


def test_membership_edits_are_written_by_scenario_with_status(
    document: ScenarioDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The document asks ``Scenario.with_status`` for the edit, with the baseline status."""
    calls: list[tuple[str, str, str, str | None]] = []
    real = api.Scenario.with_status

    def spy(self: api.Scenario, baseline: str, state: str, bloc: str, status: str | None):
        calls.append((baseline, state, bloc, status))
        return real(self, baseline, state, bloc, status)

    monkeypatch.setattr(api.Scenario, "with_status", spy)
    assert document.set_membership("UZB", "EAEU", "member")
    assert calls[-1] == ("observer", "UZB", "EAEU", "member")
    assert document.scenario.membership_edit("UZB", "EAEU") == api.MembershipEdit(
        "UZB", "EAEU", "set_status", "member"
    )
