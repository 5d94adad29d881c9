"""Arguments from the literature for and against the selected state's choices, with sources.

The panel keeps the rows it shows (``rows``, from ``api.arguments_for``) and renders them as
HTML grouped by choice, then by stance; each claim carries its citation and location.
"""

from __future__ import annotations

import html

import pandas as pd
from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from regio_desktop.app.scenario_document import ScenarioDocument
from regio_desktop.app.vocabulary_labels import alignment_label, stance_label


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()


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

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.rows = pd.DataFrame()
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow)
        self.setAccessibleName(QCoreApplication.translate("ArgumentsPanel", "Arguments"))
        document.changed.connect(self.refresh)
        document.selection_changed.connect(self.refresh)
        document.arguments_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        state = self.document.selected_state
        self.rows = self.document.arguments(state) if state else pd.DataFrame()
        self.setHtml(self.render_html())

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
        if self.rows.empty:
            empty = QCoreApplication.translate(
                "ArgumentsPanel", "No arguments recorded for these choices."
            )
            parts.append(f"<p>{html.escape(empty)}</p>")
            return "".join(parts)
        sources: list[str] = []
        rows = self.rows.copy()
        rows["choice"] = rows["choice"].fillna("").astype(str)
        for choice, group in rows.groupby("choice", sort=False):
            parts.append(f"<h4>{html.escape(choice_title(self.document, str(choice)))}</h4>")
            for stance in ("for", "against"):
                chosen = group[group["stance"] == stance]
                if "strength" in chosen.columns:
                    chosen = chosen.sort_values("strength", ascending=False)
                if chosen.empty:
                    continue
                colour = STANCE_COLOURS[stance]
                label = html.escape(stance_label(stance))
                parts.append(
                    f"<p style='margin-bottom:0'><b style='color:{colour}'>{label}</b></p>"
                )
                parts.append("<ul style='margin-top:0'>")
                parts.extend(self._item(record, sources) for _, record in chosen.iterrows())
                parts.append("</ul>")
        parts.append(
            f"<h4>{html.escape(QCoreApplication.translate('ArgumentsPanel', 'Sources'))}</h4><ol style='color:#555'>"
        )
        parts.extend(f"<li>{source}</li>" for source in sources)
        parts.append("</ol>")
        return "".join(parts)

    def _item(self, record: pd.Series, sources: list[str]) -> str:
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
