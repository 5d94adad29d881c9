"""The command line: open the window, or export, evaluate, explain and explore for scripts.

With no command it opens the window. Everything else calls ``regio_desktop.api`` only, prints to
standard output and reports bad input on standard error with exit status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import NoReturn

from regio_desktop import api
from regio_desktop.api import (
    arguments_table,
    evaluation_table,
    memberships_table,
    observations_table,
    write_table,
)
from regio_desktop.cli_output import print_change, print_explanation

EXIT_BAD_INPUT = 2


class CommandLineError(ValueError):
    """An argument of the command line that the world or the file system cannot satisfy."""


def _no_display() -> bool:
    """On Linux, Qt aborts the process (exit 134, a core message) without a display to use."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class _OneLineParser(argparse.ArgumentParser):
    """argparse that reports a bad option in one line (``error: ...``, exit 2), as every other
    bad input is reported, instead of the usage text; ``--help`` still prints the usage."""

    def error(self, message: str) -> NoReturn:
        print(f"error: {api.printable(message, 300)} (see {self.prog} --help)", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


_YEAR = re.compile(r"[0-9]{4}", re.ASCII)


def _year(text: str) -> int:
    """A year as four ASCII digits: not ' 2016', '2_016' or digits of another script."""
    if not _YEAR.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"expected a year such as 2016, found {api.printable(repr(text), 40)}"
        )
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog="regio-desktop",
        description="Explore scenarios of Eurasian regionalism. With no command, open the window.",
    )
    parser.add_argument("--db", type=Path, help="use this database instead of the shipped one")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window offscreen, edit through the widgets, check and exit",
    )
    parser.add_argument(
        "--timing",
        action="store_true",
        help="with --self-test: print click-to-repaint and start-up times",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="save a picture of the main window and exit",
    )
    parser.add_argument("--scenario", type=Path, help="scenario file to open in the window")
    parser.add_argument(
        "--language",
        dest="window_language",
        choices=["en", "ru", "kk"],
        help="with --screenshot: the window's language (the window itself remembers the one "
        "chosen in its Language menu)",
    )
    sub = parser.add_subparsers(dest="command")

    export = sub.add_parser("export", help="print a table of the world's data")
    export.add_argument("table", choices=["memberships", "observations", "arguments"])
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument(
        "--year", type=_year, help="with memberships: those in force at the end of this year"
    )

    evaluate = sub.add_parser("evaluate", help="print a scenario's indicators with baselines")
    evaluate.add_argument("scenario", type=Path)
    evaluate.add_argument("--format", choices=["csv", "json"], default="csv")
    evaluate.add_argument("--explain", metavar="INDICATOR", help="explain one indicator instead")
    evaluate.add_argument("--state", metavar="ISO3", help="with --explain: the state (or bloc)")
    evaluate.add_argument(
        "--change",
        action="store_true",
        help="with --explain: split the change from the baseline into steps",
    )

    explore = sub.add_parser("explore", help="evaluate every combination of alignment choices")
    explore.add_argument("scenario", type=Path)
    explore.add_argument("--states", required=True, help="comma-separated ISO3 codes")
    explore.add_argument("--toggle", action="append", default=[], metavar="STATE:BLOC")
    explore.add_argument(
        "--aggregate",
        default="mean",
        metavar="mean|worst|ISO3",
        help="how objectives combine over the states: their mean (default), the worst state "
        "per objective, or one explored state's values",
    )
    explore.add_argument(
        "--with-west",
        action="store_true",
        help="also try the West-oriented alignment (4 choices per state instead of 3)",
    )
    explore.add_argument("--format", choices=["csv", "json"], default="csv")

    drivers = sub.add_parser(
        "drivers", help="which explored choices drive one indicator (variance shares)"
    )
    drivers.add_argument("scenario", type=Path)
    drivers.add_argument("--states", required=True, help="comma-separated ISO3 codes")
    drivers.add_argument("--toggle", action="append", default=[], metavar="STATE:BLOC")
    drivers.add_argument(
        "--indicator",
        required=True,
        metavar="ENTITY:INDICATOR",
        help="a state, a bloc or 'region', and one of its indicators, e.g. KAZ:autonomy",
    )
    drivers.add_argument("--format", choices=["csv", "json"], default="csv")

    report = sub.add_parser("report", help="write a PDF report of a scenario")
    report.add_argument("scenario", type=Path)
    report.add_argument("--output", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument("--language", choices=["en", "ru", "kk"], default="en")

    arguments = sub.add_parser("arguments", help="print the arguments for and against a scenario")
    arguments.add_argument("scenario", type=Path)
    arguments.add_argument("--format", choices=["csv", "json"], default="csv")
    return parser


def _run_command(args: argparse.Namespace) -> int:
    world = api.load_world(args.db)
    if args.command == "export":
        if args.year is not None and args.table != "memberships":
            raise CommandLineError(
                f"--year applies to 'export memberships' only; {args.table} have no year to pick"
            )
        if args.year is not None and not world.first_year <= args.year <= world.latest_year:
            raise CommandLineError(
                f"year {args.year} is outside {world.first_year}..{world.latest_year}"
            )
        table = {
            "memberships": lambda: memberships_table(world, args.year),
            "observations": lambda: observations_table(world),
            "arguments": lambda: arguments_table(world),
        }[args.table]()
        write_table(table, args.format)
    elif args.command == "evaluate":
        scenario = api.read_scenario_file(args.scenario, world)
        if args.state and not args.explain:
            raise CommandLineError("--state goes with --explain (the table has every state)")
        if args.explain:
            if not args.state:
                raise CommandLineError("--explain needs --state ISO3 (or a bloc code)")
            entity = args.state.strip().upper()
            if entity not in world.state_codes and entity not in world.bloc_codes:
                raise CommandLineError(
                    f"unknown state or bloc code '{api.printable(args.state, 40)}' for --state"
                )
            try:
                level = api.indicator_info(args.explain).level
            except KeyError:
                raise CommandLineError(
                    f"unknown indicator '{api.printable(args.explain, 40)}' for --explain"
                ) from None
            kind = "state" if entity in world.state_codes else "bloc"
            if level != kind:
                raise CommandLineError(
                    f"{args.explain} is a {level} indicator; {entity} is a {kind}"
                )
            if args.change:
                print_change(api.explain_change(world, scenario, args.explain, entity), args.format)
            else:
                print_explanation(api.explain(world, scenario, args.explain, entity), args.format)
        elif args.change:
            raise CommandLineError("--change goes with --explain INDICATOR")
        else:
            write_table(evaluation_table(api.evaluate(world, scenario)), args.format)
    elif args.command == "explore":
        scenario = api.read_scenario_file(args.scenario, world)
        states, toggles = _states_and_toggles(world, args.states, args.toggle)
        try:
            aggregation = api.Aggregation.parse(args.aggregate, states)
        except api.AggregationError as error:
            raise CommandLineError(str(error)) from None
        choices = api.ALIGNMENTS if args.with_west else api.EXPLORATION_ALIGNMENTS
        result = api.explore(
            world, scenario, states, choices, toggles=toggles, aggregation=aggregation
        )
        if result.constant:
            print(
                "objectives constant over every combination, left out of the Pareto front: "
                + ", ".join(result.constant),
                file=sys.stderr,
            )
        write_table(result.table, args.format)
    elif args.command == "drivers":
        scenario = api.read_scenario_file(args.scenario, world)
        states, toggles = _states_and_toggles(world, args.states, args.toggle)
        entity, sep, indicator = (part.strip() for part in args.indicator.partition(":"))
        if not (sep and entity and indicator):
            raise CommandLineError(
                f"--indicator '{api.printable(args.indicator, 40)}' is not ENTITY:INDICATOR "
                "(such as KAZ:autonomy, EAEU:bloc_cohesion or region:...)"
            )
        entity = entity if entity == "region" else entity.upper()
        try:
            shares = api.drivers(world, scenario, states, indicator, entity, toggles)
        except api.DriversError as error:
            raise CommandLineError(str(error)) from None
        write_table(shares, args.format)
    elif args.command == "report":
        scenario = api.read_scenario_file(args.scenario, world)
        if not args.output.parent.is_dir():
            raise CommandLineError(f"the folder {args.output.parent} does not exist")
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from regio_desktop.app.report.pdf_export import write_report_pdf

        app = QApplication.instance() or QApplication([])
        write_report_pdf(world, scenario, args.output, args.language)
        del app
        print(f"wrote {api.printable(args.output)}")
    elif args.command == "arguments":
        scenario = api.read_scenario_file(args.scenario, world)
        matched = api.arguments_for(world, scenario)
        if args.format == "json":
            print(
                json.dumps(
                    {
                        "arguments": json.loads(
                            matched.to_json(orient="records", force_ascii=False)
                        ),
                        "balance": json.loads(api.balance(matched).to_json(orient="records")),
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            write_table(matched, args.format)
    return 0


def _states_and_toggles(
    world: api.World, states_text: str, toggle_texts: list[str]
) -> tuple[list[str], list[tuple[str, str]]]:
    """``--states`` and ``--toggle`` of explore and drivers, with every unknown code named."""
    states = [s.strip().upper() for s in states_text.split(",") if s.strip()]
    toggles = []
    for item in toggle_texts:
        state, sep, bloc = (part.strip() for part in item.partition(":"))
        if not (sep and state and bloc):
            raise CommandLineError(
                f"--toggle '{api.printable(item, 40)}' is not STATE:BLOC (such as KAZ:CSTO)"
            )
        toggles.append((state.upper(), bloc.upper()))
    unknown = [s for s in states + [t[0] for t in toggles] if s not in world.state_codes]
    unknown += [b for _, b in toggles if b not in world.bloc_codes]
    if unknown:
        raise CommandLineError(
            "; ".join(f"unknown code '{api.printable(c, 40)}'" for c in dict.fromkeys(unknown))
        )
    return states, toggles


def _file_to_open(argv: list[str]) -> list[str]:
    """``regio-desktop FILE.regio.json`` (as a desktop or a file manager starts it) means
    ``--scenario FILE``: argparse would take the file for the name of a command."""
    if argv and argv[0].endswith(".regio.json") and not argv[0].startswith("-"):
        return ["--scenario", argv[0], *argv[1:]]
    return argv


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(_file_to_open(sys.argv[1:] if argv is None else argv))
    try:
        if args.command:
            return _run_command(args)
        # Qt is imported only when a window is wanted.
        if args.timing and not args.self_test:
            raise ValueError("--timing goes with --self-test")
        if args.window_language and not args.screenshot:
            raise ValueError("--language goes with --screenshot (the window has a Language menu)")
        if args.self_test:
            from regio_desktop.app.diagnostics import self_test

            return self_test.self_test(args.db, timing=args.timing)
        if args.screenshot:
            from regio_desktop.app.diagnostics import screenshot

            return screenshot.screenshot(
                args.screenshot, args.db, args.scenario, args.window_language or "en"
            )
        if _no_display():
            raise ValueError(
                "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset): "
                "run it on a desktop, or as `make run`, which starts a virtual screen"
            )
        from regio_desktop.app.shell import launch

        return launch.run_gui(sys.argv[:1], args.db, args.scenario)
    except (
        api.ScenarioFileError,
        api.ScenarioError,
        api.DatabaseError,
        KeyError,
        ValueError,
    ) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        scenario = getattr(args, "scenario", None)
        if isinstance(exc, api.ScenarioError) and isinstance(scenario, Path):
            # A file that reads but does not fit the world: name it, as a file error does.
            message = f"{scenario.name}: {message}"
        print(f"error: {api.printable(message, 600)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # A save refused (a folder, a device, a full disk) or a folder the system will not write.
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        reason = exc.strerror if exc.strerror and where else str(exc)
        print(f"error: {api.printable(reason + where)}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    raise SystemExit(main())
