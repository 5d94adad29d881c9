"""The engine catalogue's English titles and units, marked for lupdate.

The engine (Qt-free) names indicators in English; the window shows them through
``QCoreApplication.translate("Indicators", title)``. lupdate only finds literal strings, so they are
repeated here; tests/app/test_catalogue_strings.py fails when the catalogue gains a title missing here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

INDICATOR_TITLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Indicators", "Preferential market access"),
    QT_TRANSLATE_NOOP("Indicators", "Dependence on Russia"),
    QT_TRANSLATE_NOOP("Indicators", "Dependence on China"),
    QT_TRANSLATE_NOOP("Indicators", "Dependence on the West"),
    QT_TRANSLATE_NOOP("Indicators", "Sanctions exposure"),
    QT_TRANSLATE_NOOP("Indicators", "Autonomy"),
    QT_TRANSLATE_NOOP("Indicators", "Security coverage"),
    QT_TRANSLATE_NOOP("Indicators", "Diversification"),
    QT_TRANSLATE_NOOP("Indicators", "Transit and connectivity"),
    QT_TRANSLATE_NOOP("Indicators", "Full members"),
    QT_TRANSLATE_NOOP("Indicators", "Combined GDP"),
    QT_TRANSLATE_NOOP("Indicators", "Combined population"),
    QT_TRANSLATE_NOOP("Indicators", "Dominance of the largest member"),
    QT_TRANSLATE_NOOP("Indicators", "Cohesion of alignments"),
    QT_TRANSLATE_NOOP("Indicators", "States of the post-Soviet region, Russia-led"),
    QT_TRANSLATE_NOOP("Indicators", "States of the post-Soviet region, China-centred"),
    QT_TRANSLATE_NOOP("Indicators", "States of the post-Soviet region, multi-vector"),
    QT_TRANSLATE_NOOP("Indicators", "States of the post-Soviet region, West-oriented"),
    QT_TRANSLATE_NOOP("Indicators", "Population of the post-Soviet region, Russia-led"),
    QT_TRANSLATE_NOOP("Indicators", "Population of the post-Soviet region, China-centred"),
    QT_TRANSLATE_NOOP("Indicators", "Population of the post-Soviet region, multi-vector"),
    QT_TRANSLATE_NOOP("Indicators", "Population of the post-Soviet region, West-oriented"),
    QT_TRANSLATE_NOOP("Indicators", "GDP of the post-Soviet region, Russia-led"),
    QT_TRANSLATE_NOOP("Indicators", "GDP of the post-Soviet region, China-centred"),
    QT_TRANSLATE_NOOP("Indicators", "GDP of the post-Soviet region, multi-vector"),
    QT_TRANSLATE_NOOP("Indicators", "GDP of the post-Soviet region, West-oriented"),
)

UNITS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Units", "%"),
    QT_TRANSLATE_NOOP("Units", "US$ bn"),
    QT_TRANSLATE_NOOP("Units", "index"),
    QT_TRANSLATE_NOOP("Units", "million"),
    QT_TRANSLATE_NOOP("Units", "states"),
)
