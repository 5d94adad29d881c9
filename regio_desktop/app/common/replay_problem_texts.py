"""The window's words for the problems of a timeline replay and its export (years, frame size,
the files and folders written), merged into ``problem_texts``' table.

The command line words them with the core's English templates; these are the same problems in
the user's language, for a window or script that shows them translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REPLAY_TEMPLATES: dict[str, str] = {
    "replay_years_reversed": QT_TRANSLATE_NOOP(
        "Problems", "The replay starts in {first}, after the year it ends ({last})."
    ),
    "replay_size_syntax": QT_TRANSLATE_NOOP(
        "Problems", "The size “{found}” is not WIDTHxHEIGHT in pixels (such as 1920x1080)."
    ),
    "replay_size_out_of_range": QT_TRANSLATE_NOOP(
        "Problems",
        "A frame of {width}×{height} pixels is outside the sizes written, {smallest} to {largest}.",
    ),
    "replay_nothing_to_write": QT_TRANSLATE_NOOP(
        "Problems", "Name a folder for the frames, a video file (.mp4 or .gif), or both."
    ),
    "replay_video_kind": QT_TRANSLATE_NOOP(
        "Problems", "{file}: a video is written as .mp4 or .gif."
    ),
    "replay_no_folder": QT_TRANSLATE_NOOP("Problems", "The folder {folder} does not exist."),
    "replay_not_a_folder": QT_TRANSLATE_NOOP(
        "Problems", "{folder} is a file, not a folder for the frames."
    ),
    "replay_no_encoder": QT_TRANSLATE_NOOP(
        "Problems", "{file}: no MP4 encoder is installed ({reason}); write a .gif instead."
    ),
}
