"""Closed vocabularies shared by the schema, the data files, scenario files and the engine.

Kept in one module so that a CHECK constraint, a file validator and a combo box can never disagree.
"""

from typing import Final

MEMBERSHIP_STATUSES: Final = (
    "founding_member",
    "member",
    "associate",
    "observer",
    "dialogue_partner",
    "partner_country",
    "suspended",
    "withdrawn",
)
"""Every status a membership row may carry, from the deepest tie to none."""

FULL_STATUSES: Final = frozenset({"founding_member", "member"})
"""Statuses that carry the full rights and obligations of membership."""

ACTIVE_STATUSES: Final = frozenset(
    {"founding_member", "member", "associate", "observer", "dialogue_partner", "partner_country"}
)
"""Statuses under which a state takes part in a bloc at all (suspended and withdrawn do not)."""

STATUS_WEIGHT: Final = {
    "founding_member": 1.0,
    "member": 1.0,
    "associate": 0.5,
    "partner_country": 0.35,
    "observer": 0.2,
    "dialogue_partner": 0.1,
    "suspended": 0.0,
    "withdrawn": 0.0,
}
"""How much of a bloc's obligations and benefits a status carries (0..1), used by the indicators."""

ALIGNMENTS: Final = ("russia-led", "china-centred", "multi-vector", "west-oriented")
"""Alignment choices. The first three are the literature's choices for Central Asia; the fourth
describes the baseline of states that have turned to the EU and NATO (Baltics, Georgia, Ukraine)."""

SCENARIO_ALIGNMENTS: Final = ALIGNMENTS
EXPLORATION_ALIGNMENTS: Final = ("russia-led", "china-centred", "multi-vector")

POLES: Final = ("russia", "china", "west", "turkic", "other")

BLOC_KINDS: Final = (
    "economic_union",
    "customs_union",
    "free_trade_area",
    "single_market",
    "security_alliance",
    "political_union",
    "forum",
    "development_bank",
    "infrastructure_initiative",
    "trade_organisation",
    "partnership",
)

SOURCE_KINDS: Final = ("article", "book", "dataset", "treaty", "official", "reference", "estimate")

STANCES: Final = ("for", "against", "context")
"""How an argument row speaks to its choice: for it, against it, or ``context`` (it describes the
choice, as a passage that lists the region's security bodies does, and argues neither way). Views
group a choice's rows in this order."""
SIDES: Final = ("for", "against")
"""The stances that weigh in a choice's balance; a ``context`` row counts on neither side."""
STANCE_SIGN: Final = {"for": 1, "against": -1, "context": 0}
"""What one point of an argument's strength adds to its choice's balance."""
TARGET_KINDS: Final = ("alignment", "membership", "bloc")
THEMES: Final = (
    "economy",
    "trade_transit",
    "security",
    "sovereignty",
    "identity_culture",
    "sanctions_risk",
)
ARGUMENT_INDICATORS: Final = (
    "market_access",
    "dependence_russia",
    "dependence_china",
    "dependence_west",
    "sanctions_exposure",
    "autonomy",
    "security_coverage",
    "diversification",
    "transit_connectivity",
)
"""The indicators an argument may say it bears on: the state indicators of the engine's
catalogue (a test holds the two equal; the world layer sits below the engine)."""
CORRIDOR_ROLES: Final = ("origin", "transit", "terminal")
ORIGINS: Final = ("shipped", "user")


def sql_in(values: tuple[str, ...] | frozenset[str]) -> str:
    """Render a vocabulary as the right-hand side of an SQL ``IN`` for a CHECK constraint."""
    return "(" + ", ".join(f"'{v}'" for v in sorted(values)) + ")"


MAIN_BLOCS: Final = (
    "CIS",
    "EURASEC",
    "CU",
    "EAEU",
    "CSTO",
    "SCO",
    "BRICS",
    "OTS",
    "GUAM",
    "EAP",
    "EU",
    "NATO",
)
"""The blocs the overview views follow (bloc diagram, timeline), ordered from the Russia-led to
the Western as in the familiar diagrams of post-Soviet organisations; codes a world lacks are
skipped."""
