"""Preferential reach filled bloc by bloc over member blocks (engine/terms.py) equals the dense
maximum over a (states x states x blocs) array of ``reach_layers``, the form the uncertainty
analysis keeps: the same depth and the same bloc for every pair, in every year and after random
membership edits."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from regio_desktop.engine import terms
from regio_desktop.engine.snapshot import Snapshot, snapshot
from regio_desktop.world.loaded_world import World, load_world
from regio_desktop.world.vocabulary import FULL_STATUSES


@pytest.fixture(scope="module")
def world() -> World:
    return load_world(today=dt.date(2026, 11, 23))


def dense_reach(snap: Snapshot, full: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    layers, blocs = terms.reach_layers(snap, full)
    S = full.shape[0]
    if not blocs.size:
        return np.zeros((S, S)), np.full((S, S), -1, dtype=int)
    by_bloc = layers * snap.depth_trade[blocs]
    best = by_bloc.argmax(axis=-1)
    reach = np.take_along_axis(by_bloc, best[..., None], axis=-1)[..., 0]
    np.fill_diagonal(reach, 0.0)
    return reach, np.where(reach > 0, blocs[best], -1)


@pytest.mark.parametrize("year", [1992, 1995, 2004, 2012, 2016, 2025])
def test_block_reach_equals_the_dense_maximum(world: World, year: int) -> None:
    snap = snapshot(world, year)
    rng = np.random.default_rng(year)
    members = np.isin(snap.status, list(FULL_STATUSES))
    for flips in (0.0, 0.01, 0.05):
        full = members ^ (rng.random(members.shape) < flips)
        reach, via = terms.preferential_reach(snap, full)
        expected_reach, expected_via = dense_reach(snap, full)
        assert np.array_equal(reach, expected_reach)
        assert np.array_equal(via, expected_via)
    if year >= 1995:  # from the CIS free trade area of 1994 on, there are pairs to compare
        assert (reach > 0).sum() > 100
