"""The suite's own PostgreSQL server (tests/postgres_server.py) runs, unprivileged, and answers."""

from __future__ import annotations

from pathlib import Path

import psycopg

from tests.postgres_server import PostgresServer


def test_the_server_answers_on_localhost_with_a_password(postgres: PostgresServer) -> None:
    with psycopg.connect(postgres.url()) as con:
        row = con.execute("SELECT current_user, inet_server_addr()::text, version()").fetchone()
    assert row is not None
    assert row[0] == "regio_admin"
    assert row[1].startswith("127.0.0.1")
    assert row[2].startswith("PostgreSQL")


def test_the_server_does_not_run_as_root(postgres: PostgresServer) -> None:
    pid = int((postgres.data / "postmaster.pid").read_text().split()[0])
    assert (postgres.data / "postmaster.pid").stat().st_uid != 0
    status = Path(f"/proc/{pid}/status").read_text()
    uid_line = next(line for line in status.splitlines() if line.startswith("Uid:"))
    assert uid_line.split()[1] != "0"


def test_a_wrong_password_is_refused(postgres: PostgresServer) -> None:
    import pytest

    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(postgres.url(password="wrong"), connect_timeout=5).close()
