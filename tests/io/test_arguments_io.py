"""Import and export of arguments: a report of refusals, and nothing half-imported."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

from regio_desktop.io.arguments_io import export_arguments, import_arguments
from regio_desktop.world.argument_store import ArgumentStore, EvidenceError
from regio_desktop.world.database import prepare_user_database

HEADER = "id,claim,stance,target_kind,target,states,themes,strength,source,location,quote\n"


@pytest.fixture
def store(tiny_store_location: Path | str) -> ArgumentStore:
    """A store on a fresh profile and, in a second run, on a fresh team database."""
    return ArgumentStore(tiny_store_location)


def test_a_file_with_a_bad_row_writes_nothing(store: ArgumentStore, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        HEADER
        + "n1,A good claim.,for,bloc,SCO,,security,2,fixture,p. 3,\n"
        + "n2,Another claim.,sideways,bloc,SCO,,security,2,fixture,,\n"
        + "n3,Third claim.,against,membership,NOPE,KAZ,,2,fixture,,\n",
        encoding="utf-8",
    )
    before = len(store.arguments())
    report = import_arguments(store, path)
    assert not report.written and report.added == []
    assert report.refused == [
        ("line 3 (n2)", "stance 'sideways' is not one of for, against, context"),
        ("line 4 (n3)", "unknown membership target 'NOPE'"),
    ]
    # the reasons are data too, so that a window words them in its own language
    assert [(where, [p.code for p in found]) for where, found in report.refusals] == [
        ("line 3 (n2)", ["unknown_stance"]),
        ("line 4 (n3)", ["unknown_target"]),
    ]
    assert dict(report.refusals[1][1][0].params) == {"target_kind": "membership", "target": "NOPE"}
    assert len(store.arguments()) == before
    assert "nothing imported" in report.summary()


def test_partial_import_writes_only_whole_valid_rows(store: ArgumentStore, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        HEADER
        + "n1,A good claim.,for,bloc,SCO,KAZ;UZB,security,3,fixture,p. 3,x\n"
        + "t_001,Clash.,for,bloc,SCO,,,2,fixture,,\n",
        encoding="utf-8",
    )
    report = import_arguments(store, path, partial=True)
    assert report.written and report.added == ["n1"]
    assert report.refused == [("line 3 (t_001)", "id 't_001' already exists")]
    assert store.argument("n1").states == ("KAZ", "UZB")


def test_json_round_trip_carries_sources(
    store: ArgumentStore, tmp_path: Path, tiny_db: Path
) -> None:
    from regio_desktop.world.argument_store import ArgumentRecord, SourceRecord

    store.add_source(
        SourceRecord(id="notes", citation="Field notes, Almaty 2026", url="https://example.org")
    )
    store.add_argument(
        ArgumentRecord(
            id="mine",
            claim="Своё утверждение.",
            stance="against",
            target_kind="alignment",
            target="russia-led",
            source="notes",
        )
    )
    out = tmp_path / "mine.json"
    assert export_arguments(store, out, only_user=True) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [a["id"] for a in data["arguments"]] == ["mine"]
    assert data["sources"][0]["citation"] == "Field notes, Almaty 2026"
    colleague = ArgumentStore(prepare_user_database(tmp_path / "colleague", shipped=tiny_db))
    report = import_arguments(colleague, out)
    assert report.written and report.added == ["mine"] and report.sources_added == ["notes"]
    assert colleague.argument("mine").claim == "Своё утверждение."


def test_csv_export_has_the_documented_columns(store: ArgumentStore, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    assert export_arguments(store, out) == 5
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == [
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
    ]
    assert {r["id"]: r["states"] for r in rows}["t_001"] == "KAZ"
    assert {r["id"]: r["indicators"] for r in rows}[
        "t_001"
    ] == "diversification;transit_connectivity"


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_the_indicators_an_argument_bears_on_travel_through_export_and_import(
    store: ArgumentStore, tiny_db: Path, tmp_path: Path, suffix: str
) -> None:
    source = tmp_path / f"in{suffix}"
    rows = [
        {
            "id": "mine",
            "claim": "Leaving frees the tariff.",
            "stance": "against",
            "target_kind": "membership",
            "target": "EAEU",
            "source": "fixture",
            "indicators": "market_access;autonomy",
        }
    ]
    if suffix == ".json":
        source.write_text(json.dumps({"arguments": rows}), encoding="utf-8")
    else:
        with source.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    assert import_arguments(store, source).added == ["mine"]
    assert store.argument("mine").indicators == ("market_access", "autonomy")

    out = tmp_path / f"out{suffix}"
    export_arguments(store, out, only_user=True)
    colleague = ArgumentStore(prepare_user_database(tmp_path / "colleague", shipped=tiny_db))
    assert import_arguments(colleague, out).added == ["mine"]
    assert colleague.argument("mine").indicators == ("market_access", "autonomy")


def test_an_unknown_indicator_is_refused_by_name(store: ArgumentStore, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        "id,claim,stance,target_kind,target,source,indicators\n"
        "mine,A claim.,for,membership,EAEU,fixture,happiness\n",
        encoding="utf-8",
    )
    report = import_arguments(store, source)
    assert not report.written
    assert "'happiness' is not a state indicator" in report.summary()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.json", "{not json", "not valid JSON"),
        ("bad.json", '{"arguments": 5}', "expected a list of arguments"),
        ("bad.csv", "a,b\n1,2\n", "the header lacks id, claim"),
        # Hostile files (#18): each a one-line refusal that names the file, not a traceback.
        ("bad.json", '{"arguments": [], "sources": 5}', "expected a list of arguments"),
        ("bad.json", '{"arguments": [{"strength": ' + "9" * 5000 + "}]}", "5000 characters"),
        ("bad.json", '{"arguments": [{"claim": "\\ud800"}]}', r"lone surrogate \(\\ud800\)"),
        ("bad.json", '{"arguments": [], "arguments": []}', 'key "arguments" appears twice'),
        (
            "big.csv",
            HEADER + 'a1,"' + "x" * 200_000 + '",for\n',
            r"big\.csv, line 2: not readable as CSV",  # the field's own line, not the header's
        ),
    ],
)
def test_malformed_files_are_named(
    store: ArgumentStore, tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvidenceError, match=message):
        import_arguments(store, path)


def test_a_huge_strength_in_a_csv_is_refused_without_repeating_it(
    store: ArgumentStore, tmp_path: Path
) -> None:
    path = tmp_path / "strong.csv"
    path.write_text(
        "id,claim,stance,target_kind,target,states,themes,strength,source\n"
        "u1,A claim.,for,membership,EAEU,KAZ,economy," + "9" * 5000 + ",fixture\n",
        encoding="utf-8",
    )
    summary = import_arguments(store, path).summary()
    assert "is not a whole number" in summary and len(summary) < 400


def test_a_fifo_given_as_the_import_is_refused_not_waited_on(
    store: ArgumentStore, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(EvidenceError, match=r"pipe\.csv is not a regular file"):
        import_arguments(store, fifo)


def test_deeply_nested_json_is_refused_with_a_message(store: ArgumentStore, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(EvidenceError, match=r"deep\.json: its JSON nests 100000 levels deep"):
        import_arguments(store, path)


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_context_is_imported_and_an_unknown_stance_still_refused(
    store: ArgumentStore, tiny_db: Path, tmp_path: Path, suffix: str
) -> None:
    """``context`` (#12 item 5) is a stance a file may carry; 'neutral' is not, and the refusal
    says which stances are (as data: the code and the stances, for the window to word)."""
    source = tmp_path / f"in{suffix}"
    rows = [
        {
            "id": "described",
            "claim": "The article lists the SCO among the region's security bodies.",
            "stance": "context",
            "target_kind": "bloc",
            "target": "SCO",
            "source": "fixture",
            "strength": "1",
        },
        {
            "id": "neither",
            "claim": "Another description.",
            "stance": "neutral",
            "target_kind": "bloc",
            "target": "SCO",
            "source": "fixture",
            "strength": "1",
        },
    ]
    if suffix == ".json":
        source.write_text(json.dumps({"arguments": rows}), encoding="utf-8")
    else:
        with source.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    report = import_arguments(store, source, partial=True)
    assert report.added == ["described"]
    assert store.argument("described").stance == "context"
    ((where, found),) = report.refusals
    assert "neither" in where
    assert [(p.code, dict(p.params)) for p in found] == [
        ("unknown_stance", {"stance": "neutral", "stances": ("for", "against", "context")})
    ]
    assert "stance 'neutral' is not one of for, against, context" in report.summary()

    out = tmp_path / f"out{suffix}"
    export_arguments(store, out, only_user=True)
    colleague = ArgumentStore(prepare_user_database(tmp_path / "colleague", shipped=tiny_db))
    assert import_arguments(colleague, out).added == ["described"]
    assert colleague.argument("described").stance == "context"
