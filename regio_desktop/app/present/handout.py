"""The handout of a deck: a PDF with one page per step, for the room to take home.

Each page has the step's title and question, the map as the slide colours it (the map room's
own PNG export), the indicators the step moves most with their baseline, value and change, the
strongest arguments for and against with their full citations, and the room's tally when one
was recorded. A page whose content runs long is drawn smaller rather than split, so that the
handout has exactly one page per step. Used by ``regio-desktop deck DECK --output FILE.pdf``.
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import format_number, indicator_title, marked_change
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.map.view import MapPanel
from regio_desktop.app.present.deck_strings import shown_text
from regio_desktop.app.present.present_bars import LEVELS, biggest_changes
from regio_desktop.app.present.present_parts import side_heading
from regio_desktop.app.present.present_style import AGAINST, FOR, MUTED
from regio_desktop.app.present.presentation import colour_map

ARGUMENTS_PER_SIDE = 3
MAP_WIDTH = 700


def _sized(image: QImage, room: float = MAP_WIDTH) -> QImage:
    """The map at ``MAP_WIDTH`` points wide, or ``room`` when the page is narrower (a wider
    picture was cut at the page's right edge, and the legend with it), with twice the pixels
    (sharp in print): Qt's rich text ignores an image's width attribute when it paints on a
    PDF writer."""
    wide = max(1, min(MAP_WIDTH, int(room)))
    sized = image.scaledToWidth(2 * wide, Qt.TransformationMode.SmoothTransformation)
    sized.setDevicePixelRatio(2.0)
    return sized


def _changes_html(evaluation: api.Evaluation, state: str, name: str) -> str:
    codes, values, baselines = biggest_changes(evaluation, state, most=6)
    heading = QCoreApplication.translate("Handout", "What changes for {state}").format(state=name)
    if not codes:
        figures = evaluation.state_figures(state, list(LEVELS))
        if figures is None:
            return ""
        codes, (values, baselines) = list(LEVELS), figures
        heading = QCoreApplication.translate(
            "Handout", "Where {state} stands (this step changes none of its indicators)"
        ).format(state=name)
    rows = "".join(
        f"<tr><td>{html.escape(indicator_title(code))}</td>"
        f"<td align='right'>{format_number(base)}</td><td align='right'>{format_number(value)}</td>"
        f"<td align='right'><b>{html.escape(marked_change(code, value - base))}</b></td></tr>"
        for code, value, base in zip(codes, values, baselines, strict=True)
    )
    head = "".join(
        f"<th align='{align}'>{html.escape(text)}</th>"
        for text, align in (
            (QCoreApplication.translate("Handout", "Indicator (index 0–100)"), "left"),
            (
                QCoreApplication.translate("Handout", "Baseline {year}").format(
                    year=evaluation.year
                ),
                "right",
            ),
            (QCoreApplication.translate("Handout", "Scenario"), "right"),
            (QCoreApplication.translate("Handout", "Change (▲ better, ▼ worse)"), "right"),
        )
    )
    return (
        f"<h3>{html.escape(heading)}</h3><table width='100%' cellspacing='0' cellpadding='3' "
        f"border='1' style='border-collapse:collapse'><tr>{head}</tr>{rows}</table>"
    )


def _arguments_html(room: api.RoomArguments) -> str:
    """Both sides' claims, each with its place in the source, then the sources they cite in
    full, numbered, each once."""
    parts = []
    sources: list[str] = []
    none = QCoreApplication.translate("Handout", "None recorded.")
    for side, colour in (("for", FOR), ("against", AGAINST)):
        heading = html.escape(side_heading(side, room.edited))
        parts.append(f"<h3 style='color:{colour}'>{heading}</h3>")
        rows = room.sides[side]
        if not rows:
            parts.append(f"<p style='color:{MUTED}'>{html.escape(none)}</p>")
            continue
        items = []
        for row in rows:
            citation = str(row.get("citation") or row.get("source") or "")
            if citation not in sources:
                sources.append(citation)
            location = str(row.get("location") or "")
            where = f"[{sources.index(citation) + 1}]" + (f", {location}" if location else "")
            items.append(
                f"<li>{html.escape(str(row.get('claim') or ''))} "
                f"<span style='color:{MUTED}'>{html.escape(where)}</span></li>"
            )
        parts.append("<ul>" + "".join(items) + "</ul>")
    if sources:
        title = QCoreApplication.translate("Handout", "Sources")
        parts.append(f"<h3>{html.escape(title)}</h3><ol style='color:{MUTED}'>")
        parts.extend(f"<li><small>{html.escape(source)}</small></li>" for source in sources)
        parts.append("</ol>")
    return "".join(parts)


def _tally_html(step: api.Step) -> str:
    if not step.tallied:
        return ""
    total = sum(o.count for o in step.options)
    rows = "".join(
        f"<tr><td>{html.escape(shown_text(o.label))}</td><td align='right'>{o.count}</td>"
        f"<td align='right'>{round(100 * o.count / total)} %</td></tr>"
        for o in step.options
    )
    heading = QCoreApplication.translate("Handout", "The room's view ({total} votes)").format(
        total=total
    )
    return (
        f"<h3>{html.escape(heading)}</h3><table cellspacing='0' cellpadding='3' border='1' "
        f"style='border-collapse:collapse'>{rows}</table>"
    )


def step_html(
    world: api.World,
    deck: api.Deck,
    index: int,
    scenario: api.Scenario,
    map_png: Path,
    stage: ScenarioDocument,
) -> str:
    """One page: the step as the room saw it, with full citations."""
    step = deck.steps[index]
    state = step.focus_state(scenario)
    name = stage.name(state)
    room = api.strongest_arguments(
        world, scenario, state, stage.evaluation, count=ARGUMENTS_PER_SIDE, about=step.colour_by
    )
    counter = QCoreApplication.translate("Handout", "{deck} · step {number} of {count}").format(
        deck=shown_text(deck.title), number=index + 1, count=len(deck.steps)
    )
    question = shown_text(step.question)
    return (
        f"<p style='color:{MUTED}'>{html.escape(counter)}</p>"
        f"<h1>{html.escape(shown_text(step.title))}</h1>"
        + (f"<h2 style='color:#0a1f44'>{html.escape(question)}</h2>" if question else "")
        + f"<p><img src='{map_png.as_posix()}'></p>"
        # A preset's name in the user's language (the window's own list of preset names).
        + f"<p style='color:{MUTED}'>"
        f"{html.escape(QCoreApplication.translate('PresetNames', scenario.name))}</p>"
        + _changes_html(stage.evaluation, state, name)
        + _arguments_html(room)
        + _tally_html(step)
    )


def fit(document: QTextDocument, width: float, height: float) -> float:
    """The scale at which ``document`` fills ``width`` and fits ``height`` (1 when it fits as
    it is): laid out wider by the same factor, a smaller page keeps its full width."""
    factor = 1.0
    while True:
        document.setPageSize(QSizeF(width / factor, 1e7))
        tall = document.documentLayout().documentSize().height()
        if tall * factor <= height or factor <= 0.3:
            return factor
        factor = max(0.3, factor * min(0.97, (height / (tall * factor)) ** 0.5))


def write_handout(
    world: api.World,
    deck: api.Deck,
    scenarios: list[api.Scenario],
    output: Path,
    language: str = "en",
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the handout of ``deck`` to ``output`` (PDF, A4, one page per step); returns the
    number of pages. ``progress(done, total)`` is called after each page."""
    stage = ScenarioDocument(world, scenarios[0] if scenarios else api.Scenario(), language)
    panel = MapPanel(stage)
    pages: list[str] = []
    with tempfile.TemporaryDirectory(prefix=api.REPORT_TEMP_PREFIX) as tmp:
        images: list[Path] = []
        for index, (step, scenario) in enumerate(zip(deck.steps, scenarios, strict=True)):
            stage.open_scenario(scenario)
            stage.select_state(step.focus_state(scenario))
            colour_map(panel, step)
            png = panel.export_png(Path(tmp) / f"map_{index}.png", scale=1.5)
            images.append(png)
            pages.append(step_html(world, deck, index, scenario, png, stage))

        def write(partial: Path) -> None:
            writer = QPdfWriter(str(partial))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)
            writer.setTitle(shown_text(deck.title))
            writer.setCreator("Regio Desktop")
            writer.setResolution(96)
            rect = writer.pageLayout().paintRectPixels(writer.resolution())
            width, height = float(rect.width()), float(rect.height())
            painter = QPainter(writer)
            try:
                for index, page in enumerate(pages):
                    if index:
                        writer.newPage()
                    document = QTextDocument()
                    room = width - 2 * document.documentMargin()
                    document.addResource(
                        QTextDocument.ResourceType.ImageResource,
                        QUrl(images[index].as_posix()),
                        _sized(QImage(str(images[index])), room),
                    )
                    document.setHtml(page)
                    factor = fit(document, width, height)
                    painter.save()
                    painter.scale(factor, factor)
                    document.drawContents(painter, QRectF(0, 0, width / factor, height / factor))
                    painter.restore()
                    if progress is not None:
                        progress(index + 1, len(pages))
            finally:
                painter.end()
            del writer  # the PDF is complete only once the writer is gone

        api.write_atomically(output, write, complete=api.pdf_complete)
    panel.deleteLater()
    return len(pages)
