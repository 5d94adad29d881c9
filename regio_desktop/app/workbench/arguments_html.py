"""The arguments panel's text: the edited choices framed as the edit, then the other choices.

Plain functions from ``api.framed_arguments`` rows to HTML, so that the panel keeps only the
caching and the links. Which argument speaks for or against an edit is decided in the core
(``api.stance_on_move``); here it is only worded. Rows of the ``context`` stance describe a
choice and argue neither way: they follow both sides under a label of their own. A choice's
heading carries the notes of its data row (``api.data_notes``) as a tooltip and a visible †; an
argument about the indicator the analyst selected is marked ▶ and shaded, so the mark survives
without colour.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from regio_desktop import api
from regio_desktop.app.common.citations import choice_title, short_citation
from regio_desktop.app.common.indicator_labels import indicator_title
from regio_desktop.app.common.palette import STANCE_COLOURS
from regio_desktop.app.common.vocabulary_labels import alignment_label, stance_label, status_label

Framed = Sequence[tuple[api.FramedChoice, Sequence[Mapping[str, object]]]]
Notes = Mapping[str, Sequence[api.DataNote]]

HIGHLIGHT_MARK = "▶"
NOTE_MARK = "†"


def _text(value: object) -> str:
    return str(value).strip() if isinstance(value, str) else ""


def context_label() -> str:
    """The heading of a choice's context rows, edited or not: context has no side to turn."""
    return QCoreApplication.translate(
        "ArgumentsPanel", "Context (describes the choice, argues neither way)"
    )


def move_sides(choice: api.FramedChoice, name: Callable[[str], str]) -> dict[str, str]:
    """The headings of an edited choice: what speaks for the edit, what against it, and the
    context that only describes it."""
    bloc = name(choice.target)
    alignment = alignment_label(choice.target)
    status = status_label(choice.after)
    texts = {
        "leave": (
            QCoreApplication.translate("ArgumentsPanel", "For leaving the {bloc}"),
            QCoreApplication.translate("ArgumentsPanel", "Against leaving the {bloc}"),
        ),
        "join": (
            QCoreApplication.translate("ArgumentsPanel", "For joining the {bloc}"),
            QCoreApplication.translate("ArgumentsPanel", "Against joining the {bloc}"),
        ),
        "deepen": (
            QCoreApplication.translate(
                "ArgumentsPanel", "For a closer tie with the {bloc} ({status})"
            ),
            QCoreApplication.translate(
                "ArgumentsPanel", "Against a closer tie with the {bloc} ({status})"
            ),
        ),
        "loosen": (
            QCoreApplication.translate(
                "ArgumentsPanel", "For a looser tie with the {bloc} ({status})"
            ),
            QCoreApplication.translate(
                "ArgumentsPanel", "Against a looser tie with the {bloc} ({status})"
            ),
        ),
        "adopt": (
            QCoreApplication.translate("ArgumentsPanel", "For turning to the {alignment} course"),
            QCoreApplication.translate(
                "ArgumentsPanel", "Against turning to the {alignment} course"
            ),
        ),
        "abandon": (
            QCoreApplication.translate("ArgumentsPanel", "For giving up the {alignment} course"),
            QCoreApplication.translate(
                "ArgumentsPanel", "Against giving up the {alignment} course"
            ),
        ),
    }
    for_text, against_text = texts.get(choice.move, (stance_label("for"), stance_label("against")))
    values = {"bloc": bloc, "alignment": alignment, "status": status}
    return {
        "for": for_text.format(**values),
        "against": against_text.format(**values),
        "context": context_label(),
    }


def note_tooltip(notes: Sequence[api.DataNote]) -> str:
    """The notes of a choice's data rows, one paragraph each, with their source."""
    parts = []
    for note in notes:
        line = note.note
        if note.estimate:
            line += " " + QCoreApplication.translate("ArgumentsPanel", "(an estimate)")
        line += " " + QCoreApplication.translate("ArgumentsPanel", "Source: {source}.").format(
            source=note.source
        )
        parts.append(line)
    return "\n\n".join(parts)


def shade() -> str:
    """The background of a highlighted argument: the palette's highlight mixed into the base,
    light enough to read the text on, in the light and the dark theme alike."""
    palette = QGuiApplication.palette()
    base, mark = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight)
    mixed = QColor(
        round(base.red() * 0.7 + mark.red() * 0.3),
        round(base.green() * 0.7 + mark.green() * 0.3),
        round(base.blue() * 0.7 + mark.blue() * 0.3),
    )
    return mixed.name()


