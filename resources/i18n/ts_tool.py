"""Keep the Russian and Kazakh .ts files in step with the window's strings.

Run from the checkout with the project's Python (``.venv/bin/python resources/i18n/ts_tool.py``).
Two people (or two branches) who add strings both rewrite the same .ts files, and git cannot merge
them line by line. This tool makes that routine: ``update`` reruns lupdate over the window's code,
``dump`` writes every finished translation of a file as JSON, ``fill`` puts translations from such
JSON back into the unfinished messages, and ``unfinished`` lists what still needs a translator. A
merge takes one side's file, runs ``update``, then ``fill`` with the dump of the other side.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "i18n"
TS_FILES = sorted(TS_DIR.glob("regio_desktop_*.ts"))
SEPARATOR = "\u241f"  # one character that never appears in a context name or a source text


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit("pyside6-lupdate is not installed beside this Python")
    return found


def update() -> None:
    """Rerun lupdate over every module of the window into both .ts files."""
    sources = sorted(str(p) for p in (ROOT / "regio_desktop" / "app").rglob("*.py"))
    targets = [str(p) for p in TS_FILES]
    subprocess.run(
        [_lupdate(), *sources, "-locations", "none", "-ts", *targets],
        check=True,
        capture_output=True,
    )


def _live_messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    pairs = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            pairs.append((name, message))
    return pairs


def dump(ts: Path) -> dict[str, str]:
    """Every finished translation of ``ts``, keyed by context and source."""
    found: dict[str, str] = {}
    for name, message in _live_messages(ET.parse(ts)):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        if translation.text:
            found[f"{name}{SEPARATOR}{message.findtext('source') or ''}"] = translation.text
    return found


def fill(ts: Path, translations: dict[str, str]) -> int:
    """Fill the unfinished messages of ``ts`` that ``translations`` knows; returns how many."""
    tree = ET.parse(ts)
    filled = 0
    for name, message in _live_messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        key = f"{name}{SEPARATOR}{message.findtext('source') or ''}"
        if key in translations:
            translation.text = translations[key]
            del translation.attrib["type"]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message still waiting for a translation."""
    waiting = []
    for name, message in _live_messages(ET.parse(ts)):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            waiting.append((name, message.findtext("source") or ""))
    return waiting


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    verbs.add_parser("update", help="rerun lupdate into both .ts files")
    dump_verb = verbs.add_parser("dump", help="write a file's finished translations as JSON")
    dump_verb.add_argument("ts", type=Path)
    dump_verb.add_argument("output", type=Path)
    fill_verb = verbs.add_parser("fill", help="fill unfinished messages from JSON dumps")
    fill_verb.add_argument("ts", type=Path)
    fill_verb.add_argument("dumps", type=Path, nargs="+")
    list_verb = verbs.add_parser("unfinished", help="list the messages still untranslated")
    list_verb.add_argument("ts", type=Path, nargs="*")
    args = parser.parse_args(argv)
    if args.verb == "update":
        update()
    elif args.verb == "dump":
        args.output.write_text(json.dumps(dump(args.ts), ensure_ascii=False, indent=1), "utf-8")
    elif args.verb == "fill":
        known: dict[str, str] = {}
        for path in args.dumps:
            known.update(json.loads(path.read_text("utf-8")))
        print(f"{args.ts.name}: filled {fill(args.ts, known)}")
        update()  # lupdate rewrites the file in its own layout again
    else:
        for ts in args.ts or TS_FILES:
            for context, source in unfinished(ts):
                print(f"{ts.name}\t{context}\t{source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
