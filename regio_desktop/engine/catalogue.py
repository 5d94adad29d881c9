"""The indicator catalogue: every indicator's code, level, title, unit, scale and meaning.

Titles and descriptions are English source strings; the window translates them. The formulas are
in docs/indicators.md under the same codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

Level = Literal["state", "bloc", "region"]
Judgement = Literal["better", "worse", "same", "neutral"]

DELTA_TOLERANCE: Final = 1e-9
"""Deltas no larger than this are rounding noise: the figure is the same, not a change."""


def is_change(delta: float) -> bool:
    """Whether a delta is a change at all: larger than ``DELTA_TOLERANCE`` (NaN is none).

    The one answer to "did this figure move?" for every view that marks, colours or counts a
    change, so that the table, the map, the charts and the report cannot disagree about it."""
    return abs(delta) > DELTA_TOLERANCE  # NaN compares false


@dataclass(frozen=True)
class IndicatorInfo:
    """What an indicator is: enough for a table header, a tooltip and a chart axis."""

    code: str
    level: Level
    title: str
    unit: str
    scale: str
    description: str
    higher_is: str = "neutral"  # "better", "worse" or "neutral" for a state's own interest

    @property
    def better(self) -> str:
        """Which way is better, as the command line says it: "higher", "lower" or "neither"."""
        return {"better": "higher", "worse": "lower"}.get(self.higher_is, "neither")

    @property
    def unit_text(self) -> str:
        """The unit with its scale where that says more ("index 0–100", "US$ bn", "%")."""
        if self.unit == "index" and self.scale == "0-100":
            return "index 0–100"
        return self.unit

    def judge(self, delta: float) -> Judgement:
        """Whether a change of this indicator is better or worse for the state: "same" for a
        change within ``DELTA_TOLERANCE`` (or a missing one, NaN), "neutral" for a real change
        of an indicator with no better direction (dependences, bloc and region figures).

        Every view that colours or words a delta as good or bad asks here, so they cannot
        disagree about a direction or about what counts as no change.
        """
        if not is_change(delta):
            return "same"
        if self.higher_is not in ("better", "worse"):
            return "neutral"
        return "better" if (delta > 0) == (self.higher_is == "better") else "worse"


STATE_INDICATORS: Final = (
    IndicatorInfo(
        "market_access",
        "state",
        "Preferential market access",
        "% of world GDP outside the state",
        "0-100",
        "Share of the world's GDP outside the state that it reaches on preferential terms "
        "(customs union, free trade), weighted by each agreement's depth.",
        "better",
    ),
    IndicatorInfo(
        "dependence_russia",
        "state",
        "Dependence on Russia",
        "index",
        "0-100",
        "Trade share with Russia, Russia-led bloc ties and alignment, weighted.",
        "neutral",
    ),
    IndicatorInfo(
        "dependence_china",
        "state",
        "Dependence on China",
        "index",
        "0-100",
        "Trade share with China, China-led bloc ties and alignment, weighted.",
        "neutral",
    ),
    IndicatorInfo(
        "dependence_west",
        "state",
        "Dependence on the West",
        "index",
        "0-100",
        "Trade share with the EU, UK and USA, Western bloc ties and alignment, weighted.",
        "neutral",
    ),
    IndicatorInfo(
        "sanctions_exposure",
        "state",
        "Sanctions exposure",
        "index",
        "0-100",
        "How much of the state's trade, blocs and alignment tie it to sanctioned "
        "partners, plus sanctions on the state itself.",
        "worse",
    ),
    IndicatorInfo(
        "autonomy",
        "state",
        "Autonomy",
        "index",
        "0-100",
        "Decision-making the state keeps: 100 less what it delegates to blocs, weighted "
        "by how dominant each bloc's largest member is.",
        "better",
    ),
    IndicatorInfo(
        "security_coverage",
        "state",
        "Security coverage",
        "index",
        "0-100",
        "Collective-defence commitments and security cooperation the state can rely on, "
        "weighted by what its partners bring.",
        "better",
    ),
    IndicatorInfo(
        "diversification",
        "state",
        "Diversification",
        "index",
        "0-100",
        "How evenly the state's ties spread across Russia, China, the West, the Turkic "
        "world and others (100 = perfectly even).",
        "better",
    ),
    IndicatorInfo(
        "transit_connectivity",
        "state",
        "Transit and connectivity",
        "index",
        "0-100",
        "Transit corridors the state is on, how open sanctions leave them, and how its "
        "blocs and alignment ease them.",
        "better",
    ),
)

BLOC_INDICATORS: Final = (
    IndicatorInfo(
        "bloc_members",
        "bloc",
        "Full members",
        "states",
        "count",
        "Number of founding and full members.",
    ),
    IndicatorInfo(
        "bloc_gdp",
        "bloc",
        "Combined GDP",
        "US$ bn",
        "sum",
        "GDP of the full members, current US dollars.",
    ),
    IndicatorInfo(
        "bloc_population",
        "bloc",
        "Combined population",
        "million",
        "sum",
        "Population of the full members.",
    ),
    IndicatorInfo(
        "bloc_dominance",
        "bloc",
        "Dominance of the largest member",
        "%",
        "0-100",
        "The largest full member's share of the members' combined GDP.",
    ),
    IndicatorInfo(
        "bloc_cohesion",
        "bloc",
        "Cohesion of alignments",
        "%",
        "0-100",
        "How much of the members' alignment points to the bloc's leading pole (or, "
        "without one, to their most common pole).",
    ),
)

REGION_CATEGORIES: Final = ("russia_led", "china_centred", "multi_vector", "west_oriented")
_CATEGORY_TITLES = {
    "russia_led": "Russia-led",
    "china_centred": "China-centred",
    "multi_vector": "multi-vector",
    "west_oriented": "West-oriented",
}

REGION_INDICATORS: Final = tuple(
    IndicatorInfo(
        f"region_{measure}_{cat}",
        "region",
        f"{title} of the post-Soviet region, {_CATEGORY_TITLES[cat]}",
        "%",
        "0-100",
        f"Share of the post-Soviet states' {noun} in states whose alignment is "
        f"{_CATEGORY_TITLES[cat]} (Russia itself counts as Russia-led).",
    )
    for measure, title, noun in (
        ("states", "States", "number"),
        ("population", "Population", "population"),
        ("gdp", "GDP", "GDP"),
    )
    for cat in REGION_CATEGORIES
)

INDICATORS: Final = STATE_INDICATORS + BLOC_INDICATORS + REGION_INDICATORS
_BY_CODE: Final = {i.code: i for i in INDICATORS}


_BY_LOWER: Final = {i.code.lower(): i for i in INDICATORS}


def indicator_info(code: str) -> IndicatorInfo:
    """The catalogue entry of an indicator; KeyError names the unknown code."""
    try:
        return _BY_CODE[code]
    except KeyError:
        raise KeyError(f"unknown indicator '{code}'") from None


def find_indicator(name: str) -> IndicatorInfo | None:
    """The indicator a user typed, in any case and with spaces around (``Autonomy``), or None.

    The codes are lower case and distinct in lower case, so reading them case-insensitively is
    unambiguous, as the entity codes beside them already are (``kaz:autonomy``)."""
    return _BY_LOWER.get(name.strip().lower())
