"""What a step puts before the room besides the map: the strongest arguments for and against
what its scenario does, and the room's tally as a table.

The arguments are those the workbench frames for an edit (``evidence.framing.framed_arguments``:
an argument for membership is an argument against leaving); a step shows the few strongest on
each side, so that a room reads them from the back row. A ``context`` row argues neither way, so
it is on neither side and the room does not see it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from regio_desktop.deck.model import Deck
from regio_desktop.engine.evaluation import Evaluation
from regio_desktop.evidence.framing import framed_arguments
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import SIDES


@dataclass(frozen=True)
class RoomArguments:
    """The strongest arguments of each side; ``edited`` says whether they speak to the
    scenario's edits (for and against the move) or, with no edit of the state, to its choices
    as they stand."""

    state: str
    edited: bool
    sides: dict[str, list[dict[str, object]]]


def _rank(row: dict[str, object]) -> tuple[int, int, str]:
    return (-_whole(row.get("strength")), -_whole(row.get("specificity")), str(row.get("id")))


def _whole(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0


def strongest_arguments(
    world: World,
    scenario: Scenario,
    state: str,
    evaluation: Evaluation | None = None,
    count: int = 2,
    about: str = "",
) -> RoomArguments:
    """The ``count`` strongest arguments for and against what ``scenario`` does to ``state``
    (by strength, then how specifically they name the state, then id), each once.

    With no edit of the state they speak to its choices as they stand: to its choice about the
    bloc or alignment ``about`` (what the step's map shows) when it has arguments, else to all.
    """
    framed = framed_arguments(world, scenario, state, evaluation)
    edited = [(choice, rows) for choice, rows in framed if choice.edited]
    focused = [(choice, rows) for choice, rows in framed if choice.target == about and rows]
    chosen = edited or focused or framed
    key = "on_move" if edited else "stance"
    sides: dict[str, list[dict[str, object]]] = {}
    for side in SIDES:
        rows = [row for _choice, found in chosen for row in found if row.get(key) == side]
        unique = {str(row["id"]): row for row in sorted(rows, key=_rank, reverse=True)}
        sides[side] = sorted(unique.values(), key=_rank)[:count]
    return RoomArguments(state, bool(edited), sides)


TALLY_COLUMNS = ["deck", "step", "title", "question", "option", "count"]


def tally_table(deck: Deck) -> pd.DataFrame:
    """One row per option of every step (``step`` counts from 1): the room's view for a
    spreadsheet. Steps without options have no rows."""
    rows = [
        {
            "deck": deck.title,
            "step": number,
            "title": step.title,
            "question": step.question,
            "option": option.label,
            "count": option.count,
        }
        for number, step in enumerate(deck.steps, start=1)
        for option in step.options
    ]
    frame = pd.DataFrame(rows, columns=TALLY_COLUMNS)
    frame["count"] = frame["count"].astype("int64")
    frame["step"] = frame["step"].astype("int64")
    return frame
