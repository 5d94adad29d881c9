"""One store path for every kind of record: arguments and sources are added, edited and deleted
through the same ``ArgumentStore.add/update/delete`` over their ``RecordKind``."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from regio_desktop.world.argument_store import ArgumentStore, EvidenceError
from regio_desktop.world.record_kinds import ARGUMENT_KIND, SOURCE_KIND, RecordKind
from tests.record_samples import EDITED, KINDS, NEW, SHIPPED


@pytest.fixture
def store(tiny_store_location: Path | str) -> ArgumentStore:
    """A store on a fresh profile and, in a second run, on a fresh team database."""
    return ArgumentStore(tiny_store_location)


@pytest.fixture(params=sorted(KINDS))
def noun(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_add_edit_delete_through_one_path(store: ArgumentStore, noun: str) -> None:
    kind: RecordKind[Any] = KINDS[noun]
    before = len(store.records(kind))
    store.add(kind, NEW[noun])
    assert store.record(kind, NEW[noun].id) == NEW[noun]
    assert len(store.records(kind)) == before + 1
    store.update(kind, EDITED[noun])
    assert store.record(kind, NEW[noun].id) == EDITED[noun]
    assert store.delete(kind, NEW[noun].id) == EDITED[noun]
    assert NEW[noun].id not in store.records(kind).index
    with pytest.raises(EvidenceError, match=f"there is no {noun} 'user_"):
        store.record(kind, NEW[noun].id)


def test_a_taken_id_is_refused_by_name(store: ArgumentStore, noun: str) -> None:
    kind: RecordKind[Any] = KINDS[noun]
    store.add(kind, NEW[noun])
    with pytest.raises(
        EvidenceError, match=f"{kind.article} {noun} with id 'user_.*' already exists"
    ):
        store.add(kind, EDITED[noun])
    assert store.record(kind, NEW[noun].id) == NEW[noun]


def test_shipped_records_are_not_changed(store: ArgumentStore, noun: str) -> None:
    kind: RecordKind[Any] = KINDS[noun]
    shipped = store.record(kind, SHIPPED[noun])
    mine = dataclasses.replace(EDITED[noun], id=shipped.id)
    for write in (lambda: store.update(kind, mine), lambda: store.delete(kind, shipped.id)):
        with pytest.raises(EvidenceError, match="comes with the program"):
            write()
    assert store.record(kind, SHIPPED[noun]) == shipped


def test_a_record_with_problems_writes_nothing(store: ArgumentStore, noun: str) -> None:
    kind: RecordKind[Any] = KINDS[noun]
    empty = {"argument": {"claim": " "}, "source": {"citation": " "}}[noun]
    with pytest.raises(EvidenceError, match=f"{noun} 'user_.*': the \\w+ is empty"):
        store.add(kind, dataclasses.replace(NEW[noun], **empty))
    assert NEW[noun].id not in store.records(kind).index


def test_a_cited_source_is_not_deleted(store: ArgumentStore) -> None:
    store.add(SOURCE_KIND, NEW["source"])
    store.add(ARGUMENT_KIND, dataclasses.replace(NEW["argument"], source="user_notes"))
    with pytest.raises(EvidenceError, match=r"cited by 1 argument\(s\) \(user_0001\)"):
        store.delete(SOURCE_KIND, "user_notes")
    store.delete(ARGUMENT_KIND, "user_0001")
    assert store.delete(SOURCE_KIND, "user_notes") == NEW["source"]
