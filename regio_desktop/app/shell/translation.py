"""Installing the translators for the user's language (our .qm files and Qt's own).

Sources are ``resources/i18n/regio_desktop_<lang>.ts`` (Qt Linguist); the compiled ``.qm`` files
are looked for in the installed package (``regio_desktop/i18n``) and then in the source tree.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import regio_desktop

LANGUAGE_NAMES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
"""Each language named in itself, as the language menu shows it (never translated)."""

_PACKAGE = Path(regio_desktop.__file__).resolve().parent
QM_FOLDERS = (_PACKAGE / "i18n", _PACKAGE.parent / "resources" / "i18n")


def qm_path(language: str) -> Path | None:
    for folder in QM_FOLDERS:
        candidate = folder / f"regio_desktop_{language}.qm"
        if candidate.exists():
            return candidate
    return None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translation and Qt's for ``language``; English needs none.

    Returns the installed translators; the application owns them (they are its children), so
    the caller need not keep them, only remove them if the language changes in the same run.
    """
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    path = qm_path(language)
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
