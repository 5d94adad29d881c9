"""The content of a scenario report as HTML: edits, indicators with deltas, tensions, arguments.

Qt-free: the window and ``regio-desktop report`` render this HTML (with chart images) to PDF.
Every figure carries its unit and baseline; every argument its full citation, location and
quotation, numbered against a reference list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import partial
from html import escape
from pathlib import Path

from regio_desktop.engine.catalogue import STATE_INDICATORS, indicator_info
from regio_desktop.engine.consistency import check
from regio_desktop.engine.evaluation import evaluate
from regio_desktop.engine.explanation_change import explain_change
from regio_desktop.engine.uncertainty import Uncertainty
from regio_desktop.io.report_arguments import arguments_html
from regio_desktop.io.report_method import method_html
from regio_desktop.io.report_moves import data_notes_html, delta_cell, figure, spillovers_html
from regio_desktop.io.report_summary import summary_html
from regio_desktop.io.report_uncertainty import (
    interval_cell,
    method_uncertainty_html,
    sensitivity_html,
    uncertainty_note,
)
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World

STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 14pt; border-bottom: 1px solid #888; }
h3 { font-size: 11pt; margin-top: 8pt; }
h4 { font-size: 10pt; margin-top: 8pt; margin-bottom: 2pt; }
table { border-collapse: collapse; }
th { background: #e8e8e8; text-align: left; padding-left: 6px; padding-right: 6px; }
td { padding-left: 6px; padding-right: 6px; border-bottom: 1px solid #ddd; }
td.num { text-align: right; }
.muted { color: #666; }
.warning { color: #8a5a00; }
"""


DESCRIPTION_LIMIT = 4_000
"""Characters of a scenario's description the report prints: about a page. A description may
run to the scenario file's limit (4 MiB), which Qt would lay out as thousands of pages for
minutes; the report cuts it, says so, and points to the file for the whole text."""


