"""Table models of the Compare dialog: indicator values side by side, who changes, which arguments.

They only format an ``api.Comparison`` (computed by the core); none of them evaluates anything,
so the dialog decides when a comparison is recomputed and hands the result to all three at once.
Each model has its module; what they share (roles, colours, fixed columns, cell texts) is in
comparison_cells.py. This module names them together for the dialog.
"""

from __future__ import annotations

from regio_desktop.app.compare.changes_model import ChangesModel
from regio_desktop.app.compare.comparison_cells import (
    BETTER_COLOUR,
    DIFFERS_BACKGROUND,
    ENTITY,
    TITLE,
    UNCHANGED_COLOUR,
    WORSE_COLOUR,
    SortRole,
    StateRole,
    format_delta,
    header_label,
)
from regio_desktop.app.compare.differing_arguments_model import DifferingArgumentsModel, legend
from regio_desktop.app.compare.indicator_comparison_model import IndicatorComparisonModel

__all__ = [
    "BETTER_COLOUR",
    "DIFFERS_BACKGROUND",
    "ENTITY",
    "TITLE",
    "UNCHANGED_COLOUR",
    "WORSE_COLOUR",
    "ChangesModel",
    "DifferingArgumentsModel",
    "IndicatorComparisonModel",
    "SortRole",
    "StateRole",
    "format_delta",
    "header_label",
    "legend",
]
