"""Arguments in a team database: shared between stores, written only by editors (#17)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from regio_desktop import api
from regio_desktop.cli import main
from tests.postgres_server import PostgresServer

HEADER = (
    "id,claim,stance,target_kind,target,states,themes,indicators,strength,source,location,quote"
)


def _csv(tmp_path: Path, argument_id: str) -> Path:
    path = tmp_path / f"{argument_id}.csv"
    path.write_text(
        f"{HEADER}\n{argument_id},Transit across the Caspian lowers dependence on Russia.,for,"
        "alignment,multi-vector,KAZ,trade_transit,,2,aiib_members,p. 3,\n",
        encoding="utf-8",
    )
    return path


def _roles(postgres: PostgresServer, team_url: str, login: Callable[[str], str]) -> tuple[str, str]:
    """An editor's and a viewer's addresses on the test's team database."""
    database = team_url.rsplit("/", 1)[1]
    editor, viewer = login("editor"), login("viewer")
    assert main(["db", "grant", team_url, "--user", editor, "--role", "editor"]) == 0
    assert main(["db", "grant", team_url, "--user", viewer, "--role", "viewer"]) == 0
    return postgres.url(database, editor, "pw"), postgres.url(database, viewer, "pw")


def _record(argument_id: str) -> api.ArgumentRecord:
    return api.ArgumentRecord(
        id=argument_id,
        claim="The Middle Corridor gives Kazakhstan a second route west.",
        stance="for",
        target_kind="alignment",
        target="multi-vector",
        source="aiib_members",
        states=("KAZ",),
        themes=("trade_transit",),
        strength=2,
    )


def test_an_editor_imports_and_a_viewer_is_refused_by_the_server(
    postgres: PostgresServer,
    team_url: str,
    login: Callable[[str], str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    as_editor, as_viewer = _roles(postgres, team_url, login)
    capsys.readouterr()
    code = main(["import", "arguments", str(_csv(tmp_path, "desk_0001")), "--db", as_editor])
    out, _ = capsys.readouterr()
    assert code == 0 and "1 argument(s) and 0 source(s) imported" in out
    code = main(["export", "arguments", "--db", as_viewer])
    out, _ = capsys.readouterr()
    assert code == 0 and "desk_0001,Transit across the Caspian" in out
    code = main(["import", "arguments", str(_csv(tmp_path, "desk_0002")), "--db", as_viewer])
    out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "refused the change" in err and "may not write arguments" in err
    assert "(a viewer only reads); nothing was saved" in err
    with psycopg.connect(team_url) as con:
        assert con.execute("SELECT count(*) FROM arguments WHERE id = 'desk_0002'").fetchone() == (
            0,
        )


def test_a_store_as_viewer_gets_the_refusal_as_a_problem(
    postgres: PostgresServer, team_url: str, login: Callable[[str], str]
) -> None:
    _, as_viewer = _roles(postgres, team_url, login)
    store = api.ArgumentStore(as_viewer)
    try:
        assert "arg_001" in store.arguments().index
        reads_only = store.login_refusal()  # asked of the server, for the window to grey writes
        assert reads_only is not None and reads_only.code == "team_login_reads_only"
        assert reads_only.params["user"] == as_viewer.split("//")[1].split(":")[0]
        with pytest.raises(api.EvidenceError) as refused:
            store.add_argument(_record("desk_0003"))
    finally:
        store.close()
    assert [p.code for p in refused.value.problems] == ["team_write_refused"]
    assert refused.value.problems[0].params["table"] == "arguments"


def test_what_one_editor_adds_another_reads_and_shipped_rows_stay_shipped(
    postgres: PostgresServer, team_url: str, login: Callable[[str], str]
) -> None:
    as_editor, as_viewer = _roles(postgres, team_url, login)
    mine, theirs = api.ArgumentStore(as_editor), api.ArgumentStore(as_viewer)
    try:
        assert mine.login_refusal() is None  # an editor may write
        before = len(theirs.arguments())
        mine.add_argument(_record("desk_0004"))
        seen = theirs.arguments()
        assert len(seen) == before + 1 and seen.at["desk_0004", "states"] == "KAZ"
        shipped = mine.argument("arg_001")
        with pytest.raises(api.EvidenceError, match="comes with the program"):
            mine.update_argument(api.ArgumentRecord(**{**shipped.__dict__, "claim": "x"}))
        assert mine.search("Middle Corridor") == ["desk_0004"]
    finally:
        mine.close()
        theirs.close()


def test_a_dropped_connection_is_a_problem_then_the_store_reconnects(
    postgres: PostgresServer, team_url: str
) -> None:
    store = api.ArgumentStore(team_url)
    try:
        assert len(store.arguments()) > 100
        database = team_url.rsplit("/", 1)[1]
        postgres.sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{database}' AND application_name = 'regio-desktop'"
        )
        with pytest.raises(api.EvidenceError) as lost:
            store.arguments()
        assert lost.value.problems[0].code == "team_server_unreachable"
        assert len(store.arguments()) > 100
    finally:
        store.close()
