"""The Scenario value: edits replace edits of the same thing, order does not matter, undo is exact."""

from __future__ import annotations

import pytest

from regio_desktop.scenario.model import MembershipEdit, Scenario


def test_same_state_and_bloc_edit_replaces() -> None:
    s = Scenario().with_membership(MembershipEdit("KAZ", "CSTO", "leave"))
    s = s.with_membership(MembershipEdit("KAZ", "CSTO", "set_status", "observer"))
    assert s.memberships == (MembershipEdit("KAZ", "CSTO", "set_status", "observer"),)


def test_order_of_independent_edits_does_not_matter() -> None:
    a, b = MembershipEdit("KAZ", "CSTO", "leave"), MembershipEdit("UZB", "EAEU", "join", "member")
    one = Scenario().with_membership(a).with_membership(b).with_alignment("KAZ", "multi-vector")
    two = Scenario().with_alignment("KAZ", "multi-vector").with_membership(b).with_membership(a)
    assert one == two
    assert hash(one) == hash(two)


def test_removing_edits_returns_to_the_empty_scenario() -> None:
    s = Scenario(year=2020).with_membership(MembershipEdit("KAZ", "CSTO", "leave"))
    s = s.with_alignment("KAZ", "china-centred")
    assert not s.is_empty
    back = s.without_membership("KAZ", "CSTO").with_alignment("KAZ", None)
    assert back == Scenario(year=2020)
    assert back.is_empty


@pytest.mark.parametrize(
    ("baseline", "status", "expected"),
    [
        ("founding_member", None, MembershipEdit("KAZ", "CSTO", "leave")),
        ("suspended", None, MembershipEdit("KAZ", "CSTO", "leave")),
        ("observer", "member", MembershipEdit("KAZ", "CSTO", "set_status", "member")),
        ("founding_member", "member", MembershipEdit("KAZ", "CSTO", "set_status", "member")),
        ("", "member", MembershipEdit("KAZ", "CSTO", "join", "member")),
        ("withdrawn", "observer", MembershipEdit("KAZ", "CSTO", "join", "observer")),
        ("suspended", "member", MembershipEdit("KAZ", "CSTO", "join", "member")),
    ],
)
def test_with_status_writes_the_smallest_edit_from_the_baseline(
    baseline: str, status: str | None, expected: MembershipEdit
) -> None:
    assert Scenario().with_status(baseline, "KAZ", "CSTO", status).memberships == (expected,)


@pytest.mark.parametrize(("baseline", "status"), [("", None), ("member", "member")])
def test_with_status_back_to_the_baseline_drops_the_edit(baseline: str, status: str | None) -> None:
    edited = Scenario(year=2020).with_membership(MembershipEdit("KAZ", "CSTO", "join", "observer"))
    assert edited.with_status(baseline, "KAZ", "CSTO", status) == Scenario(year=2020)
    assert Scenario().with_status(baseline, "KAZ", "CSTO", status) == Scenario()


def test_with_status_replaces_an_earlier_edit_of_the_pair() -> None:
    s = Scenario().with_status("member", "KAZ", "CSTO", None)
    s = s.with_status("member", "KAZ", "CSTO", "observer")
    assert s.memberships == (MembershipEdit("KAZ", "CSTO", "set_status", "observer"),)


def test_toggled_status_is_the_matrix_rule() -> None:
    """An edited cell goes back to its baseline; a full member leaves; anyone else joins."""
    from regio_desktop.scenario.model import toggled_status

    assert toggled_status("observer", "withdrawn", edited=True) == "observer"
    assert toggled_status("", "member", edited=True) is None
    assert toggled_status("founding_member", "founding_member", edited=False) is None
    assert toggled_status("member", "member", edited=False) is None
    assert toggled_status("observer", "observer", edited=False) == "member"
    assert toggled_status("", "", edited=False) == "member"


def test_edited_states_are_each_state_once_in_the_order_of_the_edits() -> None:
    from regio_desktop.scenario.model import MembershipEdit, Scenario

    scenario = (
        Scenario()
        .with_membership(MembershipEdit("UZB", "EAEU", "join", "member"))
        .with_membership(MembershipEdit("KAZ", "CSTO", "leave"))
        .with_alignment("KAZ", "china-centred")
        .with_alignment("ARM", "multi-vector")
    )
    # memberships are kept sorted, then the alignments' states not yet named
    assert scenario.edited_states == ("KAZ", "UZB", "ARM")
    assert Scenario().edited_states == ()
