"""The timeline replay: the world year by year from 1991, and what happened in each year.

A replay shows, for every year, the scenario of that year (the baseline of that year; with a
scenario, its edits applied from the scenario's year on) and the events of the data that year:
blocs founded and dissolved, states joining, changing status, suspended or leaving, alignments
turning, sanctions imposed, changed or lifted, and the scenario's own edits. Each event is data
(a kind code and its parameters) with the source row it comes from; the window and the exported
frames word it in the user's language. The window's play control and ``regio-desktop replay``
both read this one module, so the room sees the same years and captions either way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import pandas as pd

from regio_desktop.engine.replay_events import EVENT_KINDS, YearEvent, data_events
from regio_desktop.problems import Problem, problem
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import ACTIVE_STATUSES

SMALLEST_FRAME = (320, 240)
"""The smallest frame written: below it the year and captions cannot be read."""
LARGEST_FRAME = (7680, 4320)
"""The largest frame written (8K): a 99999-pixel frame would need gigabytes of memory."""


@dataclass(frozen=True, eq=False)
class Replay:
    """The years ``first``..``last`` of a world, with their events, optionally under a scenario
    whose edits apply from ``edit_year`` on."""

    world: World
    first: int
    last: int
    scenario: Scenario | None = None
    events: tuple[YearEvent, ...] = ()
    _by_year: dict[int, tuple[YearEvent, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_year: dict[int, list[YearEvent]] = {}
        for event in self.events:
            by_year.setdefault(event.year, []).append(event)
        object.__setattr__(self, "_by_year", {y: tuple(e) for y, e in by_year.items()})

    @property
    def years(self) -> range:
        return range(self.first, self.last + 1)

    @property
    def edit_year(self) -> int | None:
        """The year from which the scenario's edits apply (its baseline year, the latest year
        when it names none); None without a scenario or when it edits nothing."""
        if self.scenario is None or self.scenario.is_empty:
            return None
        return self.world.latest_year if self.scenario.year is None else self.scenario.year

    def events_in(self, year: int) -> tuple[YearEvent, ...]:
        """The events of ``year``, in the order they happened."""
        return self._by_year.get(year, ())

    def scenario_in(self, year: int) -> Scenario:
        """What the replay shows in ``year``: the baseline of that year before the scenario's
        year, the scenario's edits (and parameters) on that year's baseline from then on.

        Edits are applied as the evaluation applies them (the status they set), even where the
        data has since moved (a state that joins in the data after the scenario's year keeps
        the status the scenario gave it)."""
        start = self.edit_year
        if self.scenario is None or start is None or year < start:
            name = self.scenario.name if self.scenario is not None else "Baseline"
            return Scenario(name=name, year=year)
        return self.scenario.with_year(year)

    def scenario_applies(self, year: int) -> bool:
        start = self.edit_year
        return start is not None and year >= start


def replay_of(
    world: World,
    scenario: Scenario | None = None,
    first: int | None = None,
    last: int | None = None,
    states: Iterable[str] | None = None,
) -> Replay:
    """The replay of ``world`` from ``first`` (1991) to ``last`` (the latest year), with the
    events that concern ``states`` (every state when None): their memberships, alignments and
    sanctions, and the founding and end of the blocs any of them ever belonged to."""
    first = world.first_year if first is None else first
    last = world.latest_year if last is None else last
    shown = set(world.state_codes if states is None else states)
    if scenario is not None:
        shown |= set(scenario.edited_states)
    found = [e for e in data_events(world, shown) if first <= e.year <= last]
    plan = Replay(world, first, last, scenario)
    start = plan.edit_year
    if scenario is not None and start is not None and first <= start <= last:
        found += scenario_events(world, scenario, start)
    order = {kind: i for i, kind in enumerate(EVENT_KINDS)}
    found.sort(key=lambda e: (e.date, order[e.kind], e.bloc, e.states))
    return replace(plan, events=tuple(found))


def _status_in(world: World, state: str, bloc: str, year: int) -> str:
    rows = world.memberships_on(year)
    rows = rows[(rows["state"] == state) & (rows["bloc"] == bloc)]
    return str(rows["status"].iloc[0]) if len(rows) else ""


def scenario_events(world: World, scenario: Scenario, year: int) -> list[YearEvent]:
    """The scenario's edits as events of ``year``, each citing the scenario itself."""
    date = dt.date(year, 1, 1)
    found = []
    for edit in scenario.memberships:
        status = "" if edit.action == "leave" else (edit.status or "member")
        before = _status_in(world, edit.state, edit.bloc, year)
        kind = "scenario_joined" if status else "scenario_left"
        if status and before in ACTIVE_STATUSES:
            kind = "scenario_status"
        found.append(
            YearEvent(
                year,
                date,
                kind,
                (edit.state,),
                edit.bloc,
                status,
                before,
                citation=scenario.name,
            )
        )
    alignments = world.alignments
    for state, choice in scenario.alignments:
        rows = alignments[alignments["state"] == state]
        in_force = rows[
            (rows["start"] <= world.reference_date(year))
            & rows["end"].map(lambda d: d is None or pd.isna(d) or d >= world.reference_date(year))
        ]
        before = str(in_force["alignment"].iloc[0]) if len(in_force) else ""
        found.append(
            YearEvent(
                year,
                date,
                "scenario_alignment",
                (state,),
                "",
                choice,
                before,
                citation=scenario.name,
            )
        )
    return found


def parse_size(text: str) -> tuple[int, int] | Problem:
    """``WIDTHxHEIGHT`` (such as 1920x1080) as two numbers, or the problem with it."""
    width, sep, height = text.strip().lower().partition("x")
    if not (sep and width.isascii() and width.isdigit() and height.isascii() and height.isdigit()):
        return problem("replay_size_syntax", found=text[:40])
    return int(width), int(height)


def replay_problems(
    world: World,
    first: int,
    last: int,
    size: tuple[int, int] = (1920, 1080),
) -> list[Problem]:
    """What makes a replay impossible to draw: years outside the data or in the wrong order, a
    frame too small to read or too large to hold in memory. Empty: the replay can be drawn."""
    found = []
    for year in (first, last):
        if not world.first_year <= year <= world.latest_year:
            found.append(
                problem(
                    "year_out_of_range", year=year, first=world.first_year, latest=world.latest_year
                )
            )
    if first > last:
        found.append(problem("replay_years_reversed", first=first, last=last))
    width, height = size
    (low_w, low_h), (high_w, high_h) = SMALLEST_FRAME, LARGEST_FRAME
    if not (low_w <= width <= high_w and low_h <= height <= high_h):
        found.append(
            problem(
                "replay_size_out_of_range",
                width=width,
                height=height,
                smallest=f"{low_w}x{low_h}",
                largest=f"{high_w}x{high_h}",
            )
        )
    return found
