"""The two kinds of evidence record an analyst edits, arguments and sources, and their checks.

Plain frozen values: the editors build them, import and export read and write them, and the
store turns them into rows. The checks name every reason a record cannot be stored as a
``Problem`` (a code and its parameters, worded by whoever shows it); they need only the codes the
database knows (``KnownCodes``), never a connection.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from regio_desktop.problems import Problem, problem
from regio_desktop.world.data_files import ARGUMENT_COLUMNS, SOURCE_COLUMNS
from regio_desktop.world.vocabulary import (
    ARGUMENT_INDICATORS,
    SOURCE_KINDS,
    STANCES,
    TARGET_KINDS,
    THEMES,
)

ARGUMENT_FIELDS = (*ARGUMENT_COLUMNS, "origin")
SOURCE_FIELDS = (*SOURCE_COLUMNS, "origin")
WORD = re.compile(r"\w+", re.UNICODE)
QUOTE_WORDS = 25


class EvidenceError(ValueError):
    """An argument or source that cannot be written (or a file that cannot be imported).

    The message is the English wording (``subject: problem; problem``), for the command line;
    ``problems`` keeps the reasons as data, so that a window can word them in its own language.
    """

    def __init__(self, problems: Problem | Sequence[Problem], *, subject: str = "") -> None:
        found = [problems] if isinstance(problems, Problem) else list(problems)
        text = "; ".join(p.message for p in found)
        super().__init__(f"{subject}: {text}" if subject else text)
        self.problems = found


@dataclass(frozen=True)
class ArgumentRecord:
    """One argument as the editor and import/export see it."""

    id: str
    claim: str
    stance: str
    target_kind: str
    target: str
    source: str
    states: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    strength: int = 2
    location: str = ""
    quote: str = ""
    origin: str = "user"
    indicators: tuple[str, ...] = ()
    """The state indicators the argument bears on (codes of ``ARGUMENT_INDICATORS``)."""
    row_version: int = field(default=0, compare=False)
    """The stored version this record was read at (0: not read from a store, e.g. a new one).
    Not part of the record's value: two records compare equal whatever their versions; an edit
    carries it so that the store refuses it when someone changed the record since (#17)."""


@dataclass(frozen=True)
class SourceRecord:
    """One source: a full citation and where to find it."""

    id: str
    citation: str
    kind: str = "article"
    url: str = ""
    accessed: dt.date | None = None
    licence: str = ""
    origin: str = "user"
    row_version: int = field(default=0, compare=False)
    """The stored version this record was read at (see ``ArgumentRecord.row_version``)."""


@dataclass
class KnownCodes:
    """The codes a record may name: states, targets by kind, and source ids."""

    states: set[str] = field(default_factory=set)
    targets: dict[str, set[str]] = field(default_factory=dict)
    sources: set[str] = field(default_factory=set)


def query_terms(user_text: str) -> list[str]:
    """The words of what a user typed, lower-cased; punctuation and operators are dropped."""
    return [w.casefold() for w in WORD.findall(user_text)][:20]


def problems_of_argument(record: ArgumentRecord, known: KnownCodes) -> list[Problem]:
    """Every reason the argument cannot be stored (empty list: fine)."""
    problems = []
    if not record.id.strip():
        problems.append(problem("empty_id"))
    if not record.claim.strip():
        problems.append(problem("empty_claim"))
    if record.stance not in STANCES:
        problems.append(problem("unknown_stance", stance=record.stance, stances=STANCES))
    if record.target_kind not in TARGET_KINDS:
        problems.append(
            problem(
                "unknown_target_kind", target_kind=record.target_kind, target_kinds=TARGET_KINDS
            )
        )
    elif record.target not in known.targets.get(record.target_kind, set()):
        problems.append(
            problem("unknown_target", target_kind=record.target_kind, target=record.target)
        )
    problems += [problem("unknown_state", state=s) for s in record.states if s not in known.states]
    problems += [problem("unknown_theme", theme=t) for t in record.themes if t not in THEMES]
    problems += [
        problem("unknown_indicator", indicator=i)
        for i in record.indicators
        if i not in ARGUMENT_INDICATORS
    ]
    if not 1 <= record.strength <= 3:
        problems.append(problem("strength_out_of_range", strength=record.strength))
    if record.source not in known.sources:
        problems.append(problem("unknown_source", source=record.source))
    if len(WORD.findall(record.quote)) > QUOTE_WORDS:
        problems.append(problem("quote_too_long", words=QUOTE_WORDS))
    return problems


def problems_of_source(record: SourceRecord, known: KnownCodes) -> list[Problem]:
    """Every reason the source cannot be stored (empty list: fine); it names no other code."""
    problems = []
    if not record.citation.strip():
        problems.append(problem("empty_citation"))
    if record.kind not in SOURCE_KINDS:
        problems.append(problem("unknown_source_kind", kind=record.kind, source_kinds=SOURCE_KINDS))
    return problems


def free_argument_id(existing: set[str]) -> str:
    """The first ``user_NNNN`` not in ``existing``: the id of a new argument of the user's."""
    n = 1
    while f"user_{n:04d}" in existing:
        n += 1
    return f"user_{n:04d}"


def free_source_id(existing: set[str], hint: str = "") -> str:
    """An id for a new source made of the first words of ``hint`` (its citation), ASCII only,
    numbered when taken."""
    base = "user_" + ("_".join(query_terms(hint)[:3]) or "source")
    base = re.sub(r"[^a-z0-9_]", "", base.encode("ascii", "ignore").decode()) or "user_source"
    candidate, n = base[:56], 2
    while candidate in existing:
        candidate, n = f"{base[:52]}_{n}", n + 1
    return candidate
