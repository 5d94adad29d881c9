"""The report's opening paragraph: what the scenario changes and its largest moves.

A colleague who reads only the first paragraph should learn what was edited, which figures moved
most (with whether each move is better or worse for the state, as ``IndicatorInfo.judge`` says),
and which states and blocs the edit moves beyond those it edits. The moves are the core's
``spillovers`` (of the edited states too), the function the "Who else moves" table and the
window's tab read, so the paragraph and the tables cannot disagree about what moved.
"""

from __future__ import annotations

from html import escape
from typing import Final

from regio_desktop.engine.catalogue import indicator_info
from regio_desktop.engine.evaluation import evaluate
from regio_desktop.engine.spillovers import (
    DEFAULT_SPILLOVER_THRESHOLD,
    Spillover,
    moved_entities,
    spillovers,
)
from regio_desktop.io.report_moves import figure
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World

NOTABLE_CHANGE: Final = DEFAULT_SPILLOVER_THRESHOLD
"""A move is what the core's ``spillovers`` counts as one (a point of a 0-100 index, or per cent
of a sum's baseline): the summary, the "Who else moves" table and the window draw one line."""


def moves(world: World, scenario: Scenario) -> list[Spillover]:
    """Every move of the scenario, of the states it edits too, states and blocs (``spillovers``)."""
    return spillovers(evaluate(world, scenario), NOTABLE_CHANGE, include_edited=True)


def state_moves(world: World, scenario: Scenario) -> list[Spillover]:
    """The moves of state indicators, largest first."""
    found = [m for m in moves(world, scenario) if m.level == "state"]
    return sorted(found, key=lambda m: (-abs(m.delta), m.entity, m.indicator))


def edited_states(scenario: Scenario) -> list[str]:
    """The states the scenario edits, in the order of its edits."""
    return list(scenario.edited_states)


def spillover_entities(world: World, scenario: Scenario) -> list[tuple[str, str]]:
    """(level, code) of the states it does not edit and the blocs that move, most moved first:
    the rows of the report's "Who else moves" table, once each."""
    return moved_entities([m for m in moves(world, scenario) if not m.edited])


def in_sentence(title: str) -> str:
    """A title inside a sentence: its first letter lower-cased unless the first word is an
    acronym, proper nouns kept ("Dependence on Russia" -> "dependence on Russia")."""
    first = title.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return title
    return title[:1].lower() + title[1:]


_WORDS = {"better": "better", "worse": "worse", "neutral": "no better way", "same": "same"}


def _move_text(world: World, move: Spillover, lang: str) -> str:
    info = indicator_info(move.indicator)
    return (
        f"{escape(world.name(move.entity, lang))}'s {escape(in_sentence(info.title))} "
        f"{figure(move.baseline)} → {figure(move.value)} ({figure(move.delta, signed=True)}, "
        f"{_WORDS[move.judgement]})"
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
    moved = state_moves(world, scenario)
    if moved:
        shown = "; ".join(_move_text(world, m, lang) for m in moved[:largest])
        parts.append(f"The largest moves: {shown}.")
        better = sum(m.judgement == "better" for m in moved)
        worse = sum(m.judgement == "worse" for m in moved)
        parts.append(
            f"Of {len(moved)} state figures that move by {NOTABLE_CHANGE:g} point or more, "
            f"{better} move the better way and {worse} the worse way for the state concerned."
        )
    else:
        parts.append(f"No state figure moves by {NOTABLE_CHANGE:g} point or more.")
    others = spillover_entities(world, scenario)
    states = [escape(world.name(c, lang)) for level, c in others if level == "state"]
    blocs = [escape(world.name(c, lang)) for level, c in others if level == "bloc"]
    if states or blocs:
        listed = "; ".join(
            text
            for text in (
                f"the states {', '.join(states)}" if states else "",
                f"the blocs {', '.join(blocs)}" if blocs else "",
            )
            if text
        )
        parts.append(f"Beyond the states it edits, the scenario also moves {listed}.")
    return "<p>" + " ".join(parts) + "</p>"
