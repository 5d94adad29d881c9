"""Starting the window: the interactive program, the offscreen self-test and the screenshot.

The command line (``regio-desktop``, ``--self-test``, ``--screenshot FILE.png``) calls these.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from regio_desktop import api
from regio_desktop.app.common.vocabulary_labels import is_full_member
from regio_desktop.app.diagnostics import timing as timing_module
from regio_desktop.app.documents.evidence_document import EvidenceDocument
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.shell.main_window import MainWindow
from regio_desktop.app.shell.settings import APPLICATION, ORGANISATION, AppSettings
from regio_desktop.app.shell.theme import apply_theme
from regio_desktop.app.shell.translation import install_translators
from regio_desktop.process_clock import process_age_s
from regio_desktop.world.database import bring_up_to_date, prepare_user_database
from regio_desktop.world.resource_files import preset_scenario_paths

PREFERRED_STATE = "KAZ"
PREFERRED_BLOCS = ("CSTO", "EAEU")
SCREENSHOT_SIZE = (1400, 900)
TIMED_TOGGLES = 60


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    # Fractional scale factors (125 %, 150 %) as the desktop asks, not rounded to whole numbers.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    return QApplication(argv)


def _offscreen() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _scratch_folder(prefix: str) -> Path:
    """A throw-away folder, removed when the process ends (also after a failure)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _scratch_settings() -> AppSettings:
    """Settings in a throw-away INI file, so the self-test and screenshots leave no trace."""
    folder = _scratch_folder("regio-settings-")
    return AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))


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
) -> MainWindow:
    """A main window on a fresh document for ``world``, with a state already selected.

    ``store`` holds the analyst's arguments (the user's writable database); without one the
    world's own file is opened read-only, so the library can be read but not edited.
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
    evidence = EvidenceDocument(document, store)
    window = MainWindow(document, settings, evidence)
    document.select_state(initial_state(world, settings.selected_state))
    return window


def _user_data_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def start_window(
    app: QApplication,
    settings: AppSettings,
    db_path: Path | None,
    user_dir: Path,
    shipped: Path | None = None,
) -> MainWindow:
    """What every start does, in order: language, theme, the user's working database (made
    from the shipped one on first run, in ``user_dir``) or the given one, the world, the window
    with its argument store, and the scenarios from the literature listed, ready to step through.
    ``shipped`` stands in for the program's own database (the self-test starts from any file).

    Raises DatabaseError or OSError when the database cannot be used.
    """
    install_translators(app, settings.language)  # parented to the application, which keeps them
    apply_theme(app, settings.theme)
    if db_path is not None:
        bring_up_to_date(db_path)  # a file from an older version is upgraded (with a backup)
    path = db_path if db_path is not None else prepare_user_database(user_dir, shipped)
    world = api.load_world(path)
    window = open_window(world, settings, None, settings.language, api.ArgumentStore(path))
    window.session.open_presets(preset_scenario_paths())
    return window


def run_gui(argv: list[str], db_path: Path | None, scenario_path: Path | None) -> int:
    """The interactive program; returns the exit code. Problems are shown, not raised."""
    app = _application(argv)
    try:
        window = start_window(app, AppSettings(), db_path, _user_data_folder())
    except (api.DatabaseError, OSError) as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Launch", "Regio Desktop"),
            QCoreApplication.translate(
                "Launch", "The world database cannot be opened.\n\n{reason}"
            ).format(reason=exc),
        )
        return 1
    window.show()
    if scenario_path is not None:
        window.open_scenario_file(scenario_path)  # a bad file gets a message naming it
    return int(app.exec())


def _table_values(window: MainWindow) -> list[float]:
    model = window.indicator_panel.model
    return [float(v) for v in model.rows["value"]] if not model.rows.empty else []


def _pick_bloc(document: ScenarioDocument, state: str) -> str | None:
    blocs = document.world.bloc_codes
    ordered = [b for b in PREFERRED_BLOCS if b in blocs] + [
        b for b in blocs if b not in PREFERRED_BLOCS
    ]
    for bloc in ordered:
        if is_full_member(document.status(state, bloc)):
            return bloc
    return ordered[0] if ordered else None


def self_test(db_path: Path | None, timing: bool = False) -> int:
    """Drive the window offscreen like a user would; 0 when every step changed the figures.

    The window starts as ``regio-desktop`` starts it, as on a first run: the database (the
    shipped one, or ``db_path``) is copied into a throw-away data folder, and settings are
    throw-away too. With ``timing``, also print (as the last lines) the click-to-repaint times
    over 60 edits made through the widgets and the seconds from process start to an interactive
    window.
    """
    _offscreen()
    app = _application(sys.argv[:1])
    user_dir = _scratch_folder("regio-self-test-")
    try:
        window = start_window(app, _scratch_settings(), None, user_dir, shipped=db_path)
    except (api.DatabaseError, OSError) as exc:
        print(f"self-test failed: cannot load the world: {exc}")
        return 1
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QApplication.processEvents()
    window.repaint()
    startup = process_age_s()
    failures = _self_test_steps(window)
    timings: list[float] = []
    if timing and not failures:
        document = window.document
        state = document.selected_state
        bloc = _pick_bloc(document, state)
        if bloc is not None and state in window.alignment_panel.combos:
            timings = timing_module.toggle_timings(window, state, bloc, TIMED_TOGGLES)
        else:
            failures.append("no state and bloc to time toggles on")
    window.close_discarding()
    window.evidence.store.close()
    for failure in failures:
        print(f"self-test failed: {failure}")
    if not failures:
        print("self-test passed: membership toggle and alignment change recomputed the indicators")
    if timings:
        median = timing_module.percentile(timings, 0.5)
        p95 = timing_module.percentile(timings, 0.95)
        print(f"toggles={len(timings)} max_ms={max(timings):.2f}")
        print(f"toggle_to_repaint_ms median={median:.2f} p95={p95:.2f}")
        print(f"startup_s {startup:.3f}")
    return 1 if failures else 0


def _self_test_steps(window: MainWindow) -> list[str]:
    document = window.document
    state = document.selected_state
    if not state:
        return ["no state to select"]
    bloc = _pick_bloc(document, state)
    if bloc is None:
        return ["the world has no blocs"]
    failures: list[str] = []
    before = _table_values(window)
    if not before:
        failures.append(f"the indicator table shows no figures for {state}")
    view = window.matrix
    index = view.matrix_model.index_of(state, bloc)
    view.scrollTo(index)
    QTest.mouseDClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.visualRect(index).center(),
    )
    QApplication.processEvents()
    if document.scenario.membership_edit(state, bloc) is None:
        failures.append(f"double-clicking the {state}/{bloc} cell did not edit the scenario")
    after_toggle = _table_values(window)
    if after_toggle == before:
        failures.append(f"toggling {state} in {bloc} changed no value in the indicator table")
    combo = window.alignment_panel.combos.get(state)
    if combo is None:
        failures.append(f"the alignment panel has no choice for {state}")
        return failures
    old = combo.chosen()
    combo.setFocus()
    QTest.keyClick(
        combo, Qt.Key.Key_Down if combo.currentIndex() < combo.count() - 1 else Qt.Key.Key_Up
    )
    QApplication.processEvents()
    if document.scenario.alignment_map.get(state) in (None, old):
        failures.append(f"choosing in the alignment combo of {state} did not change its alignment")
    elif _table_values(window) == after_toggle:
        failures.append(
            f"changing the alignment of {state} changed no value in the indicator table"
        )
    if document.undo_stack.count() != 2:
        failures.append(f"expected 2 undo steps, found {document.undo_stack.count()}")
    return failures


def screenshot(
    path: Path, db_path: Path | None, scenario_path: Path | None, language: str = "en"
) -> int:
    """Render the main window offscreen at 1400x900 with a state selected and save it as PNG."""
    _offscreen()
    app = _application(sys.argv[:1])
    translators = install_translators(app, language)
    try:
        world = api.load_world(db_path)
        scenario = api.read_scenario(scenario_path) if scenario_path is not None else None
        problems = api.validate(world, scenario) if scenario is not None else []
        if problems:
            raise api.ScenarioError(problems)
    except (api.DatabaseError, api.ScenarioFileError, api.ScenarioError, OSError) as exc:
        print(f"screenshot failed: {exc}", file=sys.stderr)
        return 2
    window = open_window(world, _scratch_settings(), None, language)
    window.session.open_presets(preset_scenario_paths())
    if scenario_path is not None:
        window.session.open_file(scenario_path)  # already validated above
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QApplication.processEvents()
    window.matrix.setFocus()
    QApplication.processEvents()
    if not window.grab().save(str(path), "PNG"):
        print(f"screenshot failed: cannot write {path}")
        return 1
    window.close_discarding()
    for translator in translators:
        app.removeTranslator(translator)
    return 0
