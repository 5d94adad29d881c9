"""`db init`, `db grant`, `db upgrade` and `--db URL` on a real PostgreSQL server (#17)."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from regio_desktop.cli import main
from regio_desktop.world.database import shipped_database
from tests.postgres_server import PostgresServer


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(code: int, err: str) -> str:
    assert code == 2
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def test_init_prepares_an_empty_database_once(
    postgres: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = postgres.create_database("fresh_init")
    code, out, _ = run(["db", "init", url], capsys)
    assert code == 0
    assert "schema 0010" in out and "regio_viewer" in out and "admin-secret" not in out
    with psycopg.connect(url) as con:
        counts = {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table in ("states", "memberships", "observations", "arguments", "sources")
        }
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
    shipped = sqlite3.connect(shipped_database())
    try:
        for table in ("states", "memberships"):
            assert counts[table] == shipped.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        shipped.close()
    assert counts["states"] == 193 and counts["memberships"] > 600
    assert counts["observations"] > 20_000 and counts["arguments"] >= 100
    assert version == ("0010",)
    code, _, err = run(["db", "init", url], capsys)
    assert "already a Regio Desktop team database (schema 0010)" in one_line_error(code, err)


@pytest.mark.parametrize("year", [None, "2016"])
def test_export_memberships_from_the_server_equals_the_sqlite_export(
    team_url: str, year: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    picked = ["--year", year] if year else []
    code, from_sqlite, _ = run(["export", "memberships", *picked], capsys)
    assert code == 0
    code, from_server, _ = run(["export", "memberships", "--db", team_url, *picked], capsys)
    assert code == 0
    assert from_server == from_sqlite
    assert len(list(csv.DictReader(io.StringIO(from_server)))) > 100


def test_db_before_the_verb_and_regio_db_in_the_environment(
    team_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, from_sqlite, _ = run(["export", "observations"], capsys)
    code, before, _ = run(["--db", team_url, "export", "observations"], capsys)
    assert code == 0 and before == from_sqlite
    monkeypatch.setenv("REGIO_DB", team_url)
    code, from_env, _ = run(["export", "observations"], capsys)
    assert code == 0 and from_env == from_sqlite


def test_unreachable_server_bad_password_and_bad_address_are_one_line(
    postgres: PostgresServer, team_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = team_url.rsplit("/", 1)[1]
    cases = {
        "postgresql://someone@127.0.0.1:1/regio": "127.0.0.1:1 does not answer (Connection refused)",
        postgres.url(database, password="wrong"): "refused the login of regio_admin",
        postgres.url("no_such_db"): "there is no database no_such_db",
        "postgresql://127.0.0.1:99999/regio": "the port is not a number",
        "postgresql:///regio": "it names no server",
        "postgresql://127.0.0.1:5432/": "it names no database",
    }
    for url, expected in cases.items():
        code, out, err = run(["export", "memberships", "--db", url], capsys)
        assert expected in one_line_error(code, err), url
        assert not out
    postgres.sql("CREATE DATABASE not_prepared")
    code, _, err = run(["export", "memberships", "--db", postgres.url("not_prepared")], capsys)
    assert "not a Regio Desktop team database" in one_line_error(code, err)


def test_the_password_may_come_from_pgpass(
    postgres: PostgresServer,
    team_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{postgres.port}:*:regio_admin:admin-secret\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    database = team_url.rsplit("/", 1)[1]
    without = f"postgresql://regio_admin@127.0.0.1:{postgres.port}/{database}"
    code, out, _ = run(["export", "memberships", "--db", without], capsys)
    assert code == 0 and out.startswith("state_iso3,")


def test_grant_gives_a_login_one_role(
    postgres: PostgresServer,
    team_url: str,
    login: Callable[[str], str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = team_url.rsplit("/", 1)[1]
    reader = login("reader")
    as_reader = postgres.url(database, reader, "pw")
    code, _, err = run(["export", "memberships", "--db", as_reader], capsys)
    assert "is neither a viewer nor an editor" in one_line_error(code, err)
    code, out, _ = run(["db", "grant", team_url, "--user", reader, "--role", "viewer"], capsys)
    assert code == 0 and f"{reader} is now regio_viewer" in out
    code, out, _ = run(["export", "memberships", "--db", as_reader], capsys)
    assert code == 0 and out.startswith("state_iso3,")
    code, _, err = run(
        ["db", "grant", team_url, "--user", "nobody_here", "--role", "editor"], capsys
    )
    assert "there is no login role 'nobody_here'" in one_line_error(code, err)
    code, _, err = run(["db", "grant", as_reader, "--user", reader, "--role", "editor"], capsys)
    assert f"{reader} may not grant roles" in one_line_error(code, err)


def test_a_viewer_and_an_editor_cannot_write_the_shipped_world(
    postgres: PostgresServer, team_url: str, login: Callable[[str], str]
) -> None:
    database = team_url.rsplit("/", 1)[1]
    viewer, editor = login("viewer"), login("editor")
    assert main(["db", "grant", team_url, "--user", viewer, "--role", "viewer"]) == 0
    assert main(["db", "grant", team_url, "--user", editor, "--role", "editor"]) == 0
    with (
        psycopg.connect(postgres.url(database, viewer, "pw"), autocommit=True) as con,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        con.execute("UPDATE arguments SET claim = 'x' WHERE origin = 'user'")
    with psycopg.connect(postgres.url(database, editor, "pw"), autocommit=True) as con:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("UPDATE memberships SET status = 'observer'")
        # a shipped argument is out of the editor's reach: no row to change, and none to add
        changed = con.execute("UPDATE arguments SET claim = 'x' WHERE origin = 'shipped'")
        assert changed.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            con.execute(
                "INSERT INTO sources (id, citation, kind, origin) "
                "VALUES ('fake', 'fake', 'article', 'shipped')"
            )
        con.execute(
            "INSERT INTO sources (id, citation, kind, origin) "
            "VALUES ('team_note', 'A note of the desk', 'article', 'user')"
        )


def test_upgrade_backs_up_then_migrates(
    postgres: PostgresServer,
    team_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from alembic import command

    from regio_desktop.world.database import alembic_config, make_engine

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    engine = make_engine(team_url)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    engine.dispose()
    code, out, _ = run(["db", "upgrade", team_url], capsys)
    assert code == 0 and "from schema 0004 to 0010" in out
    backups = list((tmp_path / "Regio Desktop" / "Regio Desktop" / "team-backups").glob("*.dump"))
    assert len(backups) == 1 and backups[0].stat().st_size > 100_000
    with psycopg.connect(team_url) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0010",)
        assert con.execute("SELECT count(*) FROM sanctions WHERE transit = 1").fetchone()[0] > 0  # type: ignore[index]
    code, out, _ = run(["db", "upgrade", team_url], capsys)
    assert code == 0 and "nothing to do" in out


def test_the_self_test_refuses_a_team_address_in_one_line(
    team_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["--db", team_url, "--self-test"], capsys)
    assert "not a team database" in one_line_error(code, err)


def test_a_screenshot_of_the_window_on_a_team_database(
    team_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    picture = tmp_path / "team.png"
    code, _, err = run(["--db", team_url, "--screenshot", str(picture)], capsys)
    assert code == 0, err
    assert picture.stat().st_size > 50_000
