"""The two kinds of evidence record an analyst edits, arguments and sources, and their checks.

Plain frozen values: the editors build them, import and export read and write them, and the
store turns them into rows. The checks say, in plain words, every reason a record cannot be
stored; they need only the codes the database knows (``KnownCodes``), never a connection.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from regio_desktop.world.data_files import ARGUMENT_COLUMNS, SOURCE_COLUMNS
from regio_desktop.world.vocabulary import SOURCE_KINDS, STANCES, TARGET_KINDS, THEMES

ARGUMENT_FIELDS = (*ARGUMENT_COLUMNS, "origin")
SOURCE_FIELDS = (*SOURCE_COLUMNS, "origin")
WORD = re.compile(r"\w+", re.UNICODE)
QUOTE_WORDS = 25


class EvidenceError(ValueError):
    """An argument or source that cannot be written, with the reason in plain words."""


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


@dataclass
class KnownCodes:
    """The codes a record may name: states, targets by kind, and source ids."""

    states: set[str] = field(default_factory=set)
    targets: dict[str, set[str]] = field(default_factory=dict)
    sources: set[str] = field(default_factory=set)


def query_terms(user_text: str) -> list[str]:
    """The words of what a user typed, lower-cased; punctuation and operators are dropped."""
    return [w.casefold() for w in WORD.findall(user_text)][:20]


def problems_of_argument(record: ArgumentRecord, known: KnownCodes) -> list[str]:
    """Every reason the argument cannot be stored (empty list: fine)."""
    problems = []
    if not record.id.strip():
        problems.append("the id is empty")
    if not record.claim.strip():
        problems.append("the claim is empty")
    if record.stance not in STANCES:
        problems.append(f"stance '{record.stance}' is not 'for' or 'against'")
    if record.target_kind not in TARGET_KINDS:
        problems.append(
            f"target kind '{record.target_kind}' is not one of {', '.join(TARGET_KINDS)}"
        )
    elif record.target not in known.targets.get(record.target_kind, set()):
        problems.append(f"unknown {record.target_kind} target '{record.target}'")
    problems += [f"unknown state code '{s}'" for s in record.states if s not in known.states]
    problems += [f"unknown theme '{t}'" for t in record.themes if t not in THEMES]
    if not 1 <= record.strength <= 3:
        problems.append(f"strength {record.strength} is not 1, 2 or 3")
    if record.source not in known.sources:
        problems.append(f"unknown source '{record.source}'")
    if len(WORD.findall(record.quote)) > QUOTE_WORDS:
        problems.append("the quotation is longer than a short phrase (25 words at most)")
    return problems


def problems_of_source(record: SourceRecord, known: KnownCodes) -> list[str]:
    """Every reason the source cannot be stored (empty list: fine); it names no other code."""
    problems = []
    if not record.citation.strip():
        problems.append("the citation is empty")
    if record.kind not in SOURCE_KINDS:
        problems.append(f"kind '{record.kind}' is not one of {', '.join(SOURCE_KINDS)}")
    return problems
