"""Someone changed the record you were editing: both versions side by side, and your choice (#17).

The store refused an edit (or a deletion) read at an older version (an ``api.RecordConflict``).
Nothing was lost yet: theirs is stored, yours is still in the editor. The dialog sets the two
field by field, marks the fields that differ, says who changed it last (the audit), and offers
three ways on: keep theirs (discard yours and re-read), overwrite (write yours over theirs, at
their version, so the refusal is not repeated), or merge by hand (back to the editor, yours in the
fields and theirs shown beside them). Whoever opened it carries out the choice
(record_editor.py for an edit, the window for a deletion).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.vocabulary_labels import (
    source_kind_label,
    stance_label,
    target_kind_label,
    theme_label,
)
from regio_desktop.app.documents.evidence_document import EvidenceDocument

KEEP_THEIRS, OVERWRITE, MERGE = "keep_theirs", "overwrite", "merge"
DIFFERS_COLOUR = QColor("#fff1c2")
Index = QModelIndex | QPersistentModelIndex

FIELD_LABELS: dict[str, str] = {
    "claim": QT_TRANSLATE_NOOP("ConflictDialog", "Claim"),
    "stance": QT_TRANSLATE_NOOP("ConflictDialog", "Stance"),
    "target_kind": QT_TRANSLATE_NOOP("ConflictDialog", "Target kind"),
    "target": QT_TRANSLATE_NOOP("ConflictDialog", "Target"),
    "source": QT_TRANSLATE_NOOP("ConflictDialog", "Source"),
    "states": QT_TRANSLATE_NOOP("ConflictDialog", "States"),
    "themes": QT_TRANSLATE_NOOP("ConflictDialog", "Themes"),
    "strength": QT_TRANSLATE_NOOP("ConflictDialog", "Strength"),
    "location": QT_TRANSLATE_NOOP("ConflictDialog", "Location"),
    "quote": QT_TRANSLATE_NOOP("ConflictDialog", "Quotation"),
    "indicators": QT_TRANSLATE_NOOP("ConflictDialog", "Bears on"),
    "citation": QT_TRANSLATE_NOOP("ConflictDialog", "Citation"),
    "kind": QT_TRANSLATE_NOOP("ConflictDialog", "Kind"),
    "url": QT_TRANSLATE_NOOP("ConflictDialog", "Web address"),
    "accessed": QT_TRANSLATE_NOOP("ConflictDialog", "Accessed"),
    "licence": QT_TRANSLATE_NOOP("ConflictDialog", "Licence"),
}
"""The window's name of each field a user edits, in the English the translations start from."""


def field_label(name: str) -> str:
    return QCoreApplication.translate("ConflictDialog", FIELD_LABELS.get(name, name))


def shown_value(name: str, text: str) -> str:
    """A field's value as the editor shows it: vocabulary codes by their names."""
    if not text:
        return text
    if name == "stance":
        return stance_label(text)
    if name == "target_kind":
        return target_kind_label(text)
    if name == "kind":
        return source_kind_label(text)
    if name == "themes":
        return ", ".join(theme_label(t) for t in text.split(", "))
    return text


class ComparisonModel(QAbstractTableModel):
    """The fields of the two versions: field, theirs, yours; differing rows bold and tinted."""

    def __init__(self, conflict: api.RecordConflict, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = conflict.fields()
        theirs = conflict.theirs
        self.headers = [
            self.tr("Field"),
            self.tr("Theirs (version {n})").format(n=theirs.row_version)
            if theirs is not None
            else self.tr("Theirs (deleted)"),
            self.tr("Yours (read at version {n})").format(n=conflict.read_at),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return ("≠ " if row.differs else "") + field_label(row.name)
            return shown_value(row.name, row.theirs if index.column() == 1 else row.mine)
        if role == Qt.ItemDataRole.ToolTipRole and row.differs:
            return self.tr("The two versions differ here.")
        if role == Qt.ItemDataRole.FontRole and row.differs:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.differs:
            return QBrush(DIFFERS_COLOUR)
        return None


class ConflictDialog(QDialog):
    """Both versions of a record and the three choices; ``choice`` is the one made (empty when
    the dialog was closed: the same as keeping theirs, nothing of yours was written)."""

    def __init__(
        self, evidence: EvidenceDocument, conflict: api.RecordConflict, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice = ""
        self.setWindowTitle(self.tr("Changed by someone else: {id}").format(id=conflict.mine.id))
        self.explanation = QLabel(evidence.reason(conflict) + self._last_change(evidence))
        self.explanation.setWordWrap(True)
        self.model = ComparisonModel(conflict, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox()
        self.keep_button = self._button(buttons, self.tr("Keep theirs"), KEEP_THEIRS)
        self.keep_button.setToolTip(self.tr("Discard your changes and show theirs"))
        if conflict.deleting:
            overwrite = self.tr("Delete anyway")
        elif conflict.theirs is None:
            overwrite = self.tr("Add yours back")
        else:
            overwrite = self.tr("Overwrite with yours")
        self.overwrite_button = self._button(buttons, overwrite, OVERWRITE)
        self.overwrite_button.setToolTip(self.tr("Write yours over theirs"))
        self.merge_button = self._button(buttons, self.tr("Merge by hand…"), MERGE)
        self.merge_button.setToolTip(self.tr("Edit yours again with theirs shown beside it"))
        self.merge_button.setVisible(not conflict.deleting and conflict.theirs is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 460)

    def _button(self, buttons: QDialogButtonBox, text: str, choice: str) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self.choose(choice))
        return button

    def _last_change(self, evidence: EvidenceDocument) -> str:
        """Who wrote theirs, and when, from the audit ('' when it names nobody)."""
        kind = api.ARGUMENT_KIND if self.conflict.noun == "argument" else api.SOURCE_KIND
        try:
            rows = evidence.store.history(kind, self.conflict.mine.id)
        except api.EvidenceError:
            return ""
        if not rows:
            return ""
        last = rows[0]
        return " " + self.tr("Last changed by {who} at {time} UTC.").format(
            who=last.who, time=last.at.strftime("%Y-%m-%d %H:%M")
        )

    def choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def differing(self) -> list[str]:
        """The names of the fields the two versions differ in."""
        return [row.name for row in self.model.rows if row.differs]
