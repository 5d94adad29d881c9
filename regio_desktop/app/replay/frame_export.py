"""Writing a replay: one PNG per year named by its year (``DIR/1991.png`` ...), and a video of the
same frames, an animated GIF (Pillow) or an MP4 (H.264 through the ffmpeg binary that the
``imageio-ffmpeg`` package ships; nothing is downloaded at run time).

Used by ``regio-desktop replay``. Every file is written through a temporary file beside it, so
an interrupted export leaves no half-written frame or video.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from regio_desktop import api
from regio_desktop.app.replay.replay_frame import frame_image, prepare
from regio_desktop.app.replay.replay_stage import ReplayStage

if TYPE_CHECKING:
    from PIL import Image

Progress = Callable[[int, int, int], None]
"""Told after each frame: frames done, frames in all, the year just drawn."""


def video_size(size: QSize, output: Path | None) -> QSize:
    """The frames' size: an MP4's width and height are rounded down to even numbers, as its
    H.264 colour sampling needs; PNG frames and GIFs keep the size asked for."""
    if output is None or output.suffix.lower() != ".mp4":
        return size
    return QSize(size.width() - size.width() % 2, size.height() - size.height() % 2)


def _rgb(image: QImage) -> bytes:
    """The image's pixels as packed RGB bytes (what both encoders take)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, line = rgb.width() * 3, rgb.bytesPerLine()
    data = bytes(rgb.constBits())
    if line == width:
        return data
    return b"".join(data[y * line : y * line + width] for y in range(rgb.height()))


def _pillow(image: QImage) -> Image.Image:
    from PIL import Image

    return Image.frombytes("RGB", (image.width(), image.height()), _rgb(image))


def write_gif(frames: list[Image.Image], output: Path, fps: float) -> None:
    """An animated GIF of ``frames`` (palette images), looping, ``fps`` frames a second."""
    duration = round(1000 / fps)

    def write(partial: Path) -> None:
        frames[0].save(
            partial,
            format="GIF",
            save_all=True,
            append_images=frames[1:],
            duration=duration,
            loop=0,
            optimize=False,
        )

    api.write_atomically(output, write)


class Mp4Writer:
    """Frames piped to the packaged ffmpeg as raw RGB and encoded as H.264 in an MP4 file."""

    def __init__(self, output: Path, size: QSize, fps: float) -> None:
        import imageio_ffmpeg

        self.output = output
        self.partial = output.with_name(f".{output.name}.partial.mp4")
        self.writer: Iterator[None] = imageio_ffmpeg.write_frames(
            str(self.partial),
            (size.width(), size.height()),
            fps=fps,
            codec="libx264",
            pix_fmt_in="rgb24",
            pix_fmt_out="yuv420p",
            macro_block_size=2,
            ffmpeg_log_level="error",
            output_params=["-f", "mp4", "-movflags", "+faststart"],
        )
        self.writer.send(None)  # type: ignore[attr-defined]

    def add(self, image: QImage) -> None:
        self.writer.send(_rgb(image))  # type: ignore[attr-defined]

    def finish(self) -> None:
        self.writer.close()  # type: ignore[attr-defined]
        api.write_atomically(self.output, lambda partial: self.partial.replace(partial))

    def abandon(self) -> None:
        try:
            self.writer.close()  # type: ignore[attr-defined]
        finally:
            self.partial.unlink(missing_ok=True)


def _save_png(image: QImage, path: Path) -> None:
    def write(partial: Path) -> None:
        if not image.save(str(partial), "PNG"):
            raise OSError(f"could not write {path}")

    api.write_atomically(path, write)


def export_replay(
    stage: ReplayStage,
    size: QSize,
    frames: Path | None = None,
    output: Path | None = None,
    fps: float = 1.0,
    progress: Progress | None = None,
) -> list[Path]:
    """Draw every year of the stage's replay at ``size``; write each as ``frames/YEAR.png``
    and all of them as the video ``output`` (.gif or .mp4). Returns the files written."""
    size = video_size(size, output)
    prepare(stage, size)
    years = list(stage.replay.years)
    written: list[Path] = []
    gif: list[Image.Image] = []
    mp4 = Mp4Writer(output, size, fps) if output and output.suffix.lower() == ".mp4" else None
    try:
        for done, year in enumerate(years, start=1):
            stage.show_year(year)
            image = frame_image(stage, size)
            if frames is not None:
                path = frames / f"{year}.png"
                _save_png(image, path)
                written.append(path)
            if mp4 is not None:
                mp4.add(image)
            elif output is not None:
                # Each frame's own palette (a 256-colour GIF of a map and its legend).
                gif.append(_pillow(image).quantize(colors=255))
            if progress is not None:
                progress(done, len(years), year)
        if mp4 is not None:
            mp4.finish()
            mp4 = None
        elif output is not None:
            write_gif(gif, output, fps)
    finally:
        if mp4 is not None:
            mp4.abandon()
    if output is not None:
        written.append(output)
    return written
