"""Building a discovery condition from lists: entity, indicator, comparison, number, Add.

An analyst who does not remember the indicator codes picks a state (or a bloc, or the region),
one of its indicators by title, a comparison and a number, and Add appends
``ENTITY:INDICATOR op number`` to the condition, joined by ``and``; the text stays editable, and
it is what the search reads. The lists are two rows, and the combos are only as wide as a short
name (a long bloc name is elided, whole in its tooltip): the dialog must fit a 1280-pixel screen
in every language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import direction_text, indicator_title, unit_text

OPERATORS = (">", ">=", "<", "<=")
COMBO_CHARACTERS = 18
"""How many characters of a state's, a bloc's or an indicator's name the combos are wide for."""
SPIN_MIN_WIDTH = 96
"""Pixels the number needs at least: its range (any figure, to 10^12) would ask for 143."""


def _narrow(combo: QComboBox) -> None:
    """Size ``combo`` for a short name, not for the longest item (the popup stays as wide)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_CHARACTERS)
    combo.currentIndexChanged.connect(lambda _i: combo.setToolTip(combo.currentText()))


def _add_item(combo: QComboBox, text: str, data: str) -> None:
    """An item whose whole text is its tooltip (the combo may elide it)."""
    combo.addItem(text, data)
    combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)


class ConditionBuilder(QWidget):
    """One row of lists whose Add button appends a comparison to ``target``."""

    def __init__(
        self,
        target: QLineEdit,
        name: Callable[[str], str],
        parent: QWidget | None = None,
        value_of: Callable[[str, str], float | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.name = name
        # The number starts at the figure the current scenario gives the chosen indicator (a
        # fixed 50 is far off for a share of world GDP of about 2); 50 when there is none.
        self.value_of = value_of
        self.bloc_codes: frozenset[str] = frozenset()
        self.entity_combo = QComboBox()
        self.indicator_combo = QComboBox()
        self.op_combo = QComboBox()
        self.op_combo.addItems(OPERATORS)
        self.value_spin = QDoubleSpinBox()
        self.value_spin.setRange(-1e12, 1e12)
        self.value_spin.setDecimals(1)
        self.value_spin.setValue(50.0)
        self.value_spin.setMinimumWidth(SPIN_MIN_WIDTH)
        for combo in (self.entity_combo, self.indicator_combo):
            _narrow(combo)
        self.unit_label = QLabel()
        self.add_button = QPushButton(self.tr("&Add"))
        for widget, text in (
            (self.entity_combo, self.tr("State, bloc or region of the condition")),
            (self.indicator_combo, self.tr("Indicator of the condition")),
            (self.op_combo, self.tr("Comparison of the condition")),
            (self.value_spin, self.tr("Number the indicator is compared with")),
            (self.add_button, self.tr("Add this part to the condition")),
        ):
            widget.setAccessibleName(text)
        self.add_button.setToolTip(self.tr("Add this comparison to the condition, with “and”"))
        self.entity_combo.currentIndexChanged.connect(self._fill_indicators)
        self.indicator_combo.currentIndexChanged.connect(self._show_unit)
        self.add_button.clicked.connect(self.add_part)
        self.unit_label.setWordWrap(True)
        # Two rows: what is compared (entity, indicator), then how (comparison, number, unit).
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entity_combo, 0, 0)
        layout.addWidget(self.indicator_combo, 0, 1, 1, 3)
        layout.addWidget(self.op_combo, 1, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.value_spin, 1, 1)
        layout.addWidget(self.unit_label, 1, 2)
        layout.addWidget(self.add_button, 1, 3)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(2, 1)

    def fill(self, world: api.World, states: Sequence[str]) -> None:
        """Offer ``states`` (the explored ones), the main blocs of ``world`` and the region."""
        self.bloc_codes = frozenset(world.bloc_codes)
        self.entity_combo.blockSignals(True)
        self.entity_combo.clear()
        for state in states:
            _add_item(self.entity_combo, f"{self.name(state)} ({state})", state)
        for bloc in api.MAIN_BLOCS:
            if bloc in world.bloc_codes:
                _add_item(self.entity_combo, f"{self.name(bloc)} ({bloc})", bloc)
        _add_item(self.entity_combo, self.tr("The region (region)"), "region")
        self.entity_combo.blockSignals(False)
        self.entity_combo.setToolTip(self.entity_combo.currentText())
        self._fill_indicators()

    def _level(self, entity: str) -> str:
        if entity == "region":
            return "region"
        return "bloc" if entity in self.bloc_codes else "state"

    def _fill_indicators(self) -> None:
        entity = self.entity_combo.currentData()
        level = self._level(str(entity)) if entity else "state"
        self.indicator_combo.blockSignals(True)
        self.indicator_combo.clear()
        for info in api.INDICATORS:
            if info.level == level:
                _add_item(self.indicator_combo, indicator_title(info.code), info.code)
        self.indicator_combo.blockSignals(False)
        self.indicator_combo.setToolTip(self.indicator_combo.currentText())
        self._show_unit()

    def _show_unit(self) -> None:
        code = self.indicator_combo.currentData()
        if isinstance(code, str):
            self.unit_label.setText(f"{unit_text(code)}, {direction_text(code)}")
            entity = self.entity_combo.currentData()
            value = self.value_of(str(entity), code) if self.value_of and entity else None
            self.value_spin.setValue(round(value, 1) if value is not None else 50.0)
        else:
            self.unit_label.setText("")

    def add_part(self) -> None:
        """Append the built comparison to the condition, joined by ``and``."""
        entity, code = self.entity_combo.currentData(), self.indicator_combo.currentData()
        if not (isinstance(entity, str) and isinstance(code, str)):
            return
        part = f"{entity}:{code}{self.op_combo.currentText()}{self.value_spin.value():g}"
        text = self.target.text().strip()
        self.target.setText(f"{text} and {part}" if text else part)
