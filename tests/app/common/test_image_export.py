"""The shared save-picture dialog: the suffix a user forgot is added; a failed write is named."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from regio_desktop.app.common.image_export import export_with_dialog


def test_adds_the_suffix_and_reports_a_failure(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "kazakhstan"), "")
    )
    written: list[Path] = []
    assert export_with_dialog(parent, "Export", "chart.svg", written.append) == (
        tmp_path / "kazakhstan.svg"
    )
    assert written == [tmp_path / "kazakhstan.svg"]

    def fail(path: Path) -> None:
        raise OSError("disk full")

    assert export_with_dialog(parent, "Export", "map.png", fail) is None
    box = parent.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert "kazakhstan.png" in box.text() and "disk full" in box.text()
    box.close()

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert export_with_dialog(parent, "Export", "blocs.png", written.append) is None
    assert len(written) == 1
