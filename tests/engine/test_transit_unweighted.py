"""Corridors count alike, whatever they carry (#12 evidence review, item 6): docs/indicators.md
says so and what follows, and the figures it quotes hold.

Weighting by volume would need a comparable, sourced capacity for each corridor (oil, gas and
containers on one scale), which the data do not hold; the page explains the choice instead.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pytest

from regio_desktop import api
from regio_desktop.engine.indicator_values import CORRIDOR, corridor_values
from regio_desktop.engine.interactions import interaction_sums
from regio_desktop.world.loaded_world import World, load_world
from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def world() -> World:
    return load_world(today=dt.date(2026, 11, 23))


def test_every_open_corridor_adds_at_most_one(world: World) -> None:
    ev = api.evaluate(world, api.Scenario(year=2023))
    snap, terms = ev.snapshot, ev.result.terms
    values = corridor_values(snap, terms, interaction_sums(snap, terms, ev.result.alignment))
    kaz = snap.state_index("KAZ")
    most = CORRIDOR.base + CORRIDOR.ease + CORRIDOR.affinity
    assert np.all(values[kaz] <= most + 1e-12)
    cpc = snap.corridors.index("CPC")
    # The CPC, Kazakhstan's main crude export line, is worth no more than a fully open route.
    assert values[kaz, cpc] <= most


def test_the_page_explains_the_counting_and_its_figures_hold(world: World) -> None:
    text = (REPO_ROOT / "docs" / "indicators.md").read_text(encoding="utf-8")
    assert "Corridors are not weighted by volume." in text
    found = re.search(
        r"leave Kazakhstan's transit at (\d+\.\d) in 2023, against (\d+\.\d) with no sanctions",
        text,
    )
    assert found, "the sentence on the sanctions of 2022 is gone"
    with_sanctions = api.evaluate(world, api.Scenario(year=2023))
    without = api.evaluate(world, api.Scenario(year=2023).with_parameter("sanctions_regime", 0))
    assert float(found.group(1)) == round(with_sanctions.value("transit_connectivity", "KAZ"), 1)
    assert float(found.group(2)) == round(without.value("transit_connectivity", "KAZ"), 1)
