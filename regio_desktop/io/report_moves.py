"""The report's figures as the window prints them, its "Who else moves" table and its data notes.

The window prints a figure with as many decimals as its size deserves (two below 10, one below
100, none above: ``format_number`` of the window's indicator labels); the report, in English,
does the same, so a move of 0.35 reads 0.35 in both and not 0.3 in one. Who else moves is the
core's ``spillovers`` (the window's table reads the same function), states and blocs alike; the
data notes are the core's ``data_notes`` of the rows the scenario's edits depart from.
"""

from __future__ import annotations

import math
from functools import partial
from html import escape

from regio_desktop.engine.catalogue import indicator_info, is_change
from regio_desktop.engine.data_notes import data_notes
from regio_desktop.engine.evaluation import Evaluation
from regio_desktop.engine.spillovers import DEFAULT_SPILLOVER_THRESHOLD, spillovers
from regio_desktop.world.loaded_world import World

MARKS = {"better": "▲", "worse": "▼"}
"""The window's marks of a better and a worse change (``indicator_labels.JUDGEMENT_MARKS``)."""


def decimals(value: float) -> int:
    """How many decimals a figure of this size is printed with, as in the window: none from
    100, one from 10 (and for 0), two below."""
    magnitude = abs(value)
    if magnitude >= 100:
        return 0
    if magnitude >= 10 or magnitude == 0:
        return 1
    return 2


def figure(value: float, signed: bool = False) -> str:
    """A figure in English with the window's precision ("2,131", "27.7", "-0.35"); NaN "–"."""
    if value is None or math.isnan(value):
        return "–"
    if not is_change(value):
        value = 0.0
    sign = "+" if signed and value else ""
    return f"{value:{sign},.{decimals(value)}f}"


def delta_cell(indicator: str, value: float) -> str:
    """A change coloured and marked by the core's judgement (``IndicatorInfo.judge``), as the
    window shows it: a fall in sanctions exposure is better, "−11.0 ▲"."""
    if not is_change(value):
        return '<td class="num">0.0</td>'
    judgement = indicator_info(indicator).judge(value)
    mark = MARKS.get(judgement, "")
    return f'<td class="num {judgement}"><b>{figure(value, signed=True)} {mark}</b></td>'


_FOR_THE_STATE = {"better": "▲ better", "worse": "▼ worse"}


def spillovers_html(world: World, evaluation: Evaluation, language: str = "en") -> str:
    """The states and blocs the scenario moves beyond those it edits, each figure that moves,
    in the core's order (the most moved first, states before blocs), as the window lists them."""
    moves = spillovers(evaluation)
    threshold = f"{DEFAULT_SPILLOVER_THRESHOLD:g}"
    if not moves:
        return (
            f"<p>No state beyond those the scenario edits, and no bloc, moves by {threshold} point"
            " or more.</p>"
        )
    body = "".join(
        f"<tr><td>{escape(world.name(m.entity, language))}</td>"
        f"<td>{escape(indicator_info(m.indicator).title)}</td>"
        f"{delta_cell(m.indicator, m.delta) if m.level == 'state' else _plain(m.delta)}"
        f"<td>{escape(m.unit)}</td>"
        f"<td>{_FOR_THE_STATE.get(m.judgement, 'no better direction') if m.level == 'state' else ''}"
        f'</td><td class="num">{figure(m.baseline)}</td><td class="num">{figure(m.value)}</td></tr>'
        for m in moves
    )
    return (
        "<p class='muted'>States the scenario does not edit, and blocs, whose figures move by "
        f"{threshold} point or more (an index or share, 0-100) or by {threshold}% of the baseline "
        "(a sum such as GDP; a change of members always counts), because they share a bloc, a "
        "market or a corridor with a state it edits. The window's Who else moves table lists the "
        "same moves.</p><table width='100%' cellpadding='3' cellspacing='0'><thead><tr>"
        "<th width='20%'>State or bloc</th><th width='22%'>Indicator</th>"
        "<th width='11%'>Change</th><th width='9%'>Unit</th>"
        "<th width='12%'>For the state</th><th width='13%'>Baseline</th>"
        f"<th width='13%'>Scenario</th></tr></thead>{body}</table>"
    )


def _plain(delta: float) -> str:
    return f'<td class="num"><b>{figure(delta, signed=True)}</b></td>'


def data_notes_html(world: World, evaluation: Evaluation, language: str = "en") -> str:
    """The notes of the data rows the scenario's edits depart from ('' when none has one)."""
    notes = data_notes(world, evaluation.scenario)
    if not notes:
        return ""
    name = partial(world.name, language=language)
    items = []
    for n in notes:
        row = f"{name(n.state)}, {name(n.target) if n.kind == 'membership' else 'alignment'}"
        detail = n.status.replace("_", " ") + f" from {n.start.isoformat()}"
        estimate = " (an estimate)" if n.estimate else ""
        items.append(
            f"<li><b>{escape(row)}</b> ({escape(detail)}{estimate}): {escape(n.note)} "
            f'<span class="muted">[{escape(world.source_citation(n.source))}]</span></li>'
        )
    return (
        "<p class='muted'>What the data rows the scenario changes say about themselves: how a "
        "fact was reconciled with the sources, or why a date is an estimate.</p>"
        f"<ul>{''.join(items)}</ul>"
    )
