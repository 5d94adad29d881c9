"""Table models of the Compare dialog: indicator values side by side, who changes, which arguments.

They only format an ``api.Comparison`` (computed by the core); none of them evaluates anything,
so the dialog decides when a comparison is recomputed and hands the result to all three at once.
Numbers stay raw under ``SortRole`` so that sorting by a delta column sorts by the figure, not by
its text.
"""

from __future__ import annotations

import itertools
import math
import textwrap

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from regio_desktop import api
from regio_desktop.app.common.citations import choice_title, short_citation
from regio_desktop.app.common.indicator_labels import (
    SHOW_ALL_STATES,
    SHOW_BLOCS,
    SHOW_REGION,
    SHOW_SELECTED,
    format_number,
    indicator_description,
    indicator_title,
)
from regio_desktop.app.common.palette import STANCE_COLOURS
from regio_desktop.app.common.vocabulary_labels import alignment_label, stance_label, status_label
from regio_desktop.app.documents.scenario_document import ScenarioDocument

ModelIndex = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2

BETTER_COLOUR = QColor("#1b7a33")
WORSE_COLOUR = QColor("#b3261e")
UNCHANGED_COLOUR = QColor("#8a8a8a")
DIFFERS_BACKGROUND = QColor("#fff4d6")
EPSILON = api.DELTA_TOLERANCE
"""Deltas no larger than this are rounding noise, not a difference between scenarios."""

HEADER_WIDTH = 20
HEADER_LINES = 2
"""Scenario names are wrapped at this many characters in column headers, so that four long
names still fit side by side instead of pushing the deltas off the screen."""

LETTERS = "ABCD"
"""Short tags of the compared scenarios, in order (A is the reference), where a column is too
narrow for a name; a legend next to the table spells them out."""

TITLE, ENTITY = 0, 1
"""The indicator model's fixed columns; values and then deltas follow, one per scenario."""


def wrapped(label: str) -> str:
    """A scenario name over at most two lines for a column header, shortened with an ellipsis
    beyond that (the header's tooltip keeps it whole)."""
    lines = textwrap.wrap(label, HEADER_WIDTH) or [label]
    if len(lines) > HEADER_LINES:
        rest = " ".join(lines[HEADER_LINES - 1 :])
        lines = [*lines[: HEADER_LINES - 1], textwrap.shorten(rest, HEADER_WIDTH, placeholder="…")]
    return "\n".join(lines)


def header_label(name: str, scenario: int, years: tuple[int, ...]) -> str:
    """A scenario's column header: its wrapped name, and its baseline year when the compared
    scenarios do not all share one (then a change may come from the year, not the choices)."""
    label = wrapped(name)
    if len(set(years)) > 1 and scenario < len(years):
        label += "\n" + QCoreApplication.translate("CompareDialog", "({year})").format(
            year=years[scenario]
        )
    return label


