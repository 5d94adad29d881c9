"""Checks on the argument corpus (db/data/arguments.csv).

The corpus paraphrases the two seed articles in ../shared/seeds and other published literature.
These tests pin that claims are written in our own words (no run of 12 or more words shared
with a seed), that quotations are short and really occur in the seed text, that every row is
well formed and cites a known source, that every required choice has arguments both for
and against it, and that the audit of issue #12 holds: every row says what was reviewed, and
the codings and the CICA date it corrected stay corrected.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest

from tests import seed_fingerprint
from tests.seeds_location import seeds_dir

ROOT: Path = Path(__file__).resolve().parents[2]
DATA: Path = ROOT / "db" / "data"
ARGUMENTS_CSV: Path = DATA / "arguments.csv"
SOURCE_FILES: tuple[Path, ...] = (DATA / "sources_literature.csv", DATA / "sources.csv")
SEEDS_DIR: Path = seeds_dir(ROOT)

EXPECTED_COLUMNS: list[str] = [
    "id",
    "claim",
    "stance",
    "target_kind",
    "target",
    "states",
    "themes",
    "indicators",
    "strength",
    "source",
    "location",
    "quote",
    "reviewed",
]
STANCES: frozenset[str] = frozenset({"for", "against", "context"})
SIDES: frozenset[str] = frozenset({"for", "against"})
"""The stances a choice's coverage counts: a ``context`` row describes and argues neither way."""
ALIGNMENTS: frozenset[str] = frozenset({"russia-led", "china-centred", "multi-vector"})
BLOCS: frozenset[str] = frozenset(
    {
        "CIS",
        "EURASEC",
        "CU",
        "CES",
        "EAEU",
        "UNION_STATE",
        "CSTO",
        "SCO",
        "BRICS",
        "OTS",
        "GUAM",
        "CICA",
        "AIIB",
        "BRI",
        "EAP",
        "WTO",
        "EU",
        "NATO",
    }
)
TARGETS_BY_KIND: dict[str, frozenset[str]] = {
    "alignment": ALIGNMENTS,
    "membership": BLOCS,
    "bloc": BLOCS,
}
THEMES: frozenset[str] = frozenset(
    {"economy", "trade_transit", "security", "sovereignty", "identity_culture", "sanctions_risk"}
)
STRENGTHS: frozenset[str] = frozenset({"1", "2", "3"})
ISO3_RE = re.compile(r"^[A-Z]{3}$")
ID_RE = re.compile(r"^arg_\d{3,}$")

MIN_TOTAL = 60
MIN_PER_STANCE = 3
REQUIRED_BLOCS: tuple[str, ...] = ("EAEU", "CSTO", "SCO", "BRICS")
MAX_SHARED_RUN = 12  # a claim may not share this many consecutive words with a seed
MAX_QUOTE_WORDS = 15

Row = dict[str, str]


def words(text: str) -> list[str]:
    """Normalise text to a list of lowercase words, ignoring punctuation and line breaks."""
    return re.findall(r"\w+", text.lower())


SEEDS_ABSENT = (
    f"the seed articles are not at hand ({SEEDS_DIR}: a fresh clone or CI has none; set "
    "REGIO_SEEDS_DIR to check against them); the same check runs against the committed "
    "fingerprint, tests/fixtures/seed_fingerprint.txt"
)


@cache
def seed_texts() -> dict[str, str]:
    texts = seed_fingerprint.live_seed_texts(SEEDS_DIR)
    if not texts:
        pytest.skip(SEEDS_ABSENT)
    return texts


@cache
def seed_run_hashes(where: str) -> frozenset[str]:
    """Hashes of every run of MAX_SHARED_RUN seed words: from the seeds themselves ("seeds",
    skipped where they are absent) or from the committed fingerprint ("fingerprint")."""
    if where == "fingerprint":
        return seed_fingerprint.read().runs
    runs: set[str] = set()
    for text in seed_texts().values():
        runs |= seed_fingerprint.runs(words(text), MAX_SHARED_RUN)
    return frozenset(runs)


@cache
def seed_words() -> tuple[str, ...]:
    """All seed texts as one normalised word sequence, seeds separated by a sentinel."""
    out: list[str] = []
    for text in seed_texts().values():
        out.extend(words(text))
        out.append("\x00")  # never matches a word, so runs cannot span two seeds
    return tuple(out)


@cache
def seed_joined() -> str:
    return " " + " ".join(seed_words()) + " "


