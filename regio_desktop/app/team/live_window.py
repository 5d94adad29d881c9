"""A window on a team database, live (#17): others' writes appear, an outage is shown and lived.

``attach_live`` gives a window on a team database its ``TeamLink`` (live_link.py) and acts on
what the link reports:

- others' writes of arguments and sources re-read the library and the arguments panel; the
  reader keeps the selected row, the search and the scroll position (the row at the top stays
  at the top), and an editor open on a record changed or deleted elsewhere says so, above its
  fields, which keep the user's unsaved text; a new scenario or deck version is named in the
  status bar (and an open list of versions shows it);
- when the server is gone the status bar shows a mark and the library a banner naming the
  server; the evidence document answers reads with what it read last and refuses writes at
  once (the edit kept in its editor or in Undo: "refuse", not "queue"); when the link is back
  the store opens a new connection and everything is re-read, since what others wrote meanwhile
  was not announced to this window.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView

from regio_desktop import api
from regio_desktop.app.common.problem_texts import problem_text
from regio_desktop.app.library.evidence_table_model import EvidenceTableModel
from regio_desktop.app.library.record_editor import RecordEditor
from regio_desktop.app.team.live_link import TeamLink
from regio_desktop.app.team.team_banner import TeamBanner

if TYPE_CHECKING:
    from regio_desktop.app.shell.main_window import MainWindow

MESSAGE_MS = 8000
MARK_STYLE = "color: #b4441b; font-weight: bold; padding: 0 6px"


@contextmanager
def kept_scroll(view: QTableView, model: EvidenceTableModel) -> Iterator[None]:
    """Keep the record at the top of ``view`` at the top while its model is reset."""
    bar = view.verticalScrollBar()
    top = view.rowAt(0)
    top_id, offset, value = model.row_id(top), view.rowViewportPosition(top), bar.value()
    yield
    row = model.row_of(top_id) if top_id else -1
    if row < 0:
        bar.setValue(min(value, bar.maximum()))
    elif view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
        bar.setValue(row)
    else:
        bar.setValue(bar.value() + view.rowViewportPosition(row) - offset)


class LiveWindow(QObject):
    """The live behaviour of one window on a team database (its link, mark and banner)."""

    scenarios_changed = Signal()
    """Someone saved a scenario version (an open list of versions re-reads)."""
    decks_changed = Signal()
    """Someone saved a deck version (likewise)."""

    def __init__(self, window: MainWindow, address: api.TeamAddress) -> None:
        super().__init__(window)
        self.window = window
        self.evidence = window.evidence
        self.address = address
        self.last_message = ""
        """What the status bar was last told about the team database (for tests, too)."""
        store = self.evidence.store
        self.link = TeamLink(address, lambda: api.team_live.store_backend(store), self)
        self.mark = QLabel(self.tr("⚠ Offline"))
        self.mark.setObjectName("team_offline_mark")
        self.mark.setStyleSheet(MARK_STYLE)
        self.mark.hide()
        window.statusBar().addPermanentWidget(self.mark)
        self.banner = TeamBanner(address.server)
        layout = window.library.layout()
        if layout is not None:
            layout.insertWidget(0, self.banner)  # type: ignore[attr-defined]
        self.banner.try_requested.connect(self.link.try_now)
        self.link.changes_arrived.connect(self._changes)
        self.link.went_offline.connect(self._offline)
        self.link.retry_scheduled.connect(self.banner.show_next_attempt)
        self.link.back_online.connect(self._back)
        self.evidence.server_lost.connect(self.link.lost)
        window.destroyed.connect(self.link.held.close)
        self.link.start()
        listener = self.link.held.listener
        self._unannounced = listener is not None and not listener.announcing
        if self._unannounced:
            self.banner.show_notice(
                self.tr(
                    "The team database {database} does not announce changes yet, so this window "
                    "shows others' changes only when it reads again. Its owner can add the "
                    "announcements with “regio-desktop db upgrade”."
                ).format(database=address.database)
            )

    def _say(self, message: str) -> None:
        self.last_message = message
        self.window.statusBar().showMessage(message, MESSAGE_MS)

    # --- others' writes ------------------------------------------------------------------------
    def _changes(self, changes: list[api.team_live.TeamChange]) -> None:
        if self._unannounced:  # the owner has added the announcements meanwhile
            self._unannounced = False
            self.banner.hide()
        records = [c for c in changes if c.kind in ("argument", "source")]
        if records:
            self.refresh()
            self._tell_editors(records)
        saved = [
            c for c in changes if c.kind in ("scenario", "deck") and c.op == "insert" and c.version
        ]
        who = ", ".join(sorted({c.by for c in changes if c.by}))
        if saved:
            kinds = {c.kind for c in saved}
            if "scenario" in kinds:
                self.scenarios_changed.emit()
            if "deck" in kinds:
                self.decks_changed.emit()
            last = saved[-1]
            self._say(
                self.tr(
                    "“{name}” version {version} was saved to the team database by {who}."
                ).format(name=last.record_id, version=last.version, who=last.by)
            )
        elif records:
            count = len({(c.kind, c.record_id) for c in records})
            self._say(
                self.tr(
                    "Updated from the team database: {count} record(s) changed by {who}."
                ).format(count=count, who=who)
            )

    def refresh(self) -> None:
        """Re-read the evidence, keeping the library's rows in view (the selection, the
        search and the editors' fields are kept by the library and the editors)."""
        library = self.window.library
        try:
            with (
                kept_scroll(library.table, library.model),
                kept_scroll(library.source_table, library.source_model),
            ):
                self.evidence.refresh()
        except api.EvidenceError as exc:
            lost = [p for p in exc.problems if p.code == "team_server_unreachable"]
            if lost:
                self.link.lost(lost[0])
            else:
                self._say(self.evidence.reason(exc))

    def _tell_editors(self, records: list[api.team_live.TeamChange]) -> None:
        for editor in self.window.findChildren(RecordEditor):
            original = editor.original
            if original is None or not editor.isVisible():
                continue
            kind = editor.record_kind.noun
            hits = [c for c in records if c.kind == kind and c.record_id == original.id]
            if not hits:
                continue
            change = hits[-1]
            if change.op == "delete":
                text = self.tr(
                    "{who} deleted {id} from the team database after you opened it. Your edits "
                    "here are kept, but saving them is refused: copy what you want to keep."
                )
            else:
                text = self.tr(
                    "{who} changed {id} in the team database after you opened it. Your edits "
                    "here are kept and nothing was overwritten: check their version before you "
                    "save."
                )
            editor.show_notice(text.format(who=change.by or "?", id=original.id))

    # --- the server gone and back --------------------------------------------------------------
    def _offline(self, problem: api.Problem) -> None:
        self.evidence.set_offline(api.Problem("team_offline", {"server": self.address.server}))
        worded = problem_text(problem, self.window.document.name)
        self.mark.setToolTip(worded)
        self.mark.show()
        # the server's own short reason ("server closed the connection unexpectedly") when
        # there is one: the banner names the server already
        reason = problem.params.get("reason") if problem.code == "team_server_unreachable" else None
        self.banner.show_offline(str(reason) if reason else worded)
        self._say(
            self.tr("Offline: the team database server {server} cannot be reached.").format(
                server=self.address.server
            )
        )

    def _back(self) -> None:
        self.evidence.store.close()  # its connection died with the server's: open a new one
        self.evidence.set_offline(None)
        self.mark.hide()
        self.banner.show_back()
        self.refresh()  # what others wrote meanwhile was not announced to this window
        self._say(
            self.tr("Reconnected to the team database server {server}.").format(
                server=self.address.server
            )
        )


def attach_live(window: MainWindow) -> LiveWindow | None:
    """Make a window on a team database live; None for a window on a profile."""
    address = window.evidence.store.team
    if address is None:
        return None
    return LiveWindow(window, address)
