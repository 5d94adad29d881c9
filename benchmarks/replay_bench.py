"""The timeline replay's benchmark: frames rendered per second at 1920x1080, offscreen.

A stage on the shipped world (the baseline, coloured by alignment, following Kazakhstan) draws
every year from 1991 to the latest as ``regio-desktop replay`` does: the year's evaluation, the
map recoloured, the captions and indicators laid out, the frame painted into an image (not
encoded: PNG and video encoding are the writer's cost, timed apart as ``replay_png_ms``).
``replay_fps`` is the first pass of a fresh process, each year evaluated for the first time, as
an export meets it; ``replay_fps_warm`` a second pass over the same years (the window's replay
played again). Prints ``replay_fps ... (target >= 10: PASS|MISS)``; never asserts (shared
machines are noisy). Run: ``python -m benchmarks.replay_bench [--passes N]`` (offscreen).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

TARGET_FPS = 10.0


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=2, help="warm passes timed (default 2)")
    passes = max(1, parser.parse_args(argv).passes)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from regio_desktop import api
    from regio_desktop.app.replay.replay_frame import frame_image, prepare
    from regio_desktop.app.replay.replay_stage import ReplayStage

    _app = QApplication.instance() or QApplication([])  # kept for the benchmark's life
    world = api.load_world()
    started = time.perf_counter()
    replay = api.replay_of(world, states=api.shown_states(world, api.Scenario()))
    events_ms = (time.perf_counter() - started) * 1000
    stage = ReplayStage(replay, "en")
    size = QSize(1920, 1080)
    prepare(stage, size)
    years = list(replay.years)

    def one_pass() -> tuple[float, list[float]]:
        frames = []
        begun = time.perf_counter()
        for year in years:
            at = time.perf_counter()
            stage.show_year(year)
            frame_image(stage, size)
            frames.append((time.perf_counter() - at) * 1000)
        return len(years) / (time.perf_counter() - begun), frames

    cold, cold_frames = one_pass()
    warm_runs = [one_pass() for _ in range(passes)]
    warm = statistics.median(fps for fps, _ in warm_runs)
    image = frame_image(stage, size)
    with tempfile.TemporaryDirectory() as folder:
        at = time.perf_counter()
        image.save(str(Path(folder) / "frame.png"), "PNG")
        png_ms = (time.perf_counter() - at) * 1000
    print(f"replay_events_ms {events_ms:.1f} ({len(replay.events)} events, {len(years)} years)")
    print(
        f"replay_frame_ms median={statistics.median(cold_frames):.1f} max={max(cold_frames):.1f} "
        "(first pass)"
    )
    print(f"replay_png_ms {png_ms:.1f} (writing one 1920x1080 frame)")
    print(f"replay_fps_warm {warm:.1f}")
    print(f"replay_fps {cold:.1f} (target >= {TARGET_FPS:g}: {_verdict(cold >= TARGET_FPS)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
