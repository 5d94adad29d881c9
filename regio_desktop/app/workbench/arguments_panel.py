"""Arguments from the literature for and against the selected state's choices, with sources.

The panel keeps the rows it shows (``rows``, from ``api.arguments_for``) and renders them as
HTML grouped by choice, then by stance; each claim carries its citation and location. The HTML
is shown in a QTextBrowser page (``browser``); recent pages are kept so that returning to a text
costs no new layout. An edit that changes neither the selected state's choices nor the arguments
leaves the page alone.
"""

from __future__ import annotations

import html
import math
from collections import OrderedDict
from collections.abc import Mapping

import pandas as pd
from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QStackedWidget, QTextBrowser, QWidget

from regio_desktop import api
from regio_desktop.app.common.citations import choice_title, short_citation
from regio_desktop.app.common.palette import STANCE_COLOURS
from regio_desktop.app.common.vocabulary_labels import stance_label
from regio_desktop.app.documents.scenario_document import ScenarioDocument


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()


def _strength(record: Mapping[str, object]) -> float:
    value = record.get("strength")
    return float(value) if isinstance(value, int | float) and not pd.isna(value) else -math.inf


ARGUMENT_COLUMNS = list(api.ARGUMENT_COLUMNS)


PageKey = tuple[str, str, tuple[tuple[str, str, str], ...]]
"""What a page shows follows from these and the world's arguments: language, state, choices."""


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
        self._records: list[dict[str, object]] | None = None
        self._rows: pd.DataFrame | None = pd.DataFrame()
        # Kept for as long as the world's arguments stay the same.
        self._pages: OrderedDict[PageKey, tuple[list[dict[str, object]] | None, QTextBrowser]] = (
            OrderedDict()
        )
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
        """The arguments shown (``api.arguments_for`` of the selected state; empty for none).

        Made from the records on first use: the panel itself renders from the records.
        """
        if self._rows is None:
            self._rows = pd.DataFrame(self._records, columns=ARGUMENT_COLUMNS)
        return self._rows

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
        choices = self.document.argument_choices(state) if state else ()
        key: PageKey = (self.document.language, state, choices)
        if key == self._shown:
            return
        self._shown = key
        had_focus = self.count() > 0 and self.browser.hasFocus()
        kept = self._pages.pop(key, None)
        if kept is None:
            records = self.document.argument_records(state) if state else None
            self._records = records
            page = QTextBrowser()
            page.setOpenLinks(False)
            page.setAccessibleName(self.accessibleName())
            page.anchorClicked.connect(self.anchorClicked)
            page.setHtml(self.render_html())
            self.addWidget(page)
            kept = (records, page)
        else:
            self._records = kept[0]
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
            return (
                "<p>"
                + html.escape(
                    QCoreApplication.translate(
                        "ArgumentsPanel", "Select a state to see the arguments."
                    )
                )
                + "</p>"
            )
        title = QCoreApplication.translate("ArgumentsPanel", "Arguments for {state}").format(
            state=self.document.name(state)
        )
        parts = [f"<h3>{html.escape(title)}</h3>"]
        records = self._records or []
        if not records:
            empty = QCoreApplication.translate(
                "ArgumentsPanel", "No arguments recorded for these choices."
            )
            parts.append(f"<p>{html.escape(empty)}</p>")
            return "".join(parts)
        sources: list[str] = []
        # Plain records, grouped by choice in order of first appearance: a pandas groupby and
        # sort per group cost more than the whole rendering.
        groups: dict[str, list[dict[str, object]]] = {}
        for record in records:
            groups.setdefault(_text(record.get("choice")), []).append(record)
        for choice, group in groups.items():
            parts.append(f"<h4>{html.escape(choice_title(choice, self.document.name))}</h4>")
            for stance in ("for", "against"):
                chosen = [r for r in group if r.get("stance") == stance]
                if "strength" in records[0]:
                    # Stable, like the pandas sort it replaces: equal strengths keep their order.
                    chosen.sort(key=_strength, reverse=True)
                if not chosen:
                    continue
                colour = STANCE_COLOURS[stance]
                label = html.escape(stance_label(stance))
                parts.append(
                    f"<p style='margin-bottom:0'><b style='color:{colour}'>{label}</b></p>"
                )
                parts.append("<ul style='margin-top:0'>")
                parts.extend(self._item(record, sources) for record in chosen)
                parts.append("</ul>")
        parts.append(
            f"<h4>{html.escape(QCoreApplication.translate('ArgumentsPanel', 'Sources'))}</h4><ol style='color:#555'>"
        )
        parts.extend(f"<li>{source}</li>" for source in sources)
        parts.append("</ol>")
        return "".join(parts)

    def _item(self, record: Mapping[str, object], sources: list[str]) -> str:
        """One claim with a short citation; the full citation goes to the numbered source list."""
        claim = html.escape(_text(record.get("claim")))
        citation = _text(record.get("citation")) or _text(record.get("source"))
        url = _text(record.get("url"))
        full = html.escape(citation)
        if url.startswith(("http://", "https://")):
            full += f" <a href='{html.escape(url, quote=True)}'>{html.escape(url)}</a>"
        if full not in sources:
            sources.append(full)
        number = sources.index(full) + 1
        location = _text(record.get("location"))
        short = html.escape(short_citation(citation) + (f", {location}" if location else ""))
        quote = html.escape(_text(record.get("quote")))
        text = f"<li>{claim}"
        if quote:
            text += f"<br><i>“{quote}”</i>"
        link = html.escape(f"argument:{_text(record.get('id'))}", quote=True)
        return text + f"<br><a href='{link}' style='color:#666'>[{number}] {short}</a></li>"
