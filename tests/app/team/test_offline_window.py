"""A window on a team database whose server goes away (#17): it says so (a status-bar mark and a
banner naming the server), keeps working read-only on what it has, refuses a write with a clear
message while keeping the edit, retries with a growing pause and reconnects when the server is
back. The outage is real: the window's connections are terminated by the server, or a server of
this module's own is stopped and started again."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.library.argument_editor import ArgumentEditor
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.team.live_window import LiveWindow
from tests.app.evidence_helpers import click_ok, type_text, user_argument
from tests.app.team.conftest import run_sql, shoot, team_on
from tests.postgres_server import PostgresServer, start_server
from tests.tcp_proxy import SilentProxy

Start = Callable[[str, Path], MainWindow]


@pytest.fixture(scope="module")
def own_server(tiny_db: Path) -> Iterator[PostgresServer]:
    """A server of this module's own, to stop and start without disturbing the session's."""
    server = start_server()
    try:
        server.create_database("tiny_prepared")
        api.prepare_team_database(api.team_address(server.url("tiny_prepared")), tiny_db)
        yield server
    finally:
        server.stop()


def _live(window: MainWindow) -> LiveWindow:
    assert window.team_live is not None
    return window.team_live


def _offline(window: MainWindow) -> bool:
    mark = window.findChild(QLabel, "team_offline_mark")
    return mark is not None and mark.isVisible() and _live(window).banner.isVisible()


def _fill_new_argument(editor: ArgumentEditor, claim: str) -> None:
    type_text(editor.claim, claim)
    editor.target_kind.setCurrentIndex(editor.target_kind.findData("membership"))
    editor.target.setCurrentIndex(editor.target.findData("EAEU"))
    editor.source.setCurrentIndex(editor.source.findData("fixture"))


def test_a_terminated_connection_is_shown_then_the_window_reconnects_by_itself(
    postgres: PostgresServer, team: tuple[str, str, str], tmp_path: Path, start: Start, qtbot: QtBot
) -> None:
    owner, as_editor, _ = team
    window = start(as_editor, tmp_path / "alice")
    live = _live(window)
    database = as_editor.rsplit("/", 1)[1]
    run_sql(
        owner,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = %s AND pid <> pg_backend_pid()",
        (database,),
    )
    qtbot.waitUntil(lambda: _offline(window), timeout=2000)
    assert live.banner.text().startswith(
        f"Offline: the team database server {postgres.host}:{postgres.port} cannot be reached ("
    )  # the server's reason: it closed the connection
    assert "Read-only on the world and the arguments already loaded" in live.banner.text()
    assert window.evidence.offline is not None
    # the server is still there: the first attempt, a second later, reconnects
    qtbot.waitUntil(
        lambda: "Reconnected to the team database server" in live.banner.text(), timeout=5000
    )
    assert not _offline(window) and window.evidence.offline is None
    assert window.statusBar().currentMessage().startswith("Reconnected")
    colleague = api.ArgumentStore(as_editor)
    try:
        colleague.add_argument(user_argument(claim="After the outage."))
        qtbot.waitUntil(lambda: window.library.model.row_of("user_0001") >= 0, timeout=2000)
    finally:
        colleague.close()


def test_a_stopped_server_a_refused_write_and_the_reconnection(
    own_server: PostgresServer, tmp_path: Path, start: Start, qtbot: QtBot
) -> None:
    owner, as_editor, _ = team_on(own_server, "tiny_prepared")
    colleague = api.ArgumentStore(as_editor)
    colleague.add_argument(user_argument(claim="Written before the outage."))
    colleague.close()
    window = start(as_editor, tmp_path / "alice")
    live = _live(window)
    library = window.library
    assert window.evidence.add_argument(user_argument("user_0002", claim="Mine, to undo."))
    rows = library.model.ids()
    library.select("user_0001")
    editor = library.new_argument()
    _fill_new_argument(editor, "Written during the outage.")
    scheduled: list[dt.datetime] = []
    live.link.retry_scheduled.connect(scheduled.append)
    own_server.pause()
    try:
        qtbot.waitUntil(lambda: _offline(window), timeout=3000)
        assert f"server {own_server.host}:{own_server.port}" in live.banner.text()
        window.resize(1400, 860)
        # read-only on what it has: the library, the world, provenance
        assert library.model.ids() == rows and library.selected_id() == "user_0001"
        assert "user_0001" in window.evidence.arguments().index
        assert window.evidence.argument("user_0001").claim == "Written before the outage."
        window.document.select_state("UZB")  # the world is in memory: the window works
        # a write is refused with a clear message, and nothing is lost
        click_ok(qtbot, editor)
        assert editor.isVisible()
        assert editor.problems.text() == (
            f"• The team database server {own_server.host}:{own_server.port} cannot be reached, "
            "so nothing was saved. Your change is kept (in the editor, or in Undo) to try again "
            "once the window has reconnected."
        )
        assert editor.claim.toPlainText() == "Written during the outage."
        shoot(editor, "5-a-write-refused-offline-stays-in-the-editor")
        steps = window.evidence.undo_stack.count()
        assert not library.delete_argument()
        assert window.evidence.undo_stack.count() == steps
        window.evidence.undo_stack.undo()  # refused too: the step stays, to undo later
        assert window.evidence.undo_stack.index() == steps
        assert "user_0002" in window.evidence.arguments().index
        assert "Not possible: The team database server" in window.statusBar().currentMessage()
        # attempts follow each other with a growing pause
        qtbot.waitUntil(lambda: len(scheduled) >= 3, timeout=8000)
        assert live.link.attempts >= 2
        gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(scheduled)]
        assert gaps[1] > gaps[0] > 0.5
        assert "Next attempt at" in live.banner.text()
        shoot(window, "4-offline-mark-and-banner")
    finally:
        own_server.launch()
    qtbot.mouseClick(live.banner.try_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Reconnected" in live.banner.text(), timeout=5000)
    assert not _offline(window)
    shoot(window, "6-reconnected")
    # the last refused step (the undo) can be tried again; the refused delete changed nothing;
    # the edit kept in the editor is saved now
    assert library.banner.retry_button.isVisible()
    qtbot.mouseClick(library.banner.retry_button, Qt.MouseButton.LeftButton)
    assert "user_0002" not in window.evidence.arguments().index
    assert window.evidence.undo_stack.index() == steps - 1
    assert "user_0001" in window.evidence.arguments().index
    click_ok(qtbot, editor)
    assert not editor.isVisible(), editor.problems.text()
    assert library.model.row_of(editor.saved_id) >= 0
    assert window.evidence.argument(editor.saved_id).claim == "Written during the outage."
    run_sql(owner, "SELECT 1")  # the server answers everyone again


def test_a_link_gone_silent_behind_a_proxy_goes_offline_and_comes_back(
    postgres: PostgresServer,
    team: tuple[str, str, str],
    tmp_path: Path,
    start: Start,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A VPN or proxy that stops forwarding closes nothing and answers keepalives: only the
    window's sign of life finds it out (here asked every 0.3 s, lost after 0.5 s unanswered)."""
    monkeypatch.setattr(api.team_live, "HEARTBEAT_S", 0.3)
    monkeypatch.setattr(api.team_live, "SILENCE_S", 0.5)
    _, as_editor, _ = team
    proxy = SilentProxy(postgres.port)
    try:
        window = start(proxy.url(as_editor, postgres.port), tmp_path / "alice")
        live = _live(window)
        qtbot.wait(1000)  # signs of life answered: still online
        assert not _offline(window)
        proxy.silence()
        qtbot.waitUntil(lambda: _offline(window), timeout=3000)
        assert "stopped answering" in live.banner.text()
        assert window.evidence.offline is not None
        proxy.speak()
        qtbot.waitUntil(lambda: "Reconnected" in live.banner.text(), timeout=10000)
        assert not _offline(window)
    finally:
        proxy.close()
