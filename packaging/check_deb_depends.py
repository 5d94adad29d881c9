"""Which system packages the bundle loads libraries from, against the .deb's ``Depends``.

PyInstaller copies most libraries the bundle links into ``_internal/``, but leaves some to the
system on purpose (glibc, libGL and libEGL, which must match the machine's drivers). This runs
``ldd`` on every ELF file of the bundle with the bundle's own folders first on the library path,
as its loader sees them, keeps the libraries found outside the bundle, asks ``dpkg -S`` which
package holds each, and fails when one is not in ``packaging/deb-depends.txt`` (or essential).
Libraries nothing provides are listed too (a plug-in that cannot load on this machine).

    python packaging/check_deb_depends.py build/bundle/regio-desktop
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Essential or always present with the packages above (dpkg's own dependencies, the C library).
ESSENTIAL = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g"}


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def outside_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    """(paths of libraries resolved outside the bundle, names of libraries not found)."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    outside: set[str] = set()
    missing: set[str] = set()
    inside = str(bundle.resolve())
    for elf in elf_files(bundle):
        result = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            parts = line.split()
            if "=>" not in parts:
                continue
            target = parts[parts.index("=>") + 1]
            if target == "not":
                missing.add(f"{parts[0]} (needed by {elf.relative_to(bundle)})")
            elif target.startswith("/") and not os.path.realpath(target).startswith(inside):
                outside.add(target)
    return outside, missing


def owning_package(path: str) -> str:
    for candidate in (path, os.path.realpath(path), path.replace("/usr/lib/", "/lib/", 1)):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    return f"(no package: {path})"


def declared() -> set[str]:
    lines = (HERE / "deb-depends.txt").read_text().splitlines()
    return {word for line in lines if not line.startswith("#") for word in line.split()}


def with_their_dependencies(packages: set[str]) -> set[str]:
    """The packages and every installed package they depend on, recursively: libgl1 brings
    libglx0 and libglvnd0, which need not be named again."""
    covered: set[str] = set()
    todo = list(packages)
    while todo:
        name = todo.pop()
        if name in covered:
            continue
        covered.add(name)
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Depends},${Pre-Depends}", name],
            capture_output=True,
            text=True,
        )
        for alternative in result.stdout.replace("|", ",").split(","):
            word = alternative.strip().split(" ")[0].split(":")[0]
            if word:
                todo.append(word)
    return covered


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "build/bundle/regio-desktop")
    outside, missing = outside_libraries(bundle)
    packages = {owning_package(path) for path in outside}
    print("the bundle loads from the system:", ", ".join(sorted(packages)))
    for name in sorted(missing):
        print(f"not found on this machine: {name}")
    undeclared = sorted(packages - with_their_dependencies(declared()) - ESSENTIAL)
    if undeclared:
        print(f"missing from packaging/deb-depends.txt: {', '.join(undeclared)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
