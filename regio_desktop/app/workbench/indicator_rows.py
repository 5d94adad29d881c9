"""The indicator table's rows as plain lists, read from an evaluation: all of them for a new mode,
state or scenario, or only the figures of the entities an edit moved.

Kept apart from the Qt model so that what is read, and when a reset is needed, reads in one place.
"""

from __future__ import annotations

import math
from collections.abc import Collection

import pandas as pd

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import SHOW_ALL_STATES, SHOW_SELECTED, rows_shown

Columns = dict[str, list[object]]
"""The rows by column name (``COLUMN_NAMES``), one list per column."""
COLUMN_NAMES = ("entity", "indicator", "value", "baseline", "delta", "unit")


def same_number(a: object, b: object) -> bool:
    """Equal figures, counting two missing ones (NaN) as equal."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def read_columns(
    evaluation: api.Evaluation, mode: str, state: str, shown: Collection[str] | None = None
) -> tuple[Columns, pd.DataFrame | None]:
    """The rows ``mode`` shows as lists, and as a frame when one was made on the way.

    One state's rows (the usual view) are read from the evaluation's arrays, in the order of the
    indicator table; filtering the long table costs more than the whole update.
    """
    if mode == SHOW_SELECTED:
        infos = [info for info in api.INDICATORS if info.level == "state"]
        figures = evaluation.state_figures(state, [info.code for info in infos])
        if figures is not None:
            value, base = figures
            columns: Columns = {
                "entity": [state] * len(infos),
                "indicator": [info.code for info in infos],
                "value": list(value),
                "baseline": list(base),
                "delta": [v - b for v, b in zip(value, base, strict=True)],
                "unit": [info.unit for info in infos],
            }
            return columns, None
    rows = rows_shown(evaluation.indicators, mode, state, shown).reset_index(drop=True)
    return {name: rows[name].tolist() for name in COLUMN_NAMES}, rows


def moved_figures(
    evaluation: api.Evaluation,
    mode: str,
    columns: Columns,
    rows_of: dict[str, list[int]],
    moved: frozenset[str],
) -> dict[int, tuple[float, float]] | None:
    """The value and baseline of each row of the ``moved`` entities, read from ``evaluation``;
    None when the rows themselves come or go (a bloc gains or loses its full members)."""
    figures: dict[int, tuple[float, float]] = {}
    if mode in (SHOW_SELECTED, SHOW_ALL_STATES):
        for entity in moved & rows_of.keys():
            rows = rows_of[entity]
            read = evaluation.state_figures(entity, [str(columns["indicator"][r]) for r in rows])
            if read is None:
                return None
            figures.update(zip(rows, zip(*read, strict=True), strict=True))
        return figures
    table = rows_shown(evaluation.indicators, mode, "")
    if (
        table["entity"].tolist() != columns["entity"]
        or table["indicator"].tolist() != columns["indicator"]
    ):
        return None
    values, baselines = table["value"].tolist(), table["baseline"].tolist()
    for entity in moved & rows_of.keys():
        figures.update((row, (values[row], baselines[row])) for row in rows_of[entity])
    return figures
