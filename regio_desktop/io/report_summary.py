"""The report's opening paragraph: what the scenario changes and its largest moves.

A colleague who reads only the first paragraph should learn what was edited, which figures moved
most (with whether each move is better or worse for the state, as ``IndicatorInfo.judge`` says),
and which states the edit moves beyond those it edits. The moves are read off the evaluation's
indicator table, so the paragraph and the tables below it cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from regio_desktop.engine.catalogue import Judgement, indicator_info
from regio_desktop.engine.evaluation import evaluate
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World

NOTABLE_CHANGE = 0.5
"""A state indicator moving by less than half a point (on its 0-100 index) is not reported as
a move: the figures are printed with one decimal, and smaller steps are within rounding."""


@dataclass(frozen=True)
class Move:
    """One state indicator that the scenario moves, with the judgement of the move."""

    state: str
    indicator: str
    value: float
    baseline: float
    delta: float
    judgement: Judgement


def state_moves(world: World, scenario: Scenario) -> list[Move]:
    """Every state indicator that moves by at least ``NOTABLE_CHANGE``, largest first."""
    table = evaluate(world, scenario).indicators
    rows = table[(table["level"] == "state") & (table["delta"].abs() >= NOTABLE_CHANGE)]
    moves = [
        Move(
            str(r.entity),
            str(r.indicator),
            float(r.value),
            float(r.baseline),
            float(r.delta),
            indicator_info(str(r.indicator)).judge(float(r.delta)),
        )
        for r in rows.itertuples()
    ]
    return sorted(moves, key=lambda m: (-abs(m.delta), m.state, m.indicator))


def edited_states(scenario: Scenario) -> list[str]:
    """The states the scenario edits, in the order of its edits."""
    edited = [e.state for e in scenario.memberships] + [s for s, _ in scenario.alignments]
    return list(dict.fromkeys(edited))


def spillover_states(world: World, scenario: Scenario) -> list[str]:
    """States the scenario does not edit whose indicators still move (by ``NOTABLE_CHANGE``)."""
    edited = set(edited_states(scenario))
    moved = dict.fromkeys(m.state for m in state_moves(world, scenario))
    return [s for s in moved if s not in edited]


def in_sentence(title: str) -> str:
    """A title inside a sentence: its first letter lower-cased unless the first word is an
    acronym, proper nouns kept ("Dependence on Russia" -> "dependence on Russia")."""
    first = title.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return title
    return title[:1].lower() + title[1:]


_WORDS = {"better": "better", "worse": "worse", "neutral": "no better way", "same": "same"}


def _move_text(world: World, move: Move, lang: str) -> str:
    info = indicator_info(move.indicator)
    return (
        f"{escape(world.name(move.state, lang))}'s {escape(in_sentence(info.title))} "
        f"{move.baseline:.1f} → {move.value:.1f} ({move.delta:+.1f}, {_WORDS[move.judgement]})"
    )


def summary_html(world: World, scenario: Scenario, lang: str = "en", largest: int = 4) -> str:
    """One paragraph: the edits counted, the largest moves, the states moved beyond the edited."""
    edits = len(scenario.memberships) + len(scenario.alignments) + len(scenario.parameters)
    if edits == 0:
        return "<p><b>Summary.</b> The scenario makes no edit: it is the baseline itself.</p>"
    edited = edited_states(scenario)
    names = ", ".join(escape(world.name(s, lang)) for s in edited)
    parts = [
        f"<b>Summary.</b> The scenario makes {edits} edit{'s' if edits != 1 else ''}"
        + (f" to {names}" if names else "")
        + "."
    ]
    moves = state_moves(world, scenario)
    if moves:
        shown = "; ".join(_move_text(world, m, lang) for m in moves[:largest])
        parts.append(f"The largest moves: {shown}.")
        better = sum(m.judgement == "better" for m in moves)
        worse = sum(m.judgement == "worse" for m in moves)
        parts.append(
            f"Of {len(moves)} state figures that move by {NOTABLE_CHANGE} points or more, "
            f"{better} move the better way and {worse} the worse way for the state concerned."
        )
    else:
        parts.append(f"No state figure moves by {NOTABLE_CHANGE} points or more.")
    others = spillover_states(world, scenario)
    if others:
        listed = ", ".join(escape(world.name(s, lang)) for s in others)
        parts.append(f"Beyond the states it edits, the scenario also moves {listed}.")
    return "<p>" + " ".join(parts) + "</p>"
