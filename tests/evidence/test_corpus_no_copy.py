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
from collections import Counter
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
STANCES: frozenset[str] = frozenset({"for", "against"})
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


def test_total_count() -> None:
    n = len(load_rows())
    assert n >= MIN_TOTAL, f"arguments.csv has {n} arguments, at least {MIN_TOTAL} are required"


def _stance_counts(kinds: frozenset[str]) -> Counter[tuple[str, str]]:
    return Counter(
        (row["target"].strip(), row["stance"].strip())
        for row in load_rows()
        if row["target_kind"].strip() in kinds
    )


@pytest.mark.parametrize("alignment", sorted(ALIGNMENTS))
def test_each_alignment_has_arguments_for_and_against(alignment: str) -> None:
    counts = _stance_counts(frozenset({"alignment"}))
    missing = [
        f"{stance}: {counts[(alignment, stance)]}"
        for stance in sorted(STANCES)
        if counts[(alignment, stance)] < MIN_PER_STANCE
    ]
    assert not missing, (
        f"alignment {alignment} needs at least {MIN_PER_STANCE} arguments for and against; "
        f"found {fmt(missing)}"
    )


@pytest.mark.parametrize("bloc", REQUIRED_BLOCS)
def test_each_required_bloc_has_arguments_for_and_against(bloc: str) -> None:
    counts = _stance_counts(frozenset({"membership", "bloc"}))
    missing = [
        f"{stance}: {counts[(bloc, stance)]}"
        for stance in sorted(STANCES)
        if counts[(bloc, stance)] < MIN_PER_STANCE
    ]
    assert not missing, (
        f"{bloc} needs at least {MIN_PER_STANCE} membership/bloc arguments for and against; "
        f"found {fmt(missing)}"
    )


# --------------------------------------------------------------------------- validity


def test_ids_are_well_formed_and_unique() -> None:
    rows = load_rows()
    bad = [row["id"] for row in rows if not ID_RE.match(row["id"])]
    dupes = [i for i, c in Counter(row["id"] for row in rows).items() if c > 1]
    assert not bad, f"ids not of the form arg_NNN: {fmt(bad)}"
    assert not dupes, f"duplicate argument ids: {fmt(dupes)}"


def test_claims_are_present() -> None:
    offenders = [row["id"] for row in load_rows() if len(words(row["claim"])) < 5]
    assert not offenders, f"arguments with an empty or trivial claim: {fmt(offenders)}"


def test_stances_are_valid() -> None:
    offenders = [
        f"{row['id']} ({row['stance']!r})" for row in load_rows() if row["stance"] not in STANCES
    ]
    assert not offenders, f"stance must be one of {sorted(STANCES)}: {fmt(offenders)}"


def test_targets_are_valid() -> None:
    offenders: list[str] = []
    for row in load_rows():
        allowed = TARGETS_BY_KIND.get(row["target_kind"])
        if allowed is None:
            offenders.append(f"{row['id']} (target_kind {row['target_kind']!r})")
        elif row["target"] not in allowed:
            offenders.append(f"{row['id']} (target {row['target']!r} for {row['target_kind']})")
    assert not offenders, f"invalid target_kind/target: {fmt(offenders)}"


def test_states_are_iso3_codes() -> None:
    offenders = [
        row["id"]
        for row in load_rows()
        if any(not ISO3_RE.match(code) for code in split_list(row["states"]))
    ]
    assert not offenders, f"states must be ';'-separated ISO3 codes or empty: {fmt(offenders)}"


def test_themes_are_valid() -> None:
    offenders = [
        f"{row['id']} ({row['themes']!r})"
        for row in load_rows()
        if not split_list(row["themes"])
        or any(theme not in THEMES for theme in split_list(row["themes"]))
    ]
    assert not offenders, f"themes must be ';'-separated from {sorted(THEMES)}: {fmt(offenders)}"


def test_strengths_are_valid() -> None:
    offenders = [
        f"{row['id']} ({row['strength']!r})"
        for row in load_rows()
        if row["strength"].strip() not in STRENGTHS
    ]
    assert not offenders, f"strength must be 1, 2 or 3: {fmt(offenders)}"


def test_sources_exist() -> None:
    known = known_source_ids()
    offenders = [
        f"{row['id']} ({row['source']!r})"
        for row in load_rows()
        if row["source"].strip() not in known
    ]
    assert not offenders, (
        f"sources not found in sources_literature.csv or sources.csv: {fmt(offenders)}"
    )


def test_seed_arguments_name_a_location() -> None:
    offenders = [
        row["id"]
        for row in load_rows()
        if row["source"].startswith("seed_") and not row["location"].strip()
    ]
    assert not offenders, (
        f"seed-based arguments without a location (section heading): {fmt(offenders)}"
    )


# --------------------------------------------------------------------------- audit (#12)

REVIEWED_RE = re.compile(r"^\d{4}-\d{2}-\d{2}: \S")
CICA_NAMES: tuple[str, ...] = ("cica", "confidence building measures in asia")


def test_every_argument_says_what_was_reviewed() -> None:
    """Each shipped argument records, with a date, what was checked against its source."""
    offenders = [row["id"] for row in load_rows() if not REVIEWED_RE.match(row["reviewed"].strip())]
    assert not offenders, (
        f"arguments without a 'reviewed' note of the form 'YYYY-MM-DD: what was checked': "
        f"{fmt(offenders)}"
    )


def test_cica_is_not_dated_1997_as_fact() -> None:
    """Usserova et al. date CICA to 1997; it was proposed in 1992, so the year is attributed."""
    rows = [
        row
        for row in load_rows()
        if row["target"] == "CICA" or any(name in row["claim"].lower() for name in CICA_NAMES)
    ]
    assert rows, "no argument about CICA found"
    offenders = [
        row["id"]
        for row in rows
        if "1997" in row["claim"]
        and not (
            re.search(r"\barticle (?:dates|puts|gives)\b[^.;]*\b1997\b", row["claim"])
            and "1992" in row["claim"]
        )
    ]
    assert not offenders, (
        f"CICA arguments stating 1997 without attributing it to the article and giving 1992: "
        f"{fmt(offenders)}"
    )


@pytest.mark.parametrize(
    ("arg_id", "stance", "target"),
    [
        # The article says Kazakhstan's engagement is confined to the EAEU and SCO and should
        # broaden, never that it should leave the SCO.
        ("arg_052", "for", "multi-vector"),
        # The Conclusion sentence credits the multi-vector approach and says nothing of China.
        ("arg_079", "for", "multi-vector"),
    ],
)
def test_audited_codings_follow_the_passage(arg_id: str, stance: str, target: str) -> None:
    row = next((row for row in load_rows() if row["id"] == arg_id), None)
    assert row is not None, f"{arg_id} is missing"
    assert (row["stance"], row["target"]) == (stance, target), (
        f"{arg_id} is coded {row['stance']} {row['target']}; its passage supports {stance} {target}"
    )
