"""Spreadsheet cells that cannot run: every exported text cell that a spreadsheet would read as
a formula is neutralised, as OWASP's "CSV injection" guidance recommends.

A claim, a scenario name or a citation is text a user (or a colleague's import) wrote; opened in
Excel or LibreOffice, ``=HYPERLINK(...)``, ``+cmd|...`` or ``@SUM(...)`` in a CSV or XLSX cell
would become a live formula. Such text gets a leading apostrophe, which spreadsheets show as text
and hide; numbers stay numbers. The argument import drops that apostrophe again (``restore``),
so an export and re-import gives back the text as it was.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP)."""
GUARD = "'"


def safe_cell(value: Any) -> Any:
    """``value`` as it may be written to a CSV or XLSX cell."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return GUARD + value
    return value


def restore(value: Any) -> Any:
    """Undo ``safe_cell`` on a value read back from an exported file."""
    if isinstance(value, str) and value.startswith(GUARD) and value[1:2] in FORMULA_STARTS:
        return value[1:]
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells and column names are safe to open in a spreadsheet;
    numeric columns are left as they are."""
    out = frame.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]):
            out[column] = out[column].map(safe_cell)
    out.columns = [safe_cell(str(c)) for c in out.columns]
    return out
