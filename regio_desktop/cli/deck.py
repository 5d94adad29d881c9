"""`regio-desktop deck`: check a workshop deck, write its handout (PDF) or its room's tally (CSV).

The handout needs Qt (the map and the page layout), imported only when it is asked for, offscreen.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from regio_desktop import api
from regio_desktop.cli.common import CommandLineError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    deck = sub.add_parser(
        "deck", help="check a workshop deck; write its handout (PDF) or the room's tally (CSV)"
    )
    deck.add_argument("deck", type=Path, metavar="DECK.regio-deck.json")
    deck.add_argument("--output", type=Path, metavar="HANDOUT.pdf", help="write the handout")
    deck.add_argument("--tally", type=Path, metavar="TALLY.csv", help="write the room's tally")
    deck.add_argument("--language", choices=["en", "ru", "kk"], default="en")


def _folder_exists(path: Path) -> None:
    if not path.parent.is_dir():
        raise CommandLineError(f"the folder {path.parent} does not exist")


def run(args: argparse.Namespace, world: api.World) -> None:
    deck, scenarios = api.read_deck_file(args.deck, world)
    for path in (args.output, args.tally):
        if path is not None:
            _folder_exists(path)
    if args.tally is not None:
        api.save_table(api.tally_table(deck), args.tally)
        print(f"wrote {api.printable(args.tally)}")
    if args.output is not None:
        if not deck.steps:
            raise CommandLineError("the deck has no steps: a handout would be empty")
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from regio_desktop.app.present.handout import write_handout
        from regio_desktop.app.shell.translation import install_translators

        app = QApplication.instance() or QApplication([])
        if isinstance(app, QApplication):
            install_translators(app, args.language)

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\rpage {done} of {total}", end="", file=sys.stderr, flush=True)

        pages = write_handout(world, deck, scenarios, args.output, args.language, progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        del app
        print(f"wrote {api.printable(args.output)} ({pages} pages)")
    if args.output is None and args.tally is None:
        print(f"{api.printable(args.deck.name)}: {len(deck.steps)} steps, all fit the world")
