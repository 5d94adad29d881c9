"""The Scenario value: edits replace edits of the same thing, order does not matter, undo is exact."""

from __future__ import annotations

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
