"""docs/api.md keeps up with regio_desktop.api: every exported name has its description, the page
names nothing the module lacks, and its examples run.

A rename or a new export in api.py fails here until the page follows, so the page cannot drift
from the code again. The examples run against the shipped database, which `make test` builds
before the tests.
"""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
from pathlib import Path

import pytest

from regio_desktop import api
from tests.conftest import REPO_ROOT

DOC = REPO_ROOT / "docs" / "api.md"
NAME = r"[A-Za-z_][A-Za-z0-9_]*"
# A description opens a line with the name in bold code: **`name`**, **`name(args) -> type`**
# or **`api.name ...`**. A heading that names it in backticks counts too.
ENTRY = re.compile(rf"^\*\*`(?:api\.)?({NAME})", re.MULTILINE)
HEADING = re.compile(rf"^#+ .*?`(?:api\.)?({NAME})`", re.MULTILINE)
MENTION = re.compile(rf"(?<![\w/.])api\.({NAME})")  # not the file regio_desktop/api.py
CODE_SPAN = re.compile(r"`([^`\n]+)`")
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def doc_text() -> str:
    return DOC.read_text(encoding="utf-8")


def described(text: str) -> list[str]:
    """The names the page describes, once per description (entries and headings)."""
    return ENTRY.findall(text) + HEADING.findall(text)


def test_every_exported_name_has_a_description() -> None:
    names = described(doc_text())
    missing = sorted(set(api.__all__) - set(names))
    assert not missing, f"docs/api.md does not describe: {', '.join(missing)}"


def test_every_exported_name_is_in_backticks() -> None:
    spans = {re.sub(r"^api\.", "", span) for span in CODE_SPAN.findall(doc_text())}
    words = {m.group(0) for span in spans for m in re.finditer(NAME, span)}
    missing = sorted(set(api.__all__) - words)
    assert not missing, f"docs/api.md never writes in backticks: {', '.join(missing)}"


def test_each_name_is_described_once() -> None:
    names = described(doc_text())
    twice = sorted({name for name in names if names.count(name) > 1})
    assert not twice, f"docs/api.md describes more than once: {', '.join(twice)}"


def test_every_description_is_of_an_exported_name() -> None:
    stale = sorted(set(described(doc_text())) - set(api.__all__))
    assert not stale, f"docs/api.md describes names api does not export: {', '.join(stale)}"


def test_every_api_name_the_page_mentions_exists() -> None:
    mentioned = set(MENTION.findall(doc_text()))
    known = set(api.__all__) | {"__all__"}
    stale = sorted(mentioned - known)
    assert not stale, f"docs/api.md mentions names api does not export: {', '.join(stale)}"


def python_examples() -> list[str]:
    return PYTHON_BLOCK.findall(doc_text())


def run_example(source: str, number: int) -> tuple[dict[str, object], str]:
    """Run one example as a script would, returning its names and what it printed."""
    namespace: dict[str, object] = {"__name__": "__main__"}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(source, f"docs/api.md (example {number})", "exec"), namespace)
    return namespace, printed.getvalue()


def test_the_page_has_examples() -> None:
    assert len(python_examples()) >= 1


@pytest.mark.parametrize("number", range(len(python_examples())))
def test_example_runs(number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Whatever an example writes (a temporary folder, a relative path) lands under tmp_path.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    _, printed = run_example(python_examples()[number], number + 1)
    assert printed.strip()


def test_first_example_gives_the_figures_the_page_states() -> None:
    """The sentence after the first example quotes its results; they must stay true."""
    text = doc_text()
    security = re.search(
        r"`security_coverage`\s+falls\s+from\s+about\s+(\d+)\s+to\s+about\s+(\d+)", text
    )
    autonomy = re.search(r"`autonomy`\s+rises\s+by\s+about\s+(\d+)\s+points", text)
    assert security and autonomy, "the sentence about the first example's figures is gone"
    namespace, printed = run_example(python_examples()[0], 1)
    ev = namespace["ev"]
    assert isinstance(ev, api.Evaluation)
    assert round(ev.baseline("security_coverage", "KAZ")) == int(security.group(1))
    assert round(ev.value("security_coverage", "KAZ")) == int(security.group(2))
    gain = ev.value("autonomy", "KAZ") - ev.baseline("autonomy", "KAZ")
    assert round(gain) == int(autonomy.group(1))
    assert "KAZ in CSTO: withdrawn" in printed
