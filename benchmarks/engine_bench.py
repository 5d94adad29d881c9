"""Engine benchmarks (``make bench``): prints the figures the engine issue sets targets for.

Timings are medians over repeated runs on this machine; they are printed, never asserted, because
shared machines are noisy. The synthetic world runs in a child process so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from regio_desktop import api
from regio_desktop.engine import evaluation, exploration_stream

EXPLORE_STATES = ["KAZ", "UZB", "KGZ", "TJK", "TKM", "ARM", "AZE", "GEO", "MDA", "MNG"]
STREAM_STATES = [*EXPLORE_STATES, "BLR", "UKR", "AFG", "IRN", "PAK"]
"""Fifteen Eurasian states with an alignment choice (Turkey is a pole): 3^15 combinations."""
CHOICES = ("russia-led", "china-centred", "multi-vector")


def _uncached_evaluations(world: api.World, scenarios: list[api.Scenario]) -> list[float]:
    api.evaluate(world, api.Scenario(year=scenarios[0].year))  # baseline and snapshot warm
    times = []
    for scenario in scenarios:
        evaluation._CACHES[world].evaluated.pop(scenario, None)  # baselines stay warm
        start = time.perf_counter()
        api.evaluate(world, scenario)
        times.append((time.perf_counter() - start) * 1000)
    return times


def _random_scenarios(
    world: api.World, n: int, states: list[str], seed: int = 0
) -> list[api.Scenario]:
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        s = api.Scenario()
        for state in states:
            s = s.with_alignment(state, CHOICES[int(rng.integers(3))])
        out.append(s)
    return out


def shipped() -> None:
    start = time.perf_counter()
    world = api.load_world()
    print(f"shipped_load_s {time.perf_counter() - start:.3f}")
    times = _uncached_evaluations(world, _random_scenarios(world, 300, EXPLORE_STATES))
    print(
        f"evaluate_ms median={statistics.median(times):.3f} "
        f"p95={np.percentile(times, 95):.3f} (target: median < 2)"
    )
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        result = api.explore(world, api.Scenario(), EXPLORE_STATES, choices=CHOICES)
        runs.append(time.perf_counter() - start)
    explore_s = statistics.median(runs)
    one_by_one_ms = statistics.median(times)
    estimated_loop_s = one_by_one_ms * len(result.table) / 1000
    print(
        f"explore_3^10_s {explore_s:.3f} rows={len(result.table)} "
        f"pareto={int(result.table['pareto'].sum())} (target < 1.5)"
    )
    print(
        f"explore_speedup_vs_evaluate_loop {estimated_loop_s / explore_s:.0f}x "
        f"(loop estimated as {len(result.table)} x {one_by_one_ms:.3f} ms; target >= 100x)"
    )
    scenario = api.Scenario(year=2024).with_alignment("KAZ", "china-centred")
    start = time.perf_counter()
    spread = api.uncertainty(world, scenario, draws=1000, seed=0)
    print(
        f"uncertainty_1000_draws_s {time.perf_counter() - start:.3f} "
        f"(1,000 Latin hypercube draws and {spread.trajectories} Morris trajectories over "
        f"{len(spread.estimates)} estimates; target < 5)"
    )


def streamed_child() -> None:
    """3^15 combinations streamed on the worker processes, in a process of its own so that its
    peak memory is its own: this process's and the largest worker's, and their sum with both."""
    world = api.load_world()
    calls: list[float] = []
    wall, cpu = time.perf_counter(), time.process_time()
    result = api.explore(world, api.Scenario(), STREAM_STATES, progress=calls.append)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    own_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_mb = children.ru_maxrss / 1024
    workers = exploration_stream.WORKERS
    print(
        f"explore_3^15_streamed_s {wall:.2f} rows={result.evaluated} kept={len(result.table)} "
        f"pareto={int(result.table['pareto'].sum())} workers={workers} "
        f"cpu_s={cpu + children.ru_utime + children.ru_stime:.2f} progress_calls={len(calls)} "
        f"(target < 10 on two cores; this machine's other load slows it)"
    )
    print(
        f"explore_3^15_peak_rss_mb {own_mb + workers * worker_mb:.0f} (this process {own_mb:.0f} "
        f"+ {workers} workers x {worker_mb:.0f}; target < 1024)"
    )


def streamed() -> None:
    subprocess.run(
        [sys.executable, "-m", "benchmarks.engine_bench", "--streamed-child"], check=True
    )


def synthetic_child(folder: Path) -> None:
    start = time.perf_counter()
    world = api.load_world(folder / "world.sqlite")
    load_s = time.perf_counter() - start
    states = list(world.state_codes[3:13])
    times = _uncached_evaluations(world, _random_scenarios(world, 100, states))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"synthetic_world states={len(world.state_codes)} blocs={len(world.bloc_codes)} "
        f"observations={len(world.observations)}"
    )
    print(f"synthetic_load_s {load_s:.3f} (target < 1)")
    print(f"synthetic_evaluate_ms median={statistics.median(times):.3f} (target < 10)")
    print(f"synthetic_peak_rss_mb {peak_mb:.0f} (target < 300; includes Python, numpy, pandas)")


def synthetic() -> None:
    from benchmarks.synthetic_world import write_synthetic_world
    from regio_desktop.world.builder import build

    with tempfile.TemporaryDirectory() as tmp:
        folder = write_synthetic_world(Path(tmp) / "data")
        start = time.perf_counter()
        build(folder, folder / "world.sqlite")
        print(f"synthetic_build_s {time.perf_counter() - start:.3f}")
        subprocess.run(
            [sys.executable, "-m", "benchmarks.engine_bench", "--synthetic-child", str(folder)],
            check=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--synthetic-child", type=Path)
    parser.add_argument("--streamed-child", action="store_true")
    args = parser.parse_args()
    if args.synthetic_child:
        synthetic_child(args.synthetic_child)
        return
    if args.streamed_child:
        streamed_child()
        return
    shipped()
    streamed()
    synthetic()


if __name__ == "__main__":
    main()
