"""Arguments from the literature for and against the selected state's choices, with sources.

The panel opens on what the scenario changes: each edited choice with the arguments for and
against the edit ("For leaving the EAEU", from ``api.framed_arguments``), then the state's other
choices as they stand; each claim carries its citation, location and the indicators it bears
on. Selecting an indicator (``highlight_indicator``, from the Indicators panel) marks the
arguments about it. The HTML is rendered by ``arguments_html`` and shown in a QTextBrowser page
(``browser``); recent pages are kept so that returning to a text costs no new layout. An edit
that changes neither the selected state's choices nor the arguments leaves the page alone.
"""

from __future__ import annotations

import html
from collections import OrderedDict

import pandas as pd
from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QStackedWidget, QTextBrowser, QWidget

from regio_desktop import api
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.workbench import arguments_html

ARGUMENT_COLUMNS = [*api.ARGUMENT_COLUMNS, "on_move"]

Framed = list[tuple[api.FramedChoice, list[dict[str, object]]]]
PageKey = tuple[str, str, tuple[tuple[str, str], ...], str]
"""What a page shows follows from these and the world's arguments: language, state, its choices
with what the scenario does to each, and the indicator highlighted."""


class ArgumentsPanel(QStackedWidget):
    """Re-reads the arguments when the selected state, its choices or the arguments change.

    Each text is shown in a QTextBrowser page; the pages of recent (language, state, choices)
    are kept, laid out, and brought back when those return (undo, redo, toggling a choice back
    and forth, selecting a state again). This cache stays because the payload cannot spare the
    work it saves: laying out a state's arguments costs ~10 ms of CPU, far more than the rest of
    an edit, and swapping a document into one browser would lay it out again every time.
    """

    provenance_requested = Signal(str)
    """The analyst clicked an argument's citation: show where it comes from (its id)."""
    anchorClicked = Signal(QUrl)
    """A link in the text was clicked (as QTextBrowser.anchorClicked)."""

    CACHED_PAGES = 6
    """Pages kept for the choices shown recently."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._framed: Framed | None = None
        self._rows: pd.DataFrame | None = pd.DataFrame()
        self._highlight = ""
        # Kept for as long as the world's arguments stay the same.
        self._pages: OrderedDict[PageKey, tuple[Framed | None, QTextBrowser]] = OrderedDict()
        self._shown: PageKey | None = None
        self.anchorClicked.connect(self._follow)
        self.setAccessibleName(QCoreApplication.translate("ArgumentsPanel", "Arguments"))
        document.changed.connect(self._document_changed)
        document.selection_changed.connect(self.refresh)
        document.arguments_changed.connect(self._arguments_changed)
        self.refresh()

    @property
    def browser(self) -> QTextBrowser:
        """The page on show."""
        page = self.currentWidget()
        assert isinstance(page, QTextBrowser)
        return page

    def toPlainText(self) -> str:
        return self.browser.toPlainText()

    def toHtml(self) -> str:
        return self.browser.toHtml()

    @property
    def rows(self) -> pd.DataFrame:
        """The arguments shown, in the order shown (``api.framed_arguments`` of the selected
        state, flattened, with ``on_move``; empty for none). Made on first use."""
        if self._rows is None:
            records = [r for _choice, rows in self._framed or () for r in rows]
            self._rows = pd.DataFrame(records, columns=ARGUMENT_COLUMNS)
        return self._rows

    @property
    def highlighted(self) -> str:
        """The indicator whose arguments are marked ('' for none)."""
        return self._highlight

    def highlighted_ids(self) -> list[str]:
        """The ids of the arguments shown that bear on the highlighted indicator, in order."""
        if not self._highlight or not self._framed:
            return []
        return api.arguments_about(self._framed, self._highlight)

    def highlight_indicator(self, indicator: str) -> None:
        """Mark the arguments that bear on ``indicator`` (a state indicator's code; '' for
        none): the analyst selected it in the Indicators panel."""
        if indicator not in api.ARGUMENT_INDICATORS:
            indicator = ""
        if indicator != self._highlight:
            self._highlight = indicator
            self.refresh()

    def choices_of(self, state: str) -> tuple[tuple[str, str], ...]:
        """(choice, move) of the state's choices: with the world's arguments, what its page
        shows depends only on these."""
        return tuple(
            (c.choice, c.move) for c in api.framed_choices(self.document.evaluation, state)
        )

    def framed(self, state: str) -> Framed:
        """The state's choices with their arguments, framed by the edit (core rule)."""
        document = self.document
        return [
            (choice, list(rows))
            for choice, rows in api.framed_arguments(
                document.world, document.scenario, state, document.evaluation
            )
        ]

    def _document_changed(self, changes: api.ScenarioChanges) -> None:
        """Only the selected state's own edits (or a new year or scenario) change its choices."""
        state = self.document.selected_state
        if changes.whole or (state and state in changes.edited_states):
            self.refresh()

    def _arguments_changed(self) -> None:
        """The arguments were re-read: no kept page shows them any longer."""
        stale = [page for _records, page in self._pages.values()]
        self._pages.clear()
        self._shown = None
        self.refresh()
        for page in stale:
            self.removeWidget(page)
            page.deleteLater()

    def refresh(self) -> None:
        """Show the page of the selected state's choices: the one on show, a kept one, or a
        new one."""
        state = self.document.selected_state
        choices = self.choices_of(state) if state else ()
        key: PageKey = (self.document.language, state, choices, self._highlight)
        if key == self._shown:
            return
        self._shown = key
        had_focus = self.count() > 0 and self.browser.hasFocus()
        kept = self._pages.pop(key, None)
        if kept is None:
            framed = self.framed(state) if state else None
            self._framed = framed
            page = QTextBrowser()
            page.setOpenLinks(False)
            page.setAccessibleName(self.accessibleName())
            page.anchorClicked.connect(self.anchorClicked)
            page.setHtml(self.render_html())
            self.addWidget(page)
            kept = (framed, page)
        else:
            self._framed = kept[0]
            # As a new text would be: read from the top, nothing selected.
            kept[1].moveCursor(QTextCursor.MoveOperation.Start)
            kept[1].verticalScrollBar().setValue(0)
        self._rows = None if state else pd.DataFrame()
        self._pages[key] = kept
        self.setCurrentWidget(kept[1])
        if had_focus:
            kept[1].setFocus()
        while len(self._pages) > self.CACHED_PAGES:
            old = self._pages.popitem(last=False)[1][1]
            self.removeWidget(old)
            old.deleteLater()

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "argument":
            self.provenance_requested.emit(url.path())
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def render_html(self) -> str:
        state = self.document.selected_state
        if not state:
            text = QCoreApplication.translate(
                "ArgumentsPanel", "Select a state to see the arguments."
            )
            return f"<p>{html.escape(text)}</p>"
        document = self.document
        notes: dict[str, list[api.DataNote]] = {}
        for note in api.data_notes(document.world, document.scenario, state):
            notes.setdefault(note.choice, []).append(note)
        return arguments_html.render(
            document.name(state), self._framed or [], notes, document.name, self._highlight
        )
