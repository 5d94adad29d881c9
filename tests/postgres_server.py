"""A throwaway PostgreSQL server for the tests of the team database (#17).

The suite starts one server per session from the distribution's binaries (``.ci/install-system-
deps test`` installs the ``postgresql`` package): ``initdb`` in a temporary folder, a free port on
127.0.0.1, durability off (a test server loses nothing worth keeping), and stops it at the end.
PostgreSQL refuses to run as root, and CI runs as root: there the server runs as ``nobody``
(``runuser``), its folder handed to that user.

A test that needs the server is never skipped quietly: without the binaries the session fails
with a message saying what to install, unless ``REGIO_SKIP_POSTGRES=1`` is set (a developer's
machine without PostgreSQL), which skips those tests and says so. ``REGIO_PG_BIN`` names the
folder of ``initdb`` and ``pg_ctl`` when they are somewhere else.

The team load benchmark (benchmarks/team_load_bench.py) starts its server the same way, through
``launch_server``, which needs no pytest.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SKIP_VARIABLE = "REGIO_SKIP_POSTGRES"
BIN_VARIABLE = "REGIO_PG_BIN"
SUPERUSER = "regio_admin"
SUPERUSER_PASSWORD = "admin-secret"
UNPRIVILEGED = "nobody"


def find_bin_dir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``: ``REGIO_PG_BIN``, the newest Debian
    version under /usr/lib/postgresql, or the one on PATH."""
    named = os.environ.get(BIN_VARIABLE)
    if named:
        return Path(named) if (Path(named) / "initdb").exists() else None
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if versions:
        return Path(versions[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    """One running server: where it listens and how to reach it as its superuser."""

    bin_dir: Path
    folder: Path
    port: int
    run_as: list[str]
    host: str = "127.0.0.1"
    max_connections: int = 60

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(
        self, dbname: str = "postgres", user: str = SUPERUSER, password: str | None = None
    ) -> str:
        secret = SUPERUSER_PASSWORD if password is None and user == SUPERUSER else password
        auth = f"{user}:{secret}" if secret else user
        return f"postgresql://{auth}@{self.host}:{self.port}/{dbname}"

    def sql(self, statement: str, dbname: str = "postgres") -> None:
        """Run one statement as the superuser (autocommit, so CREATE DATABASE works)."""
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as con:
            con.execute(statement)  # type: ignore[arg-type]

    def create_login(self, name: str, password: str) -> None:
        self.sql(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'")

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new, empty database (or a copy of ``template``); returns its superuser URL."""
        copy = f' TEMPLATE "{template}"' if template else ""
        self.sql(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.run_as, *command],
            cwd=self.folder,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def start(self) -> None:
        (self.folder / "pw").write_text(SUPERUSER_PASSWORD + "\n")
        if self.run_as:
            shutil.chown(self.folder, UNPRIVILEGED)
            shutil.chown(self.folder / "pw", UNPRIVILEGED)
        init = self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            f"--pwfile={self.folder / 'pw'}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            "--no-instructions",
        )
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
        self.launch()

    def launch(self) -> None:
        """Start the server on its folder (made by ``start``), waiting until it answers."""
        options = (
            f"-c listen_addresses={self.host} -p {self.port} "
            f"-c unix_socket_directories={self.folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            f"-c max_connections={self.max_connections}"
        )
        started = self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "30",
            "start",
        )
        if started.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-800:] if log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {started.stderr.strip()} {tail}")

    def pause(self) -> None:
        """Stop the server but keep its folder (an outage): ``launch`` starts it again."""
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


NO_BINARIES = (
    "PostgreSQL's server binaries (initdb, pg_ctl) were not found under "
    "/usr/lib/postgresql/*/bin or on PATH: run `.ci/install-system-deps test` as root "
    f"(it installs the distribution's postgresql package), set {BIN_VARIABLE} to their "
    f"folder, or set {SKIP_VARIABLE}=1 to skip the team-database tests on this machine"
)


def start_server() -> PostgresServer:
    """Start a server, or fail (skip only with ``REGIO_SKIP_POSTGRES=1``) saying why not."""
    import pytest

    bin_dir = find_bin_dir()
    if bin_dir is None:
        if os.environ.get(SKIP_VARIABLE) == "1":
            pytest.skip(NO_BINARIES)
        pytest.fail(NO_BINARIES, pytrace=False)
    return launch_server(bin_dir)


def launch_server(bin_dir: Path, max_connections: int = 60) -> PostgresServer:
    """A running server from the binaries in ``bin_dir`` (RuntimeError saying why not)."""
    folder = Path(tempfile.mkdtemp(prefix="regio-pg-"))
    run_as = ["runuser", "-u", UNPRIVILEGED, "--"] if os.geteuid() == 0 else []
    server = PostgresServer(
        bin_dir=bin_dir,
        folder=folder,
        port=_free_port(),
        run_as=run_as,
        max_connections=max_connections,
    )
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    return server
