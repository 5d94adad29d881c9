"""The installers' own files agree with the program: the installed-program check runs every
verb of the command line, and the desktop entry opens the MIME type the package defines for the
files the program opens from its command line (*.regio.json)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from regio_desktop import cli

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def test_the_installed_program_check_runs_every_verb() -> None:
    script = (PACKAGING / "check-installed.sh").read_text("utf-8")
    ran = set(re.findall(r"^(?:run|team_refusal) (\w+)", script, re.MULTILINE))
    assert set(cli.VERBS) <= ran


def test_the_desktop_entry_opens_the_packages_mime_type_for_scenario_files() -> None:
    entry = (PACKAGING / "regio-desktop.desktop").read_text("utf-8")
    declared = re.search(r"^MimeType=(.*)$", entry, re.MULTILINE)
    assert declared is not None
    types = {t for t in declared.group(1).split(";") if t}
    mime = ET.parse(PACKAGING / "mime" / "regio-desktop.xml").getroot()
    globs = {
        m.get("type"): [g.get("pattern") for g in m.iter(f"{MIME}glob")]
        for m in mime.iter(f"{MIME}mime-type")
    }
    assert types == set(globs)
    assert globs["application/x-regio-scenario"] == ["*.regio.json"]
    # The command line takes such a file as the scenario to open (as a file manager starts it).
    assert cli._file_to_open(["a.regio.json"]) == ["--scenario", "a.regio.json"]
    assert "GenericName[ru]=" in entry and "GenericName[kk]=" in entry
