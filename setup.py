"""Package discovery, the one thing pyproject.toml cannot declare alone.

setuptools finds every package under ``regio_desktop/`` by itself, but not the folders that
``[tool.setuptools.package-dir]`` maps into it (``db/migrations``, ``resources``), and a fixed list
would leave out each new subpackage until someone remembered it. This finds both.
"""

from setuptools import find_namespace_packages, setup

MAPPED = {"regio_desktop.migrations": "db/migrations", "regio_desktop.resources": "resources"}


SKIP = ["__pycache__", "*.__pycache__"]


def _packages() -> list[str]:
    # Namespace discovery also lists the data folders (regio_desktop/data, i18n, the resources'
    # map/ and scenarios/), which setuptools otherwise warns it would leave out of the wheel.
    found = find_namespace_packages(include=["regio_desktop", "regio_desktop.*"], exclude=SKIP)
    for name, folder in MAPPED.items():
        inner = find_namespace_packages(where=folder, exclude=SKIP)
        found += [name, *(f"{name}.{package}" for package in inner)]
    return found


setup(packages=_packages())
