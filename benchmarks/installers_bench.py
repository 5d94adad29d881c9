"""The installers' cost (``make bench``): the bundle's size and its start-up beside the virtualenv's.

The self-contained bundle carries its own Python and Qt; what an analyst pays for that is disk
space and, perhaps, start-up. This prints the bundle folder's size, the tarball's and the .deb's
(when built), and the wall time of ``--version`` (the command line: Python, no Qt) and of
``--self-test`` (the window offscreen, a first run) from the bundle and from the virtualenv,
medians over a few runs. Figures only, no targets: the issue asked to measure, and a shared
machine is noisy. Run: ``python -m benchmarks.installers_bench [--runs N]`` after
``make dist-bundle``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "build" / "bundle" / "regio-desktop"


def folder_mib(folder: Path) -> float:
    # PyInstaller links some libraries twice (a symlink beside the file): count each file once.
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def wall_s(command: list[str], runs: int, extra: dict[str, str] | None = None) -> float:
    """Median wall time of ``command`` in a bare environment from an empty folder."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = {"PATH": "/usr/bin:/bin", "HOME": home, "QT_QPA_PLATFORM": "offscreen"}
            env.update(extra or {})
            start = time.perf_counter()
            subprocess.run(command, cwd=home, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not (BUNDLE / "regio-desktop").exists():
        print("installers: no bundle in build/bundle (make dist-bundle builds it)")
        return
    print(f"installers: bundle folder {folder_mib(BUNDLE):.0f} MiB")
    for pattern in ("regio-desktop-*-linux-x86_64.tar.gz", "regio-desktop_*_amd64.deb"):
        for built in sorted((ROOT / "dist").glob(pattern)):
            print(f"installers: {built.name} {built.stat().st_size / 2**20:.0f} MiB")
    venv_program = shutil.which("regio-desktop", path=str(Path(sys.executable).parent))
    venv = [venv_program] if venv_program else [sys.executable, "-m", "regio_desktop"]
    # A PYTHONPATH that points the virtualenv at another checkout (a worktree) is kept.
    extra = {"PYTHONPATH": os.environ["PYTHONPATH"]} if os.environ.get("PYTHONPATH") else {}
    for flag in ("--version", "--self-test"):
        bundle_s = wall_s([str(BUNDLE / "regio-desktop"), flag], args.runs)
        venv_s = wall_s([*venv, flag], args.runs, extra)
        print(
            f"installers: {flag} wall time (s, lower is better): bundle {bundle_s:.2f}, "
            f"virtualenv {venv_s:.2f} (ratio {bundle_s / venv_s:.2f}, median of {args.runs})"
        )


if __name__ == "__main__":
    main()
