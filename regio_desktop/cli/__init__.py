"""The command line: open the window, or export, evaluate, explain and explore for scripts.

With no command it opens the window. Everything else calls ``regio_desktop.api`` only, prints to
standard output and reports bad input on standard error with exit status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import NoReturn

import regio_desktop
from regio_desktop import api
from regio_desktop.cli import (
    arguments,
    db,
    discover,
    drivers,
    evaluate,
    explore,
    export,
    importing,
    profile,
    report,
    scenarios,
    uncertainty,
)
from regio_desktop.cli.common import EXIT_BAD_INPUT, database_location

# One module per verb, each with add_parser(sub) and run(args, world): a new verb is a new module
# and one entry here.
VERBS = {
    "export": export,
    "evaluate": evaluate,
    "explore": explore,
    "drivers": drivers,
    "discover": discover,
    "report": report,
    "uncertainty": uncertainty,
    "arguments": arguments,
    "profile": profile,
    "import": importing,
    "scenarios": scenarios,
    "db": db,
}

DB_HELP = (
    "use this database instead of the shipped one: an SQLite file, or a team database "
    "postgresql://USER@HOST:PORT/DATABASE (password from the URL or ~/.pgpass); "
    "default: $REGIO_DB when set"
)


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


def _parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog="regio-desktop",
        description="Explore scenarios of Eurasian regionalism. With no command, open the window.",
    )
    parser.add_argument(
        "--version", action="version", version=f"regio-desktop {regio_desktop.__version__}"
    )
    parser.add_argument("--db", metavar="FILE|URL", help=DB_HELP)
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
    for name, verb in VERBS.items():
        verb.add_parser(sub)
        if getattr(verb, "NEEDS_WORLD", True):
            # After the verb too (`export memberships --db URL`); unset, the global one stands.
            sub.choices[name].add_argument(
                "--db", metavar="FILE|URL", default=argparse.SUPPRESS, help=DB_HELP
            )
    return parser


def _run_command(args: argparse.Namespace) -> int:
    verb = VERBS[args.command]
    world = api.load_world(database_location(args)) if getattr(verb, "NEEDS_WORLD", True) else None
    verb.run(args, world)
    return 0


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
        args.db = database_location(args)
        if isinstance(args.db, str) and args.self_test:
            raise ValueError("--self-test works on a copy of a database file, not a team database")
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
