"""Render the application icon's PNG sizes from its SVG (resources/icons/regio-desktop.svg).

The SVG is the one drawing; the PNGs that desktops without SVG support (and Windows' .ico, the
macOS .icns) need are made from it at build time, never edited by hand. Qt's own SVG renderer is
used, the one the window draws the icon with, so the two cannot differ.

    python packaging/render_icons.py OUT_DIR [--ico FILE.ico]
writes OUT_DIR/<size>x<size>/regio-desktop.png for each size in SIZES.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "regio-desktop.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(out: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write one PNG per size under ``out``; return their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "regio-desktop.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    return written


def write_ico(pngs: list[Path], target: Path) -> None:
    """A Windows .ico holding the sizes up to 256 px (Pillow packs them)."""
    from PIL import Image

    largest = max(pngs, key=lambda p: int(p.parent.name.split("x")[0]))
    sizes = [(s, s) for s in SIZES if s <= 256]
    Image.open(largest).save(target, sizes=sizes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    args = parser.parse_args()
    pngs = render(args.out)
    if args.ico:
        write_ico(pngs, args.ico)
    print(f"rendered {len(pngs)} icon sizes into {args.out}")


if __name__ == "__main__":
    main()
