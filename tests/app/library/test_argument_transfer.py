"""Import and export of arguments from the window: the report, nothing half-imported, undo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from regio_desktop import api
from regio_desktop.app.library import argument_transfer
from regio_desktop.app.shell.main_window import MainWindow

HEADER = "id,claim,stance,target_kind,target,states,themes,strength,source,location,quote\n"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes shown (kind, text) instead of blocking the test."""
    messages: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda _parent, _title, text, *args, k=kind: messages.append((k, text)),
        )
    return messages


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.csv"
    path.write_text(
        HEADER
        + "u_ok,Good row.,for,membership,EAEU,KAZ,economy,2,fixture,p. 1,\n"
        + "u_bad,Bad row.,for,membership,EAEU,XXX,economy,2,fixture,,\n",
        encoding="utf-8",
    )
    return path


def test_refused_row_is_reported_and_nothing_is_written(
    window: MainWindow,
    store: api.ArgumentStore,
    tmp_path: Path,
    shown: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[api.ImportReport] = []
    monkeypatch.setattr(
        argument_transfer, "confirm_partial_import", lambda _p, _e, r: asked.append(r) or False
    )
    report = argument_transfer.import_arguments_file(window, window.evidence, _csv(tmp_path))
    assert report is not None and not report.written
    assert asked and asked[0].refused == [("line 3 (u_bad)", "unknown state code 'XXX'")]
    assert "line 3 (u_bad): Unknown state code “XXX”." in argument_transfer.report_text(
        window.evidence, asked[0]
    )
    assert len(store.arguments()) == 5
    assert window.evidence.undo_stack.count() == 0
    assert shown == []


def test_valid_rows_anyway_is_one_undoable_step(
    window: MainWindow,
    store: api.ArgumentStore,
    tmp_path: Path,
    shown: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(argument_transfer, "confirm_partial_import", lambda _p, _e, _r: True)
    path = _csv(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.library.import_action.trigger()
    assert "u_ok" in store.arguments().index and "u_bad" not in store.arguments().index
    assert shown and shown[-1][0] == "information"
    assert "1 argument(s) and 0 source(s) imported" in shown[-1][1]
    assert "u_ok" in window.library.model.ids()
    stack = window.evidence.undo_stack
    assert stack.undoText() == "Import 1 argument(s)"
    stack.undo()
    assert "u_ok" not in store.arguments().index
    stack.redo()
    assert "u_ok" in store.arguments().index


def test_import_valid_json_with_its_source(
    window: MainWindow, store: api.ArgumentStore, tmp_path: Path, shown: list[tuple[str, str]]
) -> None:
    path = tmp_path / "colleague.json"
    path.write_text(
        json.dumps(
            {
                "arguments": [
                    {
                        "id": "c_001",
                        "claim": "Шекаралар ашық болуы керек.",
                        "stance": "for",
                        "target_kind": "alignment",
                        "target": "multi-vector",
                        "states": ["KAZ"],
                        "themes": ["sovereignty"],
                        "strength": 2,
                        "source": "c_src",
                    }
                ],
                "sources": [
                    {"id": "c_src", "citation": "Colleague (2025). Notes.", "kind": "book"}
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    report = argument_transfer.import_arguments_file(window, window.evidence, path)
    assert report is not None and report.added == ["c_001"] and report.sources_added == ["c_src"]
    assert store.argument("c_001").claim == "Шекаралар ашық болуы керек."
    assert "Шекаралар" in window.arguments_panel.toPlainText()
    assert "c_src" in window.library.source_model.ids()


def test_unreadable_file_is_reported(
    window: MainWindow, tmp_path: Path, shown: list[tuple[str, str]]
) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    assert argument_transfer.import_arguments_file(window, window.evidence, path) is None
    assert shown[0][0] == "warning" and "not valid JSON" in shown[0][1]


def test_export_csv_and_json(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)")
    )
    window.library.export_action.trigger()
    lines = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == HEADER.strip().replace("themes,", "themes,indicators,")
    assert len(lines) == 6 and lines[1].startswith("t_001,Balancing keeps every door open")
    count = argument_transfer.export_arguments_file(window, window.evidence, tmp_path / "a.json")
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert count == 5 and [a["id"] for a in data["arguments"]][:2] == ["t_001", "t_002"]
    assert data["sources"][0]["citation"] == "Made-up figures for tests, not real data"
