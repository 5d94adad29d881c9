"""``framed_arguments()``: the arguments for and against what a scenario does to a state.

The literature argues for or against a choice as it stands ("for EAEU membership"); an analyst
who made an edit asks what speaks for or against the edit ("for leaving the EAEU"). This module
turns the one into the other, once for every view: an argument for membership is against
leaving, an argument against an alignment is for giving it up. The choices the scenario changes
come first (the panel opens on them), then the state's other choices as they stand.

A choice's *move* says what the edit does:

- ``join`` / ``leave``: from no active status to one, or the reverse;
- ``deepen`` / ``loosen``: from one active status to a weightier or a lighter one
  (partner country to member, member to observer), by ``STATUS_WEIGHT``;
- ``adopt`` / ``abandon``: the alignment a state turns to, and the one it gives up;
- ``keep``: a choice the scenario leaves as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from regio_desktop.engine.evaluation import Evaluation, evaluate
from regio_desktop.evidence.matching import choices, matched_to_choice
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import ACTIVE_STATUSES, SIDES, STANCES, STATUS_WEIGHT

Move = Literal["join", "leave", "deepen", "loosen", "adopt", "abandon", "keep"]

AWAY_MOVES: Final = frozenset({"leave", "loosen", "abandon"})
"""Moves away from a choice: an argument for the choice is against the move."""


@dataclass(frozen=True)
class FramedChoice:
    """One choice of a state as the scenario leaves it, with what the edit does to it."""

    state: str
    choice: str
    """The label the arguments carry: ``membership:EAEU``, ``alignment:china-centred``."""
    kind: Literal["membership", "alignment"]
    target: str
    move: Move
    before: str
    """The baseline status or alignment ('' for none)."""
    after: str
    """The status or alignment in the scenario ('' for none)."""

    @property
    def edited(self) -> bool:
        return self.move != "keep"


def stance_on_move(stance: str, move: str) -> str:
    """Whether an argument ``stance`` on a choice speaks for or against the ``move``: the one
    rule that an argument for membership is an argument against leaving. Context describes the
    choice, and so describes a move of it too: it stays ``context`` whatever the move."""
    if move in AWAY_MOVES and stance in SIDES:
        return "against" if stance == "for" else "for"
    return stance


def _membership_move(before: str, after: str) -> Move:
    was, now = before in ACTIVE_STATUSES, after in ACTIVE_STATUSES
    if was == now:
        if not was or STATUS_WEIGHT.get(after, 0.0) == STATUS_WEIGHT.get(before, 0.0):
            return "keep"
        return "deepen" if STATUS_WEIGHT[after] > STATUS_WEIGHT[before] else "loosen"
    return "join" if now else "leave"


def framed_choices(evaluation: Evaluation, state: str) -> list[FramedChoice]:
    """The state's choices, those the scenario changes first (its alignment's, then its
    memberships' in bloc order), then the others in the order of ``argument_choices``."""
    snap = evaluation.snapshot
    if state not in snap.states:
        return []
    i = snap.state_index(state)
    edited: list[FramedChoice] = []
    now, then = evaluation.alignment.get(state, ""), evaluation.baseline_alignment.get(state, "")
    if now != then:
        if now:
            edited.append(
                FramedChoice(state, f"alignment:{now}", "alignment", now, "adopt", then, now)
            )
        if then:
            edited.append(
                FramedChoice(state, f"alignment:{then}", "alignment", then, "abandon", then, now)
            )
    kept: list[FramedChoice] = []
    for label, kind, target in choices(evaluation, state):
        if kind == "alignment":
            if now == then:
                kept.append(FramedChoice(state, label, "alignment", target, "keep", then, now))
            continue
        b = snap.bloc_index(target)
        before, after = str(evaluation.base.status[i, b]), str(evaluation.result.status[i, b])
        move = _membership_move(before, after)
        framed = FramedChoice(state, label, "membership", target, move, before, after)
        (edited if framed.edited else kept).append(framed)
    return edited + kept


def framed_arguments(
    world: World,
    scenario: Scenario,
    state: str,
    evaluation: Evaluation | None = None,
) -> list[tuple[FramedChoice, list[dict[str, object]]]]:
    """Each framed choice of ``state`` with its arguments, in the order of ``framed_choices``.

    Each argument is a row of ``argument_records`` (keys ``COLUMNS``) plus ``on_move``, its
    stance on the move ("for leaving" is an argument against membership); within a choice the
    arguments for the move come first, then those against, then context, each group by
    specificity, strength and id. A choice with no arguments is kept (with an empty list), so a
    view can say that nothing was found.
    """
    if evaluation is None:
        evaluation = evaluate(world, scenario)
    elif evaluation.scenario != scenario:
        raise ValueError("the evaluation given to framed_arguments is of another scenario")
    out: list[tuple[FramedChoice, list[dict[str, object]]]] = []
    for framed in framed_choices(evaluation, state):
        rows = matched_to_choice(world, state, framed.choice, framed.kind, framed.target)
        for row in rows:
            row["on_move"] = stance_on_move(str(row["stance"]), framed.move)
        rows.sort(
            key=lambda r: (
                STANCES.index(str(r["on_move"])),
                -r["specificity"],  # type: ignore[operator]
                -r["strength"],  # type: ignore[operator]
                r["id"],
            )
        )
        out.append((framed, rows))
    return out


def arguments_about(
    framed: list[tuple[FramedChoice, list[dict[str, object]]]], indicator: str
) -> list[str]:
    """The ids of the framed arguments that name ``indicator`` among those they bear on, in
    order (for highlighting the arguments about an indicator the analyst selected)."""
    ids: list[str] = []
    for _choice, rows in framed:
        for row in rows:
            if indicator in str(row.get("indicators") or "").split(";"):
                ids.append(str(row["id"]))
    return list(dict.fromkeys(ids))
