"""Variants of a loaded World: its figures cut after a year, its arguments re-read from a store.

Both return a new frozen World and leave the original as it is, so a window or a test can hold
the shipped world and a variant side by side.
"""

from __future__ import annotations

import dataclasses

from regio_desktop.world.argument_store import ArgumentStore
from regio_desktop.world.loaded_world import World


def with_figures_until(world: World, year: int) -> World:
    """The same world with its observations and trade shares cut after ``year``.

    Every later baseline year then takes each state's figures of ``year`` (or its latest
    before), so from one such year to the next only the dated facts move: memberships, blocs
    founded or dissolved, alignments, sanctions. That isolates what a dated event does to an
    indicator from what the economy did in the same year (the history check in the tests).
    """
    observations = world.observations[world.observations["year"] <= year]
    trade = world.trade_shares[world.trade_shares["year"] <= year]
    return dataclasses.replace(world, observations=observations, trade_shares=trade)


def with_store_arguments(world: World, store: ArgumentStore) -> World:
    """The same world with its arguments re-read from ``store`` (after the user edited them)."""
    frame = store.arguments()
    frame["location"] = frame["location"].replace("", None)
    frame["quote"] = frame["quote"].replace("", None)
    sources = store.sources()
    return dataclasses.replace(world, arguments=frame, sources=sources)
