"""The content of a scenario report as HTML: edits, indicators with deltas, tensions, arguments.

Qt-free: the window and ``regio-desktop report`` render this HTML (with chart images) to PDF.
Every figure carries its unit and baseline; every argument its full citation, location and
quotation, numbered against a reference list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from pathlib import Path

import pandas as pd

from regio_desktop.engine.catalogue import STATE_INDICATORS, indicator_info
from regio_desktop.engine.consistency import check
from regio_desktop.engine.evaluation import evaluate
from regio_desktop.evidence.matching import arguments_for, balance
from regio_desktop.io.report_method import method_html
from regio_desktop.io.report_summary import spillover_states, state_moves, summary_html
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World

STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 14pt; border-bottom: 1px solid #888; }
h3 { font-size: 11pt; margin-top: 8pt; }
table { border-collapse: collapse; }
th { background: #e8e8e8; text-align: left; padding-left: 6px; padding-right: 6px; }
td { padding-left: 6px; padding-right: 6px; border-bottom: 1px solid #ddd; }
td.num { text-align: right; }
.up { color: #1f5fbf; } .down { color: #c0501f; }
.muted { color: #666; }
.warning { color: #8a5a00; }
"""


def _fmt(value: float) -> str:
    return "–" if pd.isna(value) else f"{value:,.1f}"


def _delta(value: float) -> str:
    if pd.isna(value) or abs(value) < 0.05:
        return '<td class="num">0.0</td>'
    css = "up" if value > 0 else "down"
    return f'<td class="num {css}">{value:+,.1f}</td>'


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
    edited = [e.state for e in scenario.memberships] + [s for s, _ in scenario.alignments]
    states = list(dict.fromkeys(edited))
    return states or [s for s in ("KAZ", "KGZ", "TJK", "TKM", "UZB") if s in world.state_codes]


def _indicator_tables(world: World, scenario: Scenario, lang: str) -> str:
    table = evaluate(world, scenario).indicators
    parts = []
    for state in report_states(world, scenario):
        rows = table[(table["level"] == "state") & (table["entity"] == state)]
        body = "".join(
            f"<tr><td>{escape(indicator_info(r.indicator).title)}</td>"
            f'<td class="num">{_fmt(r.value)}</td><td class="num">{_fmt(r.baseline)}</td>'
            f"{_delta(r.delta)}</tr>"
            for r in rows.itertuples()
        )
        parts.append(
            f"<h3>{escape(world.name(state, lang))}</h3><table cellpadding='3' cellspacing='0'><tr><th>Indicator (0-100)"
            f"</th><th>&nbsp;Scenario</th><th>&nbsp;Baseline</th><th>&nbsp;Change</th></tr>{body}</table>"
        )
    edited = {e.bloc for e in scenario.memberships}
    blocs = table[(table["level"] == "bloc") & table["entity"].isin(edited)]
    if not blocs.empty:
        rows = blocs
        body = "".join(
            f"<tr><td>{escape(world.name(r.entity, lang))}</td>"
            f"<td>{escape(indicator_info(r.indicator).title)} ({escape(r.unit)})</td>"
            f'<td class="num">{_fmt(r.value)}</td><td class="num">{_fmt(r.baseline)}</td>'
            f"{_delta(r.delta)}</tr>"
            for r in rows.itertuples()
        )
        parts.append(
            "<h3>Blocs the scenario edits</h3><table cellpadding='3' cellspacing='0'>"
            "<tr><th>Bloc</th><th>Indicator</th>"
            f"<th>&nbsp;Scenario</th><th>&nbsp;Baseline</th><th>&nbsp;Change</th></tr>{body}</table>"
        )
    return "".join(parts)


def _spillovers(world: World, scenario: Scenario, lang: str) -> str:
    """Every state the scenario moves without editing it, with each figure that moves."""
    others = set(spillover_states(world, scenario))
    moves = [m for m in state_moves(world, scenario) if m.state in others]
    if not moves:
        return "<p>No state beyond those the scenario edits moves by half a point or more.</p>"
    body = "".join(
        f"<tr><td>{escape(world.name(m.state, lang))}</td>"
        f"<td>{escape(indicator_info(m.indicator).title)}</td>"
        f'<td class="num">{_fmt(m.value)}</td><td class="num">{_fmt(m.baseline)}</td>'
        f"{_delta(m.delta)}<td>{escape(m.judgement)}</td></tr>"
        for m in sorted(moves, key=lambda m: (world.name(m.state, lang), -abs(m.delta)))
    )
    return (
        "<p class='muted'>States the scenario does not edit whose figures move by half a point or "
        "more (index 0-100), because they share a bloc, a market or a corridor with a state it "
        "edits.</p><table cellpadding='3' cellspacing='0'><tr><th>State</th><th>Indicator</th>"
        "<th>&nbsp;Scenario</th><th>&nbsp;Baseline</th><th>&nbsp;Change</th><th>For the state"
        f"</th></tr>{body}</table>"
    )