def format_delta(value: float) -> str:
    """A signed change; one too small for two decimals keeps two significant digits, so that a
    real but tiny change never reads as "-0.00"."""
    if not math.isnan(value) and 0 < abs(value) < 0.005:
        text = QLocale().toString(value, "g", 2)
        return "+" + text if value > 0 else text
    return format_number(value, signed=True)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _is_nan(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _text(value: object) -> str:
    return "" if _is_nan(value) else str(value)


class IndicatorComparisonModel(QAbstractTableModel):
    """``Comparison.values`` for one level (and, for states, possibly one state).

    Columns: indicator, entity, one value per scenario, one delta per non-reference scenario.
    A delta is green when it is better for the state, red when worse (``higher_is`` of the
    indicator's catalogue entry); indicators with no better direction stay uncoloured.
    """

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.comparison: api.Comparison | None = None
        self.years: tuple[int, ...] = ()
        self.mode = SHOW_SELECTED
        self.only_differing = False
        self.rows = pd.DataFrame()
        document.selection_changed.connect(self._selection_changed)

    # --- state ---------------------------------------------------------------------------------
    @property
    def names(self) -> tuple[str, ...]:
        return self.comparison.names if self.comparison is not None else ()

    def set_comparison(self, comparison: api.Comparison | None, years: tuple[int, ...]) -> None:
        self.comparison, self.years = comparison, years
        self.reload()

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.reload()

    def set_only_differing(self, only: bool) -> None:
        if only != self.only_differing:
            self.only_differing = only
            self.reload()

    def _selection_changed(self, _state: str) -> None:
        if self.mode == SHOW_SELECTED:
            self.reload()

    def differing(self, frame: pd.DataFrame) -> pd.Series:
        """Rows where some scenario's figure differs from the reference's (or only one is
        missing): what "only rows that differ" keeps."""
        names = list(self.names)
        deltas = frame[[f"delta: {name}" for name in names[1:]]]
        moved = deltas.abs().gt(EPSILON).any(axis=1)
        missing = frame[names].isna()
        return moved | (missing.any(axis=1) & ~missing.all(axis=1))

    def _rows(self) -> pd.DataFrame:
        if self.comparison is None:
            return pd.DataFrame()
        table = self.comparison.values
        if self.mode == SHOW_SELECTED:
            state = self.document.selected_state
            table = table[(table["level"] == "state") & (table["entity"] == state)]
        else:
            level = {SHOW_ALL_STATES: "state", SHOW_BLOCS: "bloc", SHOW_REGION: "region"}
            table = table[table["level"] == level[self.mode]]
        if self.only_differing and not table.empty:
            table = table[self.differing(table)]
        return table.reset_index(drop=True)

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._rows()
        self.endResetModel()

    # --- shape ---------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        n = len(self.names)
        return 0 if parent.isValid() or n == 0 else 1 + 2 * n

    def value_column(self, scenario: int) -> int:
        """The column of scenario ``scenario``'s value (0 is the reference).

        Each non-reference scenario's delta sits right after its value, so a header names a
        scenario once and the change is read next to the figure it belongs to.
        """
        return 2 if scenario == 0 else 1 + 2 * scenario

    def delta_column(self, scenario: int) -> int:
        """The column of scenario ``scenario``'s delta against the reference (1 and up)."""
        return 2 + 2 * scenario

    def _field(self, column: int) -> tuple[str, int]:
        """('value' or 'delta', scenario number) of a numeric column; ('', -1) otherwise."""
        if column == 2 and self.names:
            return "value", 0
        offset = column - 3
        if 0 <= offset < 2 * (len(self.names) - 1):
            return ("value" if offset % 2 == 0 else "delta"), offset // 2 + 1
        return "", -1

    def find_row(self, indicator: str, entity: str) -> int:
        """The row of an indicator for an entity, or -1 (tests and callers look rows up)."""
        if self.rows.empty:
            return -1
        hits = self.rows.index[
            (self.rows["indicator"] == indicator) & (self.rows["entity"] == entity)
        ]
        return int(hits[0]) if len(hits) else -1

    def number(self, row: int, column: int) -> float:
        """The raw figure behind a value or delta cell (NaN when missing)."""
        kind, scenario = self._field(column)
        name = self.names[scenario]
        raw = self.rows.at[row, name if kind == "value" else f"delta: {name}"]
        return math.nan if _is_nan(raw) else float(raw)

    def judgement(self, row: int, scenario: int) -> str:
        """'better', 'worse', 'same' or 'neutral' for a delta (``IndicatorInfo.judge``); an
        indicator missing from the catalogue is judged 'neutral' when it moves."""
        delta = self.number(row, self.delta_column(scenario))
        try:
            info = api.indicator_info(str(self.rows.at[row, "indicator"]))
        except KeyError:
            return "same" if not abs(delta) > EPSILON else "neutral"
        return info.judge(delta)

    # --- cells ---------------------------------------------------------------------------------
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        kind, scenario = self._field(column)
        if role == StateRole:
            return str(self.rows.at[row, "entity"])
        if role == SortRole:
            if kind:
                raw = self.number(row, column)
                return -math.inf if math.isnan(raw) else raw
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return indicator_title(str(self.rows.at[row, "indicator"]))
            if column == ENTITY:
                entity = str(self.rows.at[row, "entity"])
                return self.tr("Region") if entity == "region" else self.document.name(entity)
            number = self.number(row, column)
            return format_delta(number) if kind == "delta" else format_number(number)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if kind == "delta" and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            judgement = self.judgement(row, scenario)
            if role == Qt.ItemDataRole.FontRole:
                return _bold() if judgement in ("better", "worse") else None
            if judgement in ("better", "worse"):
                return QBrush(BETTER_COLOUR if judgement == "better" else WORSE_COLOUR)
            return QBrush(UNCHANGED_COLOUR) if judgement == "same" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, kind, scenario)
        return None

    def _tooltip(self, row: int, kind: str, scenario: int) -> str:
        code = str(self.rows.at[row, "indicator"])
        unit = QCoreApplication.translate("Units", _text(self.rows.at[row, "unit"]))
        parts = [indicator_description(code), self.tr("Unit: {unit}").format(unit=unit)]
        if kind == "delta":
            names = self.names
            parts.insert(
                0,
                self.tr("Change from “{reference}” to “{name}”").format(
                    reference=names[0], name=names[scenario]
                ),
            )
            judgement = self.judgement(row, scenario)
            if judgement == "better":
                parts.insert(1, self.tr("Better for the state"))
            elif judgement == "worse":
                parts.insert(1, self.tr("Worse for the state"))
        elif kind == "value":
            parts.insert(0, self.names[scenario])
        return "\n".join(part for part in parts if part)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        kind, scenario = self._field(section)
        names = self.names
        if role == Qt.ItemDataRole.DisplayRole:
            if section == TITLE:
                return self.tr("Indicator")
            if section == ENTITY:
                return self.tr("Entity")
            if kind == "value":
                return header_label(names[scenario], scenario, self.years)
            if kind == "delta":
                return self.tr("Change")
        if role == Qt.ItemDataRole.ToolTipRole and kind:
            year = self.years[scenario] if scenario < len(self.years) else ""
            if kind == "value":
                text = self.tr("{name}, baseline {year}").format(name=names[scenario], year=year)
                if scenario == 0:
                    text += "\n" + self.tr("Reference: the changes are measured against it")
                return text
            return self.tr(
                "Change from “{reference}” to “{name}”: green is better for the state, "
                "red is worse; dependence and bloc figures have no better direction"
            ).format(reference=names[0], name=names[scenario])
        return None


