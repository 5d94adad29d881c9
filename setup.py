"""Package discovery, the one thing pyproject.toml cannot declare alone.

setuptools finds every package under ``regio_desktop/`` by itself, but not the folders that
``[tool.setuptools.package-dir]`` maps into it (``db/migrations``, ``resources``), and a fixed list
would leave out each new subpackage until someone remembered it. This finds both.
"""

from setuptools import find_packages, setup

MAPPED = {"regio_desktop.migrations": "db/migrations", "regio_desktop.resources": "resources"}


def _packages() -> list[str]:
    found = find_packages(include=["regio_desktop", "regio_desktop.*"])
    for name, folder in MAPPED.items():
        found += [name, *(f"{name}.{inner}" for inner in find_packages(where=folder))]
    return found


setup(packages=_packages())
