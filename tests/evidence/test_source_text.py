"""Reading a new source: headings become the location of a selected passage."""

from __future__ import annotations

from pathlib import Path

import pytest

from regio_desktop.evidence.source_text import SourceTextError, parse_source, read_source_file
from tests.seeds_location import seeds_dir

ARTICLE = """# Kazakhstan between the poles

Abstract text.

## Introduction

Opening words.

## Discussion

### Transit

The Middle Corridor matters more after 2022.

### Security

Alliance talk.
"""


def test_markdown_locations_follow_the_heading_path() -> None:
    text = parse_source(ARTICLE, "markdown")
    assert text.title == "Kazakhstan between the poles"
    assert text.location_at(text.body.index("Middle Corridor")) == "Discussion / Transit"
    assert text.location_at(text.body.index("Alliance")) == "Discussion / Security"
    assert text.location_at(text.body.index("Opening")) == "Introduction"
    assert text.location_at(text.body.index("Abstract")) == "Kazakhstan between the poles"


def test_plain_text_underlined_headings() -> None:
    text = parse_source("Title\n=====\n\nIntro\n-----\nBody here.\n", "text")
    assert text.location_at(text.body.index("Body")) == "Intro"


def test_seed_article_gives_the_corpus_location() -> None:
    seed = seeds_dir() / "004_867310c53c5d5069.txt"
    if not seed.exists():
        pytest.skip(f"{seed} is not present")
    text = read_source_file(seed)
    offset = text.body.index("The Central Asian context") + 500
    assert text.location_at(offset) == "Discussion and results / The Central Asian context"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "is empty"), (b"\xff\xfe\x00bad", "not UTF-8"), (b"a\x00b", "not a text file")],
)
def test_bad_files_are_named(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(SourceTextError, match=message):
        read_source_file(path)