class ChangesModel(QAbstractTableModel):
    """``Comparison.changes``: one row per state and alignment or bloc that differs somewhere.

    Cells that differ from the reference scenario are bold on a light background, so that the
    eye finds the change without reading every label.
    """

    STATE, WHAT = 0, 1

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.names: tuple[str, ...] = ()
        self.years: tuple[int, ...] = ()
        self.rows = pd.DataFrame()

    def set_comparison(
        self, comparison: api.Comparison | None, years: tuple[int, ...] = ()
    ) -> None:
        self.beginResetModel()
        self.years = years
        if comparison is None:
            self.names, self.rows = (), pd.DataFrame()
        else:
            self.names = comparison.names
            self.rows = comparison.changes.reset_index(drop=True)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.names else 2 + len(self.names)

    def what_label(self, what: str) -> str:
        """'alignment' -> 'Alignment'; 'membership:EAEU' -> 'Membership in <bloc name>'."""
        kind, _, bloc = what.partition(":")
        if kind == "membership":
            return self.tr("Membership in {bloc}").format(bloc=self.document.name(bloc))
        return self.tr("Alignment")

    def cell_label(self, what: str, value: object) -> str:
        """A translated status or alignment; an explicit word for 'none' rather than a blank."""
        code = _text(value)
        if what.startswith("membership:"):
            return status_label(code) if code else self.tr("not a member")
        return alignment_label(code) if code else self.tr("no alignment")

    def differs(self, row: int, scenario: int) -> bool:
        names = self.names
        return _text(self.rows.at[row, names[scenario]]) != _text(self.rows.at[row, names[0]])

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        what = str(self.rows.at[row, "what"])
        scenario = column - 2
        if role == StateRole:
            return str(self.rows.at[row, "state"])
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column == self.STATE:
                return self.document.name(str(self.rows.at[row, "state"]))
            if column == self.WHAT:
                return self.what_label(what)
            return self.cell_label(what, self.rows.at[row, self.names[scenario]])
        if scenario >= 1 and self.differs(row, scenario):
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(DIFFERS_BACKGROUND)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Differs from “{reference}”: {label}").format(
                    reference=self.names[0],
                    label=self.cell_label(what, self.rows.at[row, self.names[0]]),
                )
        if role == Qt.ItemDataRole.ToolTipRole and column < 2:
            return self.tr("Click to select this state in the main window")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.STATE:
                return self.tr("State")
            if section == self.WHAT:
                return self.tr("What changes")
            if 0 <= section - 2 < len(self.names):
                return header_label(self.names[section - 2], section - 2, self.years)
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= section - 2 < len(self.names):
            name = self.names[section - 2]
            return name + ("\n" + self.tr("Reference") if section == 2 else "")
        return None


