"""Big argument imports (#18 item 6): time in step with the rows, progress, and a cancel that
leaves nothing half-imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from regio_desktop.io import arguments_io
from regio_desktop.io.arguments_io import ImportCancelled, import_arguments
from regio_desktop.world.argument_store import ArgumentRecord, ArgumentStore, EvidenceError
from regio_desktop.world.database import prepare_user_database
from tests.record_samples import many_arguments_csv

ROWS = 2_000


@pytest.fixture
def store(tiny_db: Path, tmp_path: Path) -> ArgumentStore:
    return ArgumentStore(prepare_user_database(tmp_path / "profile", shipped=tiny_db))


def test_progress_rises_to_the_end_and_every_row_is_written(
    store: ArgumentStore, tmp_path: Path
) -> None:
    shares: list[float] = []
    report = import_arguments(
        store, many_arguments_csv(tmp_path / "big.csv", ROWS), progress=shares.append
    )
    assert report.written and len(report.added) == ROWS == len(report.records)
    assert report.records[7].id == "bulk_00007" and report.records[7].states == ("KAZ",)
    assert len(store.arguments()) == 5 + ROWS
    # reported while checking and while writing, never backwards, ending at the whole
    assert shares == sorted(shares) and shares[0] == 0.0 and shares[-1] == 1.0
    assert any(0 < s < arguments_io.CHECKED_SHARE for s in shares)
    assert any(arguments_io.CHECKED_SHARE < s < 1 for s in shares)


def test_the_codes_are_read_once_not_once_a_row(
    store: ArgumentStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[int] = []
    original = ArgumentStore._known
    monkeypatch.setattr(ArgumentStore, "_known", lambda self: reads.append(1) or original(self))
    import_arguments(store, many_arguments_csv(tmp_path / "big.csv", 600))
    assert len(reads) <= 2  # the check of the rows and the store's own check of the batch


@pytest.mark.parametrize("cancel_at", [0.1, 0.6])  # while checking rows; after writing some
def test_a_cancel_writes_nothing(store: ArgumentStore, tmp_path: Path, cancel_at: float) -> None:
    shares: list[float] = []
    with pytest.raises(ImportCancelled):
        import_arguments(
            store,
            many_arguments_csv(tmp_path / "big.csv", ROWS),
            progress=shares.append,
            should_cancel=lambda: bool(shares) and shares[-1] >= cancel_at,
        )
    assert shares[-1] >= cancel_at  # it ran up to the cancel (for 0.6: rows had been inserted)
    assert len(store.arguments()) == 5
    assert not any(i.startswith("bulk_") for i in store.arguments().index)
    # the store is usable afterwards: the transaction was rolled back, not left open
    assert import_arguments(store, tmp_path / "big.csv").written


def test_undoing_an_import_deletes_it_in_one_step(store: ArgumentStore, tmp_path: Path) -> None:
    report = import_arguments(store, many_arguments_csv(tmp_path / "big.csv", 500))
    store.delete_imported(report.records, [])
    assert len(store.arguments()) == 5


def test_undoing_an_import_whose_source_is_cited_since_is_refused_whole(
    store: ArgumentStore, tmp_path: Path
) -> None:
    path = tmp_path / "with_source.json"
    path.write_text(
        '{"arguments": [{"id": "c1", "claim": "A claim.", "stance": "for", "target_kind": "bloc",'
        ' "target": "EAEU", "source": "c_src"}],'
        ' "sources": [{"id": "c_src", "citation": "Colleague (2025). Notes."}]}',
        encoding="utf-8",
    )
    report = import_arguments(store, path)
    store.add_argument(
        ArgumentRecord(
            id="later",
            claim="Cites it.",
            stance="for",
            target_kind="bloc",
            target="EAEU",
            source="c_src",
        )
    )
    with pytest.raises(EvidenceError, match="c_src"):
        store.delete_imported(report.records, report.sources)
    assert {"c1", "later"} <= set(store.arguments().index)  # nothing of the undo was done
    assert "c_src" in store.sources().index


def test_an_import_with_untrimmed_or_control_text_is_undone_and_stored_clean(
    store: ArgumentStore, tmp_path: Path
) -> None:
    """The report held the records as typed while the store kept them trimmed, so Undo took the
    import for one changed in another window and dropped it; control characters were stored and
    printed raw on export."""
    path = tmp_path / "odd.csv"
    path.write_text(
        "id,claim,stance,target_kind,target,states,themes,strength,source,location,quote\n"
        'u_tab,"\tA claim with a tab ",for,membership,EAEU,KAZ,economy,2,fixture,p. 1 ,\n'
        'u_esc,"claim \x1b[31mred\x07 here",for,membership,EAEU,KAZ,economy,2,fixture,,\n',
        encoding="utf-8",
    )
    report = import_arguments(store, path)
    assert sorted(report.added) == ["u_esc", "u_tab"]
    assert store.argument("u_tab").claim == "A claim with a tab"
    assert store.argument("u_esc").claim == "claim [31mred here"
    assert [r.claim for r in report.records] == [store.argument(r.id).claim for r in report.records]
    store.delete_imported(report.records, report.sources)  # not "changed elsewhere"
    assert "u_tab" not in store.arguments().index
