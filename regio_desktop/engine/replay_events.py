"""The events of the data, read from the dated rows: what the replay's captions say each year.

Membership rows that follow each other (a member row ending the day before a withdrawn row
starts, as Georgia's CIS rows do in 2009) make one event, a leaving; a row that ends with no row
after it is a leaving too, unless its bloc was dissolved then (the dissolution is the event).
Founding members who sign in the bloc's founding year are folded into the founding. Rows of the
same kind, bloc, status and source in one year (the observers admitted at one summit) make one
event naming all their states. Each event keeps the source id of its row and that source's
citation, so that a caption can cite it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

import pandas as pd

from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import ACTIVE_STATUSES

EVENT_KINDS = (
    "bloc_founded",
    "joined",
    "status_changed",
    "suspended",
    "left",
    "bloc_dissolved",
    "alignment_changed",
    "sanctions_imposed",
    "sanctions_changed",
    "sanctions_lifted",
    "scenario_joined",
    "scenario_status",
    "scenario_left",
    "scenario_alignment",
)
"""Every kind of event, in the order a year's events of one day are told."""

_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class YearEvent:
    """One event: ``kind`` (one of ``EVENT_KINDS``) and the parameters its wording needs.

    ``states`` are the states concerned (the founders of a bloc, the states admitted together);
    ``status`` is the new status or alignment ('' when none is left), ``before`` the one held
    until then; ``severity`` and ``before_severity`` the sanctions' severity after and before
    (0-1, higher is heavier; a project estimate). ``source`` is the source id of the row and
    ``citation`` its citation; a scenario's edit cites the scenario (``citation`` is its name,
    ``source`` is empty). ``others`` counts the states of the event the replay does not show.
    """

    year: int
    date: dt.date
    kind: str
    states: tuple[str, ...] = ()
    bloc: str = ""
    status: str = ""
    before: str = ""
    severity: float = 0.0
    before_severity: float = 0.0
    source: str = ""
    citation: str = ""
    others: int = 0

    @property
    def from_scenario(self) -> bool:
        return self.kind.startswith("scenario_")


def _date(value: object) -> dt.date | None:
    if value is None or (not isinstance(value, dt.date) and pd.isna(value)):
        return None
    return value if isinstance(value, dt.date) else None


def _ended(end: dt.date | None, dissolved: dt.date | None) -> bool:
    """Whether a row ending at ``end`` ends with its bloc (on or a day before its dissolution)."""
    return end is not None and dissolved is not None and end >= dissolved - _DAY


def _membership_events(world: World, states: set[str]) -> list[YearEvent]:
    founded = {code: _date(d) for code, d in world.blocs["founded"].items()}
    dissolved = {code: _date(d) for code, d in world.blocs["dissolved"].items()}
    rows = world.memberships.sort_values(["state", "bloc", "start"])
    found: list[YearEvent] = []
    previous: tuple[str, str, str, dt.date | None, str] | None = None

    def add(
        kind: str, state: str, bloc: str, date: dt.date, status: str, before: str, source: str
    ) -> None:
        found.append(
            YearEvent(date.year, date, kind, (state,), bloc, status, before, source=source)
        )

    def close(last: tuple[str, str, str, dt.date | None, str] | None, until: dt.date) -> None:
        """The end of ``last`` when no row follows it the next day (before ``until``)."""
        if last is None:
            return
        state, bloc, status, end, source = last
        if end is None or end + _DAY >= until or _ended(end, dissolved.get(bloc)):
            return
        if status in ACTIVE_STATUSES or status == "suspended":
            add("left", state, bloc, end + _DAY, "", status, source)

    for state, bloc, status, start, end, source in zip(
        rows["state"].tolist(),
        rows["bloc"].tolist(),
        rows["status"].tolist(),
        rows["start"].tolist(),
        rows["end"].tolist(),
        rows["source"].tolist(),
        strict=True,
    ):
        end = _date(end)
        same = previous is not None and previous[:2] == (state, bloc)
        if same:
            close(previous, start)
        else:
            close(previous, dt.date.max)
        held = previous[2] if same and previous is not None else ""
        gap = same and previous is not None and previous[3] is not None
        if gap and previous is not None and previous[3] is not None and previous[3] + _DAY < start:
            held = ""  # a gap: the state was out of the bloc in between
        previous = (state, bloc, status, end, source)
        if state not in states:
            continue
        bloc_founded = founded.get(bloc)
        if (
            status == "founding_member"
            and not held
            and bloc_founded is not None
            and start.year == bloc_founded.year
        ):
            continue  # told with the founding
        if status in ACTIVE_STATUSES:
            if held in ACTIVE_STATUSES:
                if held != status:
                    add("status_changed", state, bloc, start, status, held, source)
            else:
                add("joined", state, bloc, start, status, held, source)
        elif status == "suspended" and held in ACTIVE_STATUSES:
            add("suspended", state, bloc, start, status, held, source)
        elif status == "withdrawn" and (held in ACTIVE_STATUSES or held == "suspended"):
            add("left", state, bloc, start, "", held, source)
    close(previous, dt.date.max)
    return [e for e in found if e.states[0] in states]


