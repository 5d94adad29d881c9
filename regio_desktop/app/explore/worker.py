"""Running ``api.explore`` off the GUI thread, with progress and a cancel the engine honours.

The engine is pure and knows nothing of threads: it takes a progress callable and a
``should_cancel`` callable. This thread passes it a callable that emits a (throttled) signal and
one that reads a flag the window sets, so the window stays responsive however many combinations
there are. Which choices drive each objective (``api.exploration_drivers``) is worked out here
too, after the run, so the window only shows it. The outcome is kept on the thread object and announced by ``ended``; the window reads
it in the GUI thread once the run is over, so no result is ever shared while the engine runs.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

import pandas as pd
from PySide6.QtCore import QObject, QThread, Signal

from regio_desktop import api

Outcome = Literal["", "done", "cancelled", "failed"]
EXPLORE_SHARE = 0.2
"""Share of the progress bar the exploration takes when the draws of the estimates follow."""


class ExploreFunction(Protocol):
    """What the thread calls: ``api.explore`` or a stand-in with the same keywords (tests)."""

    def __call__(
        self,
        world: api.World,
        base: api.Scenario,
        states: Sequence[str],
        choices: Sequence[str],
        *,
        toggles: Sequence[tuple[str, str]],
        objectives: Sequence[str],
        aggregation: api.Aggregation,
        samples: int,
        seed: int,
        progress: Callable[[float], None],
        should_cancel: Callable[[], bool],
    ) -> api.Exploration: ...


@dataclass(frozen=True)
class ExplorationRequest:
    """Everything one run needs, captured when Run is pressed (later edits do not leak in)."""

    world: api.World
    base: api.Scenario
    states: tuple[str, ...]
    objectives: tuple[str, ...]
    samples: int = 500
    seed: int = 0
    choices: tuple[str, ...] = api.EXPLORATION_ALIGNMENTS
    aggregation: api.Aggregation = field(default_factory=api.Aggregation)
    toggles: tuple[tuple[str, str], ...] = ()
    pareto_draws: int = 0
    """Draws of the estimates after the run, for how often each combination stays efficient."""
    stream: bool = False
    """Stream the run (``api.explore(stream=True)``): more combinations than a scatter shows."""


class ExplorationThread(QThread):
    """One exploration run. Emits ``progressed`` (percent) and ``ended`` (the run's number)."""

    progressed = Signal(int)
    """Whole percent done; emitted only when it moves, so a fast engine does not flood the queue."""
    ended = Signal(int)
    """The run is over (done, cancelled or failed); read ``outcome``, ``result`` and ``error``."""

    def __init__(
        self,
        run_id: int,
        request: ExplorationRequest,
        function: ExploreFunction,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.run_id = run_id
        self.request = request
        self.function = function
        self.outcome: Outcome = ""
        self.result: api.Exploration | None = None
        self.drivers: pd.DataFrame | None = None
        self.error = ""
        self._cancel = threading.Event()
        self._percent = -1
        self._drawn = 0.0
        self.draw_seconds = 0.0
        """How long testing the front against the draws of the estimates took (0 without)."""

    def cancel(self) -> None:
        """Ask the engine to stop at its next check; safe to call from any thread, repeatedly."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, fraction: float) -> None:
        # With the front's test, the exploration is the first fifth and the draws the rest.
        if self.request.pareto_draws:
            fraction = fraction * EXPLORE_SHARE + (1.0 - EXPLORE_SHARE) * self._drawn
        percent = max(0, min(100, int(fraction * 100)))
        if percent != self._percent:
            self._percent = percent
            self.progressed.emit(percent)

    def _drawn_progress(self, fraction: float) -> None:
        self._drawn = fraction
        self._progress(1.0)

    def _with_pareto_share(self, result: api.Exploration) -> api.Exploration:
        """The exploration with a ``pareto_share`` column: the share of draws of the estimates
        in which each combination is Pareto-efficient."""
        started = time.perf_counter()
        shares = api.pareto_frequency(
            self.request.world,
            self.request.base,
            result,
            draws=self.request.pareto_draws,
            seed=self.request.seed,
            progress=self._drawn_progress,
            should_cancel=self._cancel.is_set,
        )
        self.draw_seconds = time.perf_counter() - started
        return dataclasses.replace(result, table=result.table.assign(pareto_share=shares))

    def run(self) -> None:
        request = self.request
        try:
            result = self.function(
                request.world,
                request.base,
                request.states,
                request.choices,
                toggles=request.toggles,
                objectives=request.objectives,
                aggregation=request.aggregation,
                samples=request.samples,
                seed=request.seed,
                progress=self._progress,
                should_cancel=self._cancel.is_set,
                **({"stream": True} if request.stream else {}),
            )
            # A streamed result holds only the kept rows: the drivers and the Pareto share
            # need every combination, so they are left out (the window says so).
            drivers = None if result.streamed else api.exploration_drivers(result)
            if request.pareto_draws and not result.streamed:
                result = self._with_pareto_share(result)
        except api.ExplorationCancelled:
            self.outcome = "cancelled"
        except Exception as error:  # a failed run is reported in the window, never a crash
            self.outcome = "failed"
            self.error = str(error) or type(error).__name__
        else:
            # A cancel that arrived after the engine's last check still means "no results".
            if self._cancel.is_set():
                self.outcome = "cancelled"
            else:
                self.outcome = "done"
                self.result = result
                self.drivers = drivers
        self.ended.emit(self.run_id)
