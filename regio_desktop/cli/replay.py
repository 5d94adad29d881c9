"""`regio-desktop replay`: the timeline replay as one PNG per year (``DIR/1991.png`` ...) and/or a
video for slides (``FILE.mp4`` or ``FILE.gif``), with a progress bar on the terminal.

Every input is checked before Qt starts (years, size, colouring, state, files); the frames are
drawn offscreen by the window's own replay (``app/replay``), which is imported only then.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from regio_desktop import api
from regio_desktop.cli.common import CommandLineError, year

VIDEO_KINDS = (".mp4", ".gif")
MAX_FPS = 30.0
BAR_WIDTH = 30


def folder(text: str) -> Path:
    """A folder named by a non-empty text: ``--frames ""`` (an unset shell variable) gave
    ``Path("")``, the current folder, and wrote 35 PNG files into it."""
    if not text.strip():
        raise argparse.ArgumentTypeError("expected a folder, found an empty name")
    return Path(text)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    replay = sub.add_parser(
        "replay", help="write the timeline replay: one PNG per year, or a video (MP4, GIF)"
    )
    replay.add_argument("--from", dest="first", type=year, metavar="YEAR", help="default 1991")
    replay.add_argument(
        "--to", dest="last", type=year, metavar="YEAR", help="default: the latest year with data"
    )
    replay.add_argument("--frames", type=folder, metavar="DIR", help="write DIR/YEAR.png per year")
    replay.add_argument(
        "--output", type=Path, metavar="FILE.mp4|FILE.gif", help="write the frames as a video"
    )
    replay.add_argument(
        "--size", default="1920x1080", metavar="WIDTHxHEIGHT", help="default 1920x1080"
    )
    replay.add_argument(
        "--colour-by",
        dest="colour_by",
        default="alignment",
        metavar="alignment|BLOC|INDICATOR",
        help="what the map shows: alignments (default), a bloc's members, or a state indicator",
    )
    replay.add_argument(
        "--scenario",
        type=Path,
        metavar="FILE.regio.json",
        help="replay this scenario: its edits apply from its year on",
    )
    replay.add_argument(
        "--state",
        metavar="ISO3",
        help="the state whose indicators the frames follow (default: the first the scenario "
        "edits, else KAZ)",
    )
    replay.add_argument(
        "--fps",
        type=float,
        default=1.0,
        help="years a second in the video (default 1, at most 30)",
    )
    replay.add_argument("--language", choices=["en", "ru", "kk"], default="en")


def _refuse(problems: list[api.Problem]) -> None:
    if problems:
        raise CommandLineError("; ".join(p.message for p in problems))


def _checked(args: argparse.Namespace, world: api.World) -> tuple[int, int, tuple[int, int]]:
    """The years and the size, once every argument fits; else the first problems found."""
    first = world.first_year if args.first is None else args.first
    last = world.latest_year if args.last is None else args.last
    size = api.parse_size(args.size)
    _refuse([size] if isinstance(size, api.Problem) else [])
    assert not isinstance(size, api.Problem)
    problems = api.replay_problems(world, first, last, size)
    if not api.colour_kind(world, args.colour_by):
        problems.append(api.Problem("deck_unknown_colouring", {"found": args.colour_by[:40]}))
    if args.state is not None and args.state not in world.state_codes:
        problems.append(api.Problem("unknown_state", {"state": args.state[:40]}))
    if args.frames is None and args.output is None:
        problems.append(api.Problem("replay_nothing_to_write"))
    if args.output is not None:
        if args.output.suffix.lower() not in VIDEO_KINDS:
            problems.append(api.Problem("replay_video_kind", {"file": str(args.output)}))
        elif not args.output.parent.is_dir():
            problems.append(api.Problem("replay_no_folder", {"folder": str(args.output.parent)}))
    if args.frames is not None and args.frames.exists() and not args.frames.is_dir():
        problems.append(api.Problem("replay_not_a_folder", {"folder": str(args.frames)}))
    if not 0 < args.fps <= MAX_FPS:
        raise CommandLineError(f"--fps {args.fps:g} is not above 0 and at most {MAX_FPS:g}")
    _refuse(problems)
    if args.output is not None and args.output.suffix.lower() == ".mp4":
        try:
            import imageio_ffmpeg

            imageio_ffmpeg.get_ffmpeg_exe()
        except (ImportError, RuntimeError) as exc:
            _refuse(
                [api.Problem("replay_no_encoder", {"file": str(args.output), "reason": str(exc)})]
            )
    return first, last, size


def _progress(done: int, total: int, shown: int) -> None:
    """A bar on standard error while it is a terminal (a log gets only the summary)."""
    if not sys.stderr.isatty():
        return
    filled = round(BAR_WIDTH * done / total)
    bar = "#" * filled + "-" * (BAR_WIDTH - filled)
    print(f"\r[{bar}] {done}/{total} frames ({shown})", end="", file=sys.stderr, flush=True)
    if done == total:
        print(file=sys.stderr)


def run(args: argparse.Namespace, world: api.World) -> None:
    first, last, (width, height) = _checked(args, world)
    scenario = api.read_scenario_file(args.scenario, world) if args.scenario else None
    if args.frames is not None:
        args.frames.mkdir(parents=True, exist_ok=True)
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from regio_desktop.app.replay.frame_export import export_replay
    from regio_desktop.app.replay.replay_stage import ReplayStage
    from regio_desktop.app.shell.translation import install_translators

    app = QApplication.instance() or QApplication([])
    if isinstance(app, QApplication):
        install_translators(app, args.language)
    shown = api.shown_states(world, scenario or api.Scenario())
    replay = api.replay_of(world, scenario, first, last, shown)
    stage = ReplayStage(replay, args.language, args.state or "")
    stage.map.colour_by(args.colour_by)
    written = export_replay(
        stage, QSize(width, height), args.frames, args.output, args.fps, _progress
    )
    del app
    frames = len(replay.years)
    if args.frames is not None:
        print(f"wrote {api.printable(args.frames)} ({frames} frames, {first}-{last})")
    if args.output is not None:
        print(f"wrote {api.printable(args.output)} ({frames} frames at {args.fps:g} a second)")
    assert written
