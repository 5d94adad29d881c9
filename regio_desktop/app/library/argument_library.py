"""The arguments library: search every argument and source, open provenance, add and edit.

A live search field over claims, quotations, locations and citations (``store.search``; an
empty field lists everything), a table of arguments and a table of sources. Shipped rows are
grey and read-only: Edit and Delete are disabled for them, Duplicate makes an editable copy.
The tables' set-up is in evidence_table_view.py, what their rows show in library_rows.py.
Each action lives here once; the window's Arguments menu shows the same QAction objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from regio_desktop.app.common.actions import make_action
from regio_desktop.app.documents.evidence_document import EvidenceDocument
from regio_desktop.app.library.evidence_table_model import Column, EvidenceTableModel
from regio_desktop.app.library.evidence_table_view import evidence_table_view, fit_columns
from regio_desktop.app.library.library_rows import argument_rows, source_rows
from regio_desktop.app.library.storage_banner import StorageBanner

if TYPE_CHECKING:
    # The editors and the file transfer are imported when first used, not at start-up.
    from regio_desktop.app.library.argument_editor import ArgumentEditor
    from regio_desktop.app.library.source_editor import SourceEditor

CLAIM_CHARACTERS = 90


class ArgumentLibrary(QWidget):
    """Search, browse and edit the arguments and sources of the user's database.

    At start the library sits in a tab behind the Arguments panel, so its tables are filled
    when it first comes into view (its dock reports that to ``dock_visibility_changed``), or
    when anything reads them or the evidence changes, whichever comes first (``model`` and
    ``source_model`` fill them on first use).
    """

    provenance_requested = Signal(str)
    """Show the provenance of an argument (its id)."""
    source_requested = Signal(str)
    """Show a source and the arguments drawn from it (its id)."""

    def __init__(self, evidence: EvidenceDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence = evidence
        self._filled = False
        self.editor: ArgumentEditor | None = None
        self.source_editor: SourceEditor | None = None
        self.search_field = QLineEdit()
        self.search_field.setObjectName("argument_search")
        self.search_field.setAccessibleName(self.tr("Search arguments"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(
            self.tr("Search claims, quotations and sources (Ctrl+F)")
        )
        self.search_field.textChanged.connect(self.refresh)
        self.count_label = QLabel()
        self.legend = QLabel(
            self.tr(
                "Grey rows ship with the program and are read-only; "
                "Duplicate makes an editable copy."
            )
        )
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #6b6b6b")
        self._model = EvidenceTableModel(
            [
                Column("id", self.tr("Id")),
                Column("stance_label", self.tr("Stance")),
                Column("target_label", self.tr("Target"), width=90),
                Column("claim", self.tr("Claim"), CLAIM_CHARACTERS),
                Column("source_label", self.tr("Source"), width=90),
            ],
            self,
        )
        self.table = evidence_table_view(self._model)
        self.table.setAccessibleName(self.tr("Arguments"))
        self.table.doubleClicked.connect(lambda index: self._show_provenance(index.row()))
        self._source_model = EvidenceTableModel(
            [
                Column("id", self.tr("Id")),
                Column("citation", self.tr("Citation"), CLAIM_CHARACTERS),
                Column("kind_label", self.tr("Kind"), width=70),
                Column("count", self.tr("Arguments")),
                Column("text_label", self.tr("Text")),
            ],
            self,
        )
        self.source_table = evidence_table_view(self._source_model)
        self.source_table.setAccessibleName(self.tr("Sources"))
        self.source_table.doubleClicked.connect(lambda index: self._show_source(index.row()))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Arguments and sources"))
        self.tabs.addTab(self.table, self.tr("Arguments"))
        self.tabs.addTab(self.source_table, self.tr("Sources"))
        self._build_actions()
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_action,
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            self.provenance_action,
        ):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        self.source_toolbar = QToolBar()
        self.source_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_source_action, self.edit_source_action, self.delete_source_action):
            self.source_toolbar.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.banner = StorageBanner(evidence)  # what the database did or could not do
        layout.addWidget(self.banner)
        layout.addWidget(self.search_field)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.source_toolbar)
        layout.addWidget(self.legend)
        layout.addWidget(self.count_label)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.source_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.tabs.currentChanged.connect(self._update_actions)
        evidence.changed.connect(self.refresh)
        self._update_actions()

    @property
    def model(self) -> EvidenceTableModel:
        """The arguments table's rows (filled on first use)."""
        self._fill()
        return self._model

    @property
    def source_model(self) -> EvidenceTableModel:
        """The sources table's rows (filled on first use)."""
        self._fill()
        return self._source_model

    def _fill(self) -> None:
        if not self._filled:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # In a dock, a tab behind another counts as shown for Qt; the dock says when it is seen.
        if self._dock() is None:
            self._fill()
        super().showEvent(event)

    def dock_visibility_changed(self, visible: bool) -> None:
        """Fill the tables when the dock holding the library comes into view."""
        if visible:
            self._fill()

    def _dock(self) -> QDockWidget | None:
        dock = self.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        return dock

    def _build_actions(self) -> None:
        self.focus_search_action = make_action(
            self, self.tr("&Find argument…"), self.focus_search, QKeySequence.StandardKey.Find
        )
        self.new_action = make_action(
            self, self.tr("&New argument…"), self.new_argument, QKeySequence("Ctrl+Shift+N")
        )
        self.new_action.setIconText(self.tr("New"))
        self.edit_action = make_action(self, self.tr("&Edit argument…"), self.edit_argument)
        self.edit_action.setIconText(self.tr("Edit"))
        self.duplicate_action = make_action(
            self, self.tr("D&uplicate argument…"), self.duplicate_argument
        )
        self.duplicate_action.setIconText(self.tr("Duplicate"))
        self.delete_action = make_action(
            self, self.tr("&Delete argument"), self.delete_argument, QKeySequence.StandardKey.Delete
        )
        self.delete_action.setIconText(self.tr("Delete"))
        # Delete only when the library has the focus, never in the matrix or a text field.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self.provenance_action = make_action(
            self, self.tr("&Provenance"), self.show_provenance, QKeySequence(Qt.Key.Key_Return)
        )
        self.provenance_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.provenance_action.setIconText(self.tr("Provenance"))
        self.table.addAction(self.provenance_action)
        self.import_action = make_action(self, self.tr("&Import arguments…"), self._import_file)
        self.export_action = make_action(self, self.tr("E&xport arguments…"), self._export_file)
        self.import_action.setIconText(self.tr("Import…"))
        self.export_action.setIconText(self.tr("Export…"))
        self.new_source_action = make_action(self, self.tr("New &source…"), self.new_source)
        self.edit_source_action = make_action(self, self.tr("Edit source…"), self.edit_source)
        self.delete_source_action = make_action(self, self.tr("Delete source"), self.delete_source)
        tips = {
            self.focus_search_action: self.tr("Search the arguments by word, state or bloc"),
            self.new_action: self.tr("Write a new argument with its citation"),
            self.edit_action: self.tr("Change the selected argument"),
            self.duplicate_action: self.tr("Start a new argument from a copy of the selected one"),
            self.delete_action: self.tr("Delete the selected argument (undoable)"),
            self.provenance_action: self.tr("Where the selected argument comes from"),
            self.import_action: self.tr("Add arguments from a JSON or CSV file"),
            self.export_action: self.tr("Write the arguments to a JSON or CSV file"),
            self.new_source_action: self.tr("Add a publication that arguments can cite"),
            self.edit_source_action: self.tr("Change the selected source"),
            self.delete_source_action: self.tr("Delete the selected source if nothing cites it"),
        }
        for action, tip in tips.items():
            action.setStatusTip(tip)
        if self.evidence.readonly:
            note = self.tr("This database is open read-only.")
            for action in (
                self.new_action,
                self.duplicate_action,
                self.import_action,
                self.new_source_action,
            ):
                action.setEnabled(False)
                action.setToolTip(note)

    # --- reading -----------------------------------------------------------------------------
    def search_text(self) -> str:
        return self.search_field.text()

    def refresh(self) -> None:
        """Re-read the store: the search result (best first) or everything, and the sources."""
        self._filled = True
        chosen, chosen_source = self.selected_id(), self.selected_source_id()
        frame = self.evidence.arguments()
        text = self.search_text()
        if text.strip():
            ids = [i for i in self.evidence.search(text) if i in frame.index]
            frame = frame.loc[ids]
        sources = self.evidence.sources()
        self.model.set_frame(argument_rows(frame, sources))
        self.source_model.set_frame(
            source_rows(sources, self.evidence.arguments(), self.evidence.sources_with_text())
        )
        fit_columns(self.table, self.model)
        fit_columns(self.source_table, self.source_model)
        total = len(self.evidence.arguments()) if text.strip() else len(frame)
        self.count_label.setText(
            self.tr("{shown} of {total} argument(s)").format(shown=len(frame), total=total)
        )
        self.select(chosen)
        self._select_row(self.source_table, self.source_model.row_of(chosen_source))
        self._update_actions()

    def selected_id(self) -> str:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._model.row_id(rows[0].row()) if rows else ""

    def selected_source_id(self) -> str:
        model = self.source_table.selectionModel()
        rows = model.selectedRows() if model else []
        return self._source_model.row_id(rows[0].row()) if rows else ""

    def select(self, argument_id: str) -> None:
        self._select_row(self.table, self.model.row_of(argument_id))

    @staticmethod
    def _select_row(view: QTableView, row: int) -> None:
        if row >= 0:
            view.selectRow(row)
        else:
            view.clearSelection()

    def _update_actions(self) -> None:
        writable = not self.evidence.readonly
        row = self._model.row_of(self.selected_id())
        user_row = row >= 0 and not self._model.is_shipped(row)
        self.edit_action.setEnabled(writable and user_row)
        self.delete_action.setEnabled(writable and user_row)
        self.duplicate_action.setEnabled(writable and row >= 0)
        self.provenance_action.setEnabled(row >= 0)
        source_row = self._source_model.row_of(self.selected_source_id())
        user_source = source_row >= 0 and not self._source_model.is_shipped(source_row)
        self.edit_source_action.setEnabled(writable and user_source)
        self.delete_source_action.setEnabled(writable and user_source)
        self.source_toolbar.setVisible(self.tabs.currentWidget() is self.source_table)
        self.toolbar.setVisible(self.tabs.currentWidget() is self.table)

    # --- acting ------------------------------------------------------------------------------
    def _import_file(self) -> None:
        from regio_desktop.app.library.argument_transfer import import_arguments_file

        import_arguments_file(self, self.evidence)

    def _export_file(self) -> None:
        from regio_desktop.app.library.argument_transfer import export_arguments_file

        export_arguments_file(self, self.evidence)

    def bring_to_front(self) -> None:
        """Show the library's dock in front (the start-up has something to tell here)."""
        dock = self._dock()
        if dock is not None:
            dock.show()
            dock.raise_()

    def focus_search(self) -> None:
        self.bring_to_front()
        self.tabs.setCurrentWidget(self.table)
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _open_editor(self, editor: ArgumentEditor) -> ArgumentEditor:
        editor.accepted.connect(lambda: self._after_save(editor.saved_id))
        self.editor = editor
        editor.open()
        return editor

    def _after_save(self, argument_id: str) -> None:
        self.tabs.setCurrentWidget(self.table)
        if self.model.row_of(argument_id) < 0 and self.search_text():
            self.search_field.clear()
        self.select(argument_id)

    def new_argument(self) -> ArgumentEditor:
        from regio_desktop.app.library.argument_editor import ArgumentEditor

        return self._open_editor(ArgumentEditor(self.evidence, parent=self))

    def edit_argument(self) -> ArgumentEditor | None:
        argument_id = self.selected_id()
        if not argument_id or not self.edit_action.isEnabled():
            return None
        from regio_desktop.app.library.argument_editor import ArgumentEditor

        record = self.evidence.argument(argument_id)
        return self._open_editor(ArgumentEditor(self.evidence, record, editing=True, parent=self))

    def duplicate_argument(self) -> ArgumentEditor | None:
        argument_id = self.selected_id()
        if not argument_id:
            return None
        from regio_desktop.app.library.argument_editor import ArgumentEditor

        copy = self.evidence.duplicate(argument_id)
        return self._open_editor(ArgumentEditor(self.evidence, copy, parent=self))

    def delete_argument(self) -> bool:
        argument_id = self.selected_id()
        return bool(argument_id) and self.evidence.delete_argument(argument_id)

    def show_provenance(self) -> None:
        self._show_provenance(self.model.row_of(self.selected_id()))

    def _show_provenance(self, row: int) -> None:
        argument_id = self.model.row_id(row)
        if argument_id:
            self.provenance_requested.emit(argument_id)

    def _show_source(self, row: int) -> None:
        source_id = self.source_model.row_id(row)
        if source_id:
            self.source_requested.emit(source_id)

    def new_source(self) -> SourceEditor:
        from regio_desktop.app.library.source_editor import SourceEditor

        editor = SourceEditor(self.evidence, parent=self)
        self.source_editor = editor
        editor.open()
        return editor

    def edit_source(self) -> SourceEditor | None:
        source_id = self.selected_source_id()
        if not source_id or not self.edit_source_action.isEnabled():
            return None
        from regio_desktop.app.library.source_editor import SourceEditor

        editor = SourceEditor(self.evidence, self.evidence.source(source_id), parent=self)
        self.source_editor = editor
        editor.open()
        return editor

    def delete_source(self) -> bool:
        source_id = self.selected_source_id()
        return bool(source_id) and self.evidence.delete_source(source_id)
