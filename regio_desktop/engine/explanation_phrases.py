"""The words of a breakdown as data: a phrase code and its parameters, one English template each.

``explain`` and ``explain_change`` name every part of an indicator ("EAEU: delegation 0.20,
dominance 78%") and every formula by a ``Phrase``, as problems.py names problems: the command line
and the report use the English template kept here, the window words the same code in the user's
language (app/common/explanation_texts.py). Parameters named in ``CODE_PARAMS`` are state, bloc or
corridor codes, which whoever words the phrase may replace by names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from regio_desktop.problems import ParamValue

LARGEST_FIRST = "; the parts are taken largest first, each adding what it adds on top"

ENGLISH: Final[Mapping[str, str]] = MappingProxyType(
    {
        # Parts of a state indicator.
        "market_partner": (
            "{partner}: GDP {gdp:,.0f} bn at preferential depth {depth:.2f} through {via}"
        ),
        "dependence_trade": "trade share with {pole} {share:.0%} × {weight}",
        "dependence_bloc": "{bloc} ({status}) × {weight}",
        "dependence_alignment": "alignment {choice} × {weight}",
        "dependence_alignment_balanced": (
            "multi-vector alignment × {weight}, {share:.0%} of it on {pole}: its weight is shared "
            "out so that the ties with Russia, China and the West end as even as they can"
        ),
        "exposure_trade": "trade with {pole} ({share:.0%}, severity {severity:.2f})",
        "exposure_bloc": "{bloc}: {share:.0%} of members' GDP sanctioned",
        "exposure_alignment": "alignment {choice}",
        "exposure_own": "sanctions on {state} itself",
        "exposure_neighbours": "alignments of the states sharing {state}'s corridors",
        "autonomy_start": "starting autonomy",
        "autonomy_bloc": "{bloc}: delegation {delegation:.2f}, dominance {dominance:.0%}",
        "autonomy_alignment": "single-pole alignment ({choice})",
        "autonomy_c5": "autonomy won back by the shared multi-vector stance of {share:.0%} of the other C5 states",
        "security_bloc": "{bloc} ({status})",
        "diversification_pole": "ties with {pole}: {share:.0%} of the state's ties",
        "transit_corridor": "{corridor}: open {open:.0%}, eased {ease:.0%}",
        # Parts of a bloc or region indicator.
        "member": "{member}",
        "cohesion_member": "{member}: {share:.0%} on {pole}",
        # What remains of a change when the parts do not add up to it (they should).
        "change_unexplained": "not explained by the parts",
        # Formulas, in plain words.
        "formula_market_access": (
            "100 × Σ depth × partner's GDP / GDP of the world outside {state} ({outside:,.0f} bn, "
            "each state's latest figure up to {year}): the % of the world's economy {state} "
            "reaches on preferential terms"
        ),
        "formula_dependence": (
            "100 × (weighted trade share + weighted ties to blocs the pole leads, at most 1 + "
            "weighted alignment), at most 100"
        ),
        "formula_sanctions_exposure": (
            "100 × min(1, trade with sanctioned poles + blocs with sanctioned members + "
            "alignment with a sanctioned pole + corridor neighbours' alignments + own sanctions)"
            + LARGEST_FIRST
        ),
        "formula_autonomy": (
            "100 × product of (1 − delegation × dominance factor) over blocs, less what a "
            "shared C5 stance wins back and the cost of a single-pole alignment" + LARGEST_FIRST
        ),
        "formula_security_coverage": (
            "100 × (1 − exp(−Y)), Y = sum over blocs of status × security depth × defence "
            "multiplier × partners' share of combined GDP" + LARGEST_FIRST
        ),
        "formula_diversification": (
            "100 × Σ q·(1 − q) / (1 − 1/{poles}) = 100 × (1 − Σ q²) / (1 − 1/{poles}), "
            "q the shares of the state's ties to the {poles} poles"
        ),
        "formula_transit_connectivity": (
            "100 × (1 − exp(−Z / {scale:g})), Z = sum over open corridors of openness × "
            "({base} + {ease} ease + {affinity} alignment of the states on it with the corridor's "
            "pole)" + LARGEST_FIRST
        ),
        "formula_bloc_members": "count of founding and full members",
        "formula_bloc_gdp": "sum of the full members' GDP (US$ bn)",
        "formula_bloc_population": "sum of the full members' population (million)",
        "formula_bloc_members_partners": (
            "count of the partners with an agreement in force with {hub}; {hub}, the hub of "
            "these agreements, is not counted"
        ),
        "formula_bloc_gdp_partners": (
            "sum of the partners' GDP (US$ bn); {hub}, the hub of these agreements, is not counted"
        ),
        "formula_bloc_population_partners": (
            "sum of the partners' population (million); {hub}, the hub of these agreements, is "
            "not counted"
        ),
        "formula_bloc_dominance": "the largest full member's share of the full members' GDP (%)",
        "formula_bloc_cohesion_lead": (
            "mean over full members with an alignment of the weight of their alignment on "
            "the leading pole"
        ),
        "formula_bloc_cohesion_no_lead": (
            "mean over full members with an alignment of the weight of their alignment on "
            "the pole they weigh most on together (no lead)"
        ),
        "formula_region": "share of the post-Soviet states' total in states with this alignment",
        # Inputs.
        "input_gdp_year": "GDP from {year}",
        "input_gdp_missing": "no GDP figure",
        "input_trade_year": "trade shares from {year}",
        "input_trade_missing": "no trade shares",
        "input_memberships_on": "memberships on {date}",
        "input_alignments_on": "alignments on {date}",
    }
)

CODE_PARAMS: Final = ("partner", "via", "bloc", "state", "member", "corridor", "hub")
"""Parameters that hold a state, bloc or corridor code (a window shows its name instead)."""

IDENTITY_PARAMS: Final = ("partner", "bloc", "member", "corridor", "pole")
"""Parameters that say which part a phrase is about: the same part in the scenario and in the
baseline has the same code and the same values of these (its figures may differ)."""


POLE_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "russia": "Russia",
        "china": "China",
        "west": "the West",
        "turkic": "the Turkic world",
        "other": "another pole",
    }
)
"""A pole's English name as a phrase says it ("trade share with the West")."""


