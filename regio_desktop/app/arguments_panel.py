"""Arguments from the literature for and against the selected state's choices, with sources.

The panel keeps the rows it shows (``rows``, from ``api.arguments_for``) and renders them as
HTML grouped by choice, then by stance; each claim carries its citation and location.
"""

from __future__ import annotations

import html
import math
from collections import OrderedDict
from collections.abc import Mapping

import pandas as pd
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from regio_desktop import api
from regio_desktop.app.scenario_document import ScenarioDocument
from regio_desktop.app.vocabulary_labels import alignment_label, stance_label


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()


def _strength(record: Mapping[str, object]) -> float:
    value = record.get("strength")
    return float(value) if isinstance(value, int | float) and not pd.isna(value) else -math.inf


ARGUMENT_COLUMNS = list(api.ARGUMENT_COLUMNS)

STANCE_COLOURS = {"for": "#1f5fa8", "against": "#b4441b"}


def choice_title(document: ScenarioDocument, choice: str) -> str:
    """'alignment:multi-vector' -> 'Alignment: Multi-vector'; 'membership:EAEU' -> the bloc."""
    kind, _, target = choice.partition(":")
    if kind == "alignment":
        return QCoreApplication.translate("ArgumentsPanel", "Alignment: {choice}").format(
            choice=alignment_label(target)
        )
    if kind in ("membership", "bloc"):
        return QCoreApplication.translate("ArgumentsPanel", "Membership: {bloc}").format(
            bloc=document.name(target)
        )
    return choice


class ArgumentsPanel(QTextBrowser):
    """Re-reads the arguments when the scenario or the selected state changes."""

    provenance_requested = Signal(str)
    """The analyst clicked an argument's citation: show where it comes from (its id)."""

    CACHED_DOCUMENTS = 8
    """Laid-out documents kept for texts shown recently (undo, redo, toggling back and forth)."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._records: list[dict[str, object]] | None = None
        self._rows: pd.DataFrame | None = pd.DataFrame()
        self._shown: tuple[api.World, str, list[dict[str, object]] | None] | None = None
        self._shown_html: str | None = None
        self._documents: OrderedDict[str, QTextDocument] = OrderedDict()
        # Cached documents belong to this holder, not to the editor: QTextEdit deletes a
        # replaced document that is its own child.
        self._document_owner = QObject(self)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow)
        self.setAccessibleName(QCoreApplication.translate("ArgumentsPanel", "Arguments"))
        document.changed.connect(self.refresh)
        document.selection_changed.connect(self.refresh)
        document.arguments_changed.connect(self.refresh)
        self.refresh()

    @property
    def rows(self) -> pd.DataFrame:
        """The arguments shown (``api.arguments_for`` of the selected state; empty for none).

        Made from the records on first use: the panel itself renders from the records.
        """
        if self._rows is None:
            self._rows = pd.DataFrame(self._records, columns=ARGUMENT_COLUMNS)
        return self._rows

    def refresh(self) -> None:
        state = self.document.selected_state
        world = self.document.world
        records = self.document.argument_records(state) if state else None
        shown = self._shown
        if shown is not None and shown[0] is world and shown[1] == state and shown[2] == records:
            return  # e.g. an edit of another state, or of a bloc the state stays out of
        self._shown = (world, state, records)
        self._records = records
        self._rows = None if records is not None else pd.DataFrame()
        self._show_html(self.render_html())

    def _show_html(self, text: str) -> None:
        """Show ``text``; parsing and laying out HTML is the costly part of the panel, so the
        documents of recent texts are kept and swapped back in."""
        if text == self._shown_html:
            return
        self._shown_html = text
        cached = self._documents.pop(text, None)
        if cached is None:
            cached = QTextDocument(self._document_owner)
            current = QTextEdit.document(self)
            cached.setDefaultFont(current.defaultFont())
            cached.setDefaultStyleSheet(current.defaultStyleSheet())
            cached.setDefaultTextOption(current.defaultTextOption())
            cached.setDocumentMargin(current.documentMargin())
            cached.setHtml(text)
        self._documents[text] = cached
        while len(self._documents) > self.CACHED_DOCUMENTS:
            self._documents.popitem(last=False)[1].deleteLater()
        self.setDocument(cached)

    def changeEvent(self, event: QEvent) -> None:
        """Kept documents carry the old font: drop them when the font changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            current = QTextEdit.document(self)
            for text, kept in list(self._documents.items()):
                if kept is not current:
                    del self._documents[text]
                    kept.deleteLater()

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
            parts.append(f"<h4>{html.escape(choice_title(self.document, choice))}</h4>")
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


def short_citation(citation: str, limit: int = 90) -> str:
    """Authors and year ('Usserova, K. K., ... (n.d.)') when the citation starts that way."""
    closing = citation.find(")")
    if 0 < closing <= limit:
        return citation[: closing + 1]
    return citation if len(citation) <= limit else citation[:limit].rstrip() + "…"
