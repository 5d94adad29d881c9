"""data_notes(): the notes of the data rows a scenario rests on (#13 item 3)."""

from __future__ import annotations

import pytest

from regio_desktop import api


@pytest.fixture(scope="module")
def shipped() -> api.World:
    return api.load_world()


def test_the_edit_shows_the_note_of_the_row_it_departs_from(shipped: api.World) -> None:
    scenario = api.Scenario(year=2025).with_status("founding_member", "KAZ", "EAEU", None)
    notes = api.data_notes(shipped, scenario)
    assert [(n.state, n.choice, n.edited) for n in notes] == [("KAZ", "membership:EAEU", True)]
    assert "Astana treaty" in notes[0].note and notes[0].source == "eaeu_treaty_2014"


def test_a_states_notes_include_the_brics_reconciliation(shipped: api.World) -> None:
    scenario = api.Scenario(year=2025).with_status("founding_member", "KAZ", "EAEU", None)
    notes = api.data_notes(shipped, scenario, "KAZ")
    assert notes[0].choice == "membership:EAEU" and notes[0].edited
    brics = next(n for n in notes if n.choice == "membership:BRICS")
    assert brics.status == "partner_country" and not brics.edited
    assert "full membership is not on its agenda" in brics.note
    assert any(n.kind == "alignment" for n in notes)
    # Before 2025 Kazakhstan was no BRICS partner: no row, no note.
    earlier = api.data_notes(shipped, api.Scenario(year=2023), "KAZ")
    assert "membership:BRICS" not in {n.choice for n in earlier}


def test_rejoining_shows_the_withdrawal_and_a_first_joining_has_no_row(
    shipped: api.World,
) -> None:
    rejoin = api.Scenario().with_status("withdrawn", "UZB", "CSTO", "member")
    (note,) = api.data_notes(shipped, rejoin)
    assert (note.choice, note.status, note.edited) == ("membership:CSTO", "withdrawn", True)
    assert "withdrawal" in note.note
    first = api.Scenario().with_status("", "KAZ", "EU", "member")
    assert api.data_notes(shipped, first) == []
