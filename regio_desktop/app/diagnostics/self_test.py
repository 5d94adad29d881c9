"""The offscreen self-test: start the window as a user would, edit through the widgets, check.

``regio-desktop --self-test`` runs it; with ``--timing`` it also prints click-to-repaint and
start-up times.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from regio_desktop import api
from regio_desktop.api import process_age_s
from regio_desktop.app.common.vocabulary_labels import is_full_member
from regio_desktop.app.diagnostics import timing as timing_module
from regio_desktop.app.diagnostics.packaged_files import missing_pieces
from regio_desktop.app.diagnostics.scratch import scratch_folder, scratch_settings
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.shell.launch import application, start_window, use_offscreen
from regio_desktop.app.shell.main_window import MainWindow

PREFERRED_BLOCS = ("CSTO", "EAEU")
WINDOW_SIZE = (1400, 900)
TIMED_TOGGLES = 60


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
    use_offscreen()
    app = application(sys.argv[:1])
    user_dir = scratch_folder("regio-self-test-")
    try:
        window = start_window(app, scratch_settings(), None, user_dir, shipped=db_path)
    except (api.DatabaseError, OSError) as exc:
        # A database that cannot be used is bad input (exit 2), not a failed self-test.
        print(f"error: self-test cannot load the world: {exc}", file=sys.stderr)
        return 2
    window.resize(*WINDOW_SIZE)
    window.show()
    QApplication.processEvents()
    window.repaint()
    startup = process_age_s()
    failures = missing_pieces(app) + _self_test_steps(window) + _presentation_steps(window)
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
        print(
            "self-test passed: membership toggle and alignment change recomputed the indicators; "
            "presentation mode opened, blanked and left"
        )
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


def _presentation_steps(window: MainWindow) -> list[str]:
    """F5 presents the scenario on show (the deck is empty), B blanks, Esc twice leaves: the
    bundle carries what presentation mode needs (pyqtgraph, the map, the translations)."""
    QTest.keyClick(window, Qt.Key.Key_F5)
    QApplication.processEvents()
    shown = window.decks.presentation
    if shown is None or not shown.isVisible():
        return ["F5 did not open presentation mode"]
    failures = []
    if shown.title.text() != window.document.scenario.name:
        failures.append("presentation mode does not show the scenario on show")
    QTest.keyClick(shown, Qt.Key.Key_B)
    if not shown.blanked:
        failures.append("B did not blank the presentation")
    QTest.keyClick(shown, Qt.Key.Key_Escape)
    QTest.keyClick(shown, Qt.Key.Key_Escape)
    QApplication.processEvents()
    if shown.isVisible():
        failures.append("Esc did not leave presentation mode")
    return failures
