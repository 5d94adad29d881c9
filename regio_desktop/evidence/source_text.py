"""Reading an imported article: its headings and where a passage stands, for a citation location.

A passage selected in the reader becomes an argument whose ``location`` is the path of headings
above it ("Discussion / The Central Asian context"), the same form the shipped corpus uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_EMPHASIS = re.compile(r"[*_`]+")


class SourceTextError(ValueError):
    """A file that cannot be read as an article, named with the reason."""


@dataclass(frozen=True)
class Heading:
    """A heading: its level (1 = top), its text and the character offset where it starts."""

    level: int
    title: str
    offset: int


@dataclass(frozen=True)
class SourceText:
    """An article's text and its outline."""

    body: str
    format: str
    headings: tuple[Heading, ...]

    @property
    def title(self) -> str:
        """The first heading, or the first non-empty line, as a default citation."""
        if self.headings:
            return self.headings[0].title
        first = next((line.strip() for line in self.body.splitlines() if line.strip()), "")
        return _EMPHASIS.sub("", first).replace("\\", "").strip()[:200]

    def location_at(self, offset: int) -> str:
        """The path of headings enclosing ``offset``, outermost first and joined by ' / ';
        the article's title heading is left out, as in the shipped corpus's locations."""
        path: list[Heading] = []
        for heading in self.headings:
            if heading.offset > offset:
                break
            while path and path[-1].level >= heading.level:
                path.pop()
            path.append(heading)
        if len(path) > 1 and path[0] is self._title_heading():
            path = path[1:]
        return " / ".join(h.title for h in path)

    def _title_heading(self) -> Heading | None:
        """The first heading when it is the only one at the top level (the article's title)."""
        if not self.headings:
            return None
        first = self.headings[0]
        top = min(h.level for h in self.headings)
        if first.level == top and sum(h.level == top for h in self.headings) == 1:
            return first
        return None


def _plain_headings(body: str) -> list[Heading]:
    """Headings of plain text: short lines followed by a blank line or underlined (=== / ---)."""
    headings = []
    offset = 0
    lines = body.splitlines(keepends=True)
    for i, line in enumerate(lines):
        stripped = line.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if stripped and set(nxt) <= {"="} and nxt:
            headings.append(Heading(1, stripped, offset))
        elif stripped and set(nxt) <= {"-"} and len(nxt) >= 3:
            headings.append(Heading(2, stripped, offset))
        offset += len(line)
    return headings


def parse_source(body: str, fmt: str) -> SourceText:
    """Outline an article given as Markdown or plain text."""
    if fmt not in ("markdown", "text"):
        raise SourceTextError(f"unknown format '{fmt}'; use markdown or text")
    if fmt == "markdown":
        headings = []
        offset = 0
        for line in body.splitlines(keepends=True):
            match = _MARKDOWN_HEADING.match(line.strip())
            if match:
                title = _EMPHASIS.sub("", match.group(2)).strip()
                headings.append(Heading(len(match.group(1)), title, offset))
            offset += len(line)
    else:
        headings = _plain_headings(body)
    return SourceText(body, fmt, tuple(headings))


def read_source_file(path: Path) -> SourceText:
    """Read a .md/.markdown (Markdown) or any other file (plain text) as UTF-8."""
    try:
        body = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise SourceTextError(f"{path.name} is not UTF-8 text") from None
    except OSError as exc:
        raise SourceTextError(f"{path.name} cannot be read: {exc.strerror or exc}") from None
    if not body.strip():
        raise SourceTextError(f"{path.name} is empty")
    if "\x00" in body:
        raise SourceTextError(f"{path.name} is not a text file")
    markdown_lines = sum(bool(_MARKDOWN_HEADING.match(line.strip())) for line in body.splitlines())
    markdown = path.suffix.lower() in (".md", ".markdown") or markdown_lines >= 2
    fmt = "markdown" if markdown else "text"
    return parse_source(body, fmt)
