"""Savers for the crash test (tests/test_crash_saves.py), run as a child process to be killed.

``python -m tests.crash_writers scenario TARGET FIRST`` saves scenario versions FIRST, FIRST+1, ...
to TARGET through the core's atomic write; ``... report TARGET FIRST`` writes PDF reports whose
title names the version. Each prints ``ready`` once loaded, then the number of every version
whose save has returned, so that the test knows which whole files the target may hold.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from regio_desktop.scenario.file_format import dumps, write
from regio_desktop.scenario.model import Scenario

PADDING = "Kazakhstan weighs its partners along the Middle Corridor. " * 50_000
"""About 3 MB: a save takes long enough for a kill to land in the middle of one."""


def scenario_of(version: int) -> Scenario:
    return Scenario(name=f"Version {version}", description=f"{version} {PADDING}")


def scenario_text(version: int) -> str:
    """The exact file a scenario save of ``version`` writes."""
    return dumps(scenario_of(version))


def save_scenarios(target: Path, first: int) -> None:
    print("ready", flush=True)
    version = first
    while True:
        write(scenario_of(version), target)
        print(version, flush=True)
        version += 1


def save_reports(target: Path, first: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from regio_desktop import api
    from regio_desktop.app.report.pdf_export import write_report_pdf

    app = QApplication([])
    world = api.load_world()
    base = api.Scenario(year=2020).with_alignment("KAZ", "china-centred")
    print("ready", flush=True)
    version = first
    while True:
        # draws=0: what is tested is the atomic write, not the ranges (4 s a report)
        write_report_pdf(world, base.renamed(f"Version {version}"), target, draws=0)
        print(version, flush=True)
        version += 1
    del app


if __name__ == "__main__":
    kind, target, first = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    (save_scenarios if kind == "scenario" else save_reports)(target, first)
