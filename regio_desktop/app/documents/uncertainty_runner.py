"""The ranges of the open scenario's figures, computed off the GUI thread when a chart asks.

``api.uncertainty`` evaluates the scenario a thousand and more times (seconds). The charts'
Ranges box turns the runner on; from then on each scenario the document shows gets its analysis
in a thread, with progress, while the window stays responsive. An edit during a run cancels it
(the engine honours the cancel between chunks) and starts one for the new scenario. The charts
read ``result()``, which is None until the analysis of the scenario on show is done.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from regio_desktop import api

if TYPE_CHECKING:
    from regio_desktop.app.documents.scenario_document import ScenarioDocument

DRAWS = 1000
"""Draws per analysis, as the report and ``regio-desktop uncertainty`` take by default."""
SEED = 0

_RUNNING: set[UncertaintyThread] = set()
"""Threads still running, held here so that none is collected while it runs (a document or a
runner may go first; Qt aborts on a running QThread's destruction)."""
_WATCHED: weakref.WeakSet[QCoreApplication] = weakref.WeakSet()
"""Applications whose aboutToQuit stops the running threads (connected once each)."""


def stop_all() -> None:
    """Cancel every running analysis and wait for it: at quit, before Python tears the
    threads' objects down under them."""
    for thread in list(_RUNNING):
        thread.cancel()
        thread.wait()
    _RUNNING.clear()


class UncertaintyThread(QThread):
    """One analysis. Emits ``progressed`` (whole percent, when it moves)."""

    progressed = Signal(int)

    def __init__(self, world: api.World, scenario: api.Scenario) -> None:
        super().__init__()
        self.world, self.scenario = world, scenario
        self.result: api.Uncertainty | None = None
        self.error = ""
        self._cancel = threading.Event()
        self._percent = -1

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, fraction: float) -> None:
        percent = max(0, min(100, int(fraction * 100)))
        if percent != self._percent:
            self._percent = percent
            self.progressed.emit(percent)

    def run(self) -> None:
        try:
            result = api.uncertainty(
                self.world,
                self.scenario,
                draws=DRAWS,
                seed=SEED,
                progress=self._progress,
                should_cancel=self._cancel.is_set,
            )
        except api.UncertaintyCancelled:
            return
        except Exception as error:  # reported in the window, never a crash
            self.error = str(error) or type(error).__name__
            return
        if not self._cancel.is_set():
            self.result = result


class UncertaintyRunner(QObject):
    """Keeps the analysis of the document's scenario, once ``enabled``."""

    enabled_changed = Signal(bool)
    progressed = Signal(int)
    """Whole percent of the running analysis."""
    ready = Signal()
    """The analysis of the scenario on show is done: ``result()`` has it."""
    failed = Signal(str)

    def __init__(self, document: ScenarioDocument) -> None:
        super().__init__(document)
        self.document = document
        self._enabled = False
        self._results: dict[api.Scenario, api.Uncertainty] = {}
        self._thread: UncertaintyThread | None = None
        document.changed.connect(self._document_changed)

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        if on == self._enabled:
            return
        self._enabled = on
        self.enabled_changed.emit(on)
        if on:
            self._start()
        elif self._thread is not None:
            self._thread.cancel()

    def adopt(self, result: api.Uncertainty) -> None:
        """Show an analysis already made (the report's, for its charts' error bars) and turn
        the runner on without a run: the scenario's ranges are those of ``result``."""
        self._results[result.scenario] = result
        self.set_enabled(True)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def result(self) -> api.Uncertainty | None:
        """The analysis of the scenario on show, when done (and the runner is on)."""
        if not self._enabled:
            return None
        return self._results.get(self.document.scenario)

    def _document_changed(self, _changes: object) -> None:
        if self._enabled:
            self._start()

    def _start(self) -> None:
        scenario = self.document.scenario
        if scenario in self._results:
            self.ready.emit()
            return
        if self._thread is not None:
            if self._thread.scenario != scenario:
                self._thread.cancel()  # its end starts the run for the scenario on show
            return
        app = QCoreApplication.instance()
        if app is not None and app not in _WATCHED:
            app.aboutToQuit.connect(stop_all)
            _WATCHED.add(app)
        thread = UncertaintyThread(self.document.world, scenario)
        thread.progressed.connect(self.progressed)
        thread.finished.connect(self._ended)
        self._thread = thread
        _RUNNING.add(thread)
        thread.start()
        self.progressed.emit(0)  # the bar shows at once; the engine's first report is later

    def _ended(self) -> None:
        thread = self._thread
        if thread is None:
            return
        self._thread = None
        _RUNNING.discard(thread)
        thread.deleteLater()
        if thread.result is not None:
            if len(self._results) >= 8:
                self._results.pop(next(iter(self._results)))
            self._results[thread.scenario] = thread.result
        if thread.error:
            self.failed.emit(thread.error)
        if self._enabled:
            if self.document.scenario in self._results:
                self.ready.emit()
            elif not thread.error:
                self._start()

    def wait(self) -> None:
        """Cancel a run and wait for its thread (the window closing, a test ending)."""
        if self._thread is not None:
            self._thread.cancel()
            self._thread.wait()
