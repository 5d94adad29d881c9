"""What an exploration ranges over (``Space``) and how its membership toggles are applied.

A toggle flips a state's standing in a bloc: the statuses of each toggle set for the evaluation,
and the smallest scenario edit for a combination that is opened. Kept apart from exploration.py
so that the in-memory and streamed explorations and the uncertainty's draws share one rule.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from regio_desktop.engine.snapshot import Snapshot
from regio_desktop.scenario.model import MembershipAction, Scenario
from regio_desktop.world.vocabulary import ACTIVE_STATUSES, FULL_STATUSES, STATUS_WEIGHT


def _toggled(scenario: Scenario, state: str, bloc: str, leave: bool, world_status: str) -> Scenario:
    """``scenario`` with the state out of (or a full member of) the bloc, written as the smallest
    edit relative to the world's baseline status, so the result validates.

    A state already out at the baseline (no active status) or already a full member keeps that
    status, so the toggle then needs no edit at all.
    """
    if leave:
        target = None if world_status in ACTIVE_STATUSES else world_status
    else:
        target = world_status if world_status in FULL_STATUSES else "member"
    return scenario.with_status(world_status, state, bloc, target)


def _toggle_action(status: str) -> MembershipAction:
    """A toggle flips the state's standing in the base scenario: leave if in the bloc, else join."""
    return "leave" if status in ACTIVE_STATUSES else "join"


@dataclass(frozen=True, eq=False)
class Space:
    """What an exploration ranges over: the base scenario's statuses and alignments in a
    snapshot, the explored states and their choices, and the membership toggles."""

    snap: Snapshot
    status: np.ndarray
    alignment: np.ndarray
    states: tuple[str, ...]
    choices: tuple[str, ...]
    toggles: tuple[tuple[str, str], ...]


def _status_weights(status: np.ndarray) -> np.ndarray:
    return np.vectorize(lambda s: STATUS_WEIGHT.get(s, 0.0), otypes=[float])(status)


def toggle_set_status(space: Space, t: int) -> np.ndarray:
    """(S, B) the statuses of toggle set ``t``: bit k set means the k-th toggle is applied (a
    member leaves, a non-member joins as a full member)."""
    snap, status = space.snap, space.status.copy()
    for k, (state, bloc) in enumerate(space.toggles):
        if (t >> k) & 1:
            i, b = snap.state_index(state), snap.bloc_index(bloc)
            leave = _toggle_action(space.status[i, b]) == "leave"
            status[i, b] = "withdrawn" if leave else "member"
    return status
