"""Checks on the fields and the coverage of the argument corpus (db/data/arguments.csv): every
row well formed, citing a known source, every required choice argued for and against, and the
audit of issue #12 kept (each row says what was reviewed; the codings it corrected stay so).
The no-copy checks and the helpers that read the corpus are in test_corpus_no_copy.py.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.evidence.test_corpus_no_copy import (
    ALIGNMENTS,
    ID_RE,
    ISO3_RE,
    MIN_PER_STANCE,
    MIN_TOTAL,
    REQUIRED_BLOCS,
    SIDES,
    STANCES,
    STRENGTHS,
    TARGETS_BY_KIND,
    THEMES,
    fmt,
    known_source_ids,
    load_rows,
    split_list,
    words,
)


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
        for stance in sorted(SIDES)
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
        for stance in sorted(SIDES)
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
        # Rows that only describe (the fourth review): context, not arguments for the choice.
        ("arg_020", "context", "SCO"),
        ("arg_035", "context", "russia-led"),
        ("arg_051", "context", "SCO"),
    ],
)
def test_audited_codings_follow_the_passage(arg_id: str, stance: str, target: str) -> None:
    row = next((row for row in load_rows() if row["id"] == arg_id), None)
    assert row is not None, f"{arg_id} is missing"
    assert (row["stance"], row["target"]) == (stance, target), (
        f"{arg_id} is coded {row['stance']} {row['target']}; its passage supports {stance} {target}"
    )


def test_context_is_said_by_the_stance_not_the_claim() -> None:
    """Before the ``context`` stance, a row that only describes was coded ``for`` with a claim
    opening "Context rather than an argument for a choice"; the stance now says so, and a
    context row bears on no indicator, since it argues nothing about one."""
    rows = load_rows()
    prefixed = [row["id"] for row in rows if row["claim"].startswith("Context rather than")]
    assert not prefixed, f"claims that still say they are context: {fmt(prefixed)}"
    measured = [row["id"] for row in rows if row["stance"] == "context" and row["indicators"]]
    assert not measured, f"context rows that bear on indicators: {fmt(measured)}"