def _cut(text: str) -> tuple[str, bool]:
    """``text`` cut after ``DESCRIPTION_LIMIT`` characters at a word break near there, and
    whether it was cut: a report of megabytes of free text ran for minutes."""
    if len(text) <= DESCRIPTION_LIMIT:
        return text, False
    cut = text[:DESCRIPTION_LIMIT]
    space = cut.rfind(" ", DESCRIPTION_LIMIT * 3 // 4)
    return (cut[:space] if space > 0 else cut).rstrip(), True


def _cut_note(what: str, text: str, shown: str) -> str:
    return (
        f'<p class="muted">The {what} cut here: it runs to {len(text):,} characters, of which'
        f" the report shows the first {len(shown):,}. The whole text is in the scenario file.</p>"
    )


def description_html(description: str) -> str:
    """The description as report paragraphs, cut after ``DESCRIPTION_LIMIT`` characters (at a
    word break near there) with a note that says it was cut and how long it is."""
    shown, was_cut = _cut(description)
    if not was_cut:
        return f"<p>{escape(description)}</p>" if description else ""
    return f"<p>{escape(shown)} …</p>" + _cut_note("description is", description, shown)


def _style(colours: Mapping[str, str] | None) -> str:
    """The style sheet, with the window's colour of each judgement when it gives them (the
    colours are the shell's, ``palette.judgement_hex``; the core keeps none of its own)."""
    rules = "".join(f" .{name} {{ color: {hex_} }}" for name, hex_ in (colours or {}).items())
    return STYLE + rules + "\n"


def _better(indicator: str) -> str:
    higher_is = indicator_info(indicator).higher_is
    return {"better": "↑ higher", "worse": "↓ lower"}.get(higher_is, "–")


def _edits(world: World, scenario: Scenario, lang: str) -> str:
    ev = evaluate(world, scenario)
    items = []
    for edit in scenario.memberships:
        state, bloc = world.name(edit.state, lang), world.name(edit.bloc, lang)
        before = (ev.baseline_status.loc[edit.state, edit.bloc] or "none").replace("_", " ")
        after = (
            "withdrawn" if edit.action == "leave" else (edit.status or "member").replace("_", " ")
        )
        items.append(
            f"<li>{escape(state)} in {escape(bloc)}: {escape(before)} → <b>{escape(after)}</b></li>"
        )
    for state, choice in scenario.alignments:
        before = ev.baseline_alignment.get(state, "none")
        items.append(
            f"<li>{escape(world.name(state, lang))}: alignment {escape(before)} → "
            f"<b>{escape(choice)}</b></li>"
        )
    for name, value in scenario.parameters:
        items.append(f"<li>Parameter <code>{escape(name)}</code> = {value:g}</li>")
    return "<ul>" + "".join(items) + "</ul>" if items else "<p>No edits: the baseline itself.</p>"


def report_states(world: World, scenario: Scenario) -> list[str]:
    """The states a report dwells on: those the scenario edits, else the Central Asian five."""
    states = list(scenario.edited_states)
    return states or [s for s in ("KAZ", "KGZ", "TJK", "TKM", "UZB") if s in world.state_codes]


def _indicator_tables(
    world: World, scenario: Scenario, lang: str, spread: Uncertainty | None
) -> str:
    table = evaluate(world, scenario).indicators
    parts = []
    for state in report_states(world, scenario):
        rows = table[(table["level"] == "state") & (table["entity"] == state)]
        body = "".join(
            f"<tr><td>{escape(indicator_info(r.indicator).title)}</td>"
            f'<td class="num">{figure(r.value)}{interval_cell(spread, r.indicator, state)}</td>'
            f'<td class="num">{figure(r.baseline)}</td>'
            f"{delta_cell(r.indicator, r.delta)}<td>{_better(r.indicator)}</td></tr>"
            for r in rows.itertuples()
        )
        parts.append(
            f"<h3>{escape(world.name(state, lang))}</h3><table cellpadding='3' cellspacing='0'><thead><tr><th>Indicator (0-100)"
            f"</th><th>&nbsp;Scenario</th><th>&nbsp;Baseline</th><th>&nbsp;Change</th><th>&nbsp;Better</th></tr></thead>{body}</table>"
        )
    edited = {e.bloc for e in scenario.memberships}
    blocs = table[(table["level"] == "bloc") & table["entity"].isin(edited)]
    if not blocs.empty:
        rows = blocs
        body = "".join(
            f"<tr><td>{escape(world.name(r.entity, lang))}</td>"
            f"<td>{escape(indicator_info(r.indicator).title)} ({escape(r.unit)})</td>"
            f'<td class="num">{figure(r.value)}{interval_cell(spread, r.indicator, r.entity)}'
            f'</td><td class="num">{figure(r.baseline)}</td>'
            f"{delta_cell(r.indicator, r.delta)}</tr>"
            for r in rows.itertuples()
        )
        parts.append(
            "<h3>Blocs the scenario edits</h3><table cellpadding='3' cellspacing='0'>"
            "<thead><tr><th>Bloc</th><th>Indicator</th>"
            f"<th>&nbsp;Scenario</th><th>&nbsp;Baseline</th><th>&nbsp;Change</th></tr></thead>{body}</table>"
        )
    return uncertainty_note(spread) + "".join(parts)


LARGEST_CHANGES = 3
"""How many of the report states' largest changes the report breaks down."""


def _breakdowns(world: World, scenario: Scenario, lang: str) -> str:
    """Why the largest changes of the report's states moved: ``explain_change``, the breakdown
    the window's panel and ``evaluate --explain --change`` show, one table a change."""
    table = evaluate(world, scenario).indicators
    rows = table[(table["level"] == "state") & table["entity"].isin(report_states(world, scenario))]
    rows = rows[rows["delta"].abs() >= 0.05]
    largest = rows.reindex(rows["delta"].abs().sort_values(ascending=False).index)
    parts = []
    name = partial(world.name, language=lang)
    for r in largest.head(LARGEST_CHANGES).itertuples():
        change = explain_change(world, scenario, str(r.indicator), str(r.entity))
        body = "".join(
            f"<tr><td>{escape(step.worded(name))}</td>{delta_cell(change.indicator, step.value)}"
            f'<td class="muted">{escape(world.source_citation(step.source))}</td></tr>'
            for step in change.steps
        )
        parts.append(
            f"<h3>{escape(indicator_info(change.indicator).title)}, "
            f"{escape(world.name(change.entity, lang))}: {figure(change.baseline)} → "
            f"{figure(change.value)}</h3>"
            f"<table width='100%' cellpadding='3' cellspacing='0'><thead><tr>"
            f"<th width='50%'>Step</th><th width='12%'>&nbsp;Change</th>"
            f"<th width='38%'>&nbsp;Source</th></tr></thead>{body}</table>"
            f'<p class="muted">Formula: {escape(change.formula.worded(name))}</p>'
        )
    if not parts:
        return ""
    return (
        "<h3>Why the largest changes moved</h3><p class='muted'>Each step is a part of the "
        "indicator's formula that differs between the baseline and the scenario; the steps add "
        "up to the change.</p>" + "".join(parts)
    )


def _notes(scenario: Scenario) -> str:
    """The analyst's notes, paragraph by paragraph, cut as the description is."""
    if not scenario.notes.strip():
        return ""
    shown, was_cut = _cut(scenario.notes)
    paragraphs = "".join(
        f"<p>{escape(p.strip())}</p>".replace("\n", "<br>")
        for p in shown.split("\n\n")
        if p.strip()
    )
    note = _cut_note("notes are", scenario.notes, shown) if was_cut else ""
    return f"<h2>Analyst's notes</h2>{paragraphs}{note}"


def _url(world: World, source: str) -> str:
    """The source's address, or '' when it has none (the column holds NaN then, which is true
    and printed "nan")."""
    if source not in world.sources.index:
        return ""
    url = world.sources.at[source, "url"]
    return url.strip() if isinstance(url, str) else ""


def report_html(
    world: World,
    scenario: Scenario,
    *,
    language: str = "en",
    charts: Sequence[tuple[str, Path]] = (),
    generated: dt.date | None = None,
    judgement_colours: Mapping[str, str] | None = None,
    uncertainty: Uncertainty | None = None,
) -> str:
    """The whole report as one HTML document (chart images are referenced by file path);
    ``judgement_colours`` maps 'better', 'worse', ... to the colour the window gives them;
    with ``uncertainty`` (``api.uncertainty`` of the scenario) each figure shows its range."""
    ev = evaluate(world, scenario)
    tensions = check(world, scenario)
    args_html, references = arguments_html(
        world, scenario, report_states(world, scenario), language, ev
    )
    tension_html = (
        (
            "<ul>"
            + "".join(f'<li class="warning">{escape(t.message)}</li>' for t in tensions)
            + "</ul>"
        )
        if tensions
        else "<p>No tensions: the scenario is consistent.</p>"
    )
    chart_html = "".join(
        f'<h3>{escape(title)}</h3><p><img src="{escape(path.as_posix())}" width="620"></p>'
        for title, path in charts
    )
    refs = "".join(
        f"<li>{escape(world.source_citation(s))}"
        + (f' <span class="muted">{escape(_url(world, s))}</span>' if _url(world, s) else "")
        + "</li>"
        for s in references
    )
    state_note = ", ".join(i.title for i in STATE_INDICATORS)
    sections = [
        ("What the scenario changes", _edits(world, scenario, language)),
        (
            "Indicators against the baseline",
            f"""<p class="muted">State indices run from 0 to 100 ({escape(state_note)}); the
appendix says what each measures and which way is better. Figures are an analyst's lens, not a
forecast. A change marked ▲ is better for the state, ▼ worse (the Better column says which way
is better); dependences and bloc figures have no better direction.</p>
{_indicator_tables(world, scenario, language, uncertainty)}{_breakdowns(world, scenario, language)}
{sensitivity_html(world, uncertainty, report_states(world, scenario), language)}""",
        ),
        ("Who else moves", spillovers_html(world, ev, language)),
    ]
    notes_html = data_notes_html(world, ev, language)
    if notes_html:
        sections.insert(1, ("Data notes", notes_html))
    if chart_html:
        sections.append(("Charts", chart_html))
    sections += [("Tensions", tension_html), ("Arguments for and against", args_html)]
    page_break = ' style="page-break-before: always"'
    numbered = "".join(
        f"<h2{page_break if title == 'Charts' else ''}>{n}. {escape(title)}</h2>{body}"
        for n, (title, body) in enumerate(sections, start=1)
    )
    return f"""<html><head><meta charset="utf-8"><style>{_style(judgement_colours)}</style></head><body>
<h1>{escape(scenario.name)}</h1>
<p class="muted">Regio Desktop scenario report · baseline {ev.year} · generated
{(generated or dt.date.today()).isoformat()}</p>
{description_html(scenario.description)}
{summary_html(world, scenario, language)}
{_notes(scenario)}
{numbered}
<h2>References</h2><ol>{refs}</ol>
{method_html(scenario)}
{method_uncertainty_html(uncertainty)}
</body></html>"""
