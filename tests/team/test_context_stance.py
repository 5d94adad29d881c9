"""Migration 0009 on a team database (#12 item 5): PostgreSQL drops and adds the stance CHECK,
keeps the team's rows, and maps a context row down to the older convention and back."""

from __future__ import annotations

import dataclasses

import psycopg
import pytest

from regio_desktop import api
from tests.team.test_team_store import _record
from tests.team.test_team_world import _migrate

PHRASE = "Context rather than an argument for a choice: "


def _rows(team_url: str) -> dict[str, tuple[str, str, list[str]]]:
    """The team's own arguments and the shipped arg_020: id -> (stance, claim, states)."""
    with psycopg.connect(team_url) as con:
        rows = con.execute(
            "SELECT a.id, a.stance, a.claim, "
            "array(SELECT s.state_iso3 FROM argument_states s WHERE s.argument_id = a.id) "
            "FROM arguments a WHERE a.origin = 'user' OR a.id = 'arg_020' ORDER BY a.id"
        ).fetchall()
    return {r[0]: (r[1], r[2], list(r[3])) for r in rows}


def test_a_team_context_row_goes_down_as_the_older_convention_and_comes_back(
    team_url: str,
) -> None:
    store = api.ArgumentStore(team_url)
    try:
        store.add_argument(
            dataclasses.replace(
                _record("desk_0901"), stance="context", claim="The corridor is described."
            )
        )
        store.add_argument(_record("desk_0902"))
    finally:
        store.close()
    before = _rows(team_url)
    assert before["desk_0901"] == ("context", "The corridor is described.", ["KAZ"])
    assert before["arg_020"][0] == "context"  # a shipped row, which the team keeps too
    _migrate(team_url, "0008", down=True)
    down = _rows(team_url)
    assert down["desk_0901"] == ("for", PHRASE + "The corridor is described.", ["KAZ"])
    assert down["desk_0902"] == before["desk_0902"]
    assert down["arg_020"][:2] == ("for", PHRASE + before["arg_020"][1])
    with psycopg.connect(team_url) as con, pytest.raises(psycopg.errors.CheckViolation):
        con.execute("UPDATE arguments SET stance = 'context' WHERE id = 'desk_0902'")
    _migrate(team_url, "head")
    assert _rows(team_url) == before
    with psycopg.connect(team_url) as con, pytest.raises(psycopg.errors.CheckViolation):
        con.execute("UPDATE arguments SET stance = 'neutral' WHERE id = 'desk_0902'")
