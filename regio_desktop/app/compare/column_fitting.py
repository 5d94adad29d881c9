"""Column widths and wrapped rows of the Changes and Arguments tabs of the Compare dialog.

Both tables wrap long texts (bloc names, claims), and a wrapped row's height depends on its
column's width, which is only known once the tab is shown and laid out. ``ColumnFitter`` watches
the two tables (model resets, column resizes, viewport resizes) and re-measures in one pass after
a burst of them; the tables and models themselves know nothing of it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from regio_desktop.app.compare.changes_model import ChangesModel
from regio_desktop.app.compare.differing_arguments_model import DifferingArgumentsModel

MIN_WHAT_WIDTH = 180
"""The narrowest "What changes" column, wrapping long bloc names, that still reads well."""
CITATION_WIDTH = 170


class ColumnFitter(QObject):
    """Keeps "What changes" as wide as the table allows and every wrapped row tall enough."""

    def __init__(
        self,
        changes_view: QTableView,
        changes_model: ChangesModel,
        arguments_view: QTableView,
        arguments_model: DifferingArgumentsModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.changes_view = changes_view
        self.arguments_view = arguments_view
        # Wrapped rows are re-measured once the column widths settle (after a reset, a resize
        # of the dialog or of a column); the timer folds a burst of resizes into one pass.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self._fit_rows)
        for view in (changes_view, arguments_view):
            view.viewport().installEventFilter(self)
            view.horizontalHeader().sectionResized.connect(lambda *_args: self._rows_timer.start())
        changes_model.modelReset.connect(self._fit_changes_columns)
        arguments_model.modelReset.connect(self._fit_argument_rows)

    def _fit_rows(self) -> None:
        self._fit_what_column()
        self.changes_view.resizeRowsToContents()
        self.arguments_view.resizeRowsToContents()

    def _fit_changes_columns(self) -> None:
        """ "What changes" is sized by hand (see _fit_what_column); a reset recreates the header's
        sections and forgets their modes, so they are set again after every reset."""
        header = self.changes_view.horizontalHeader()
        if header.count() > ChangesModel.WHAT:
            header.setSectionResizeMode(ChangesModel.WHAT, QHeaderView.ResizeMode.Interactive)
        self._rows_timer.start()

    def _fit_what_column(self) -> None:
        """ "What changes" gets its full width when the table has room, and wraps long bloc names
        (down to a readable minimum) when it has not, so the scenario columns stay in view."""
        header = self.changes_view.horizontalHeader()
        if header.count() <= ChangesModel.WHAT:
            return
        others = sum(header.sectionSize(s) for s in range(header.count()) if s != ChangesModel.WHAT)
        room = self.changes_view.viewport().width() - others
        # The delegate's size hint of wrapped text is its wrapped width; measure one line instead.
        metrics = self.changes_view.fontMetrics()
        model = self.changes_view.model()
        texts = [str(model.index(r, ChangesModel.WHAT).data()) for r in range(model.rowCount())]
        wanted = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 12
        width = max(MIN_WHAT_WIDTH, min(wanted, room))
        if header.sectionSize(ChangesModel.WHAT) != width:
            header.resizeSection(ChangesModel.WHAT, width)

    def _fit_argument_rows(self) -> None:
        """Claims take the spare width and wrap over a few lines; the citation keeps a readable
        width and is elided (its tooltip has it whole)."""
        header = self.arguments_view.horizontalHeader()
        if header.count() > DifferingArgumentsModel.CITATION:
            header.setSectionResizeMode(
                DifferingArgumentsModel.CLAIM, QHeaderView.ResizeMode.Stretch
            )
            header.setSectionResizeMode(
                DifferingArgumentsModel.CITATION, QHeaderView.ResizeMode.Interactive
            )
            header.resizeSection(DifferingArgumentsModel.CITATION, CITATION_WIDTH)
        self._rows_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Wrapped rows and the "What changes" width depend on the tables' width, which is only
        known once a tab is shown and laid out: refit whenever a table's viewport resizes."""
        if event.type() == QEvent.Type.Resize:
            self._rows_timer.start()
        return super().eventFilter(watched, event)
