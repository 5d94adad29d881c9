"""The command line: open the window, or export, evaluate, explain and explore for scripts.

With no command it opens the window. Everything else calls ``regio_desktop.api`` only, prints to
standard output and reports bad input on standard error with exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import NoReturn

import regio_desktop

EXIT_BAD_INPUT = 2  # regio_desktop.cli.common's, without importing it (it imports the engine)

# One module per verb (regio_desktop.cli.NAME, with add_parser(sub) and run(args, world)) and its
# one-line help: a new verb is a new module and one entry here. The help is repeated here so that
# `--version` and `--help` answer without importing any verb, and so the engine and pandas (a
# second on a loaded machine); tests/test_cli_startup.py keeps it equal to each module's own.
VERBS: dict[str, str] = {
    "export": "print a table of the world's data",
    "indicators": "list every indicator with its unit and which way is better",
    "evaluate": "print a scenario's indicators with baselines",
    "explore": "evaluate every combination of alignment choices",
    "drivers": "which explored choices drive one indicator (variance shares)",
    "discover": "in which boxes of explored choices a condition holds (PRIM)",
    "report": "write a PDF report of a scenario",
    "uncertainty": "each indicator's 5-95 %% interval over the estimates' plausible ranges",
    "arguments": "print the arguments for and against a scenario",
    "profile": "show the user's profile (own arguments and sources), or import arguments into it",
    "deck": "check a workshop deck; write its handout (PDF) or the room's tally (CSV)",
    "import": "import arguments (CSV or JSON) into the profile or a team database",
    "scenarios": "list, save and get scenarios in a team database",
    "decks": "list, save and get workshop decks in a team database",
    "db": "prepare, share and upgrade a team database on PostgreSQL",
    "audit": "print who changed which argument or source, and when (newest first)",
    "replay": "write the timeline replay: one PNG per year, or a video (MP4, GIF)",
}

DB_HELP = (
    "use this database instead of the shipped one: an SQLite file, or a team database "
    "postgresql://USER@HOST:PORT/DATABASE (password from the URL or ~/.pgpass); "
    "default: $REGIO_DB when set"
)


_MODULE_NAMES = {"import": "importing"}  # a verb whose name is a Python keyword


def verb_module(name: str) -> ModuleType:
    """The module of one verb, imported when that verb runs (or its --help is asked for)."""
    return importlib.import_module(f"regio_desktop.cli.{_MODULE_NAMES.get(name, name)}")


def _no_display() -> bool:
    """On Linux, Qt aborts the process (exit 134, a core message) without a display to use."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class _OneLineParser(argparse.ArgumentParser):
    """argparse that reports a bad option in one line (``error: ...``, exit 2), as every other
    bad input is reported, instead of the usage text; ``--help`` still prints the usage."""

    def error(self, message: str) -> NoReturn:
        from regio_desktop import api

        print(f"error: {api.printable(message, 300)} (see {self.prog} --help)", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def _parser(verbs: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without ``verbs``, each verb is only a name and its help (what
    the top-level --help lists), and no verb module is imported."""
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
        "--present",
        type=Path,
        metavar="DECK.regio-deck.json",
        help="open the window straight into presentation mode on this deck (Esc leaves it)",
    )
    parser.add_argument(
        "--language",
        dest="window_language",
        choices=["en", "ru", "kk"],
        help="with --screenshot: the window's language (the window itself remembers the one "
        "chosen in its Language menu)",
    )
    sub = parser.add_subparsers(dest="command")
    for name, help_text in VERBS.items():
        if not verbs:
            sub.add_parser(name, help=help_text, add_help=False)
            continue
        verb = verb_module(name)
        verb.add_parser(sub)
        if getattr(verb, "NEEDS_WORLD", True):
            # After the verb too (`export memberships --db URL`); unset, the global one stands.
            sub.choices[name].add_argument(
                "--db", metavar="FILE|URL", default=argparse.SUPPRESS, help=DB_HELP
            )
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    """The arguments, parsed by the light parser when no verb is named (--version, --help, the
    window, its self-test), else by the whole one, which imports the verbs and the engine."""
    args, rest = _parser(verbs=False).parse_known_args(argv)
    if args.command is None and not rest:
        return args
    return _parser().parse_args(argv)


def _run_command(args: argparse.Namespace) -> int:
    from regio_desktop import api
    from regio_desktop.cli.common import database_location

    verb = verb_module(args.command)
    world = api.load_world(database_location(args)) if getattr(verb, "NEEDS_WORLD", True) else None
    verb.run(args, world)
    return 0


def _file_to_open(argv: list[str]) -> list[str]:
    """``regio-desktop FILE.regio.json`` (as a desktop or a file manager starts it) means
    ``--scenario FILE`` (and ``FILE.regio-deck.json`` means ``--present FILE``): argparse would
    take the file for the name of a command."""
    if argv and argv[0].endswith(".regio.json") and not argv[0].startswith("-"):
        return ["--scenario", argv[0], *argv[1:]]
    if argv and argv[0].endswith(".regio-deck.json") and not argv[0].startswith("-"):
        return ["--present", argv[0], *argv[1:]]
    return argv


def main(argv: list[str] | None = None) -> int:
    args = parse(_file_to_open(sys.argv[1:] if argv is None else argv))
    from regio_desktop import api  # past --version and --help: every other path needs the engine

    try:
        if args.command:
            return _run_command(args)
        from regio_desktop.cli.common import database_location

        args.db = database_location(args)
        if isinstance(args.db, str) and args.self_test:
            raise ValueError("--self-test works on a copy of a database file, not a team database")
        # Qt is imported only when a window is wanted.
        if args.timing and not args.self_test:
            raise ValueError("--timing goes with --self-test")
        if args.window_language and not args.screenshot:
            raise ValueError("--language goes with --screenshot (the window has a Language menu)")
        if args.present is not None and (args.self_test or args.screenshot):
            raise ValueError(
                "--present opens the window; it goes with neither --self-test nor --screenshot"
            )
        if args.present is not None:
            api.read_deck(args.present)  # a file that is not a deck is refused before Qt starts
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

        return launch.run_gui(sys.argv[:1], args.db, args.scenario, args.present)
    except (
        api.ScenarioFileError,
        api.ScenarioError,
        api.DeckFileError,
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
