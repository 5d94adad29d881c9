"""A big argument import from the window (#18 item 6): a progress dialog whose Cancel leaves
nothing imported, and an import and its undo that read the database a bounded number of times
(the window used to re-read every argument once per imported row: 8,000 rows took 271 s)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.library import argument_transfer
from regio_desktop.app.shell.main_window import MainWindow
from tests.record_samples import many_arguments_csv

ROWS = 1_500


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _parent, _title, text, *args: messages.append(text)
        )
    return messages


def test_cancel_in_the_progress_dialog_imports_nothing(
    window: MainWindow,
    store: api.ArgumentStore,
    tmp_path: Path,
    qtbot: QtBot,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(argument_transfer, "SHOWN_AFTER_MS", 0)
    seen: list[int] = []

    def press_cancel_once_writing() -> None:
        dialog = window.findChild(QProgressDialog, "import_progress")
        if dialog is None or not dialog.isVisible():
            return
        seen.append(dialog.value())
        if dialog.value() > 500:  # past checking the rows: the write has begun
            button = dialog.findChild(QPushButton)
            assert button is not None and button.text() == "Cancel"
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            timer.stop()

    timer = QTimer(window)
    timer.timeout.connect(press_cancel_once_writing)
    timer.start(0)
    path = many_arguments_csv(tmp_path / "big.csv", ROWS)
    assert argument_transfer.import_arguments_file(window, window.evidence, path) is None
    timer.stop()
    assert seen and max(seen) > 500
    assert shown == ["Import cancelled: nothing was imported from big.csv."]
    assert len(store.arguments()) == 5
    assert window.evidence.undo_stack.count() == 0
    assert not any(i.startswith("bulk_") for i in window.library.model.ids())
    assert window.findChild(QProgressDialog, "import_progress") is None or not (
        window.findChild(QProgressDialog, "import_progress").isVisible()
    )


def test_an_import_and_its_undo_read_the_arguments_a_bounded_number_of_times(
    window: MainWindow,
    store: api.ArgumentStore,
    tmp_path: Path,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[str] = []
    original = api.ArgumentStore.records
    monkeypatch.setattr(
        api.ArgumentStore,
        "records",
        lambda self, kind: reads.append(kind.noun) or original(self, kind),
    )
    path = many_arguments_csv(tmp_path / "big.csv", ROWS)
    report = argument_transfer.import_arguments_file(window, window.evidence, path)
    assert report is not None and len(report.added) == ROWS
    assert shown == [f"{ROWS} argument(s) and 0 source(s) imported"]
    assert len(store.arguments()) == 5 + ROWS
    assert "bulk_01499" in window.library.model.ids()
    assert len(reads) < 20, reads  # not one read per row
    reads.clear()
    stack = window.evidence.undo_stack
    assert stack.undoText() == f"Import {ROWS} argument(s)"
    stack.undo()
    assert len(store.arguments()) == 5 and "bulk_01499" not in window.library.model.ids()
    assert len(reads) < 20, reads
    stack.redo()
    assert len(store.arguments()) == 5 + ROWS
