"""The argument editor: claim, stance, target, states, themes, indicators, strength, source, quote.

On OK the record is checked against the database's codes (``store.check_argument``); problems are
shown inline and the dialog stays open. A valid record is written as one undoable edit: a new
argument (also a duplicate, or one made from a passage in the reader) or an edit of a user's one.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.api import ALIGNMENTS, STANCES, TARGET_KINDS, THEMES
from regio_desktop.app.common.citations import short_citation
from regio_desktop.app.common.indicator_labels import indicator_title
from regio_desktop.app.common.plain_text import plain_tooltip
from regio_desktop.app.common.vocabulary_labels import (
    alignment_label,
    stance_label,
    target_kind_label,
    theme_label,
)
from regio_desktop.app.documents.evidence_document import EvidenceDocument
from regio_desktop.app.library.record_editor import RecordEditor
from regio_desktop.app.library.source_editor import SourceEditor

QUOTE_HINT_WORDS = 25


def parse_states(text: str) -> tuple[str, ...]:
    """'kaz, UZB;kgz' -> ('KAZ', 'UZB', 'KGZ'): any separator, upper case, no repeats."""
    return tuple(dict.fromkeys(code.upper() for code in re.findall(r"[A-Za-z]+", text)))


class ArgumentEditor(RecordEditor[api.ArgumentRecord]):
    """Edit ``record``: with ``editing`` it replaces the stored argument, else it is added anew."""

    record_kind = api.ARGUMENT_KIND

    def __init__(
        self,
        evidence: EvidenceDocument,
        record: api.ArgumentRecord | None = None,
        *,
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(evidence, record if editing else None, parent)
        self.source_editor: SourceEditor | None = None
        if self.original is not None:
            self.setWindowTitle(self.tr("Edit argument {id}").format(id=self.original.id))
        else:
            self.setWindowTitle(self.tr("New argument"))
        self._build()
        self.fill(record)

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.claim = QPlainTextEdit()
        self.claim.setTabChangesFocus(True)
        self.claim.setPlaceholderText(self.tr("The argument in your own words, one sentence."))
        self.claim.setFixedHeight(70)
        self.stance = QComboBox()
        for stance in STANCES:
            self.stance.addItem(stance_label(stance), stance)
        self.stance.setItemData(
            self.stance.findData("context"),
            self.tr(
                "The passage describes the choice and argues neither way: shown with the "
                "choice, it adds nothing to its balance."
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.target_kind = QComboBox()
        for kind in TARGET_KINDS:
            self.target_kind.addItem(target_kind_label(kind), kind)
        self.target = QComboBox()
        self.target_kind.currentIndexChanged.connect(self._fill_targets)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_kind)
        target_row.addWidget(self.target, 1)
        self.states = QLineEdit()
        self.states.setPlaceholderText(self.tr("ISO3 codes, e.g. KAZ, UZB (empty: every state)"))
        self.theme_boxes: dict[str, QCheckBox] = {}
        themes = QGridLayout()
        for i, theme in enumerate(THEMES):
            box = QCheckBox(theme_label(theme))
            self.theme_boxes[theme] = box
            themes.addWidget(box, i // 3, i % 3)
        # The indicators the argument bears on: the panel marks it when one is selected.
        self.indicator_boxes: dict[str, QCheckBox] = {}
        indicators = QGridLayout()
        for i, code in enumerate(api.ARGUMENT_INDICATORS):
            box = QCheckBox(indicator_title(code))
            self.indicator_boxes[code] = box
            indicators.addWidget(box, i // 3, i % 3)
        self.strength = QSpinBox()
        self.strength.setRange(1, 3)
        self.strength.setToolTip(self.tr("1: weak or passing, 2: argued, 3: central and supported"))
        self.source = QComboBox()
        self.source.setMinimumContentsLength(40)
        self.source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.new_source_button = QPushButton(self.tr("New source…"))
        self.new_source_button.clicked.connect(self.new_source)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.new_source_button)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("Section or page, e.g. Discussion / p. 12"))
        self.quote = QLineEdit()
        self.quote.setPlaceholderText(self.tr("A short phrase only, not a passage"))
        quote_hint = QLabel(
            self.tr("Quote a short phrase only (at most {n} words).").format(n=QUOTE_HINT_WORDS)
        )
        quote_hint.setStyleSheet("color: #666")
        form = QFormLayout()
        form.addRow(self.tr("&Claim:"), self.claim)
        form.addRow(self.tr("S&tance:"), self.stance)
        form.addRow(self.tr("Target:"), target_row)
        form.addRow(self.tr("St&ates:"), self.states)
        form.addRow(self.tr("Themes:"), themes)
        form.addRow(self.tr("Bears on:"), indicators)
        form.addRow(self.tr("St&rength:"), self.strength)
        form.addRow(self.tr("Source:"), source_row)
        form.addRow(self.tr("&Location:"), self.location)
        form.addRow(self.tr("&Quotation:"), self.quote)
        form.addRow("", quote_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 480)

    def _fill_targets(self) -> None:
        kind = str(self.target_kind.currentData())
        current = self.target.currentData()
        self.target.clear()
        if kind == "alignment":
            for alignment in ALIGNMENTS:
                self.target.addItem(alignment_label(alignment), alignment)
        else:
            document = self.evidence.document
            for bloc in self.evidence.world.bloc_codes:
                self.target.addItem(f"{document.name(bloc)} ({bloc})", bloc)
        index = self.target.findData(current)
        if index >= 0:
            self.target.setCurrentIndex(index)

    def fill_sources(self, chosen: str = "") -> None:
        self.source.clear()
        for source_id, row in self.evidence.sources().iterrows():
            self.source.addItem(short_citation(str(row["citation"]), 70), source_id)
            self.source.setItemData(
                self.source.count() - 1,
                plain_tooltip(str(row["citation"])),
                Qt.ItemDataRole.ToolTipRole,
            )
        index = self.source.findData(chosen)
        self.source.setCurrentIndex(index if index >= 0 else -1)

    def fill(self, record: api.ArgumentRecord | None) -> None:
        """Show ``record`` in the fields (None: an empty new argument)."""
        self.fill_sources(record.source if record else "")
        if record is None:
            self._fill_targets()
            self.strength.setValue(2)
            return
        self.claim.setPlainText(record.claim)
        self.stance.setCurrentIndex(max(0, self.stance.findData(record.stance)))
        self.target_kind.setCurrentIndex(max(0, self.target_kind.findData(record.target_kind)))
        self._fill_targets()
        self.target.setCurrentIndex(self.target.findData(record.target) if record.target else -1)
        self.states.setText(", ".join(record.states))
        for theme, box in self.theme_boxes.items():
            box.setChecked(theme in record.themes)
        for code, box in self.indicator_boxes.items():
            box.setChecked(code in record.indicators)
        self.strength.setValue(record.strength)
        self.location.setText(record.location)
        self.quote.setText(record.quote)

    # --- reading the fields ------------------------------------------------------------------
    def record(self) -> api.ArgumentRecord:
        if self.original is not None:
            argument_id = self.original.id
        else:
            argument_id = self.evidence.new_argument_id()
        return api.ArgumentRecord(
            id=argument_id,
            claim=" ".join(self.claim.toPlainText().split()),
            stance=str(self.stance.currentData()),
            target_kind=str(self.target_kind.currentData()),
            target=str(self.target.currentData() or ""),
            source=str(self.source.currentData() or ""),
            states=parse_states(self.states.text()),
            themes=tuple(t for t, box in self.theme_boxes.items() if box.isChecked()),
            strength=self.strength.value(),
            location=self.location.text().strip(),
            quote=self.quote.text().strip(),
            indicators=tuple(c for c, box in self.indicator_boxes.items() if box.isChecked()),
            # The version the edit was read at: the store refuses it if someone wrote since.
            row_version=self.original.row_version if self.original is not None else 0,
        )

    # --- acting ------------------------------------------------------------------------------
    def new_source(self) -> SourceEditor:
        """Open the source editor; a saved source becomes this argument's source."""
        editor = SourceEditor(self.evidence, parent=self)
        editor.accepted.connect(lambda: self.fill_sources(editor.saved_id))
        self.source_editor = editor
        editor.open()
        return editor

    def accept(self) -> None:
        record = self.record()
        found = self.evidence.check_argument(record)
        asked: list[str] = []
        # An empty choice is worded as what to do, instead of as an unknown code.
        if not record.target:
            asked.append(self.tr("choose a target"))
            found = [p for p in found if p.code != "unknown_target"]
        if not record.source:
            asked.append(self.tr("choose a source (or add a new one)"))
            found = [p for p in found if p.code != "unknown_source"]
        problems = asked + self.evidence.words(found)
        if problems:
            self.show_problems(problems)
            return
        self.save(record)
