"""A committed fingerprint of the seed articles, so the no-copy checks run without them.

The two seed articles live beside the repository (``../shared/seeds``), not in it: a fresh clone
or a CI runner has no copy, and the corpus tests that compare claims and quotes with the seeds
used to skip there. The fingerprint (``tests/fixtures/seed_fingerprint.txt``) holds what those
checks need and nothing from which the text could be read back:

- a hash of every run of ``RUN`` (12) consecutive words of the seeds, the length at which a
  claim counts as copied; a run of 12 words cannot be guessed, so the hashes give away no text;
- a hash of every quotation of the corpus that was found verbatim in the seeds when the
  fingerprint was made (the quotations themselves are already in ``arguments.csv``);
- for each seed file, the SHA-256 of its words, so a run beside the seeds can tell whether the
  fingerprint is still theirs.

Remake it where the seeds are, after a seed or a quotation changes:
``python -m tests.seed_fingerprint`` (a test beside the seeds says when it is out of date).
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from tests.seeds_location import REPO_ROOT, seeds_dir

FINGERPRINT: Path = REPO_ROOT / "tests" / "fixtures" / "seed_fingerprint.txt"
ARGUMENTS_CSV: Path = REPO_ROOT / "db" / "data" / "arguments.csv"
RUN = 12
"""Words in a run that counts as copied (test_corpus_no_copy.MAX_SHARED_RUN)."""
SEPARATOR = "\x1f"


def words(text: str) -> list[str]:
    """Lowercase words without punctuation or line breaks, as the corpus tests compare them."""
    return re.findall(r"\w+", text.lower())


def run_hash(run: Iterable[str]) -> str:
    """A 48-bit hash of a run of words (collisions among some 10^4 runs are about 10^-7 likely)."""
    return hashlib.blake2b(SEPARATOR.join(run).encode("utf-8"), digest_size=6).hexdigest()


def runs(seed_words: list[str], n: int = RUN) -> set[str]:
    return {run_hash(seed_words[i : i + n]) for i in range(len(seed_words) - n + 1)}


@dataclass(frozen=True)
class Fingerprint:
    seeds: dict[str, str]
    """Seed file name -> SHA-256 of its words."""
    runs: frozenset[str]
    quotes: frozenset[str]


def seed_digest(text: str) -> str:
    return hashlib.sha256(" ".join(words(text)).encode("utf-8")).hexdigest()


def make(texts: Mapping[str, str], quotes: Iterable[str]) -> Fingerprint:
    """The fingerprint of seed ``texts``; of ``quotes``, those that occur in them verbatim."""
    all_runs: set[str] = set()
    joined: list[str] = []
    for text in texts.values():
        ws = words(text)
        all_runs |= runs(ws)
        joined.append(" " + " ".join(ws) + " ")
    found = {
        run_hash(words(quote))
        for quote in quotes
        if words(quote) and any(" " + " ".join(words(quote)) + " " in j for j in joined)
    }
    return Fingerprint(
        seeds={name: seed_digest(text) for name, text in texts.items()},
        runs=frozenset(all_runs),
        quotes=frozenset(found),
    )


def render(fingerprint: Fingerprint) -> str:
    lines = ["# fingerprint of the seed articles; remake with python -m tests.seed_fingerprint"]
    lines += [f"seed {name} {digest}" for name, digest in sorted(fingerprint.seeds.items())]
    lines += [f"quote {h}" for h in sorted(fingerprint.quotes)]
    lines += [f"run {h}" for h in sorted(fingerprint.runs)]
    return "\n".join(lines) + "\n"


def read(path: Path = FINGERPRINT) -> Fingerprint:
    seeds: dict[str, str] = {}
    found: dict[str, set[str]] = {"quote": set(), "run": set()}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, *rest = line.split()
        if kind == "seed":
            seeds[rest[0]] = rest[1]
        else:
            found[kind].add(rest[0])
    return Fingerprint(seeds, frozenset(found["run"]), frozenset(found["quote"]))


def seed_quotes(path: Path = ARGUMENTS_CSV) -> list[str]:
    """The quotations of rows that cite a seed article (literature quotes are not checked)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [r["quote"] for r in rows if r["quote"].strip() and not r["source"].startswith("lit_")]


def live_seed_texts(directory: Path | None = None) -> dict[str, str]:
    """The seed articles by file name, or {} where they are not at hand."""
    directory = seeds_dir() if directory is None else directory
    if not directory.is_dir():
        return {}
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))}


def main() -> int:
    texts = live_seed_texts()
    if not texts:
        raise SystemExit(f"the seed articles are not at hand ({seeds_dir()}); nothing written")
    fingerprint = make(texts, seed_quotes())
    FINGERPRINT.write_text(render(fingerprint), encoding="utf-8")
    print(f"wrote {FINGERPRINT}: {len(fingerprint.runs)} runs, {len(fingerprint.quotes)} quotes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
