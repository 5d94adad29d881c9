"""The committed .ts files hold exactly the window's strings, each one translated.

lupdate is run over the shell as it is now, into a scratch file: a string added without
translations, a string whose literal context no longer matches its class after a move (the
translation would silently stop applying), or a translation left unfinished fails here instead of
showing English in a Russian or Kazakh window.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TS_FILES = sorted((ROOT / "resources" / "i18n").glob("regio_desktop_*.ts"))


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> the translation's type ('unfinished', ...), for live messages."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source") or "")] = kind
    return found


@pytest.fixture(scope="module")
def current(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.fail("pyside6-lupdate is not installed beside this Python")
    sources = sorted(str(p) for p in (ROOT / "regio_desktop" / "app").rglob("*.py"))
    target = tmp_path_factory.mktemp("ts") / "current.ts"
    subprocess.run([lupdate, *sources, "-ts", str(target)], check=True, capture_output=True)
    return set(_messages(target))


def test_there_are_translation_files() -> None:
    assert [p.name for p in TS_FILES] == ["regio_desktop_kk.ts", "regio_desktop_ru.ts"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_window_string_is_in_the_file(ts: Path, current: set[tuple[str, str]]) -> None:
    missing = sorted(current - set(_messages(ts)))
    assert not missing, f"strings of the window missing from {ts.name}: {missing[:10]}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_the_file_holds_no_stale_string(ts: Path, current: set[tuple[str, str]]) -> None:
    """A live message the code no longer has is a string that moved context or was reworded."""
    stale = sorted(set(_messages(ts)) - current)
    assert not stale, f"{ts.name} has strings the window no longer uses: {stale[:10]}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_string_is_translated(ts: Path) -> None:
    unfinished = sorted(key for key, kind in _messages(ts).items() if kind == "unfinished")
    assert not unfinished, f"{ts.name} leaves untranslated: {unfinished[:10]}"
