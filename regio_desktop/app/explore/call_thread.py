"""One core call off the GUI thread: counting tensions, finding boxes.

Explore's extras (tension counts over the space, scenario discovery) each take from a fraction of
a second to a few seconds, too long to freeze the dialog for. The thread runs one callable and
keeps its result or its error; ``ended`` says it is over, and the dialog reads the outcome in
the GUI thread, so nothing is shared while the core runs. A thread whose result is no longer
wanted (a newer run started) is left to finish and its result dropped by its ``run_id``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal


class CallThread(QThread):
    """Runs ``function()`` once; ``result`` or ``error`` (the exception) once ``ended``."""

    ended = Signal(int)
    """The call is over; the argument is the ``run_id`` given at creation."""

    def __init__(
        self, run_id: int, function: Callable[[], object], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.run_id = run_id
        self.function = function
        self.result: object = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.result = self.function()
        except Exception as error:  # reported in the window, never a crash
            self.error = error
        self.ended.emit(self.run_id)
