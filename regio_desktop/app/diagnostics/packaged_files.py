"""What an installed copy must carry besides the code: the self-test's check of the package.

A bundle or a wheel that left out the icon (or Qt's SVG plug-in that draws it), a compiled
translation or the preset scenarios still opens a window; the self-test, run on every installer
by ``make dist-check``, says what is missing instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from regio_desktop import api
from regio_desktop.app.shell.translation import LANGUAGE_NAMES, qm_path


def missing_pieces(app: QApplication) -> list[str]:
    """One line per missing piece of the installed program; empty when it is whole."""
    missing = []
    if not api.application_icon_path().is_file():
        missing.append(f"the icon {api.application_icon_path()} is missing")
    elif app.windowIcon().pixmap(32, 32).isNull():
        missing.append("the window icon cannot be drawn (Qt's SVG image plug-in is missing?)")
    for language in LANGUAGE_NAMES:
        if language != "en" and qm_path(language) is None:
            missing.append(f"the compiled {language} translation (.qm) is missing")
    if not api.preset_scenario_paths():
        missing.append("the preset scenarios are missing")
    return missing
