"""Asking where to save a picture (chart, map, bloc diagram) and reporting a failed write.

The views only know how to draw themselves into a file; the dialog, the suffix the user forgot
and the message on failure are the same for all of them and live here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _patterns() -> dict[str, str]:
    return {
        "png": QCoreApplication.translate("ImageExport", "PNG images (*.png)"),
        "svg": QCoreApplication.translate("ImageExport", "SVG drawings (*.svg)"),
    }


def export_with_dialog(
    parent: QWidget, title: str, default_name: str, export: Callable[[Path], object]
) -> Path | None:
    """Ask for a file named like ``default_name`` (its suffix is the format), call
    ``export(path)``, and show a non-blocking message naming the file if writing failed."""
    kind = Path(default_name).suffix.lstrip(".").lower()
    name, _ = QFileDialog.getSaveFileName(parent, title, default_name, _patterns()[kind])
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != f".{kind}":
        path = path.with_name(f"{path.name}.{kind}")
    try:
        export(path)
    except OSError as error:
        message = QCoreApplication.translate("ImageExport", "Could not write {path}: {error}")
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message.format(path=path, error=error), parent=parent
        )
        box.open()
        return None
    return path
