"""A wheel built from this checkout holds every module of the program.

Package discovery is automatic (setup.py); this guards it: a room added under regio_desktop/, a
new migration or a resource package left out of the wheel would install a program that fails on
first use of the missing piece, far from the change that caused it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Where each folder of the checkout lands inside the installed package.
FOLDERS = {
    ROOT / "regio_desktop": "regio_desktop",
    ROOT / "db" / "migrations": "regio_desktop/migrations",
    ROOT / "resources": "regio_desktop/resources",
}


def _expected_modules() -> set[str]:
    expected = set()
    for folder, inside in FOLDERS.items():
        for path in folder.rglob("*.py"):
            if "__pycache__" in path.parts:
                continue
            # Only folders that are packages ship; a loose script (resources/map/build_map.py
            # sits in a plain folder) is a tool of the checkout, not of the program.
            if all((parent / "__init__.py").exists() for parent in _parents(path, folder)):
                expected.add(f"{inside}/{path.relative_to(folder).as_posix()}")
    return expected


def _parents(path: Path, top: Path) -> list[Path]:
    parents = []
    for parent in path.parents:
        parents.append(parent)
        if parent == top:
            break
    return parents


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    # pip builds in the source folder (build/, *.egg-info): build from a copy, not the checkout.
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "setup.py", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    for folder in ("regio_desktop", "db/migrations", "resources"):
        shutil.copytree(
            ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
    )
    (wheel,) = out.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_holds_every_module(wheel_names: set[str]) -> None:
    expected = _expected_modules()
    assert "regio_desktop/app/map/view.py" in expected  # the walk itself found the rooms
    assert "regio_desktop/migrations/versions/0001_initial_schema.py" in expected
    missing = sorted(expected - wheel_names)
    assert not missing, f"modules left out of the wheel: {missing}"


def test_wheel_holds_the_run_time_resources(wheel_names: set[str]) -> None:
    """Presets, decks and map outlines are read with importlib.resources at run time."""
    assert any(n.startswith("regio_desktop/resources/scenarios/") for n in wheel_names)
    assert "regio_desktop/resources/map/eurasia_110m.json" in wheel_names
    assert "regio_desktop/resources/decks/kazakhstan-after-2022.regio-deck.json" in wheel_names


def test_wheel_holds_the_icon(wheel_names: set[str]) -> None:
    """The window, the About dialog and the self-test draw it from the installed package."""
    assert "regio_desktop/resources/icons/regio-desktop.svg" in wheel_names


def test_wheel_holds_the_licence(wheel_names: set[str]) -> None:
    """MIT asks that its text go with every copy: the wheel's metadata carries LICENSE."""
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in wheel_names), sorted(
        n for n in wheel_names if ".dist-info/" in n
    )
