"""The user's arguments and sources: stored in their copy, shipped rows protected, search safe."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from regio_desktop.world.argument_store import (
    ArgumentRecord,
    ArgumentStore,
    EvidenceError,
    SourceRecord,
)
from regio_desktop.world.database import prepare_user_database


@pytest.fixture
def store(tiny_store_location: Path | str) -> ArgumentStore:
    """A store on a fresh profile and, in a second run, on a fresh team database."""
    return ArgumentStore(tiny_store_location)


def _mine(store: ArgumentStore, **changes: object) -> ArgumentRecord:
    values: dict[str, object] = dict(
        id=store.new_argument_id(),
        claim="Транзит через Каспий снижает зависимость от России.",
        stance="for",
        target_kind="alignment",
        target="multi-vector",
        source="fixture",
        states=("KAZ",),
        themes=("trade_transit",),
        strength=2,
        location="Section 2",
        quote="снижает зависимость",
    )
    values.update(changes)
    return ArgumentRecord(**values)  # type: ignore[arg-type]


def test_add_edit_delete_round_trip(store: ArgumentStore) -> None:
    record = _mine(store)
    store.add_argument(record)
    assert store.argument(record.id) == record
    edited = ArgumentRecord(**{**record.__dict__, "claim": "Changed claim.", "states": ()})
    store.update_argument(edited)
    assert store.argument(record.id).claim == "Changed claim."
    assert store.argument(record.id).states == ()
    assert store.delete_argument(record.id) == edited
    with pytest.raises(EvidenceError, match="there is no argument"):
        store.argument(record.id)


def test_shipped_rows_are_read_only(store: ArgumentStore) -> None:
    shipped = store.argument("t_001")
    with pytest.raises(EvidenceError, match="comes with the program"):
        store.update_argument(ArgumentRecord(**{**shipped.__dict__, "claim": "x"}))
    with pytest.raises(EvidenceError, match="comes with the program"):
        store.delete_argument("t_001")
    with pytest.raises(EvidenceError, match="comes with the program"):
        store.delete_source("fixture")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"stance": "maybe"}, "stance 'maybe'"),
        ({"target": "NOPE", "target_kind": "bloc"}, "unknown bloc target 'NOPE'"),
        ({"states": ("XXX",)}, "unknown state code 'XXX'"),
        ({"themes": ("weather",)}, "unknown theme 'weather'"),
        ({"source": "nowhere"}, "unknown source 'nowhere'"),
        ({"claim": "  "}, "the claim is empty"),
        ({"quote": "word " * 30}, "longer than a short phrase"),
    ],
)
def test_bad_arguments_are_refused_and_nothing_written(
    store: ArgumentStore, change: dict, message: str
) -> None:
    before = len(store.arguments())
    with pytest.raises(EvidenceError, match=message):
        store.add_argument(_mine(store, **change))
    assert len(store.arguments()) == before


def test_cited_source_cannot_be_deleted(store: ArgumentStore) -> None:
    store.add_source(SourceRecord(id="mine", citation="My field notes, 2026"))
    store.add_argument(_mine(store, source="mine"))
    with pytest.raises(EvidenceError, match="is cited by 1 argument"):
        store.delete_source("mine")
    assert list(store.arguments_from_source("mine").index) == ["user_0001"]


@pytest.mark.parametrize("use_fts5", [True, False], ids=["fts5", "fallback"])
def test_search_in_english_russian_and_kazakh(store: ArgumentStore, use_fts5: bool) -> None:
    store.add_argument(_mine(store))
    store.add_argument(_mine(store, claim="Қазақстан көпвекторлы саясатты ұстанады.", quote=""))
    assert store.search("Balancing", use_fts5=use_fts5) == ["t_001", "t_002"]
    assert store.search("door", use_fts5=use_fts5) == ["t_001"]
    assert store.search("зависимость", use_fts5=use_fts5) == ["user_0001"]
    assert store.search("ТРАНЗИТ каспий", use_fts5=use_fts5) == ["user_0001"]
    assert store.search("қазақстан", use_fts5=use_fts5) == ["user_0002"]
    assert store.search("Made-up figures", use_fts5=use_fts5)  # citations are searched too
    for hostile in ['"', "( OR *", "'; DROP TABLE arguments; --", "NEAR(", "^", ""]:
        store.search(hostile, use_fts5=use_fts5)
    assert len(store.arguments()) == 7


def test_search_sees_edits(store: ArgumentStore) -> None:
    assert store.search("caspian") == []
    store.add_argument(_mine(store, claim="The Caspian route grows."))
    assert store.search("caspian") == ["user_0001"]
    store.delete_argument("user_0001")
    assert store.search("caspian") == []


def test_user_rows_survive_new_shipped_data(tiny_db: Path, tmp_path: Path) -> None:
    path = prepare_user_database(tmp_path, shipped=tiny_db)
    store = ArgumentStore(path)
    store.add_source(SourceRecord(id="mine", citation="My notes"))
    store.add_argument(_mine(store, source="mine"))
    store.import_source_text(
        SourceRecord(id="article", citation="An article"), "# T\n\ntext", "markdown"
    )
    store.close()
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(tiny_db, newer)
    import sqlite3

    con = sqlite3.connect(newer)
    con.execute("UPDATE meta SET value = 'newer' WHERE key = 'data_version'")
    con.execute("UPDATE arguments SET claim = 'Updated shipped claim.' WHERE id = 't_002'")
    con.commit()
    con.close()
    prepare_user_database(tmp_path, shipped=newer)
    store = ArgumentStore(path)
    assert store.argument("user_0001").source == "mine"
    assert store.argument("t_002").claim == "Updated shipped claim."
    assert store.source_text("article") == ("markdown", "# T\n\ntext")


def test_a_source_without_a_date_can_be_deleted_and_put_back(store: ArgumentStore) -> None:
    """Undoing a deletion writes the record read before it: a missing date must survive that."""
    # With a dated source beside it, pandas reads the missing date as NaN, not None.
    store.add_source(SourceRecord(id="dated", citation="A page", accessed=dt.date(2024, 1, 2)))
    store.add_source(SourceRecord(id="undated", citation="Notes from a workshop", accessed=None))
    assert store.source("dated").accessed == dt.date(2024, 1, 2)
    record = store.source("undated")
    assert record.accessed is None

    deleted = store.delete_source("undated")
    assert "undated" not in store.sources().index
    store.add_source(deleted)  # what Undo does

    assert store.source("undated") == record


def test_editing_a_source_keeps_its_imported_text(store: ArgumentStore) -> None:
    record = SourceRecord(id="article", citation="An article", kind="article")
    store.import_source_text(record, "# Title\n\nThe whole text.", "markdown")

    store.update_source(SourceRecord(id="article", citation="An article, second edition"))

    assert store.source("article").citation == "An article, second edition"
    assert store.source_text("article") == ("markdown", "# Title\n\nThe whole text.")


def test_a_refusal_carries_its_problems_as_data(store: ArgumentStore) -> None:
    with pytest.raises(EvidenceError) as refused:
        store.add_argument(_mine(store, claim=" ", states=("KAZ", "XXX")))
    assert [(p.code, dict(p.params)) for p in refused.value.problems] == [
        ("empty_claim", {}),
        ("unknown_state", {"state": "XXX"}),
    ]
    assert str(refused.value) == (
        "argument 'user_0001': the claim is empty; unknown state code 'XXX'"
    )
    with pytest.raises(EvidenceError) as shipped:
        store.delete_argument("t_001")
    assert [p.code for p in shipped.value.problems] == ["shipped_argument"]
    assert [p.code for p in store.check_source(SourceRecord(id="x", citation="", kind="?"))] == [
        "empty_citation",
        "unknown_source_kind",
    ]
