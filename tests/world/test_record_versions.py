"""No lost update, on a profile and on a team database alike (#17): every argument and source
carries a version; an edit read at an older one is refused with both versions, and every write
leaves an audit row in the same transaction."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from regio_desktop.world.argument_store import ArgumentStore, EvidenceError, RecordConflict
from regio_desktop.world.audit_trail import os_user
from regio_desktop.world.record_kinds import RecordKind
from tests.postgres_server import SUPERUSER
from tests.record_samples import EDITED, KINDS, NEW


@pytest.fixture
def stores(tiny_store_location: Path | str) -> Any:
    """Two stores on one database: two windows of one profile, or two analysts' windows on one
    team database."""
    mine, theirs = ArgumentStore(tiny_store_location), ArgumentStore(tiny_store_location)
    yield mine, theirs
    mine.close()
    theirs.close()


@pytest.fixture(params=sorted(KINDS))
def noun(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _writer(location: Path | str) -> str:
    return SUPERUSER if isinstance(location, str) else os_user()


def test_a_record_starts_at_version_1_and_each_write_raises_it(
    stores: tuple[ArgumentStore, ArgumentStore], noun: str
) -> None:
    store, _ = stores
    kind: RecordKind[Any] = KINDS[noun]
    store.add(kind, NEW[noun])
    first = store.record(kind, NEW[noun].id)
    assert first.row_version == 1
    store.update(kind, dataclasses.replace(EDITED[noun], row_version=1))
    assert store.record(kind, NEW[noun].id).row_version == 2
    assert store.records(kind).at[NEW[noun].id, "row_version"] == 2


def test_an_edit_read_before_someone_elses_is_refused_with_both_versions(
    stores: tuple[ArgumentStore, ArgumentStore], noun: str
) -> None:
    mine, theirs = stores
    kind: RecordKind[Any] = KINDS[noun]
    mine.add(kind, NEW[noun])
    read_by_me = mine.record(kind, NEW[noun].id)
    read_by_them = theirs.record(kind, NEW[noun].id)
    their_edit = dataclasses.replace(EDITED[noun], row_version=read_by_them.row_version)
    theirs.update(kind, their_edit)
    my_edit = dataclasses.replace(read_by_me, **_other_text(noun))
    with pytest.raises(RecordConflict) as refused:
        mine.update(kind, my_edit)
    conflict = refused.value
    assert [p.code for p in conflict.problems] == ["record_changed_since_read"]
    assert conflict.problems[0].params == {
        "kind": noun,
        "id": NEW[noun].id,
        "theirs": 2,
        "yours": 1,
    }
    assert conflict.theirs == EDITED[noun] and conflict.theirs.row_version == 2
    assert conflict.mine == my_edit and conflict.read_at == 1
    assert mine.record(kind, NEW[noun].id) == EDITED[noun]  # theirs kept, nothing of mine
    # Overwriting: my edit, written at their version.
    mine.update(kind, dataclasses.replace(my_edit, row_version=conflict.theirs.row_version))
    stored = mine.record(kind, NEW[noun].id)
    assert stored == mine.record(kind, NEW[noun].id) and stored.row_version == 3
    assert stored == kind.as_stored(my_edit)


def test_a_deletion_of_a_changed_record_is_refused_and_an_edit_of_a_deleted_one(
    stores: tuple[ArgumentStore, ArgumentStore], noun: str
) -> None:
    mine, theirs = stores
    kind: RecordKind[Any] = KINDS[noun]
    mine.add(kind, NEW[noun])
    theirs.update(kind, dataclasses.replace(EDITED[noun], row_version=1))
    with pytest.raises(RecordConflict) as refused:
        mine.delete(kind, NEW[noun].id, read_at=1)
    assert refused.value.deleting and refused.value.theirs == EDITED[noun]
    assert NEW[noun].id in mine.records(kind).index
    theirs.delete(kind, NEW[noun].id, read_at=2)
    with pytest.raises(RecordConflict) as gone:
        mine.update(kind, dataclasses.replace(EDITED[noun], row_version=2))
    assert gone.value.theirs is None
    assert [p.code for p in gone.value.problems] == ["record_deleted_since_read"]
    assert "was deleted by someone else since you read it" in str(gone.value)


def test_a_record_without_a_version_is_written_as_before(
    stores: tuple[ArgumentStore, ArgumentStore], noun: str
) -> None:
    """A caller that read nothing (an import, the command line) writes unconditionally."""
    store, _ = stores
    kind: RecordKind[Any] = KINDS[noun]
    store.add(kind, NEW[noun])
    store.update(kind, EDITED[noun])
    store.update(kind, NEW[noun])
    assert store.record(kind, NEW[noun].id).row_version == 3


def test_every_write_is_audited_with_who_and_the_version(
    tiny_store_location: Path | str, stores: tuple[ArgumentStore, ArgumentStore], noun: str
) -> None:
    store, _ = stores
    kind: RecordKind[Any] = KINDS[noun]
    store.add(kind, NEW[noun])
    store.update(kind, dataclasses.replace(EDITED[noun], row_version=1))
    with pytest.raises(EvidenceError):
        store.update(kind, dataclasses.replace(NEW[noun], row_version=1))  # refused: not audited
    store.delete(kind, NEW[noun].id, read_at=2)
    rows = store.history(kind, NEW[noun].id)
    assert [(r.action, r.row_version) for r in rows] == [
        ("delete", 2),
        ("update", 2),
        ("insert", 1),
    ]
    assert {r.who for r in rows} == {_writer(tiny_store_location)}
    assert {r.table for r in rows} == {kind.table} and rows[0].at >= rows[-1].at
    shipped = next(iter(store.records(kind).index))
    assert store.history(kind, str(shipped)) == []


def _other_text(noun: str) -> dict[str, str]:
    return (
        {"claim": "My own wording of it."} if noun == "argument" else {"citation": "Mine (2020)."}
    )
