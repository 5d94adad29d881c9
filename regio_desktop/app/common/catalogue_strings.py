"""The engine catalogue's English titles, descriptions and units, marked for lupdate.

The engine (Qt-free) names and describes indicators in English; the window shows them through
``QCoreApplication.translate("Indicators", title)`` (and the same for descriptions). lupdate only
finds literal strings, so they are repeated here; tests/app/common/test_catalogue_strings.py fails
when the catalogue gains a title or description missing here.
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

INDICATOR_DESCRIPTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Share of the world's GDP outside the state that it reaches on preferential terms (customs union, free trade), weighted by each agreement's depth.",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators", "Trade share with Russia, Russia-led bloc ties and alignment, weighted."
    ),
    QT_TRANSLATE_NOOP(
        "Indicators", "Trade share with China, China-led bloc ties and alignment, weighted."
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Trade share with the EU, UK and USA, Western bloc ties and alignment, weighted.",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "How much of the state's trade, blocs and alignment tie it to sanctioned partners, plus sanctions on the state itself.",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Decision-making the state keeps: 100 less what it delegates to blocs, weighted by how dominant each bloc's largest member is.",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Collective-defence commitments and security cooperation the state can rely on, weighted by what its partners bring.",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "How evenly the state's ties spread across Russia, China, the West, the Turkic world and others (100 = perfectly even).",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Transit corridors the state is on, how open sanctions leave them, and how its blocs and alignment ease them.",
    ),
    QT_TRANSLATE_NOOP("Indicators", "Number of founding and full members."),
    QT_TRANSLATE_NOOP("Indicators", "GDP of the full members, current US dollars."),
    QT_TRANSLATE_NOOP("Indicators", "Population of the full members."),
    QT_TRANSLATE_NOOP(
        "Indicators", "The largest full member's share of the members' combined GDP."
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "How much of the members' alignment points to the bloc's leading pole (or, without one, to their most common pole).",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Share of the post-Soviet states' number in states whose alignment is Russia-led (Russia itself counts as Russia-led).",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Share of the post-Soviet states' number in states whose alignment is China-centred (Russia itself counts as Russia-led).",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Share of the post-Soviet states' number in states whose alignment is multi-vector (Russia itself counts as Russia-led).",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Share of the post-Soviet states' number in states whose alignment is West-oriented (Russia itself counts as Russia-led).",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Share of the post-Soviet states' population in states whose alignment is Russia-led (Russia itself counts as Russia-led).",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Share of the post-Soviet states' population in states whose alignment is China-centred (Russia itself counts as Russia-led).",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Share of the post-Soviet states' population in states whose alignment is multi-vector (Russia itself counts as Russia-led).",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Share of the post-Soviet states' population in states whose alignment is West-oriented (Russia itself counts as Russia-led).",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Share of the post-Soviet states' GDP in states whose alignment is Russia-led (Russia itself counts as Russia-led).",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Share of the post-Soviet states' GDP in states whose alignment is China-centred (Russia itself counts as Russia-led).",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Share of the post-Soviet states' GDP in states whose alignment is multi-vector (Russia itself counts as Russia-led).",
    ),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "Share of the post-Soviet states' GDP in states whose alignment is West-oriented (Russia itself counts as Russia-led).",
    ),
)
"""Tooltips and explanations: each indicator's description (``IndicatorInfo.description``)."""

UNITS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Units", "%"),
    QT_TRANSLATE_NOOP("Units", "% of world GDP outside the state"),
    QT_TRANSLATE_NOOP("Units", "US$ bn"),
    QT_TRANSLATE_NOOP("Units", "index"),
    QT_TRANSLATE_NOOP("Units", "million"),
    QT_TRANSLATE_NOOP("Units", "states"),
)
