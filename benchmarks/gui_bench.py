"""Window benchmarks: how fast the window answers an edit, and how fast it starts.

Runs ``regio-desktop --self-test --timing`` (offscreen) a few times and reads its figures: the
milliseconds from a click on a membership or alignment to every visible view repainted, and the
seconds from process start to an interactive window. Start-up is set against a bare PySide6 window
with one pyqtgraph plot (``benchmarks.bare_window``), the floor any such program pays, and against
the same window with pandas imported first (``--with-pandas``), the floor of a program on this
design card, whose World is made of DataFrames. ``benchmarks.present_bench`` times F5 to the first
slide of a shipped deck (``present_enter_ms``).

Figures are medians over the runs; the targets are printed as PASS or MISS, never asserted (shared
machines are noisy). Run: ``python -m benchmarks.gui_bench [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Issue #11: every edit fits one frame at 60 Hz, and start-up costs at most half again the floor.
TOGGLE_MEDIAN_MS = 16.0
TOGGLE_P95_MS = 16.7
STARTUP_RATIO = 1.5
# Issue #15: F5 shows the first slide of a deck in under 200 ms.
PRESENT_ENTER_MS = 200.0

_TOGGLE = re.compile(r"toggle_to_repaint_ms median=([\d.]+) p95=([\d.]+)")
_STARTUP = re.compile(r"startup_s ([\d.]+)")
_PRESENT = re.compile(r"present_enter_ms median=([\d.]+)")


def _run(module: str, *args: str) -> str:
    """Output of ``python -m module args`` on the offscreen platform; fails loudly."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"python -m {module} {' '.join(args)} exited with {done.returncode}:\n"
            + done.stdout
            + done.stderr
        )
    return done.stdout


def _number(pattern: re.Pattern[str], text: str, what: str) -> tuple[float, ...]:
    found = pattern.search(text)
    if found is None:
        raise RuntimeError(f"no {what} line in:\n{text}")
    return tuple(float(group) for group in found.groups())


def program_runs(runs: int) -> tuple[list[float], list[float], list[float]]:
    """Toggle medians, toggle 95th percentiles and start-up seconds of ``runs`` self-tests."""
    medians, p95s, startups = [], [], []
    for _ in range(runs):
        out = _run("regio_desktop", "--self-test", "--timing")
        median, p95 = _number(_TOGGLE, out, "toggle_to_repaint_ms")
        medians.append(median)
        p95s.append(p95)
        startups.append(_number(_STARTUP, out, "startup_s")[0])
    return medians, p95s, startups


def bare_runs(runs: int, *args: str) -> list[float]:
    """Start-up seconds of ``runs`` bare windows (``--with-pandas``: with pandas imported)."""
    return [
        _number(_STARTUP, _run("benchmarks.bare_window", *args), "startup_s")[0]
        for _ in range(runs)
    ]


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each process (default 3)")
    runs = max(1, parser.parse_args(argv).runs)
    medians, p95s, startups = program_runs(runs)
    bare = bare_runs(runs)
    bare_pandas = bare_runs(runs, "--with-pandas")
    median = statistics.median(medians)
    p95 = statistics.median(p95s)
    startup = statistics.median(startups)
    floor = statistics.median(bare)
    ratio = startup / floor if floor > 0 else float("inf")
    floor_pandas = statistics.median(bare_pandas)
    ratio_pandas = startup / floor_pandas if floor_pandas > 0 else float("inf")
    print(f"runs {runs}")
    print(
        "toggle_to_repaint_ms per run: "
        + ", ".join(f"{m:.2f}/{p:.2f}" for m, p in zip(medians, p95s, strict=True))
    )
    print(
        f"toggle_to_repaint_ms median={median:.2f} "
        f"(target < {TOGGLE_MEDIAN_MS:g}: {_verdict(median < TOGGLE_MEDIAN_MS)})"
    )
    print(
        f"toggle_to_repaint_ms p95={p95:.2f} "
        f"(target < {TOGGLE_P95_MS:g}: {_verdict(p95 < TOGGLE_P95_MS)})"
    )
    print("startup_s per run: " + ", ".join(f"{s:.3f}" for s in startups))
    print("bare_window_startup_s per run: " + ", ".join(f"{s:.3f}" for s in bare))
    print(f"startup_s {startup:.3f}")
    print(f"bare_window_startup_s {floor:.3f}")
    print(
        f"startup_ratio {ratio:.2f} (target <= {STARTUP_RATIO:g}: "
        f"{_verdict(ratio <= STARTUP_RATIO)})"
    )
    print("bare_window_pandas_startup_s per run: " + ", ".join(f"{s:.3f}" for s in bare_pandas))
    print(f"bare_window_pandas_startup_s {floor_pandas:.3f}")
    print(
        f"startup_ratio_vs_pandas_floor {ratio_pandas:.2f} (target <= {STARTUP_RATIO:g}: "
        f"{_verdict(ratio_pandas <= STARTUP_RATIO)})"
    )
    present = _run("benchmarks.present_bench")
    print(present.strip())
    enter = _number(_PRESENT, present, "present_enter_ms")[0]
    print(
        f"present_enter_ms {enter:.1f} (target < {PRESENT_ENTER_MS:g}: "
        f"{_verdict(enter < PRESENT_ENTER_MS)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
