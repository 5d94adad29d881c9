"""Live changes of a team database: the server's triggers announce every write, a listener
decodes them, and a dropped connection is reported as a problem (world/team_live.py)."""

from __future__ import annotations

import itertools
import select
import time

import pytest

from regio_desktop import api
from regio_desktop.world.team_live import (
    SILENCE_S,
    TeamChange,
    TeamListener,
    TeamLost,
    decode,
    retry_delays,
)
from tests.app.evidence_helpers import user_argument
from tests.postgres_server import PostgresServer
from tests.tcp_proxy import SilentProxy

_numbers = itertools.count(1)


@pytest.fixture
def team_url(postgres: PostgresServer, tiny_team_template: str) -> str:
    """A fresh team database holding the tiny world (its source 'fixture'), as its owner."""
    return postgres.create_database(f"live_{next(_numbers)}", template=tiny_team_template)


def _wait(listener: TeamListener, seconds: float = 2.0) -> list[TeamChange]:
    """What arrives within ``seconds``, waiting on the socket as the window does."""
    changes: list[TeamChange] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ready, _, _ = select.select([listener.fileno()], [], [], end - time.monotonic())
        if ready:
            changes += listener.drain()
            if changes:
                return changes
    return changes


def test_any_clients_write_of_an_argument_is_announced_with_its_id(team_url: str) -> None:
    listener = TeamListener(api.team_address(team_url))
    store = api.ArgumentStore(team_url)
    try:
        store.add_argument(user_argument(claim="Seen live."))
        changes = _wait(listener)
        assert {(c.kind, c.record_id, c.op) for c in changes} >= {
            ("argument", "user_0001", "insert")
        }
        assert all(c.by == "regio_admin" for c in changes)
        assert all(c.backend != listener.backend for c in changes)
        store.delete_argument("user_0001")
        changes = _wait(listener)
        assert ("argument", "user_0001", "delete") in {(c.kind, c.record_id, c.op) for c in changes}
        # an argument's states are part of it: their rows going is no deletion of a source etc.
        assert {c.kind for c in changes} == {"argument"}
    finally:
        store.close()
        listener.close()


def test_a_scenario_version_is_announced_with_its_number(team_url: str) -> None:
    listener = TeamListener(api.team_address(team_url))
    try:
        api.save_team_scenario(
            api.team_address(team_url), api.Scenario(name="Desk view", year=2020), "first"
        )
        changes = _wait(listener)
        assert [(c.kind, c.record_id, c.op, c.version) for c in changes] == [
            ("scenario", "Desk view", "insert", 1)
        ]
    finally:
        listener.close()


def test_a_deck_version_is_announced_with_its_number(team_url: str) -> None:
    listener = TeamListener(api.team_address(team_url))
    try:
        api.save_team_deck(api.team_address(team_url), api.Deck(title="Room deck"), "first")
        changes = _wait(listener)
        assert [(c.kind, c.record_id, c.op, c.version) for c in changes] == [
            ("deck", "Room deck", "insert", 1)
        ]
    finally:
        listener.close()


def test_a_terminated_listener_is_lost_with_the_servers_problem(
    postgres: PostgresServer, team_url: str
) -> None:
    listener = TeamListener(api.team_address(team_url))
    database = team_url.rsplit("/", 1)[1]
    postgres.sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{database}' AND application_name = 'regio-desktop-live'"
    )
    with pytest.raises(TeamLost) as lost:
        _wait(listener)
    assert lost.value.problem.code == "team_server_unreachable"
    listener.close()


def test_payloads_from_elsewhere_are_ignored_and_the_backoff_grows_to_a_ceiling() -> None:
    assert decode("not json") is None
    assert decode('{"kind": "poll", "id": "x", "op": "insert"}') is None
    assert decode('{"kind": "argument", "id": 7, "op": "insert"}') is None
    change = decode('{"kind": "source", "id": "s1", "op": "update", "by": "bob"}', 42)
    assert change == TeamChange("source", "s1", "update", "bob", None, 42)
    delays = retry_delays()
    assert [next(delays) for _ in range(8)] == [1, 2, 4, 8, 16, 30, 30, 30]


def test_a_server_gone_silent_behind_a_proxy_is_lost_after_an_unanswered_sign_of_life(
    postgres: PostgresServer, team_url: str
) -> None:
    """Keepalives cannot see a proxy that stops forwarding; the sign of life does."""
    proxy = SilentProxy(postgres.port)
    try:
        listener = TeamListener(api.team_address(proxy.url(team_url, postgres.port)))
        # answered signs of life are taken quietly, and announcements still arrive with them
        for _ in range(3):
            listener.heartbeat()
            assert _wait(listener, 1.0) == []
            assert listener._asked is None  # answered
        store = api.ArgumentStore(team_url)
        try:
            listener.heartbeat()
            store.add_argument(user_argument(claim="Heard next to a sign of life."))
            changes = _wait(listener)
            changes += _wait(listener, 0.5)
            assert [c.record_id for c in changes if c.kind == "argument"][:1] == ["user_0001"]
        finally:
            store.close()
        proxy.silence()
        asked = time.monotonic()
        listener.heartbeat(now=asked)
        assert _wait(listener, 1.0) == []  # no answer comes through
        listener.heartbeat(now=asked + SILENCE_S / 2)  # still within the allowance
        with pytest.raises(TeamLost) as lost:
            listener.heartbeat(now=asked + SILENCE_S + 0.1)
        assert lost.value.problem.code == "team_server_silent"
        assert lost.value.problem.params["server"] == f"127.0.0.1:{proxy.port}"
        listener.close()
    finally:
        proxy.close()
