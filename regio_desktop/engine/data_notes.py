"""``data_notes(world, scenario, state)``: the notes of the data rows a scenario rests on.

Each membership and alignment row of the shipped data may carry a note that reconciles it with
what the sources say (Kazakhstan is shown as a BRICS partner country while the arguments quote
its October 2024 statement that it would not apply for membership; a date is an estimate and
why). An analyst reading a result should see these beside the figures they qualify: the
arguments panel shows them on the choices, the breakdown beside the inputs. Both read them here.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from regio_desktop.engine.evaluation import resolve_year
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import ACTIVE_STATUSES


@dataclass(frozen=True)
class DataNote:
    """The note of one membership or alignment row in force at the scenario's baseline."""

    state: str
    kind: Literal["membership", "alignment"]
    target: str
    """The bloc's code, or the alignment."""
    status: str
    """The membership status (for an alignment row, the alignment again)."""
    start: dt.date
    end: dt.date | None
    source: str
    estimate: bool
    note: str
    edited: bool
    """Whether the scenario changes this choice (the row is what the edit departs from)."""

    @property
    def choice(self) -> str:
        """The choice label the arguments use for it (``membership:EAEU``, ``alignment:...``)."""
        return f"{self.kind}:{self.target}"


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


Rows = list[dict[str, object]]
_ROWS: weakref.WeakKeyDictionary[World, tuple[pd.DataFrame, pd.DataFrame, Rows, Rows]] = (
    weakref.WeakKeyDictionary()
)


def _noted_rows(world: World) -> tuple[Rows, Rows]:
    """The membership and alignment rows that carry a note, read once per world (the panel asks
    after every edit, and filtering the frames each time cost milliseconds)."""
    cached = _ROWS.get(world)
    if cached and cached[0] is world.memberships and cached[1] is world.alignments:
        return cached[2], cached[3]
    noted = [
        [row for row in frame.to_dict("records") if _text(row.get("note"))]
        for frame in (world.memberships, world.alignments)
    ]
    _ROWS[world] = (world.memberships, world.alignments, noted[0], noted[1])
    return noted[0], noted[1]


def _in_force(row: dict[str, object], date: dt.date) -> bool:
    """As ``rows_in_force``: started on or before ``date``, ended on or after it (or open)."""
    end = row["end"]
    open_ended = end is None or (not isinstance(end, dt.date) and pd.isna(end))
    return row["start"] <= date and (open_ended or end >= date)  # type: ignore[operator]


def data_notes(world: World, scenario: Scenario, state: str | None = None) -> list[DataNote]:
    """The notes of the rows in force at the scenario's baseline date, rows without one left out.

    With ``state``: every membership and alignment row of that state (what its choices rest on),
    the rows the scenario edits first. Without: only the rows the scenario's edits depart from,
    for every state it edits. Joining a bloc departs from no row and has no note.
    """
    date = world.reference_date(resolve_year(world, scenario))
    edited_pairs = {(e.state, e.bloc) for e in scenario.memberships}
    edited_alignments = {s for s, _ in scenario.alignments}
    memberships, alignments = _noted_rows(world)
    notes: list[DataNote] = []
    for row in memberships:
        pair = (row["state"], row["bloc"])
        if (state is None and pair not in edited_pairs) or (state and row["state"] != state):
            continue
        if row["status"] not in ACTIVE_STATUSES and pair not in edited_pairs:
            continue
        if _in_force(row, date):
            notes.append(_note(row, "membership", row["bloc"], row["status"], pair in edited_pairs))
    for row in alignments:
        is_edited = row["state"] in edited_alignments
        if (state is None and not is_edited) or (state and row["state"] != state):
            continue
        if _in_force(row, date):
            notes.append(_note(row, "alignment", row["alignment"], row["alignment"], is_edited))
    notes.sort(key=lambda n: (not n.edited, n.state, n.kind != "alignment", n.target))
    return notes


def _note(
    row: dict[str, object],
    kind: Literal["membership", "alignment"],
    target: object,
    status: object,
    edited: bool,
) -> DataNote:
    end = row["end"]
    return DataNote(
        state=str(row["state"]),
        kind=kind,
        target=str(target),
        status=str(status),
        start=row["start"],  # type: ignore[arg-type]
        end=None if end is None or pd.isna(end) else end,  # type: ignore[arg-type]
        source=str(row["source"]),
        estimate=bool(row["estimate"]),
        note=_text(row["note"]),
        edited=edited,
    )