def _notes(scenario: Scenario) -> str:
    if not scenario.notes.strip():
        return ""
    paragraphs = "".join(
        f"<p>{escape(p.strip())}</p>" for p in scenario.notes.split("\n\n") if p.strip()
    )
    return f"<h2>Analyst's notes</h2>{paragraphs.replace(chr(10), '<br>')}"


def _arguments(world: World, scenario: Scenario, lang: str) -> tuple[str, list[str]]:
    frames = [arguments_for(world, scenario, state) for state in report_states(world, scenario)]
    matched = (
        pd.concat([f for f in frames if not f.empty], ignore_index=True)
        if any(not f.empty for f in frames)
        else pd.DataFrame()
    )
    if matched.empty:
        return "<p>No arguments in the corpus address these choices.</p>", []
    references: list[str] = []
    counts = balance(matched).set_index(["state", "choice"])
    html = []
    for (state, choice), group in matched.groupby(["state", "choice"], sort=False):
        kind, _, target = choice.partition(":")
        label = (
            f"alignment {target}"
            if kind == "alignment"
            else f"membership of {world.name(target, lang)}"
        )
        c = counts.loc[(state, choice)]
        html.append(
            f"<h3>{escape(world.name(state, lang))}: {escape(label)} "
            f'<span class="muted">({int(c["for"])} for, {int(c["against"])} against)</span></h3>'
        )
        for stance in ("for", "against"):
            subset = group[group["stance"] == stance]
            if subset.empty:
                continue
            items = []
            for r in subset.itertuples():
                if r.source not in references:
                    references.append(r.source)
                number = references.index(r.source) + 1
                quote = f" <i>“{escape(r.quote)}”</i>" if r.quote else ""
                where = f", {escape(r.location)}" if r.location else ""
                items.append(
                    f'<li>{escape(r.claim)}{quote} <span class="muted">[{number}{where}]'
                    "</span></li>"
                )
            html.append(
                f"<p><b>{'For' if stance == 'for' else 'Against'}</b></p><ul>{''.join(items)}</ul>"
            )
    return "".join(html), references


def report_html(
    world: World,
    scenario: Scenario,
    *,
    language: str = "en",
    charts: Sequence[tuple[str, Path]] = (),
    generated: dt.date | None = None,
) -> str:
    """The whole report as one HTML document (chart images are referenced by file path)."""
    ev = evaluate(world, scenario)
    tensions = check(world, scenario)
    args_html, references = _arguments(world, scenario, language)
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
        + (
            f' <span class="muted">{escape(str(world.sources.at[s, "url"]))}</span>'
            if s in world.sources.index and world.sources.at[s, "url"]
            else ""
        )
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
forecast.</p>{_indicator_tables(world, scenario, language)}""",
        ),
        ("Who else moves", _spillovers(world, scenario, language)),
    ]
    if chart_html:
        sections.append(("Charts", chart_html))
    sections += [("Tensions", tension_html), ("Arguments for and against", args_html)]
    page_break = ' style="page-break-before: always"'
    numbered = "".join(
        f"<h2{page_break if title == 'Charts' else ''}>{n}. {escape(title)}</h2>{body}"
        for n, (title, body) in enumerate(sections, start=1)
    )
    return f"""<html><head><meta charset="utf-8"><style>{STYLE}</style></head><body>
<h1>{escape(scenario.name)}</h1>
<p class="muted">Regio Desktop scenario report · baseline {ev.year} · generated
{(generated or dt.date.today()).isoformat()}</p>
<p>{escape(scenario.description)}</p>
{summary_html(world, scenario, language)}
{_notes(scenario)}
{numbered}
<h2>References</h2><ol>{refs}</ol>
{method_html(scenario)}
</body></html>"""
