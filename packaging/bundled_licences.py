"""The .deb's copyright file: packaging/copyright with a paragraph for each Python package the
bundle carries and for Python itself, from the packages' own metadata.

The bundle holds far more than Regio Desktop's code (Python, Qt through PySide6, numpy, pandas,
scipy, SQLAlchemy ...); each is named here with the licence its metadata declares, so that the
list follows the bundle instead of a hand-kept one going stale. Run with the Python the bundle
was frozen from (the one whose packages PyInstaller copied):

    python packaging/bundled_licences.py packaging/copyright build/bundle/regio-desktop > copyright
"""

from __future__ import annotations

import importlib.metadata
import platform
import sys
from pathlib import Path

SHORT_LICENCE = 80
"""A ``License`` field longer than this is the licence's whole text, not its name."""
CLASSIFIER = "License :: OSI Approved :: "


def licence(meta: importlib.metadata.PackageMetadata) -> str:
    """The licence a package's metadata declares: its SPDX expression, its short licence field,
    or its licence classifiers; "unknown" when it says none."""
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    field = (meta.get("License") or "").strip()
    if field and len(field) <= SHORT_LICENCE and "\n" not in field:
        return field
    classifiers = [
        c.removeprefix(CLASSIFIER)
        for c in meta.get_all("Classifier") or []
        if c.startswith(CLASSIFIER)
    ]
    return " AND ".join(classifiers) if classifiers else "unknown"


def _top_level(dist: importlib.metadata.Distribution) -> set[str]:
    text = dist.read_text("top_level.txt")
    if text:
        return {line.strip() for line in text.splitlines() if line.strip()}
    names = set()
    for file in dist.files or []:
        first = Path(str(file)).parts[0]
        if not first.endswith((".dist-info", ".egg-info", ".data")) and first not in ("..", "bin"):
            names.add(first.removesuffix(".py").split(".")[0])
    return names


def bundled(internal: Path) -> list[tuple[str, str, str, list[str]]]:
    """(name, version, licence, folders) of each installed distribution found in ``internal``."""
    present = {p.name.split(".")[0] for p in internal.iterdir()} if internal.is_dir() else set()
    found = {}
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"]
        if not name or name.lower().replace("-", "_") == "regio_desktop":
            continue
        folders = sorted(_top_level(dist) & present)
        if folders:
            found[name.lower()] = (name, dist.version, licence(dist.metadata), folders)
    return sorted(found.values(), key=lambda row: row[0].lower())


def paragraphs(bundle: Path) -> str:
    internal = bundle / "_internal"
    version = platform.python_version()
    out = [
        f"Files: opt/regio-desktop/_internal/libpython{sys.version_info.major}.*\n"
        f" opt/regio-desktop/_internal/base_library.zip opt/regio-desktop/_internal/lib-dynload/*\n"
        f"Copyright: Python Software Foundation\n"
        f"License: PSF-2.0\n"
        f" Python {version}, its standard library and extension modules, as PyInstaller\n"
        f" bundles them; https://docs.python.org/3/license.html"
    ]
    for name, dist_version, declared, folders in bundled(internal):
        files = " ".join(f"opt/regio-desktop/_internal/{f}/*" for f in folders)
        out.append(
            f"Files: {files}\n"
            f"Copyright: the authors of {name}\n"
            f"License: {declared}\n"
            f" {name} {dist_version}, as its package metadata declares its licence."
            + (
                "\n On Debian systems the LGPL's full text is in /usr/share/common-licenses/LGPL-3."
                if "LGPL" in declared
                else ""
            )
        )
    return "\n\n".join(out)


def main(template: Path, bundle: Path) -> str:
    """The template with the bundle's paragraphs after its Files paragraphs (before the first
    stand-alone License paragraph)."""
    blocks = template.read_text("utf-8").rstrip("\n").split("\n\n")
    at = next((i for i, b in enumerate(blocks) if b.startswith("License:")), len(blocks))
    return "\n\n".join([*blocks[:at], paragraphs(bundle), *blocks[at:]]) + "\n"


if __name__ == "__main__":
    sys.stdout.write(main(Path(sys.argv[1]), Path(sys.argv[2])))