def english_value(key: str, value: ParamValue, name: Callable[[str], str]) -> ParamValue:
    """A parameter as an English reader reads it: a state, bloc or corridor code by ``name``,
    a pole by its name, a status in words ("founding member"); numbers are left to the template."""
    if key in CODE_PARAMS:
        return name(str(value))
    if key == "pole":
        return POLE_NAMES.get(str(value), str(value))
    if key == "status":
        return str(value).replace("_", " ")
    if key == "choice" and value == "pole":
        return "own pole"
    return value


@dataclass(frozen=True)
class Phrase:
    """A phrase of a breakdown: a code of ``ENGLISH`` and the parameters its template takes."""

    code: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)

    @property
    def english(self) -> str:
        """The phrase in English (the command line, the report)."""
        return ENGLISH[self.code].format(**self.params)

    def worded(self, name: Callable[[str], str]) -> str:
        """The phrase in English with codes as names (``name`` gives a state's or bloc's name,
        ``World.name``): "Russia: GDP 2,021 bn ... through Eurasian Economic Union" where
        ``english`` says "RUS: ... through EAEU". The report words its breakdown so."""
        values = {key: english_value(key, value, name) for key, value in self.params.items()}
        return ENGLISH[self.code].format(**values)

    @property
    def key(self) -> str:
        """Which part the phrase is about, the same on both sides of a change."""
        ids = (f"{name}={self.params[name]}" for name in IDENTITY_PARAMS if name in self.params)
        return "|".join((self.code, *ids))
