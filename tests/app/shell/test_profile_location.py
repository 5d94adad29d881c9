"""The command line's rule for the profile's folder is the one Qt gave the window, so a profile
made by an older window is the one a newer program (window or command line) opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.shell.settings import APPLICATION, ORGANISATION


@pytest.mark.parametrize("xdg", [True, False])
def test_the_profile_folder_is_qts_app_data_location(
    xdg: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if xdg:
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    else:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    try:
        qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    assert api.profile_folder() == Path(qt)
