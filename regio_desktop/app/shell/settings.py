"""Typed access to the user's settings (QSettings), with every default declared once here."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, QSettings

from regio_desktop.api import LANGUAGES
from regio_desktop.app.shell.theme import THEMES

ORGANISATION = "Regio Desktop"
APPLICATION = "Regio Desktop"
MAX_RECENT = 8
SYSTEM_LANGUAGES = {QLocale.Language.Russian: "ru", QLocale.Language.Kazakh: "kk"}
"""The system's languages the window speaks besides English, for a first start."""


def system_language() -> str:
    """The desktop's language when the window has it (Russian, Kazakh), else English: a first
    start under LANG=ru_RU.UTF-8 opens in Russian without a trip to the Language menu."""
    return SYSTEM_LANGUAGES.get(QLocale.system().language(), "en")


class AppSettings:
    """Window geometry, dock layout, language, last selected state and recent scenario files.

    Pass a QSettings (e.g. an INI file in a temporary folder) to keep tests off the user's profile.
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings(ORGANISATION, APPLICATION)

    # language ------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The language chosen in the Language menu; before any choice, the system's."""
        value = self._s.value("ui/language")
        if value is None:
            return system_language()
        return str(value) if str(value) in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value if value in LANGUAGES else "en")

    @property
    def theme(self) -> str:
        value = str(self._s.value("ui/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue("ui/theme", value if value in THEMES else "system")

    @property
    def show_outside_members(self) -> bool:
        """View > Show outside members: list the states outside the Eurasian focus too."""
        return str(self._s.value("ui/show_outside_members", "false")).lower() == "true"

    @show_outside_members.setter
    def show_outside_members(self, value: bool) -> None:
        self._s.setValue("ui/show_outside_members", "true" if value else "false")

    # window --------------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    # session -------------------------------------------------------------------------------
    @property
    def selected_state(self) -> str:
        return str(self._s.value("session/selected_state", "KAZ"))

    @selected_state.setter
    def selected_state(self, value: str) -> None:
        self._s.setValue("session/selected_state", value)

    @property
    def recent_scenarios(self) -> list[str]:
        value = self._s.value("session/recent_scenarios", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def add_recent_scenario(self, path: str) -> None:
        paths = [path, *(p for p in self.recent_scenarios if p != path)][:MAX_RECENT]
        self._s.setValue("session/recent_scenarios", paths)

    # team database (#17) ---------------------------------------------------------------------
    @property
    def team_database(self) -> str:
        """The team database the window opens when no --db or REGIO_DB names one
        (``postgresql://USER@HOST:PORT/DATABASE``, never with a password: that stays in
        ~/.pgpass); empty for the profile."""
        return str(self._s.value("team/database", "") or "")

    @team_database.setter
    def team_database(self, value: str) -> None:
        self._s.setValue("team/database", value)

    def sync(self) -> None:
        self._s.sync()
