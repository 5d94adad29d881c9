"""``pareto_frequency``: how often each combination of an exploration stays Pareto-efficient when
the estimates under the figures are drawn over their ranges (#14 item 3).

A combination on the front at the point values may leave it as soon as a weight moves a little;
another is efficient whatever the estimates. Each draw of the uncertainty analysis (the same
Latin hypercube over the same ranges, ``uncertainty_design.py``) evaluates every combination
again, as ``explore`` does, and finds its front; a combination's frequency is the share of the
draws whose front holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from regio_desktop.engine.estimate_ranges import documented_ranges
from regio_desktop.engine.evaluation import apply_edits, resolve_year
from regio_desktop.engine.exploration import (
    Exploration,
    ExplorationCancelled,
    combination_values,
)
from regio_desktop.engine.exploration_aggregation import objective_signs
from regio_desktop.engine.exploration_limits import require_every_combination
from regio_desktop.engine.exploration_space import Space, toggle_set_status
from regio_desktop.engine.pareto import pareto_mask
from regio_desktop.engine.snapshot import snapshot, with_bloc_overrides
from regio_desktop.engine.uncertainty_design import design, reach_plan
from regio_desktop.scenario.model import Scenario
from regio_desktop.scenario.parameters import bloc_overrides, resolve
from regio_desktop.world.loaded_world import World


def pareto_frequency(
    world: World,
    base: Scenario,
    exploration: Exploration,
    draws: int = 1000,
    seed: int = 0,
    progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> np.ndarray:
    """(rows of ``exploration.table``,) the share of ``draws`` in which each combination is
    Pareto-efficient on the objectives the exploration compares. ``base`` is the scenario the
    exploration was built on; the same seed gives the same shares."""
    from scipy.stats import qmc  # a second to import: only when asked

    require_every_combination(exploration, "pareto_share_needs_every_combination")

    year = resolve_year(world, base)
    params = resolve(base.parameter_map)
    snap = with_bloc_overrides(snapshot(world, year), bloc_overrides(params))
    status, alignment = apply_edits(snap, base)
    plan = design(
        snap,
        status,
        alignment,
        params,
        frozenset(base.parameter_map),
        np.zeros(len(snap.blocs), dtype=bool),
        documented_ranges(world, snap.date),
    )
    rows = len(exploration.table)
    compared = [j for j, code in enumerate(exploration.objectives) if code in exploration.compared]
    if not draws or not compared:
        return np.asarray(exploration.table["pareto"], dtype=float) if draws else np.zeros(rows)
    sign = objective_signs(exploration.objectives)
    width = len(plan.columns)
    unit = (
        qmc.LatinHypercube(d=width, seed=np.random.default_rng(seed)).random(draws)
        if width
        else np.zeros((draws, 0))
    )
    space = Space(
        snap, status, alignment, exploration.states, exploration.choices, exploration.toggles
    )
    # What each toggle set fixes for every draw: its statuses as codes into the draw's status
    # weights, and which preferential blocs join which pairs (a draw only moves the depths).
    # Worked out once here, they were recomputed for every draw and toggle set, 97 % of the time.
    names = {name: k for k, name in enumerate(plan.status_names)}
    sets = []
    for t in range(2 ** len(exploration.toggles)):
        s = toggle_set_status(space, t)
        codes = [names.get(str(v), names["withdrawn"]) for v in s.ravel()]  # 0 if unknown
        sets.append((np.array(codes, dtype=int).reshape(s.shape), reach_plan(snap, s)))
    counts = np.zeros(rows)
    for k, row in enumerate(plan.values(unit)):
        if should_cancel is not None and should_cancel():
            raise ExplorationCancelled("Pareto frequency cancelled")
        drawn = plan.drawn(row)
        prepared = [(plan.weights(drawn, codes), joins.reach(drawn.snap)) for codes, joins in sets]
        values, _ = combination_values(
            replace(space, snap=drawn.snap),
            exploration.objectives,
            drawn.params,
            exploration.aggregation,
            corridor=drawn.corridor,
            prepared=prepared,
        )
        counts += pareto_mask((values * sign)[:, compared])
        if progress is not None:
            progress((k + 1) / draws)
    return counts / draws
