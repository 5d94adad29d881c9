"""`regio-desktop report`: a PDF report of a scenario (Qt is imported only here, offscreen)."""

from __future__ import annotations

import argparse
from pathlib import Path

from regio_desktop import api
from regio_desktop.cli.common import CommandLineError, seed, uncertainty_draws


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help="write a PDF report of a scenario")
    report.add_argument("scenario", type=Path)
    report.add_argument("--output", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument("--language", choices=["en", "ru", "kk"], default="en")
    report.add_argument(
        "--draws",
        type=uncertainty_draws,
        default=1000,
        help="draws of the estimates behind each figure's range (0: no ranges)",
    )
    report.add_argument("--seed", type=seed, default=0, help="seed of those draws")


def run(args: argparse.Namespace, world: api.World) -> None:
    scenario = api.read_scenario_file(args.scenario, world)
    if not args.output.parent.is_dir():
        raise CommandLineError(f"the folder {args.output.parent} does not exist")
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from regio_desktop.app.report.pdf_export import write_report_pdf

    app = QApplication.instance() or QApplication([])
    write_report_pdf(world, scenario, args.output, args.language, args.draws, args.seed)
    del app
    print(f"wrote {api.printable(args.output)}")
