"""Short indicator titles for narrow columns, in the user's language.

The catalogue's titles ("Dependence on the West", "GDP of the post-Soviet region, West-oriented")
are right for a tooltip, a breakdown or a report, but a table column at a dock's first width
cuts them to "Dependence on C..." and "Зависи...", where the three dependences cannot be told
apart. These keep the word that tells an indicator from its neighbours; the full title stays in
the tooltip. An indicator without a short title here shows its full one.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from regio_desktop.app.common.indicator_labels import indicator_title

CONTEXT = "IndicatorShort"

_SHORT_TITLES: dict[str, str] = {
    "market_access": QT_TRANSLATE_NOOP("IndicatorShort", "Market access"),
    "dependence_russia": QT_TRANSLATE_NOOP("IndicatorShort", "Dep. on Russia"),
    "dependence_china": QT_TRANSLATE_NOOP("IndicatorShort", "Dep. on China"),
    "dependence_west": QT_TRANSLATE_NOOP("IndicatorShort", "Dep. on the West"),
    "transit_connectivity": QT_TRANSLATE_NOOP("IndicatorShort", "Transit"),
    "bloc_members": QT_TRANSLATE_NOOP("IndicatorShort", "Members"),
    "bloc_gdp": QT_TRANSLATE_NOOP("IndicatorShort", "GDP"),
    "bloc_population": QT_TRANSLATE_NOOP("IndicatorShort", "Population"),
    "bloc_dominance": QT_TRANSLATE_NOOP("IndicatorShort", "Dominance"),
    "bloc_cohesion": QT_TRANSLATE_NOOP("IndicatorShort", "Cohesion"),
    "region_states_russia_led": QT_TRANSLATE_NOOP("IndicatorShort", "States: Russia-led"),
    "region_states_china_centred": QT_TRANSLATE_NOOP("IndicatorShort", "States: China-centred"),
    "region_states_multi_vector": QT_TRANSLATE_NOOP("IndicatorShort", "States: multi-vector"),
    "region_states_west_oriented": QT_TRANSLATE_NOOP("IndicatorShort", "States: West-oriented"),
    "region_population_russia_led": QT_TRANSLATE_NOOP("IndicatorShort", "Population: Russia-led"),
    "region_population_china_centred": QT_TRANSLATE_NOOP(
        "IndicatorShort", "Population: China-centred"
    ),
    "region_population_multi_vector": QT_TRANSLATE_NOOP(
        "IndicatorShort", "Population: multi-vector"
    ),
    "region_population_west_oriented": QT_TRANSLATE_NOOP(
        "IndicatorShort", "Population: West-oriented"
    ),
    "region_gdp_russia_led": QT_TRANSLATE_NOOP("IndicatorShort", "GDP: Russia-led"),
    "region_gdp_china_centred": QT_TRANSLATE_NOOP("IndicatorShort", "GDP: China-centred"),
    "region_gdp_multi_vector": QT_TRANSLATE_NOOP("IndicatorShort", "GDP: multi-vector"),
    "region_gdp_west_oriented": QT_TRANSLATE_NOOP("IndicatorShort", "GDP: West-oriented"),
}


def indicator_short_title(code: str) -> str:
    """The indicator's short title in the user's language (its full title when it has none)."""
    short = _SHORT_TITLES.get(code)
    return indicator_title(code) if short is None else QCoreApplication.translate(CONTEXT, short)