def render(
    state_name: str,
    framed: Framed,
    notes: Notes,
    name: Callable[[str], str],
    highlight: str = "",
) -> str:
    """The whole page for one state: its edited choices, then its other choices, then sources."""
    title = QCoreApplication.translate("ArgumentsPanel", "Arguments for {state}").format(
        state=state_name
    )
    parts = [f"<h3>{html.escape(title)}</h3>"]
    shown = [(c, rows) for c, rows in framed if rows or c.edited]
    if not any(rows for _c, rows in shown):
        label = QCoreApplication.translate(
            "ArgumentsPanel", "No arguments recorded for these choices."
        )
        parts.append(f"<p>{html.escape(label)}</p>")
        return "".join(parts)
    if highlight:
        about = sum(
            1
            for _c, rows in shown
            for r in rows
            if highlight in _text(r.get("indicators")).split(";")
        )
        indicator = indicator_title(highlight)
        line = (
            QCoreApplication.translate(
                "ArgumentsPanel", "{mark} {count} arguments bear on {indicator}."
            ).format(mark=HIGHLIGHT_MARK, count=about, indicator=indicator)
            if about
            else QCoreApplication.translate(
                "ArgumentsPanel", "No argument here bears on {indicator}."
            ).format(indicator=indicator)
        )
        parts.append(f"<p style='color:#555'>{html.escape(line)}</p>")
    sources: list[str] = []
    edited = [(c, rows) for c, rows in shown if c.edited]
    kept = [(c, rows) for c, rows in shown if not c.edited]
    if edited:
        label = QCoreApplication.translate("ArgumentsPanel", "What the scenario changes")
        parts.append(f"<h4>{html.escape(label)}</h4>")
    for choice, rows in edited:
        parts.append(_heading(choice, notes, name, edited=True))
        if not rows:
            label = QCoreApplication.translate(
                "ArgumentsPanel", "No arguments recorded for this edit."
            )
            parts.append(f"<p>{html.escape(label)}</p>")
            continue
        sides = move_sides(choice, name)
        for side in api.STANCES:
            chosen = [r for r in rows if r.get("on_move") == side]
            parts.extend(_side(sides[side], side, chosen, sources, highlight))
    if edited and kept:
        label = QCoreApplication.translate("ArgumentsPanel", "The other choices, as they stand")
        parts.append(f"<h4>{html.escape(label)}</h4>")
    labels = {"for": stance_label("for"), "against": stance_label("against")}
    labels["context"] = context_label()
    for choice, rows in kept:
        parts.append(_heading(choice, notes, name, edited=False))
        for side in api.STANCES:
            chosen = [r for r in rows if r.get("stance") == side]
            parts.extend(_side(labels[side], side, chosen, sources, highlight))
    label = QCoreApplication.translate("ArgumentsPanel", "Sources")
    parts.append(f"<h4>{html.escape(label)}</h4><ol style='color:#555'>")
    parts.extend(f"<li>{source}</li>" for source in sources)
    parts.append("</ol>")
    if notes and any(c.choice in notes for c, _rows in shown):
        legend = QCoreApplication.translate(
            "ArgumentsPanel",
            "{mark} The data row of this choice has a note: point at it to read it.",
        ).format(mark=NOTE_MARK)
        parts.append(f"<p style='color:#555'><small>{html.escape(legend)}</small></p>")
    return "".join(parts)


def _heading(
    choice: api.FramedChoice, notes: Notes, name: Callable[[str], str], *, edited: bool
) -> str:
    text = choice_title(choice.choice, name)
    if edited:
        before = (
            status_label(choice.before)
            or alignment_label(choice.before)
            or QCoreApplication.translate("ArgumentsPanel", "none")
        )
        after = (
            status_label(choice.after)
            or alignment_label(choice.after)
            or QCoreApplication.translate("ArgumentsPanel", "none")
        )
        if choice.kind == "membership":
            text += " " + QCoreApplication.translate(
                "ArgumentsPanel", "(edited: {before} → {after})"
            ).format(before=before, after=after)
        else:
            text += " " + QCoreApplication.translate("ArgumentsPanel", "(edited)")
    found = notes.get(choice.choice, ())
    heading = html.escape(text)
    if found:
        tip = html.escape(note_tooltip(found), quote=True)
        heading = f"<span title='{tip}'>{heading} {NOTE_MARK}</span>"
    return f"<p style='margin-bottom:0'><b>{heading}</b></p>" if edited else f"<h4>{heading}</h4>"


def _side(
    label: str,
    stance: str,
    rows: Sequence[Mapping[str, object]],
    sources: list[str],
    highlight: str,
) -> list[str]:
    if not rows:
        return []
    colour = STANCE_COLOURS[stance]
    out = [f"<p style='margin-bottom:0'><b style='color:{colour}'>{html.escape(label)}</b></p>"]
    out.append("<ul style='margin-top:0'>")
    out.extend(_item(row, sources, highlight) for row in rows)
    out.append("</ul>")
    return out


def _item(record: Mapping[str, object], sources: list[str], highlight: str) -> str:
    """One claim with a short citation and the indicators it bears on; the full citation goes to
    the numbered source list."""
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
    codes = [c for c in _text(record.get("indicators")).split(";") if c]
    if highlight and highlight in codes:
        claim = f"<span style='background-color:{shade()}'><b>{HIGHLIGHT_MARK}</b> {claim}</span>"
    text = f"<li>{claim}"
    if quote:
        text += f"<br><i>“{quote}”</i>"
    if codes:
        bears = QCoreApplication.translate("ArgumentsPanel", "Bears on: {indicators}").format(
            indicators=", ".join(indicator_title(c) for c in codes)
        )
        text += f"<br><small style='color:#666'>{html.escape(bears)}</small>"
    link = html.escape(f"argument:{_text(record.get('id'))}", quote=True)
    return text + f"<br><a href='{link}' style='color:#666'>[{number}] {short}</a></li>"
