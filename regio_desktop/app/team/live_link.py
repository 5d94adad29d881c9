"""The window's link to a team database's announcements (#17): listen, coalesce, reconnect.

The listener (``api.team_live.TeamListener``, a connection of its own in LISTEN mode) is watched
with a QSocketNotifier on its socket, so the window does nothing at all until the server sends
something, apart from a sign of life asked for every ``HEARTBEAT_S`` (one ``SELECT 1``): no
polling loop, no thread waiting. What arrives in one short burst (a write that
replaces an argument's states sends a few notifications; an import sends many) is handed on as
one list after ``COALESCE_MS``, without this window's own writes (their server process is the
store's).

A connection the server dropped (the socket says so at once), a server that went silent (TCP
keepalives, about nine seconds; an unanswered sign of life, at most ``HEARTBEAT_S`` +
``SILENCE_S``, which also catches a proxy or VPN that stops forwarding but still answers
keepalives) or a store that found the server gone (``lost``) make the link
offline: ``went_offline`` says why, and attempts to reconnect follow with a growing pause (1, 2,
4 ... 30 s, ``api.team_live.retry_delays``), each run off the GUI thread since connecting to a
silent host waits for its timeout. ``back_online`` says the link listens again; what others
wrote meanwhile was not announced to it, so the window re-reads everything then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QThread, QTimer, Signal

from regio_desktop import api

COALESCE_MS = 150
"""Milliseconds to gather the notifications of one burst into one re-read."""


class _Opening(QThread):
    """Opens a listener off the GUI thread (connecting may wait for a timeout). Unparented and
    kept in ``_RUNNING`` until it ends, so that a window closed meanwhile never destroys a
    running thread."""

    def __init__(self, address: api.TeamAddress) -> None:
        super().__init__()
        self.address = address
        self.outcome: api.team_live.TeamListener | api.team_live.TeamLost | None = None
        _RUNNING.add(self)  # dropped by the link once it has waited for the end

    def run(self) -> None:
        self.outcome = api.team_live.open_listener(self.address)


_RUNNING: set[_Opening] = set()


class Held:
    """The listening connection, outside Qt: closed when the window is destroyed, even after
    its Qt children (this link among them) are gone."""

    def __init__(self) -> None:
        self.listener: api.team_live.TeamListener | None = None

    def close(self, *_: object) -> None:
        listener, self.listener = self.listener, None
        if listener is not None:
            listener.close()


class TeamLink(QObject):
    """Listens to one team database for the window; reconnects when the server comes back."""

    changes_arrived = Signal(list)
    """Others' writes (a list of ``api.team_live.TeamChange``), one burst at a time."""
    went_offline = Signal(object)
    """The server cannot be reached (an ``api.Problem`` saying why)."""
    retry_scheduled = Signal(object)
    """The next attempt to reconnect is at this time (a ``datetime``)."""
    back_online = Signal()
    """Listening again after being offline."""

    def __init__(
        self,
        address: api.TeamAddress,
        own_backend: Callable[[], int | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.address = address
        self.own_backend = own_backend
        self.online = False
        self.problem: api.Problem | None = None
        """Why the link is offline (None while online)."""
        self.attempts = 0
        """Attempts to reconnect since the link went offline."""
        self.next_attempt: dt.datetime | None = None
        self.held = Held()
        self._notifier: QSocketNotifier | None = None
        self._pending: list[api.team_live.TeamChange] = []
        self._opening: _Opening | None = None
        self._delays = api.team_live.retry_delays()
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self._deliver)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.try_now)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(api.team_live.HEARTBEAT_S * 1000))
        self._heartbeat.timeout.connect(self._beat)
        self._closed = False

    # --- connecting ----------------------------------------------------------------------------
    def start(self) -> None:
        """Listen from now on (the window's store has just connected, so this is quick)."""
        self._take(api.team_live.open_listener(self.address))

    def try_now(self) -> None:
        """Attempt to reconnect at once (the banner's button; the retry timer)."""
        if self.online or self._opening is not None or self._closed:
            return
        self._retry.stop()
        self.attempts += 1
        self._opening = _Opening(self.address)
        self._opening.finished.connect(self._opened)
        self._opening.start()

    def _opened(self) -> None:
        opening, self._opening = self._opening, None
        if opening is None:
            return
        opening.wait()
        _RUNNING.discard(opening)
        outcome = opening.outcome
        if self._closed:
            if isinstance(outcome, api.team_live.TeamListener):
                outcome.close()
            return
        self._take(outcome)

    def _take(self, outcome: api.team_live.TeamListener | api.team_live.TeamLost | None) -> None:
        if not isinstance(outcome, api.team_live.TeamListener):
            problem = outcome.problem if outcome is not None else self.problem
            self._lose(problem or api.Problem("team_offline", {"server": self.address.server}))
            return
        self.held.listener = outcome
        self._notifier = QSocketNotifier(outcome.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        self._heartbeat.start()
        was_offline = self.problem is not None
        self.online, self.problem, self.next_attempt = True, None, None
        self.attempts = 0
        self._delays = api.team_live.retry_delays()
        if was_offline:
            self.back_online.emit()

    # --- listening -----------------------------------------------------------------------------
    def _readable(self) -> None:
        if self.held.listener is None:
            return
        try:
            changes = self.held.listener.drain()
        except api.team_live.TeamLost as lost:
            self._lose(lost.problem)
            return
        own = self.own_backend()
        self._pending += [c for c in changes if own is None or c.backend != own]
        if self._pending and not self._coalesce.isActive():
            self._coalesce.start()

    def _beat(self) -> None:
        """A sign of life asked for, or the server lost when the last went unanswered."""
        if self.held.listener is None:
            return
        try:
            self.held.listener.heartbeat()
        except api.team_live.TeamLost as lost:
            self._lose(lost.problem)

    def _deliver(self) -> None:
        pending, self._pending = self._pending, []
        if pending:
            self.changes_arrived.emit(pending)

    # --- losing the server ---------------------------------------------------------------------
    def lost(self, problem: api.Problem) -> None:
        """A read or write of the store found the server gone: offline until reconnected."""
        if self.online:
            self._lose(problem)

    def _drop_listener(self) -> None:
        self._heartbeat.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self.held.close()

    def _lose(self, problem: api.Problem) -> None:
        self._drop_listener()
        first = self.problem is None
        self.online, self.problem = False, problem
        if first:
            self.went_offline.emit(problem)
        if self._closed:
            return
        delay = next(self._delays)
        self._retry.start(int(delay * 1000))
        self.next_attempt = dt.datetime.now() + dt.timedelta(seconds=delay)
        self.retry_scheduled.emit(self.next_attempt)

    def close(self) -> None:
        """Stop listening and retrying (the window closes)."""
        self._closed = True
        self._retry.stop()
        self._coalesce.stop()
        self._drop_listener()
