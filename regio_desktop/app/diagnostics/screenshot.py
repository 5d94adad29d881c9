"""``regio-desktop --screenshot FILE.png``: the main window rendered offscreen, saved as PNG."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from regio_desktop import api
from regio_desktop.api import preset_scenario_paths
from regio_desktop.app.diagnostics.scratch import scratch_settings
from regio_desktop.app.shell.launch import application, open_window, use_offscreen
from regio_desktop.app.shell.translation import install_translators

SCREENSHOT_SIZE = (1400, 900)


def screenshot(
    path: Path, db_path: Path | str | None, scenario_path: Path | None, language: str = "en"
) -> int:
    """Render the main window offscreen at 1400x900 with a state selected and save it as PNG."""
    if not path.parent.is_dir():  # before the window is built, as any other bad option value
        print(f"error: the folder {api.printable(path.parent)} does not exist", file=sys.stderr)
        return 2
    use_offscreen()
    app = application(sys.argv[:1])
    translators = install_translators(app, language)
    try:
        world = api.load_world(db_path)
        if scenario_path is not None:
            api.read_scenario_file(scenario_path, world)
    except (api.DatabaseError, api.ScenarioFileError, api.ScenarioError, OSError) as exc:
        print(f"error: screenshot failed: {exc}", file=sys.stderr)
        return 2
    # A team database's arguments are read through its own store (read-only here).
    store = api.ArgumentStore(db_path, readonly=True) if isinstance(db_path, str) else None
    window = open_window(world, scratch_settings(), None, language, store)
    window.session.open_presets(preset_scenario_paths())
    if scenario_path is not None:
        window.session.open_file(scenario_path)  # already validated above
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QApplication.processEvents()
    window.matrix.setFocus()
    QApplication.processEvents()
    if not window.grab().save(str(path), "PNG"):
        print(f"error: screenshot failed: cannot write {api.printable(path)}", file=sys.stderr)
        return 2
    window.close_discarding()
    for translator in translators:
        app.removeTranslator(translator)
    return 0
