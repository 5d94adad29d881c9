"""A profile folder that cannot be written (read-only, a full disk, a home that does not exist)
is named as the profile's problem, not as "the world database cannot be opened" (the shipped
database is fine), and the user may open the window read-only instead of leaving."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.shell import launch
from regio_desktop.app.shell.settings import AppSettings


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def _unwritable_folder(tmp_path: Path) -> Path:
    """A profile folder no one can make, root included: its parent is a file."""
    (tmp_path / "home").write_text("a file where a folder should be")
    return tmp_path / "home" / "Regio Desktop"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The critical messages shown (none should be, when the user may go on read-only)."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    return shown


def test_an_unwritable_profile_folder_offers_to_open_read_only(
    tiny_db: Path,
    tmp_path: Path,
    app_settings: AppSettings,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    asked: list[str],
) -> None:
    folder = _unwritable_folder(tmp_path)
    reasons: list[str] = []
    monkeypatch.setattr(
        launch, "ask_to_continue_read_only", lambda reason: reasons.append(reason) or True
    )

    window = launch.start_or_explain(_app(), app_settings, None, folder, tiny_db)

    assert window is not None
    qtbot.addWidget(window)
    (reason,) = reasons
    assert str(folder) in reason and "cannot be written" in reason
    assert asked == [], "no 'world database cannot be opened' message"
    assert window.evidence.readonly, "nothing is written to the profile"
    banner = window.library.banner
    window.show()
    assert banner.isVisible()
    assert "open read-only" in banner.text() and "not saved" in banner.text()
    assert str(folder) in banner.text()
    assert window.document.world.state_codes, "the shipped world is open"
    window.close_discarding()


def test_declining_read_only_starts_nothing_and_shows_no_second_message(
    tiny_db: Path,
    tmp_path: Path,
    app_settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
    asked: list[str],
) -> None:
    monkeypatch.setattr(launch, "ask_to_continue_read_only", lambda reason: False)
    folder = _unwritable_folder(tmp_path)
    assert launch.start_or_explain(_app(), app_settings, None, folder, tiny_db) is None
    assert asked == []


def test_a_damaged_shipped_database_is_still_the_world_databases_problem(
    tmp_path: Path, app_settings: AppSettings, asked: list[str]
) -> None:
    shipped = tmp_path / "world.sqlite"
    shipped.write_bytes(b"not a database " * 1000)
    assert launch.start_or_explain(_app(), app_settings, None, tmp_path / "p", shipped) is None
    (text,) = asked
    assert text.startswith("The world database cannot be opened.")


def test_read_only_opens_the_users_own_file_when_it_is_sound(tiny_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    own = api.prepare_user_database(folder, tiny_db)
    profile = api.read_only_profile(folder, tiny_db)
    assert profile.readonly and profile.path != own, "a copy: SQLite can read it anywhere"
    assert profile.path.read_bytes() == own.read_bytes()
    assert [n.code for n in profile.notices] == ["profile_read_only"]
    assert api.read_only_profile(tmp_path / "none", tiny_db).path == tiny_db
