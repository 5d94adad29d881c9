"""Starting the window: the application, the user's database, the world and the window.

The command line (``regio-desktop``) calls ``run_gui``; the self-test and screenshots in
``app/diagnostics`` start the window through ``start_window`` and ``open_window`` too.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

import regio_desktop
from regio_desktop import api
from regio_desktop.api import bring_up_to_date, preset_scenario_paths
from regio_desktop.app.common.problem_texts import problem_text
from regio_desktop.app.documents.evidence_document import EvidenceDocument
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import APPLICATION, ORGANISATION, AppSettings
from regio_desktop.app.shell.theme import apply_theme
from regio_desktop.app.shell.translation import install_translators
from regio_desktop.app.team.password_prompt import asks_for_password, start_with_password

PREFERRED_STATE = "KAZ"
DESKTOP_FILE_NAME = "regio-desktop"


def application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(regio_desktop.__version__)
    # The desktop entry's name (regio-desktop.desktop): Wayland compositors and task bars match
    # the window to the entry, and so to its icon, by it.
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    # Fractional scale factors (125 %, 150 %) as the desktop asks, not rounded to whole numbers.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    return QApplication(argv)


def use_offscreen() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def initial_state(world: api.World, wanted: str = PREFERRED_STATE) -> str:
    """The state selected at start: the remembered one, else Kazakhstan, else the first state."""
    for code in (wanted, PREFERRED_STATE):
        if code in world.state_codes:
            return code
    return world.state_codes[0] if world.state_codes else ""


def open_window(
    world: api.World,
    settings: AppSettings,
    scenario: api.Scenario | None = None,
    language: str = "en",
    store: api.ArgumentStore | None = None,
    notices: Sequence[api.Problem] = (),
) -> MainWindow:
    """A main window on a fresh document for ``world``, with a state already selected.

    ``store`` holds the analyst's arguments (the user's writable database); without one the
    world's own file is opened read-only, so the library can be read but not edited. ``notices``
    (what opening the profile has to tell) are shown over the library, brought to the front.
    """
    if store is None:
        store = api.ArgumentStore(Path(world.location), readonly=True)
    if scenario is None:
        scenario = api.Scenario(name=QCoreApplication.translate("Launch", "Untitled scenario"))
    if not store.readonly:
        # The user's database may hold arguments newer than those the world was loaded with.
        # Read them before the document exists, so the scenario is evaluated once, not twice.
        world = api.with_store_arguments(world, store)
    document = ScenarioDocument(world, scenario, language)
    evidence = EvidenceDocument(document, store, notices=notices)
    window = MainWindow(document, settings, evidence)
    document.select_state(initial_state(world, settings.selected_state))
    if notices:
        window.library.bring_to_front()
    return window


PROFILE_LOCK_NAME = api.PROFILE_LOCK_NAME


def lock_profile(user_dir: Path) -> tuple[QLockFile | None, bool]:
    """Hold the profile for this window: (the lock, whether another running window holds it).

    A lock left by a process that no longer runs is taken over (QLockFile checks the process id),
    so a crash never locks the profile for good. A folder where no lock can be made gives no lock
    and no holder: opening the profile then says what is wrong with the folder.
    """
    try:
        user_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None, False
    lock = QLockFile(str(user_dir / PROFILE_LOCK_NAME))
    lock.setStaleLockTime(0)  # never stale by age: only a dead holder frees it
    if lock.tryLock(0):
        return lock, False
    return None, lock.error() == QLockFile.LockError.LockFailedError


def _user_data_folder() -> Path:
    """The profile's folder: one rule for the window and the command line (``api``)."""
    return api.profile_folder()


