"""How many tensions each combination of an exploration holds (consistency over the whole space).

Cross-impact balance tools rank every combination of a scenario space by its inconsistencies, so
that an analyst can set the implausible ones aside (Weimer-Jehle 2006, "Cross-impact balances: a
system-theoretical approach to cross-impact analysis", Technological Forecasting and Social
Change 73, 334-361); here the inconsistencies are the tensions of
``check()`` (engine/consistency.py). Checking all 3^n × 2^t combinations one by one would
evaluate each of them in full, but every tension ``check()`` finds names one state, and depends
only on that state's own alignment, its own memberships and its own membership edits (the blocs'
founding dates, depth and leading pole do not move with the choices). So a combination's count
is the sum, over the states it varies, of that state's count under its own choice and toggles,
plus the tensions of the states it leaves alone: ``check()`` runs once per distinct
(state, choice, toggles of that state), a few dozen times at most, and the sums are assembled by
indexing. tests/engine/test_exploration_tensions.py compares the result with ``check()`` on
every combination of small spaces.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from regio_desktop.engine.consistency import check
from regio_desktop.engine.exploration import Exploration
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World


def _own_columns(exploration: Exploration, state: str) -> list[str]:
    """The table columns that hold ``state``'s own choices: its alignment and its toggles."""
    columns = [f"alignment_{state}"] if state in exploration.states else []
    columns += [f"toggle_{s}_{b}" for s, b in exploration.toggles if s == state]
    return columns


def _owner(states: tuple[str, ...], varied: list[str]) -> str | None:
    """The varied state a tension is counted under (the first it names), None if it names none."""
    return next((s for s in states if s in varied), None)


def tension_counts(world: World, base: Scenario, exploration: Exploration) -> np.ndarray:
    """The number of tensions ``check()`` finds in each combination's scenario (one per row)."""
    table = exploration.table
    n = len(table)
    if n == 0:
        return np.zeros(0, dtype=int)
    varied = list(dict.fromkeys([*exploration.states, *(s for s, _ in exploration.toggles)]))
    first = check(world, exploration.scenario(base, 0))
    counts = np.full(n, sum(1 for t in first if _owner(t.states, varied) is None), dtype=int)
    for state in varied:
        columns = _own_columns(exploration, state)
        groups = table.groupby(columns, sort=False, dropna=False).ngroup().to_numpy()
        representatives = pd.Series(np.arange(n)).groupby(groups).first()
        own = np.zeros(len(representatives), dtype=int)
        for group, row in representatives.items():
            tensions = check(world, exploration.scenario(base, int(row)))
            own[int(group)] = sum(1 for t in tensions if _owner(t.states, varied) == state)
        counts += own[groups]
    return counts
