"""The history of the blocs: how many members each had in every year from 1991 (for the timeline
chart and the facilitator's replay of how the blocs evolved)."""

from __future__ import annotations

import pandas as pd

from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import FULL_STATUSES


def bloc_sizes(
    world: World, until: int | None = None, blocs: list[str] | None = None
) -> pd.DataFrame:
    """Full members of each bloc on the reference date of every year 1991..until (31 December, or
    today in the current year; ``reference_date``): years x blocs."""
    until = until or world.latest_year
    years = list(range(world.first_year, until + 1))
    m = world.memberships[world.memberships["status"].isin(FULL_STATUSES)]
    if blocs is not None:
        m = m[m["bloc"].isin(blocs)]
    table = pd.DataFrame(
        0,
        index=pd.Index(years, name="year"),
        columns=sorted(blocs if blocs is not None else set(m["bloc"])),
    )
    for year in years:
        active = world.memberships_on(year)
        active = active[active["status"].isin(FULL_STATUSES)]
        if blocs is not None:
            active = active[active["bloc"].isin(blocs)]
        counts = active.groupby("bloc")["state"].nunique()
        table.loc[year, counts.index] = counts.to_numpy()
    return table


def membership_spans(world: World, state: str) -> pd.DataFrame:
    """One state's membership periods (bloc, status, start year, end year) for a Gantt-like view."""
    m = world.memberships[world.memberships["state"] == state]
    return (
        pd.DataFrame(
            {
                "bloc": m["bloc"],
                "status": m["status"],
                "start": m["start"].map(lambda d: d.year),
                "end": m["end"].map(lambda d: world.latest_year if d is None or d != d else d.year),
            }
        )
        .sort_values(["start", "bloc"])
        .reset_index(drop=True)
    )
