"""Discovery and consistency benchmarks (``make bench``): how long Explore's extras take.

The Discover tab and the "Consistent only" filter run off the GUI thread, but an analyst still
waits for them after each run; these are the figures for the largest spaces the window offers.
Medians of a few runs, printed and never asserted (shared machines are noisy).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from regio_desktop import api

STATES = ["KAZ", "UZB", "KGZ", "TJK", "TKM", "ARM", "AZE", "GEO", "MDA", "MNG"]
OWN_WHERE = "KAZ:sanctions_exposure<45 and UZB:autonomy>90 and GEO:diversification>80"
BLOC_WHERE = "EAEU:bloc_cohesion>50 and KAZ:autonomy>42"


def _median_s(function: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    world = api.load_world()
    base = api.Scenario()
    space = api.explore(world, base, STATES, samples=1)
    counts = api.tension_counts(world, base, space)
    seconds = _median_s(lambda: api.tension_counts(world, base, space))
    print(
        f"tension_counts_3^10_s {seconds:.3f} rows={len(counts)} consistent="
        f"{int((counts == 0).sum())} (target < 2; check() on each row would take minutes)"
    )
    conditions = api.parse_where(world, OWN_WHERE)
    found = api.discover_in(world, base, space, conditions)
    seconds = _median_s(lambda: api.discover_in(world, base, space, conditions))
    print(
        f"discover_own_indicators_3^10_s {seconds:.3f} steps={len(found.trajectory.steps)} "
        f"cases={found.trajectory.cases} (target < 1)"
    )
    small = api.explore(world, base, STATES[:7], samples=1)
    conditions = api.parse_where(world, BLOC_WHERE)
    seconds = _median_s(lambda: api.discover_in(world, base, small, conditions), runs=1)
    print(
        f"discover_bloc_indicator_3^7_s {seconds:.3f} rows={len(small.table)} "
        "(bloc values combination by combination; target < 3)"
    )


if __name__ == "__main__":
    main()