def start_window(
    app: QApplication,
    settings: AppSettings,
    db_path: Path | str | None,
    user_dir: Path,
    shipped: Path | None = None,
    *,
    read_only: bool = False,
) -> MainWindow:
    """What every start does, in order: language, theme, the user's working database (made
    from the shipped one on first run, in ``user_dir``) or the given one, the world, the window
    with its argument store, and the scenarios from the literature listed, ready to step through.
    ``shipped`` stands in for the program's own database (the self-test starts from any file).
    ``read_only`` opens the profile without writing to it, as the user chose when its folder
    cannot be written (the library says so).
    A team address (``postgresql://...``) as ``db_path`` reads the world and the arguments from
    the team database, and writes the analyst's arguments there, as the server's rights allow.

    Raises DatabaseError or OSError when the database cannot be used.
    """
    # Every window of the program (and the task bar's entry for it) shows the program's icon.
    app.setWindowIcon(QIcon(str(api.application_icon_path())))
    install_translators(app, settings.language)  # parented to the application, which keeps them
    apply_theme(app, settings.theme)
    # Saves a killed process left half-done: in the profile and where recent scenarios live.
    api.remove_leftovers([user_dir, *(Path(p).parent for p in settings.recent_scenarios)])
    api.remove_stale_temp_folders()  # chart pictures of a report whose process was killed
    lock: QLockFile | None = None
    if isinstance(db_path, str):
        world = api.load_world(db_path)
        store = api.ArgumentStore(db_path)
        refusal = store.login_refusal()  # a viewer: said over the library, writing greyed
        notices = (refusal,) if refusal is not None else ()
        window = open_window(world, settings, None, settings.language, store, notices)
        where = QLabel(
            QCoreApplication.translate("Launch", "Team database: {address}").format(
                address=world.location  # the address without its password
            )
        )
        where.setObjectName("team_database_label")
        window.statusBar().addPermanentWidget(where)
        from regio_desktop.app.team.live_window import attach_live  # a team database's only

        window.team_live = live = attach_live(window)  # others' changes; an outage is shown
        if live is not None:
            live.scenarios_changed.connect(window.team_scenarios.versions_changed)
            live.decks_changed.connect(window.decks.team.versions_changed)
        window.session.open_presets(preset_scenario_paths())
        gc.freeze()
        return window
    if db_path is not None:
        bring_up_to_date(db_path)  # a file from an older version is upgraded (with a backup)
        profile = api.Profile(db_path)
    elif read_only:
        profile = api.read_only_profile(user_dir, shipped)
    else:
        # A second window on the same profile reads it and writes nothing (it says so).
        lock, in_use = lock_profile(user_dir)
        profile = api.open_profile(user_dir, shipped, in_use=in_use)
    world = api.load_world(profile.path)
    store = api.ArgumentStore(profile.path, readonly=profile.readonly)
    window = open_window(world, settings, None, settings.language, store, profile.notices)
    if lock is not None:
        window.destroyed.connect(lambda *_: lock.unlock())
    window.session.open_presets(preset_scenario_paths())
    # What start-up built (the world's frames, the window, Qt's wrappers) lives as long as the
    # program: moved out of the collector's reach, a full collection no longer walks it in the
    # middle of an edit (it made the slowest edits take twice a frame). No collection first:
    # it would cost the start-up tens of milliseconds to free a little garbage.
    gc.freeze()
    return window


def start_failure_text(error: Exception) -> str:
    """Why the window cannot start, in the user's language when the core said it as data."""
    problem = getattr(error, "problem", None)
    if isinstance(problem, api.Problem):
        return problem_text(problem, str)
    return str(error)


PROFILE_FOLDER_PROBLEMS = frozenset({"profile_folder_read_only", "profile_disk_full"})
"""What keeps the profile from being prepared while the shipped world is fine: the window can
still open, read-only, if the user wants."""


def profile_folder_problem(error: Exception) -> bool:
    """True when the profile's folder (not the program's database) is what cannot be used."""
    problem = getattr(error, "problem", None)
    return isinstance(problem, api.Problem) and problem.code in PROFILE_FOLDER_PROBLEMS


def ask_to_continue_read_only(reason: str) -> bool:
    """Ask whether to open the window read-only on a profile whose folder cannot be written."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Launch", "Regio Desktop"),
        QCoreApplication.translate("Launch", "Your profile folder cannot be used."),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Launch",
            "{reason}\n\nYou can open Regio Desktop read-only: scenarios and the library work, "
            "but arguments and sources you add or change are not saved.",
        ).format(reason=reason)
    )
    read_only = box.addButton(
        QCoreApplication.translate("Launch", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("Launch", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def start_or_explain(
    app: QApplication,
    settings: AppSettings,
    db_path: Path | str | None,
    user_dir: Path,
    shipped: Path | None = None,
) -> MainWindow | None:
    """The window, or None after saying why it cannot start. A profile folder that cannot be
    written is named as such (the shipped database is fine), and the user may go on read-only;
    a team database whose server wants a password is asked for it (app/team/password_prompt)."""
    try:
        return start_window(app, settings, db_path, user_dir, shipped)
    except (api.DatabaseError, OSError) as exc:
        if isinstance(db_path, str) and asks_for_password(exc):
            try:  # the server wants a password the address and ~/.pgpass did not give
                return start_with_password(
                    db_path, lambda url: start_window(app, settings, url, user_dir, shipped)
                )
            except (api.DatabaseError, OSError) as again:
                exc = again
        reason = start_failure_text(exc)
        if db_path is None and profile_folder_problem(exc):
            if not ask_to_continue_read_only(reason):
                return None
            try:
                return start_window(app, settings, None, user_dir, shipped, read_only=True)
            except (api.DatabaseError, OSError) as again:
                reason = start_failure_text(again)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Launch", "Regio Desktop"),
            QCoreApplication.translate(
                "Launch", "The world database cannot be opened.\n\n{reason}"
            ).format(reason=reason),
        )
        return None


def run_gui(
    argv: list[str],
    db_path: Path | str | None,
    scenario_path: Path | None,
    deck_path: Path | None = None,
) -> int:
    """The interactive program; returns the exit code. Problems are shown, not raised.
    With ``deck_path`` the window opens the deck and goes straight into presentation mode.
    Without a database named on the command line, the team database remembered in the
    settings (File > Team database...) is opened, if any; else the profile."""
    app = application(argv)
    settings = AppSettings()
    if db_path is None and settings.team_database:
        db_path = settings.team_database
    window = start_or_explain(app, settings, db_path, _user_data_folder())
    if window is None:
        return 1
    window.show()
    if scenario_path is not None:
        window.open_scenario_file(scenario_path)  # a bad file gets a message naming it
    if deck_path is not None and window.decks.open_deck(deck_path):
        window.decks.present()
    return int(app.exec())