def _matched_in(text: str, names: tuple[str, ...]) -> frozenset[str]:
    """The scenarios named in an ``in_scenarios`` cell (sorted names joined by '; ').

    Splitting on '; ' would break a name that itself contains '; ', so the cell is matched
    against every subset of the compared names instead (at most 15 of them for four).
    """
    for size in range(1, len(names) + 1):
        for subset in itertools.combinations(names, size):
            if "; ".join(sorted(subset)) == text:
                return frozenset(subset)
    return frozenset(part for part in text.split("; ") if part)


def legend(names: tuple[str, ...]) -> str:
    """'A: Status quo · B: …': the key to the lettered columns."""
    return " · ".join(f"{letter}: {name}" for letter, name in zip(LETTERS, names, strict=False))


class DifferingArgumentsModel(QAbstractTableModel):
    """``Comparison.arguments``: arguments matched by some scenarios and not by others.

    Columns: state, choice, stance, claim, citation, then a tick per scenario that matches it.
    The tick columns are headed by letters (A is the reference) so that the claim and the
    citation keep the width they need to be read; header tooltips give the full names.
    """

    STATE, CHOICE, STANCE, CLAIM, CITATION = range(5)

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.names: tuple[str, ...] = ()
        self.rows = pd.DataFrame()
        self.matched: list[frozenset[str]] = []

    def set_comparison(self, comparison: api.Comparison | None) -> None:
        self.beginResetModel()
        if comparison is None:
            self.names, self.rows, self.matched = (), pd.DataFrame(), []
        else:
            self.names = comparison.names
            self.rows = comparison.arguments.reset_index(drop=True)
            self.matched = [
                _matched_in(_text(text), self.names) for text in self.rows["in_scenarios"]
            ]
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.names else 5 + len(self.names)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        record = self.rows.iloc[row]
        scenario = column - 5
        if role == StateRole:
            return str(record["state"])
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column == self.STATE:
                return self.document.name(str(record["state"]))
            if column == self.CHOICE:
                return choice_title(str(record["choice"]), self.document.name)
            if column == self.STANCE:
                return stance_label(str(record["stance"]))
            if column == self.CLAIM:
                return _text(record["claim"])
            if column == self.CITATION:
                return short_citation(_text(record["citation"]))
            return "✓" if self.names[scenario] in self.matched[row] else ""
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STANCE:
            colour = STANCE_COLOURS.get(str(record["stance"]))
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and scenario >= 0:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            if scenario >= 0:
                name = self.names[scenario]
                if name in self.matched[row]:
                    return self.tr("Matches a choice of “{name}”").format(name=name)
                return self.tr("Does not apply to “{name}”").format(name=name)
            return self.tr("{id}: {claim}\n\n{citation}").format(
                id=_text(record["id"]),
                claim=_text(record["claim"]),
                citation=_text(record["citation"]),
            )
        if role == Qt.ItemDataRole.AccessibleTextRole and scenario >= 0:
            name = self.names[scenario]
            return (
                self.tr("matches {name}") if name in self.matched[row] else self.tr("not {name}")
            ).format(name=name)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("State"),
            self.tr("Choice"),
            self.tr("Stance"),
            self.tr("Claim"),
            self.tr("Citation"),
        )
        if role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(titles):
                return titles[section]
            if 0 <= section - 5 < len(self.names):
                return LETTERS[section - 5]
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= section - 5 < len(self.names):
            return self.tr("{letter}: {name}\n✓: the argument speaks to a choice it makes").format(
                letter=LETTERS[section - 5], name=self.names[section - 5]
            )
        if role == Qt.ItemDataRole.AccessibleTextRole and 0 <= section - 5 < len(self.names):
            return self.names[section - 5]
        return None
