"""Short bloc names for narrow places (the matrix header, tables, charts), in the user's language.

The world gives each bloc a full name ("Organisation of the Collective Security Treaty") and a
code (``CSTO``, ``UNION_STATE``). Neither fits a column: the full name is too long and a code such
as ``UNION_STATE`` is no word at all. These are the names (mostly the usual abbreviation in each
language) the matrix header shows; the full name and the code are in the tooltip. A bloc a world
adds without a short name here shows its code, underscores as spaces.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "BlocShortNames"

_SHORT_NAMES: dict[str, str] = {
    "CIS": QT_TRANSLATE_NOOP("BlocShortNames", "CIS"),
    "CIS_FTA_1994": QT_TRANSLATE_NOOP("BlocShortNames", "CIS FTA 1994"),
    "CIS_FTA": QT_TRANSLATE_NOOP("BlocShortNames", "CIS FTA 2011"),
    "CU1995": QT_TRANSLATE_NOOP("BlocShortNames", "Customs Union 1995"),
    "EURASEC": QT_TRANSLATE_NOOP("BlocShortNames", "EurAsEC"),
    "CU": QT_TRANSLATE_NOOP("BlocShortNames", "Customs Union"),
    "CES": QT_TRANSLATE_NOOP("BlocShortNames", "Common Economic Space"),
    "EAEU": QT_TRANSLATE_NOOP("BlocShortNames", "EAEU"),
    "EAEU_FTA": QT_TRANSLATE_NOOP("BlocShortNames", "EAEU FTAs"),
    "EAEU_IRN_INTERIM": QT_TRANSLATE_NOOP("BlocShortNames", "EAEU–Iran interim"),
    "UKR_FTAS": QT_TRANSLATE_NOOP("BlocShortNames", "Ukraine's FTAs"),
    "GEO_FTAS": QT_TRANSLATE_NOOP("BlocShortNames", "Georgia's FTAs"),
    "UK_PARTNERSHIPS": QT_TRANSLATE_NOOP("BlocShortNames", "UK partnerships"),
    "UNION_STATE": QT_TRANSLATE_NOOP("BlocShortNames", "Union State"),
    "CSTO": QT_TRANSLATE_NOOP("BlocShortNames", "CSTO"),
    "SHANGHAI5": QT_TRANSLATE_NOOP("BlocShortNames", "Shanghai Five"),
    "SCO": QT_TRANSLATE_NOOP("BlocShortNames", "SCO"),
    "BRICS": QT_TRANSLATE_NOOP("BlocShortNames", "BRICS"),
    "OTS": QT_TRANSLATE_NOOP("BlocShortNames", "Turkic States"),
    "GUAM": QT_TRANSLATE_NOOP("BlocShortNames", "GUAM"),
    "CICA": QT_TRANSLATE_NOOP("BlocShortNames", "CICA"),
    "AIIB": QT_TRANSLATE_NOOP("BlocShortNames", "AIIB"),
    "BRI": QT_TRANSLATE_NOOP("BlocShortNames", "Belt and Road"),
    "EAP": QT_TRANSLATE_NOOP("BlocShortNames", "Eastern Partnership"),
    "ECO": QT_TRANSLATE_NOOP("BlocShortNames", "ECO"),
    "WTO": QT_TRANSLATE_NOOP("BlocShortNames", "WTO"),
    "EU": QT_TRANSLATE_NOOP("BlocShortNames", "EU"),
    "EU_DCFTA": QT_TRANSLATE_NOOP("BlocShortNames", "EU association (DCFTA)"),
    "EU_TR_CU": QT_TRANSLATE_NOOP("BlocShortNames", "EU–Turkey customs union"),
    "NATO": QT_TRANSLATE_NOOP("BlocShortNames", "NATO"),
    "PFP": QT_TRANSLATE_NOOP("BlocShortNames", "Partnership for Peace"),
}


def bloc_short_name(code: str) -> str:
    """The bloc's short name in the user's language (its code, readable, when none is known)."""
    known = _SHORT_NAMES.get(code)
    if known is None:
        return code.replace("_", " ")
    return QCoreApplication.translate(CONTEXT, known)
