"""Typed settings: defaults declared once, values round-trip through QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from regio_desktop.app.shell.settings import MAX_RECENT, AppSettings


def test_defaults_and_round_trip(tmp_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    settings = AppSettings(QSettings(path, QSettings.Format.IniFormat))
    assert settings.language == "en"
    assert settings.geometry is None
    assert settings.recent_scenarios == []
    settings.language = "ru"
    settings.geometry = QByteArray(b"abc")
    for i in range(MAX_RECENT + 2):
        settings.add_recent_scenario(f"/tmp/s{i}.regio.json")
    settings.add_recent_scenario("/tmp/s3.regio.json")
    settings.sync()
    again = AppSettings(QSettings(path, QSettings.Format.IniFormat))
    assert again.language == "ru"
    assert again.geometry == QByteArray(b"abc")
    assert again.recent_scenarios[0] == "/tmp/s3.regio.json"
    assert len(again.recent_scenarios) == MAX_RECENT


def test_unknown_language_falls_back_to_english(tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.language = "fr"
    assert settings.language == "en"