def _bloc_events(world: World, states: set[str]) -> list[YearEvent]:
    members = world.memberships
    found = []
    for code, founded, dissolved, source in zip(
        world.bloc_codes,
        world.blocs["founded"].tolist(),
        world.blocs["dissolved"].tolist(),
        world.blocs["source"].tolist(),
        strict=True,
    ):
        rows = members[members["bloc"] == code]
        if not set(rows["state"]) & states:
            continue
        founded = _date(founded)
        if founded is not None:
            founders = rows[
                (rows["status"] == "founding_member")
                & rows["start"].map(lambda d, y=founded.year: d.year == y)
            ]
            codes = [c for c in world.state_codes if c in set(founders["state"])]
            shown = tuple(c for c in codes if c in states)
            found.append(
                YearEvent(
                    founded.year,
                    founded,
                    "bloc_founded",
                    shown,
                    code,
                    source=source,
                    others=len(codes) - len(shown),
                )
            )
        dissolved = _date(dissolved)
        if dissolved is not None:
            found.append(
                YearEvent(dissolved.year, dissolved, "bloc_dissolved", (), code, source=source)
            )
    return found


def _alignment_events(world: World, states: set[str]) -> list[YearEvent]:
    rows = world.alignments.sort_values(["state", "start"])
    found = []
    previous: tuple[str, str, dt.date | None] | None = None
    for state, alignment, start, end, source in zip(
        rows["state"].tolist(),
        rows["alignment"].tolist(),
        rows["start"].tolist(),
        rows["end"].tolist(),
        rows["source"].tolist(),
        strict=True,
    ):
        end = _date(end)
        before = ""
        if (
            previous is not None
            and previous[0] == state
            and previous[2] is not None
            and previous[2] + _DAY >= start
        ):
            before = previous[1]
        previous = (state, alignment, end)
        if state in states and alignment != before:
            found.append(
                YearEvent(
                    start.year,
                    start,
                    "alignment_changed",
                    (state,),
                    "",
                    alignment,
                    before,
                    source=source,
                )
            )
    return found


def _sanctions_events(world: World, states: set[str]) -> list[YearEvent]:
    rows = world.sanctions.sort_values(["state", "start"])
    found: list[YearEvent] = []
    listed = list(
        zip(
            rows["state"].tolist(),
            rows["start"].tolist(),
            rows["end"].tolist(),
            rows["severity"].tolist(),
            rows["source"].tolist(),
            strict=True,
        )
    )
    for index, (state, start, end, severity, source) in enumerate(listed):
        if state not in states:
            continue
        end = _date(end)
        before = listed[index - 1] if index else None
        follows = (
            before is not None
            and before[0] == state
            and _date(before[2]) is not None
            and _date(before[2]) + _DAY >= start  # type: ignore[operator]
        )
        kind = "sanctions_changed" if follows else "sanctions_imposed"
        found.append(
            YearEvent(
                start.year,
                start,
                kind,
                (state,),
                severity=float(severity),
                before_severity=float(before[3]) if follows and before is not None else 0.0,
                source=source,
            )
        )
        after = listed[index + 1] if index + 1 < len(listed) else None
        continued = (
            after is not None and after[0] == state and end is not None and after[1] <= end + _DAY
        )
        if end is not None and not continued:
            lifted = end + _DAY
            found.append(
                YearEvent(
                    lifted.year,
                    lifted,
                    "sanctions_lifted",
                    (state,),
                    before_severity=float(severity),
                    source=source,
                )
            )
    return found


def _grouped(events: Iterable[YearEvent]) -> list[YearEvent]:
    """Events of one kind, bloc, status and source in one year as one event naming all their
    states (on the earliest of their dates)."""
    groups: dict[tuple[object, ...], YearEvent] = {}
    for event in events:
        key = (
            event.year,
            event.kind,
            event.bloc,
            event.status,
            event.before,
            event.severity,
            event.before_severity,
            event.source,
        )
        if event.kind == "bloc_founded" or key not in groups:
            groups[key if event.kind != "bloc_founded" else (*key, id(event))] = event
            continue
        first = groups[key]
        groups[key] = YearEvent(
            first.year,
            min(first.date, event.date),
            first.kind,
            first.states + tuple(s for s in event.states if s not in first.states),
            first.bloc,
            first.status,
            first.before,
            first.severity,
            first.before_severity,
            first.source,
            first.citation,
            first.others + event.others,
        )
    return list(groups.values())


def data_events(world: World, states: Iterable[str]) -> list[YearEvent]:
    """Every event of the data that concerns ``states``, each with its source's citation."""
    shown = set(states)
    found = _grouped(
        [
            *_bloc_events(world, shown),
            *_membership_events(world, shown),
            *_alignment_events(world, shown),
            *_sanctions_events(world, shown),
        ]
    )
    order = {code: i for i, code in enumerate(world.state_codes)}
    return [
        replace(
            e,
            states=tuple(sorted(e.states, key=lambda s: order.get(s, len(order)))),
            citation=world.source_citation(e.source) if e.source else "",
        )
        for e in found
    ]
