"""Typed settings: defaults declared once, values round-trip through QSettings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QLocale, QSettings

from regio_desktop.app.shell import settings as settings_module
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


class _System:
    """QLocale.system() as a desktop with another LANG would give it."""

    def __init__(self, name: str) -> None:
        self.name = name

    def system(self) -> QLocale:
        return QLocale(self.name)


@pytest.mark.parametrize(
    ("system", "language"),
    [("ru_RU", "ru"), ("kk_KZ", "kk"), ("de_DE", "en"), ("en_GB", "en"), ("C", "en")],
)
def test_a_first_start_speaks_the_systems_language_when_the_window_has_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, system: str, language: str
) -> None:
    monkeypatch.setattr(settings_module, "QLocale", _System(system))
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.language == language


def test_a_saved_choice_wins_over_the_systems_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings_module, "QLocale", _System("ru_RU"))
    path = str(tmp_path / "s.ini")
    settings = AppSettings(QSettings(path, QSettings.Format.IniFormat))
    settings.language = "en"
    settings.sync()
    assert AppSettings(QSettings(path, QSettings.Format.IniFormat)).language == "en"
