"""Throw-away folders and settings, so that the self-test and screenshots leave no trace."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

from regio_desktop.app.shell.settings import AppSettings


def scratch_folder(prefix: str) -> Path:
    """A throw-away folder, removed when the process ends (also after a failure)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def scratch_settings() -> AppSettings:
    """Settings in a throw-away INI file, so the self-test and screenshots leave no trace."""
    folder = scratch_folder("regio-settings-")
    return AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
