"""Saves killed at random moments (#18): SIGKILL a process in the middle of saving a scenario
(the core's atomic write) or a PDF report, 20 times at seeded random moments (16 scenario
saves, 4 reports), and find the target always a whole file, the old one or the new one, and
after the next start's clean-up (what launch.py calls at start) no partial file and no
temporary chart folder left. Leftovers are aged by an hour first: the clean-up spares younger
ones, which may belong to a save still running in another instance."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from regio_desktop import api
from regio_desktop.atomic_file import LEFTOVER_AGE_S
from tests.conftest import REPO_ROOT
from tests.crash_writers import scenario_text

SEED = 18
KILLS = {"scenario": 16, "report": 4}
LATEST_KILL_S = {"scenario": 0.4, "report": 0.6}
"""How long after ``ready`` a kill may come: several saves' time, so it lands anywhere in one."""


def _run_and_kill(
    kind: str, target: Path, first: int, delay: float, tmp: Path, *, after_one: bool = False
) -> int:
    """Start a saver, kill it ``delay`` s after it is ready (with ``after_one``, after its first
    finished save: a loaded machine may take longer than ``delay`` for one report); the last
    version it finished."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "TMPDIR": str(tmp)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_writers", kind, str(target), str(first)],
        stdout=subprocess.PIPE,
        cwd=REPO_ROOT,
        env=env,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    early = [child.stdout.readline()] if after_one else []
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    finished = [int(line) for line in "".join([*early, out]).split()]
    return finished[-1] if finished else first - 1


def _version_held(kind: str, target: Path) -> int:
    """Which whole version the target holds; fails on anything else."""
    if kind == "scenario":
        text = target.read_text(encoding="utf-8")
        version = int(text.split('"name": "Version ', 1)[1].split('"', 1)[0])
        assert text == scenario_text(version)  # every byte of that version, nothing else
        return version
    assert api.pdf_complete(target)
    reader = PdfReader(target)
    first_page = " ".join(reader.pages[0].extract_text().split())
    assert "What the scenario changes" in first_page
    title = reader.metadata.title if reader.metadata else ""
    assert title and title.startswith("Version ")
    return int(title.removeprefix("Version "))


@pytest.mark.parametrize("kind", ["scenario", "report"])
def test_a_killed_save_leaves_the_old_or_the_new_file_and_no_leftovers(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(f"{SEED}-{kind}")
    folder, tmp = tmp_path / "saves", tmp_path / "tmp"
    folder.mkdir()
    tmp.mkdir()
    target = folder / ("plan.regio.json" if kind == "scenario" else "plan.pdf")
    version = _run_and_kill(kind, target, 0, LATEST_KILL_S[kind], tmp, after_one=True)
    assert version >= 0, "the saver finished no save before the kill"
    for _ in range(KILLS[kind] - 1):
        before = _version_held(kind, target)
        finished = _run_and_kill(kind, target, before + 1, rng.uniform(0, LATEST_KILL_S[kind]), tmp)
        held = _version_held(kind, target)
        # the old whole file, or the newest whole one: the last save reported, or the one the
        # kill caught between its rename and its report
        assert held in (before, finished, finished + 1)
        assert held >= finished
    # The next start, an hour on: the same clean-up launch.py runs, with its own age rule.
    later = time.time() - 2 * LEFTOVER_AGE_S
    for leftover in [*folder.iterdir(), *tmp.iterdir()]:
        if leftover != target:
            os.utime(leftover, (later, later))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    api.remove_leftovers([folder])
    api.remove_stale_temp_folders()
    assert [p.name for p in folder.iterdir()] == [target.name]
    assert not [p for p in tmp.iterdir() if p.name.startswith(api.REPORT_TEMP_PREFIX)]
    _version_held(kind, target)
