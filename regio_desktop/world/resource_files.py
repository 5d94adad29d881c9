"""Where the program's shipped data files are, in a checkout and in an installed program alike."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (installed as the package ``regio_desktop.resources``).

    One ``joinpath`` per part: the frozen bundle's reader (and Python 3.11's namespace reader)
    takes a single name at a time.
    """
    found = resources.files("regio_desktop.resources")
    for part in parts:
        found = found.joinpath(part)
    return Path(str(found))


def preset_scenario_paths() -> list[Path]:
    """The preset scenarios, in their numbered order."""
    return sorted(resource_path("scenarios").glob("*.regio.json"))


def shipped_deck_paths() -> list[Path]:
    """The workshop decks that ship with the program (``resources/decks``), by file name."""
    return sorted(resource_path("decks").glob("*.regio-deck.json"))


def map_outlines() -> dict[str, Any]:
    """Country outlines for the map: {"provenance": {...}, "countries": {ISO3: {name, rings}}}."""
    return json.loads(resource_path("map", "eurasia_110m.json").read_text(encoding="utf-8"))


def application_icon_path() -> Path:
    """The program's icon (SVG): the window and the About dialog draw it, the installers'
    PNG sizes are rendered from it (packaging/render_icons.py)."""
    return resource_path("icons", "regio-desktop.svg")
