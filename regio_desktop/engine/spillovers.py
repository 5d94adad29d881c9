"""``spillovers(evaluation)``: every state and bloc whose indicators a scenario moves.

An edit of one state moves others: when Kazakhstan leaves the EAEU, the members it leaves behind
delegate to a union more dominated by Russia (their autonomy falls), and the states with a free
trade agreement with the union reach a smaller market. The window's "Who else moves" table and
the report list these moves from here, so both draw the same line between a move and noise.

What counts as a move depends on the indicator's scale: an index or share (0-100) moves when it
changes by at least ``threshold`` points; a count or a sum (members, GDP, population) moves when
it changes by at least ``threshold`` per cent of its baseline (a member more or less always
does). Region indicators are not an entity's and are left out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final, Literal

from regio_desktop.engine.catalogue import (
    BLOC_INDICATORS,
    DELTA_TOLERANCE,
    STATE_INDICATORS,
    IndicatorInfo,
    Judgement,
    indicator_info,
)
from regio_desktop.engine.evaluation import Evaluation

DEFAULT_SPILLOVER_THRESHOLD: Final = 1.0
"""Points of a 0-100 indicator (or per cent of the baseline of a count or sum): smaller moves
are within the precision the indicators can claim."""


@dataclass(frozen=True)
class Spillover:
    """One indicator of one state or bloc that the scenario moves beyond the threshold."""

    level: Literal["state", "bloc"]
    entity: str
    """A state's or bloc's code."""
    indicator: str
    value: float
    baseline: float
    delta: float
    unit: str
    judgement: Judgement
    """Better or worse for the state (``IndicatorInfo.judge``); "neutral" for a bloc's figure
    and for an indicator with no better direction."""
    edited: bool
    """Whether the entity is a state the scenario edits itself (its own choice, not a spillover)."""


def _moves(info: IndicatorInfo, delta: float, baseline: float, threshold: float) -> bool:
    if not abs(delta) > DELTA_TOLERANCE or math.isnan(delta):
        return False
    if info.scale == "0-100":
        return abs(delta) >= threshold
    if info.scale == "count":
        return True
    return math.isnan(baseline) or abs(delta) >= threshold / 100 * abs(baseline)


def spillovers(
    evaluation: Evaluation,
    threshold: float = DEFAULT_SPILLOVER_THRESHOLD,
    *,
    include_edited: bool = False,
) -> list[Spillover]:
    """The indicators of states and blocs that move beyond ``threshold``, most moved first.

    States come before blocs; within each, the entity whose largest move is largest comes
    first, and an entity's indicators follow by the size of their move. The states the scenario
    edits itself are left out unless ``include_edited`` (they are marked ``edited`` then). A
    negative threshold raises ValueError.
    """
    if not threshold >= 0:
        raise ValueError(f"the spillover threshold must be 0 or more, not {threshold}")
    scenario = evaluation.scenario
    edited = set(scenario.edited_states)
    found: list[Spillover] = []
    snap = evaluation.snapshot
    for level, infos, codes, now, base in (
        ("state", STATE_INDICATORS, snap.states, evaluation.result.states, evaluation.base.states),
        ("bloc", BLOC_INDICATORS, snap.blocs, evaluation.result.blocs, evaluation.base.blocs),
    ):
        for info in infos:
            values, baselines = now[info.code], base[info.code]
            for i, code in enumerate(codes):
                value, old = float(values[i]), float(baselines[i])
                delta = value - old
                if math.isnan(old) and not math.isnan(value):
                    delta = value  # a bloc that gains its first full members
                if not _moves(info, delta, old, threshold):
                    continue
                is_edited = level == "state" and code in edited
                if is_edited and not include_edited:
                    continue
                found.append(
                    Spillover(
                        level,  # type: ignore[arg-type]
                        code,
                        info.code,
                        value,
                        old,
                        delta,
                        info.unit,
                        info.judge(delta) if level == "state" else "neutral",
                        is_edited,
                    )
                )
    largest: dict[tuple[str, str], float] = {}
    for move in found:
        key = (move.level, move.entity)
        largest[key] = max(largest.get(key, 0.0), _size(move))
    found.sort(
        key=lambda m: (
            m.level != "state",
            -largest[(m.level, m.entity)],
            m.entity,
            -_size(m),
            m.indicator,
        )
    )
    return found


def _size(move: Spillover) -> float:
    """How large a move is, comparable across scales: points of a 0-100 figure (an index or a
    per cent), or per cent of the baseline (as ``_moves`` decides)."""
    if indicator_info(move.indicator).scale == "0-100":
        return abs(move.delta)
    if move.baseline and not math.isnan(move.baseline):
        return abs(move.delta) / abs(move.baseline) * 100
    return abs(move.delta)


def moved_entities(moves: list[Spillover]) -> list[tuple[str, str]]:
    """(level, entity) of the moves, once each, in the order of ``spillovers``."""
    return list(dict.fromkeys((m.level, m.entity) for m in moves))
