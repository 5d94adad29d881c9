"""Which year's figures a snapshot takes: the latest at or before its year, else the earliest."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from regio_desktop.engine.snapshot import build_snapshot
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import POLES


def test_figures_are_the_latest_at_or_before_the_year(tiny_world: World) -> None:
    kaz = tiny_world.state_codes.index("KAZ")
    obs = tiny_world.observations
    gdp = obs[(obs["state"] == "KAZ") & (obs["indicator"] == "gdp_usd")].set_index("year")
    for year, expected in ((2015, 2010), (2020, 2020), (2024, 2020)):
        snap = build_snapshot(tiny_world, year)
        assert snap.gdp_year[kaz] == expected
        assert snap.gdp[kaz] == float(gdp.at[expected, "value"])
        assert snap.population_year[kaz] == expected


def test_before_the_first_figure_the_earliest_is_taken(tiny_world: World) -> None:
    snap = build_snapshot(tiny_world, 2000)
    assert set(snap.gdp_year) == {2010}
    assert set(snap.population_year) == {2010}
    # Trade shares start in 2020 in the tiny world; states with none keep zeros and year 0.
    traded = set(tiny_world.trade_shares["state"])
    for i, state in enumerate(snap.states):
        if state in traded:
            assert snap.trade_year[i] == 2020
            assert np.isclose(snap.trade[i].sum(), 1.0)
        else:
            assert snap.trade_year[i] == 0
            assert not snap.trade[i].any()


def test_trade_shares_of_the_chosen_year_only(tiny_world: World) -> None:
    """A later year's shares (here an added 2022 row set) replace 2020's from 2022 on, and are
    normalised to fractions of the state's total."""
    extra = pd.DataFrame(
        {
            "state": ["KAZ", "KAZ"],
            "partner": ["russia", "china"],
            "year": [2022, 2022],
            "share": [30.0, 10.0],
        }
    )
    shares = pd.concat([tiny_world.trade_shares, extra], ignore_index=True)
    world = dataclasses.replace(tiny_world, trade_shares=shares)
    kaz = world.state_codes.index("KAZ")
    poles = list(POLES)
    before, after = build_snapshot(world, 2021), build_snapshot(world, 2023)
    assert before.trade_year[kaz] == 2020
    assert after.trade_year[kaz] == 2022
    assert after.trade[kaz, poles.index("russia")] == pytest.approx(0.75)
    assert after.trade[kaz, poles.index("china")] == pytest.approx(0.25)
    assert before.trade[kaz, poles.index("west")] == pytest.approx(0.4)
