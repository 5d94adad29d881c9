"""The team database keeps its own audit and versions (#17): the server's triggers write them,
so that an editor's client cannot skip or forge them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import psycopg
import pytest

from regio_desktop import api
from regio_desktop.cli import main
from tests.postgres_server import PostgresServer
from tests.team.test_team_store import _record


def _editor(
    postgres: PostgresServer, team_url: str, login: Callable[[str], str]
) -> tuple[str, str]:
    database = team_url.rsplit("/", 1)[1]
    editor = login("editor")
    assert main(["db", "grant", team_url, "--user", editor, "--role", "editor"]) == 0
    return editor, postgres.url(database, editor, "pw")


def test_an_editors_writes_are_audited_under_their_role_and_the_audit_is_read_only_to_them(
    postgres: PostgresServer, team_url: str, login: Callable[[str], str]
) -> None:
    editor, as_editor = _editor(postgres, team_url, login)
    store = api.ArgumentStore(as_editor)
    try:
        store.add_argument(_record("desk_0101"))
        read = store.argument("desk_0101")
        store.update_argument(dataclasses.replace(read, strength=3))
        history = store.history(api.ARGUMENT_KIND, "desk_0101")
    finally:
        store.close()
    assert [(r.who, r.action, r.row_version) for r in history] == [
        (editor, "update", 2),
        (editor, "insert", 1),
    ]
    with psycopg.connect(as_editor) as con:
        for forged in (
            "INSERT INTO audit (at, who, table_name, record_id, action, row_version) "
            "VALUES (now(), 'someone', 'arguments', 'desk_0101', 'delete', 9)",
            "UPDATE audit SET who = 'someone'",
            "DELETE FROM audit",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(forged)  # type: ignore[arg-type]
            con.rollback()


def test_the_server_raises_the_version_whatever_a_client_writes(team_url: str) -> None:
    """A client that skips the store (psql, a script) still moves the version on, so a store's
    edit read before it is refused."""
    store = api.ArgumentStore(team_url)
    try:
        store.add_argument(_record("desk_0102"))
        read = store.argument("desk_0102")
        with psycopg.connect(team_url) as con:
            con.execute(
                "UPDATE arguments SET claim = 'Raw edit.', row_version = 1 WHERE id = 'desk_0102'"
            )
        assert store.argument("desk_0102").row_version == 2
        with pytest.raises(api.RecordConflict):
            store.update_argument(dataclasses.replace(read, claim="Mine."))
        assert store.argument("desk_0102").claim == "Raw edit."
    finally:
        store.close()


def test_the_audit_verb_prints_the_team_databases_audit(
    team_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store = api.ArgumentStore(team_url)
    try:
        store.add_argument(_record("desk_0103"))
        store.update_argument(dataclasses.replace(store.argument("desk_0103"), strength=1))
    finally:
        store.close()
    capsys.readouterr()
    assert main(["audit", "--db", team_url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "at_utc,who,table,record,action,version"
    assert [line.split(",")[1:] for line in lines[1:]] == [
        ["regio_admin", "arguments", "desk_0103", "update", "2"],
        ["regio_admin", "arguments", "desk_0103", "insert", "1"],
    ]
    code = main(["audit", "--db", "postgresql://nobody@127.0.0.1:1/none"])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and "does not answer" in err and err.count("\n") == 1
