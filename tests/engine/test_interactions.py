"""The route channel (interactions.py): a multi-vector state keeps every great pole's corridor
open, so a balancing neighbour never lowers a state's transit below what a single-pole one gives
(fresh-eyes review of #14: a multi-vector Uzbekistan gave Kazakhstan 77.52, a Russia-led one
77.75, a China-centred one 77.82)."""

from __future__ import annotations

import numpy as np
import pytest

from regio_desktop import api
from regio_desktop.engine.interactions import contributions, interaction_sums, route_vectors
from regio_desktop.engine.terms import (
    CHINA,
    GREAT_POLES,
    MULTI_VECTOR,
    OTHER,
    RUSSIA,
    TURKIC,
    WEST,
    alignment_vectors,
)
from regio_desktop.world.vocabulary import ALIGNMENTS

WORLD = api.load_world()
BASE = api.Scenario(year=2024)
CHOICES = ("russia-led", "china-centred", "multi-vector", "west-oriented")
POLE_OF = {"russia-led": RUSSIA, "china-centred": CHINA, "west-oriented": WEST}


def kaz_transit(uzb: str, kaz: str = "multi-vector") -> float:
    scenario = api.Scenario(year=2024, alignments=(("KAZ", kaz), ("UZB", uzb)))
    return api.evaluate(WORLD, scenario).value("transit_connectivity", "KAZ")


def test_a_multi_vector_state_counts_one_on_every_great_poles_route() -> None:
    evaluation = api.evaluate(WORLD, BASE)
    terms, snap = evaluation.result.terms, evaluation.snapshot
    uzb = snap.state_index("UZB")
    rows = np.full(len(snap.states), -1)
    for choice in CHOICES:
        rows[uzb] = ALIGNMENTS.index(choice)
        vector = route_vectors(terms, rows)[uzb]
        if choice == "multi-vector":
            assert list(vector[list(GREAT_POLES)]) == [1.0, 1.0, 1.0]
        else:  # one-hot on its own pole, as the alignment vector is
            assert vector.sum() == 1.0 and vector[POLE_OF[choice]] == 1.0
        assert vector[TURKIC] == vector[OTHER] == 0.0  # not poles the choice balances between
    rows[uzb] = MULTI_VECTOR
    # The alignment vector, which the ties and dependences read, is still the water-filled
    # split summing to 1 (most of it to the West, which Uzbekistan's trade under-represents).
    split = alignment_vectors(terms, rows)[uzb]
    assert split.sum() == pytest.approx(1.0) and split[WEST] > 0.5


@pytest.mark.parametrize("kaz", ["multi-vector", "russia-led", "china-centred"])
def test_a_balancing_neighbour_keeps_both_pipelines_open(kaz: str) -> None:
    """Uzbekistan lies on the Central Asia-Center (Russia's) and the Central Asia-China
    pipelines with Kazakhstan: balancing keeps both open, so Kazakhstan's transit is at least
    what either single-pole choice gives, and more than a West-oriented Uzbekistan's."""
    values = {uzb: kaz_transit(uzb, kaz) for uzb in CHOICES}
    assert values["multi-vector"] > values["russia-led"]
    assert values["multi-vector"] > values["china-centred"]
    assert values["multi-vector"] > values["west-oriented"]


def test_the_route_channel_is_still_a_sum_of_each_states_own_term() -> None:
    """Exploration adds the varying states' contributions to a fixed remainder: the sum over
    states of ``contributions`` equals the channel computed at once, and the explored values
    equal ``evaluate`` combination by combination."""
    evaluation = api.evaluate(WORLD, BASE)
    terms, snap = evaluation.result.terms, evaluation.snapshot
    alignment = evaluation.result.alignment
    parts = contributions(snap, terms, alignment)
    assert np.allclose(parts.route.sum(axis=-2), interaction_sums(snap, terms, alignment).route)
    states = ["KAZ", "UZB", "TKM"]
    exploration = api.explore(
        WORLD,
        BASE,
        states,
        objectives=("transit_connectivity",),
        aggregation=api.Aggregation("state", "KAZ"),
        samples=1,
    )
    for row in range(len(exploration.table)):
        expected = api.evaluate(WORLD, exploration.scenario(BASE, row)).value(
            "transit_connectivity", "KAZ"
        )
        assert exploration.table["transit_connectivity"].iloc[row] == pytest.approx(expected)