@cache
def load_rows() -> tuple[Row, ...]:
    assert ARGUMENTS_CSV.is_file(), f"{ARGUMENTS_CSV} is missing"
    with ARGUMENTS_CSV.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == EXPECTED_COLUMNS, (
            f"arguments.csv columns are {reader.fieldnames}, expected {EXPECTED_COLUMNS}"
        )
        return tuple(dict(row) for row in reader)


@cache
def known_source_ids() -> frozenset[str]:
    ids: set[str] = set()
    for path in SOURCE_FILES:
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as f:
            ids.update((row.get("id") or "").strip() for row in csv.DictReader(f))
    ids.discard("")
    return frozenset(ids)


def split_list(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def fmt(ids: Iterable[str]) -> str:
    return ", ".join(ids)


# --------------------------------------------------------------------------- copying


@pytest.mark.parametrize("where", ["seeds", "fingerprint"])
def test_claims_do_not_copy_seed_text(where: str) -> None:
    runs = seed_run_hashes(where)
    offenders: list[str] = []
    for row in load_rows():
        ws = tuple(words(row["claim"]))
        for i in range(len(ws) - MAX_SHARED_RUN + 1):
            run = ws[i : i + MAX_SHARED_RUN]
            if seed_fingerprint.run_hash(run) in runs:
                offenders.append(f"{row['id']} ('{' '.join(run)}')")
                break
    assert not offenders, (
        f"claims sharing a run of {MAX_SHARED_RUN}+ consecutive words with a seed article "
        f"(paraphrase them): {fmt(offenders)}"
    )


@pytest.mark.parametrize("where", ["seeds", "fingerprint"])
def test_quotes_occur_in_seed_text(where: str) -> None:
    """Beside the seeds, each quote is looked up in them; elsewhere, in the quotes the committed
    fingerprint found verbatim in the seeds (a new or changed quote fails until the fingerprint
    is remade where the seeds are)."""
    haystack = seed_joined() if where == "seeds" else ""
    verified = seed_fingerprint.read().quotes if where == "fingerprint" else frozenset()
    offenders: list[str] = []
    for row in load_rows():
        quote = row["quote"].strip()
        if not quote or row["source"].startswith("lit_"):
            continue
        needle = " " + " ".join(words(quote)) + " "
        if where == "fingerprint":
            found = seed_fingerprint.run_hash(words(quote)) in verified
        else:
            found = needle.strip() != "" and needle in haystack
        if not found:
            offenders.append(row["id"])
    assert not offenders, (
        f"quotes that do not occur verbatim in the seed articles: {fmt(offenders)}"
    )


def test_the_committed_fingerprint_is_the_seeds_own() -> None:
    """Beside the seeds: the fingerprint was made from these very texts and quotes, so the
    checks that run without them check the same thing."""
    live = seed_fingerprint.make(seed_texts(), seed_fingerprint.seed_quotes(ARGUMENTS_CSV))
    committed = seed_fingerprint.read()
    remake = "remake it: python -m tests.seed_fingerprint"
    assert committed.seeds == live.seeds, f"the seeds changed since the fingerprint; {remake}"
    assert committed.runs == live.runs, remake
    assert committed.quotes == live.quotes, f"the quotations changed; {remake}"


def test_the_fingerprint_holds_no_text() -> None:
    """Only hashes and file names: no word of a seed can be read back from it."""
    text = seed_fingerprint.FINGERPRINT.read_text(encoding="utf-8")
    body = [line for line in text.splitlines() if not line.startswith("#")]
    assert body and all(
        re.fullmatch(r"(seed \S+ [0-9a-f]{64}|(quote|run) [0-9a-f]{12})", line) for line in body
    )
    assert sum(line.startswith("run ") for line in body) > 5000


def test_quotes_are_short() -> None:
    offenders = [
        f"{row['id']} ({len(words(row['quote']))} words)"
        for row in load_rows()
        if len(words(row["quote"])) > MAX_QUOTE_WORDS
    ]
    assert not offenders, f"quotes longer than {MAX_QUOTE_WORDS} words: {fmt(offenders)}"


def test_quotes_carry_no_quotation_marks() -> None:
    offenders = [
        row["id"]
        for row in load_rows()
        if row["quote"].strip()[:1] in {'"', "'", "«", "“", "‘"}
        or row["quote"].strip()[-1:] in {'"', "'", "»", "”", "’"}
    ]
    assert not offenders, (
        f"quotes wrapped in quotation marks (the program adds them): {fmt(offenders)}"
    )


# --------------------------------------------------------------------------- counts
