"""One new user record of each kind and an edit of it, for the tests that drive both kinds of
record through the one add, edit and delete path (store and undoable commands alike)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from regio_desktop.world.evidence_records import ArgumentRecord, SourceRecord
from regio_desktop.world.record_kinds import ARGUMENT_KIND, SOURCE_KIND, RecordKind

KINDS: dict[str, RecordKind[Any]] = {"argument": ARGUMENT_KIND, "source": SOURCE_KIND}
NEW: dict[str, Any] = {
    "argument": ArgumentRecord(
        id="user_0001",
        claim="Transit across the Caspian lowers dependence.",
        stance="for",
        target_kind="alignment",
        target="multi-vector",
        source="fixture",
        states=("KAZ",),
        themes=("trade_transit",),
    ),
    "source": SourceRecord(id="user_notes", citation="Field notes, Almaty 2026."),
}
EDITED: dict[str, Any] = {
    "argument": dataclasses.replace(NEW["argument"], stance="against", states=()),
    "source": dataclasses.replace(
        NEW["source"], citation="Field notes, Astana 2026.", url="https://example.org"
    ),
}
SHIPPED = {"argument": "t_001", "source": "fixture"}
"""A record of each kind that ships with the tiny world."""


def many_arguments_csv(path: Path, count: int, *, source: str = "fixture") -> Path:
    """A CSV import of ``count`` valid arguments (ids ``bulk_00000`` on) for the tiny world."""
    lines = ["id,claim,stance,target_kind,target,states,themes,strength,source,location,quote"]
    lines += [
        f"bulk_{n:05d},Claim {n} on transit and trade.,{('for', 'against')[n % 2]},"
        f"membership,EAEU,KAZ,economy,2,{source},p. {n % 40},"
        for n in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
