"""Provenance: where an argument comes from, and what else was drawn from the same source.

For an argument: its claim, the full citation, a link to the source, the location and the
quotation in quotation marks; then the other arguments citing that source, each a link that
shows its own provenance. Web links open in the browser; ``argument:`` links stay in the dialog.
Last, the record's history from the audit (#17): who added or changed it, when, and the version
written (a team database names the database role, a profile the OS user).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from regio_desktop import api
from regio_desktop.app.common.citations import choice_title
from regio_desktop.app.common.palette import STANCE_COLOURS
from regio_desktop.app.common.vocabulary_labels import source_kind_label, stance_label
from regio_desktop.app.documents.evidence_document import EvidenceDocument

ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("ProvenanceDialog", "added"),
    "update": QT_TRANSLATE_NOOP("ProvenanceDialog", "changed"),
    "delete": QT_TRANSLATE_NOOP("ProvenanceDialog", "deleted"),
}
ARGUMENT_SCHEME = "argument"
SOURCE_SCHEME = "source"


def _e(text: object) -> str:
    return html.escape(str(text))


class ProvenanceDialog(QDialog):
    """Shows one argument's (or one source's) provenance; follows links between them."""

    read_source_requested = Signal(str)
    """The analyst asked to read a source's imported text (its id)."""

    def __init__(self, evidence: EvidenceDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence = evidence
        self.argument_id = ""
        self.source_id = ""
        self.setWindowTitle(self.tr("Provenance"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(620, 520)
        evidence.changed.connect(self._reload)

    # --- showing -----------------------------------------------------------------------------
    def show_argument(self, argument_id: str) -> None:
        record = self.evidence.argument(argument_id)
        self.argument_id, self.source_id = argument_id, record.source
        self.setWindowTitle(self.tr("Provenance of {id}").format(id=argument_id))
        self.browser.setHtml(self.argument_html(record))

    def show_source(self, source_id: str) -> None:
        self.argument_id, self.source_id = "", source_id
        source = self.evidence.source(source_id)
        self.setWindowTitle(self.tr("Source {id}").format(id=source_id))
        self.browser.setHtml(
            self.source_html(source) + self.history_html(api.SOURCE_KIND, source.id, source.origin)
        )

    def _reload(self) -> None:
        try:
            if self.argument_id:
                self.show_argument(self.argument_id)
            elif self.source_id:
                self.show_source(self.source_id)
        except api.EvidenceError:
            # The argument or source was deleted (or undone) while the dialog was open.
            self.browser.setHtml(f"<p>{_e(self.tr('This entry no longer exists.'))}</p>")

    def argument_html(self, record: api.ArgumentRecord) -> str:
        colour = STANCE_COLOURS.get(record.stance, "#333")
        target = choice_title(f"{record.target_kind}:{record.target}", self.evidence.document.name)
        parts = [
            f"<p><b style='color:{colour}'>{_e(stance_label(record.stance))}</b> · "
            f"{_e(target)}</p>",
            f"<h3>{_e(record.claim)}</h3>",
        ]
        if record.quote:
            parts.append(f"<blockquote><i>“{_e(record.quote)}”</i></blockquote>")
        if record.location:
            parts.append(f"<p><b>{_e(self.tr('Location:'))}</b> {_e(record.location)}</p>")
        try:
            source = self.evidence.source(record.source)
        except api.EvidenceError:
            parts.append(
                f"<p>{_e(self.tr('Source {id} is missing.').format(id=record.source))}</p>"
            )
            return "".join(parts)
        parts.append(self.history_html(api.ARGUMENT_KIND, record.id, record.origin))
        parts.append(self.source_html(source, exclude=record.id))
        return "".join(parts)

    def history_html(self, kind: api.RecordKind, record_id: str, origin: str) -> str:
        """The record's writes, newest first, from the audit."""
        heading = f"<h4>{_e(self.tr('History'))}</h4>"
        try:
            rows = self.evidence.store.history(kind, record_id)
        except api.EvidenceError:
            return ""
        if not rows:
            none = (
                self.tr("Ships with the program; not changed here.")
                if origin == "shipped"
                else self.tr("No changes recorded.")
            )
            return f"{heading}<p style='color:#555'>{_e(none)}</p>"
        items = [
            "<li>"
            + _e(
                self.tr("{time} UTC: {action} by {who} (version {version})").format(
                    time=row.at.strftime("%Y-%m-%d %H:%M:%S"),
                    action=QCoreApplication.translate("ProvenanceDialog", ACTIONS[row.action]),
                    who=row.who,
                    version=row.row_version,
                )
            )
            + "</li>"
            for row in rows
        ]
        return heading + "<ul>" + "".join(items) + "</ul>"

    def source_html(self, source: api.SourceRecord, exclude: str = "") -> str:
        parts = [
            f"<h4>{_e(self.tr('Source'))}</h4>",
            f"<p>{_e(source.citation)}</p>",
            f"<p style='color:#555'>{_e(source_kind_label(source.kind))}",
        ]
        if source.accessed:
            parts.append(
                " · " + _e(self.tr("accessed {date}").format(date=source.accessed.isoformat()))
            )
        if source.licence:
            parts.append(" · " + _e(source.licence))
        parts.append("</p>")
        if source.url:
            parts.append(f"<p><a href='{_e(source.url)}'>{_e(source.url)}</a></p>")
        if self.evidence.has_source_text(source.id):
            link = f"{SOURCE_SCHEME}:{source.id}"
            parts.append(f"<p><a href='{_e(link)}'>{_e(self.tr('Read the imported text'))}</a></p>")
        others = self.evidence.arguments_from_source(source.id)
        others = others[others["id"] != exclude]
        heading = (
            self.tr("Other arguments from this source")
            if exclude
            else self.tr("Arguments from this source")
        )
        parts.append(f"<h4>{_e(heading)}</h4>")
        if others.empty:
            parts.append(f"<p style='color:#555'>{_e(self.tr('None.'))}</p>")
        else:
            parts.append("<ul>")
            for _, row in others.iterrows():
                link = f"{ARGUMENT_SCHEME}:{row['id']}"
                parts.append(
                    f"<li><a href='{_e(link)}'>{_e(row['id'])}</a> "
                    f"({_e(stance_label(str(row['stance'])))}): {_e(row['claim'])}</li>"
                )
            parts.append("</ul>")
        return "".join(parts)

    # --- links -------------------------------------------------------------------------------
    def follow(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == ARGUMENT_SCHEME:
            self.show_argument(url.path())
        elif scheme == SOURCE_SCHEME:
            self.read_source_requested.emit(url.path())
        elif scheme in ("http", "https"):
            QDesktopServices.openUrl(url)
