"""The uncertainty analysis's time and peak memory by number of draws (#14 item 3), which set the
command line's cap on ``--draws`` (``cli.common.MAX_UNCERTAINTY_DRAWS``), and the time of Explore's
Pareto frequency with and without a membership toggle.

Each size runs ``regio-desktop uncertainty`` on preset 05 in a child process, timed, with its
peak resident memory read from the child's resource usage; the figures are printed, never
asserted (shared machines are noisy). Run: ``python -m benchmarks.uncertainty_bench
[--draws 1000 10000 20000] [--pareto-draws 200]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from regio_desktop import api
from regio_desktop.world.resource_files import preset_scenario_paths


def _child_peak_mb(draws: int, preset: str) -> tuple[float, float]:
    """(seconds, peak MB) of one ``uncertainty`` run in a fresh process."""
    command = [sys.executable, "-m", "regio_desktop", "uncertainty", preset, "--draws", str(draws)]
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: its peak memory is its own
        with open(os.devnull, "w") as sink:
            os.dup2(sink.fileno(), 1)
            os.execv(sys.executable, command)
    _, _, usage = os.wait4(pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def _pareto_seconds(draws: int, toggles: tuple[tuple[str, str], ...]) -> tuple[float, float]:
    """(exploration seconds, Pareto-frequency seconds) for KAZ, UZB, KGZ, TJK, TKM and toggles."""
    world = api.load_world()
    scenario = api.read_scenario_file(preset_scenario_paths()[4], world)
    start = time.perf_counter()
    result = api.explore(world, scenario, ["KAZ", "UZB", "KGZ", "TJK", "TKM"], toggles=toggles)
    explored = time.perf_counter() - start
    start = time.perf_counter()
    api.pareto_frequency(world, scenario, result, draws=draws, seed=0)
    return explored, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, nargs="*", default=[1000, 10000, 20000])
    parser.add_argument("--pareto-draws", type=int, default=200)
    args = parser.parse_args(argv)
    preset = str(preset_scenario_paths()[4])
    for draws in args.draws:
        seconds, peak = _child_peak_mb(draws, preset)
        print(f"uncertainty, preset 05, {draws:,} draws: {seconds:.1f} s, peak {peak:.0f} MB")
    for toggles in ((), (("KAZ", "CSTO"),)):
        explored, tested = _pareto_seconds(args.pareto_draws, toggles)
        label = ", ".join(f"{s}:{b}" for s, b in toggles) or "no toggle"
        print(
            f"Pareto frequency, 243 alignments x {2 ** len(toggles)} ({label}): explored in "
            f"{explored:.2f} s, {args.pareto_draws:,} draws in {tested:.1f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
