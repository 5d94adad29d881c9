"""``World.memberships_on``: the one rule for which membership rows are in force on a date.

The tiny world has UZB in the CSTO as a member until 2012-06-27, suspended 2012-06-28..2012-12-18
and withdrawn from 2012-12-19 with no end date; KGZ joined the EAEU on 2015-08-12.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pandas as pd

from regio_desktop.engine.snapshot import build_snapshot
from regio_desktop.engine.timeline import bloc_sizes
from regio_desktop.io.tables import memberships_table
from regio_desktop.scenario.validation import baseline_status
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import FULL_STATUSES


def _held(world: World, when: dt.date | int) -> set[tuple[str, str, str]]:
    rows = world.memberships_on(when)
    return set(rows[["state", "bloc", "status"]].itertuples(index=False, name=None))


def test_a_row_is_in_force_on_its_start_date_and_not_the_day_before(tiny_world: World) -> None:
    assert ("KGZ", "EAEU", "member") in _held(tiny_world, dt.date(2015, 8, 12))
    assert ("KGZ", "EAEU", "member") not in _held(tiny_world, dt.date(2015, 8, 11))


def test_a_row_is_in_force_on_its_end_date_and_not_the_day_after(tiny_world: World) -> None:
    on_end = _held(tiny_world, dt.date(2012, 6, 27))
    assert ("UZB", "CSTO", "member") in on_end
    assert ("UZB", "CSTO", "suspended") not in on_end
    day_after = _held(tiny_world, dt.date(2012, 6, 28))
    assert ("UZB", "CSTO", "member") not in day_after
    assert ("UZB", "CSTO", "suspended") in day_after


def test_a_missing_end_date_means_still_in_force(tiny_world: World) -> None:
    assert ("UZB", "CSTO", "withdrawn") in _held(tiny_world, dt.date(2026, 6, 30))
    assert ("UZB", "CSTO", "withdrawn") in _held(tiny_world, dt.date(9999, 12, 31))


def test_a_nan_or_nat_end_counts_as_missing(tiny_world: World) -> None:
    frame = tiny_world.memberships.copy()
    open_rows = frame.index[frame["end"].isna()]
    frame.loc[open_rows[: len(open_rows) // 2], "end"] = np.nan
    frame.loc[open_rows[len(open_rows) // 2 :], "end"] = pd.NaT
    world = dataclasses.replace(tiny_world, memberships=frame)
    assert _held(world, 2020) == _held(tiny_world, 2020)
    assert len(world.memberships_on(2020)) == len(tiny_world.memberships_on(2020)) > 0


def test_a_year_means_its_reference_date(tiny_world: World) -> None:
    assert _held(tiny_world, 2012) == _held(tiny_world, dt.date(2012, 12, 31))
    assert ("UZB", "CSTO", "withdrawn") in _held(tiny_world, 2012)
    # The current year stands as of today (the fixture pins 2026-06-30), not on 31 December.
    assert _held(tiny_world, 2026) == _held(tiny_world, dt.date(2026, 6, 30))


def test_rows_keep_the_frame_columns(tiny_world: World) -> None:
    rows = tiny_world.memberships_on(2020)
    assert list(rows.columns) == list(tiny_world.memberships.columns)
    assert set(rows.index) <= set(tiny_world.memberships.index)


def _one_row_less(world: World) -> tuple[World, tuple[str, str]]:
    """A copy of ``world`` whose memberships_on hides KAZ's EAEU row: whoever still sees it
    decides "in force" on its own instead of asking the World."""
    copy = dataclasses.replace(world)
    shown = World.memberships_on

    def hiding(when: dt.date | int) -> pd.DataFrame:
        rows = shown(copy, when)
        return rows[~((rows["state"] == "KAZ") & (rows["bloc"] == "EAEU"))]

    object.__setattr__(copy, "memberships_on", hiding)
    return copy, ("KAZ", "EAEU")


def test_snapshot_validation_timeline_and_export_all_ask_the_world(tiny_world: World) -> None:
    world, (state, bloc) = _one_row_less(tiny_world)
    snap = build_snapshot(world, 2020)
    assert snap.status[snap.state_index(state), snap.bloc_index(bloc)] == ""
    assert baseline_status(world, state, bloc, 2020) == ""
    assert bloc_sizes(world, 2020, [bloc]).at[2020, bloc] == 2  # RUS and KGZ, not KAZ
    exported = memberships_table(world, 2020)
    assert not ((exported["state_iso3"] == state) & (exported["bloc"] == bloc)).any()
    # ... and the unpatched world sees the row in all four.
    snap = build_snapshot(tiny_world, 2020)
    assert snap.status[snap.state_index(state), snap.bloc_index(bloc)] == "founding_member"
    assert baseline_status(tiny_world, state, bloc, 2020) == "founding_member"
    assert bloc_sizes(tiny_world, 2020, [bloc]).at[2020, bloc] == 3


def test_the_four_callers_agree_in_every_year(tiny_world: World) -> None:
    sizes = bloc_sizes(tiny_world)
    for year in range(tiny_world.first_year, tiny_world.latest_year + 1):
        held = _held(tiny_world, year)
        snap = build_snapshot(tiny_world, year)
        in_snapshot = {
            (state, bloc, str(snap.status[i, j]))
            for i, state in enumerate(snap.states)
            for j, bloc in enumerate(snap.blocs)
            if snap.status[i, j]
        }
        assert in_snapshot == held, year
        for state, bloc, status in held:
            assert baseline_status(tiny_world, state, bloc, year) == status
        exported = memberships_table(tiny_world, year)
        assert set(exported[["state_iso3", "bloc", "status"]].itertuples(index=False)) == held
        full = pd.Series([b for _, b, s in held if s in FULL_STATUSES]).value_counts()
        for bloc in sizes.columns:
            assert sizes.at[year, bloc] == full.get(bloc, 0), (year, bloc)
