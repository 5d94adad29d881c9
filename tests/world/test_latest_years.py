"""The default baseline year: the newest year with GDP for most states and membership history."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd

from regio_desktop.world.loaded_world import World


def _with_gdp(world: World, rows: list[tuple[str, int]], indicator: str = "gdp_usd") -> World:
    extra = pd.DataFrame(
        {"state": [s for s, _ in rows], "indicator": indicator, "year": [y for _, y in rows]}
    )
    observations = pd.concat([world.observations, extra], ignore_index=True)
    return dataclasses.replace(world, observations=observations, today=dt.date(2030, 1, 1))


def test_latest_data_year_needs_gdp_for_most_states(tiny_world: World) -> None:
    assert tiny_world.latest_data_year == 2020
    # One state's 2022 figure is not enough (1 of 6 states) ...
    assert _with_gdp(tiny_world, [("KAZ", 2022)]).latest_data_year == 2020
    # ... five of six are (at least 80 % of the best-covered year's states).
    five = [(s, 2022) for s in ("KAZ", "KGZ", "UZB", "RUS", "CHN")]
    assert _with_gdp(tiny_world, five).latest_data_year == 2022
    # Population figures do not count.
    assert _with_gdp(tiny_world, five, "population").latest_data_year == 2020


def test_without_gdp_the_data_year_is_today(tiny_world: World) -> None:
    empty = dataclasses.replace(tiny_world, observations=tiny_world.observations.iloc[0:0])
    assert empty.latest_data_year == tiny_world.today.year


def test_latest_year_follows_membership_history_up_to_today(tiny_world: World) -> None:
    assert tiny_world.latest_year == 2020
    earlier = dataclasses.replace(tiny_world, today=dt.date(2015, 6, 1))
    assert earlier.latest_year == 2015
    no_history = dataclasses.replace(tiny_world, memberships=tiny_world.memberships.iloc[0:0])
    assert no_history.latest_year == no_history.latest_data_year
