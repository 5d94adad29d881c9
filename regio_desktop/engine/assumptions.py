"""Every weight and estimate the indicators rest on, with its value, its reason and a plausible
range (#12 item 6).

The values are read from where the code keeps them (the scenario parameters, the constants of
indicator_values.py and consistency.py, the status weights), never copied, so this list cannot
disagree with what the engine computes. The plausible range is the span a careful analyst could
defend, narrower than the range a scenario may set a parameter to; the uncertainty analysis
varies each value over it. ``markdown_tables()`` writes the tables of docs/indicators.md, and a
test keeps the page equal to it (``python -m regio_desktop.engine.assumptions`` prints them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from regio_desktop.engine import indicator_values as iv
from regio_desktop.engine.consistency import DEEP_BLOC
from regio_desktop.engine.terms import EASE_PARTNERS
from regio_desktop.scenario.parameters import DEFAULT_PARAMETERS
from regio_desktop.world.vocabulary import STATUS_WEIGHT


@dataclass(frozen=True)
class Assumption:
    """One number the indicators use: where it lives, its value, a plausible range, and why."""

    name: str
    kind: str  # "parameter" (a scenario may override it), "constant" or "status weight"
    value: float
    low: float
    high: float
    reason: str


@dataclass(frozen=True)
class DataEstimate:
    """A column of the shipped data whose values are project estimates, and the default rule for
    how far a row's value may be off when estimate_ranges.csv documents no range for it: half
    the value either side, at most ``spread``, within the column's bounds (so a value near zero
    stays near zero)."""

    table: str
    columns: tuple[str, ...]
    spread: float
    unit: str
    reason: str


def _parameter(name: str, low: float, high: float, reason: str) -> Assumption:
    return Assumption(name, "parameter", DEFAULT_PARAMETERS[name], low, high, reason)


def _constant(name: str, value: float, low: float, high: float, reason: str) -> Assumption:
    return Assumption(name, "constant", value, low, high, reason)


def _status(status: str, low: float, high: float, reason: str) -> Assumption:
    return Assumption(
        f"status `{status}`", "status weight", STATUS_WEIGHT[status], low, high, reason
    )


ASSUMPTIONS: Final = (
    _parameter(
        "sanctions_regime",
        0.0,
        1.0,
        "A switch, not an estimate: 1 applies the regimes in force as recorded, 0 is the "
        "counterfactual of none; values between scale every severity.",
    ),
    _parameter(
        "weight_trade",
        0.35,
        0.65,
        "Trade is the best-measured tie and the one the dependence literature names first, so "
        "it carries half of a state's ties to a pole.",
    ),
    _parameter(
        "weight_institutions",
        0.15,
        0.45,
        "Memberships led by a pole are lasting commitments, but many are shallow; less than "
        "trade, more than a declaration.",
    ),
    _parameter(
        "weight_alignment",
        0.1,
        0.3,
        "A declared alignment costs little to change, so it weighs least; with the two above it "
        "sums to 1, which keeps the dependence indices within 0-100.",
    ),
    _parameter(
        "exposure_trade",
        0.3,
        0.6,
        "Secondary sanctions and export-control cases reach third states mostly through trade "
        "and payments with the sanctioned economy, so trade is the largest channel.",
    ),
    _parameter(
        "exposure_institutions",
        0.2,
        0.5,
        "A bloc with a sanctioned member shares customs territory or rules with it (re-export "
        "through the EAEU after 2022); less direct than trade.",
    ),
    _parameter(
        "exposure_alignment",
        0.1,
        0.3,
        "Declaring for a sanctioned pole is a reputational risk more than a legal one.",
    ),
    _parameter(
        "exposure_neighbours",
        0.05,
        0.2,
        "A neighbour's camp reaches a state through the goods that cross it (the EU's 2023 "
        "anti-circumvention tool targets transit countries), a weaker channel than the state's "
        "own declaration (0.2), so half of it.",
    ),
    _parameter(
        "c5_solidarity",
        0.0,
        0.4,
        "The Central Asian consultative meetings (since 2018) have no binding body, so a shared "
        "stance wins back at most a modest part of what members delegate; 0 is the reading "
        "that the format changes nothing.",
    ),
    _parameter(
        "dominance_weight",
        0.25,
        0.75,
        "Half of what a member delegates is magnified by the dominant member's share of the "
        "bloc's economy: formal votes understate a hegemon's weight, but do not vanish.",
    ),
    _parameter(
        "alignment_autonomy_cost",
        0.0,
        0.2,
        "Choosing one pole gives up the leverage of playing the poles against each other; "
        "small beside what a treaty bloc takes.",
    ),
    _parameter(
        "defence_multiplier",
        1.5,
        3.0,
        "An obligation to defend (CSTO Article 4, NATO Article 5) is worth more than "
        "cooperation without one; twice as much is the middle of a defensible span.",
    ),
    _parameter(
        "transit_sanction_factor",
        0.5,
        1.0,
        "At 1 a severity of 1 on a corridor fully exposed to it closes the corridor; lower if "
        "traders route around the measures.",
    ),
    _constant(
        "DELEGATION_CAP",
        iv.DELEGATION_CAP,
        0.99,
        0.9999,
        "A numerical guard that keeps the logarithm of the retained share finite; no shipped "
        "bloc comes near it (the EU's 0.75 is the highest delegation).",
    ),
    _constant(
        "CORRIDOR_BASE",
        iv.CORRIDOR_BASE,
        0.5,
        0.8,
        "Most of what a corridor is worth is that it is open at all; ease and alignment only "
        "adjust it, so an open corridor is worth 0.6 to 1.",
    ),
    _constant(
        "CORRIDOR_EASE",
        iv.CORRIDOR_EASE,
        0.1,
        0.3,
        "Preferential trade with the corridor's other states means fewer border costs (no "
        "customs checks inside the EAEU).",
    ),
    _constant(
        "CORRIDOR_AFFINITY",
        iv.CORRIDOR_AFFINITY,
        0.1,
        0.3,
        "Alignment with the corridor's sponsoring pole brings political support and finance "
        "for the route.",
    ),
    _constant(
        "CORRIDOR_SCALE",
        iv.CORRIDOR_SCALE,
        2.0,
        5.0,
        "Three open alternative routes put a state at 63 of 100: a landlocked state with three "
        "ways out no longer depends on one neighbour. Without it (a scale of 1) Kazakhstan, on "
        "ten corridors in 2023, would sit at 100 and no opening would show.",
    ),
    _constant(
        "SECURITY_SCALE",
        iv.SECURITY_SCALE,
        0.5,
        2.0,
        "A full defence obligation from partners with most of the bloc's GDP (a contribution "
        "near 1) puts a state at 63 of 100: covered, but not beyond doubt.",
    ),
    _constant(
        "EASE_PARTNERS",
        EASE_PARTNERS,
        1.0,
        3.0,
        "Goods cross one or two neighbours on most routes before the sea or the buyer, so free "
        "trade with two states on a corridor clears the crossings that matter; a longer route "
        "into a state without an agreement is not made harder by it.",
    ),
    _constant(
        "DEEP_BLOC",
        DEEP_BLOC,
        0.2,
        0.4,
        "Mean depth from which a bloc ties a member to its leading pole, so that aligning with "
        "another pole is a tension: the EAEU (0.4) and the EU are deep, the CIS and the SCO "
        "(about 0.2) are not.",
    ),
    _status(
        "associate",
        0.35,
        0.65,
        "An association or EU candidacy carries legal approximation and aid without a vote or "
        "full market access: half a member.",
    ),
    _status(
        "partner_country",
        0.2,
        0.5,
        "A BRICS partner country attends summits and some meetings but takes no decisions.",
    ),
    _status(
        "observer",
        0.1,
        0.3,
        "An observer attends and speaks, without obligations or a vote.",
    ),
    _status(
        "dialogue_partner",
        0.05,
        0.2,
        "A dialogue partner cooperates on chosen topics only (the SCO's lowest tier).",
    ),
)
"""Every weight and constant of the indicators. Full members weigh 1 and suspended or withdrawn
states 0 by definition; units (US$ bn, million) are not assumptions."""

DATA_ESTIMATES: Final = (
    DataEstimate(
        "blocs.csv",
        ("depth_trade", "depth_regulation", "depth_security", "depth_politics", "delegation"),
        0.15,
        "0..1",
        "Project estimates from treaty text and practice; each row's note gives the reason for "
        "its security and delegation values (security only for a defence obligation or a "
        "standing mechanism, delegation only where a body takes binding decisions). The "
        "delegation of every bloc that has one, and the depths of the blocs Central Asian "
        "states belong to, have their own range in estimate_ranges.csv.",
    ),
    DataEstimate(
        "sanctions.csv",
        ("severity", "transit"),
        0.1,
        "0..1",
        "How broad the measures are: targeted listings 0.1-0.2, sectoral measures 0.5-0.6, "
        "comprehensive regimes with secondary sanctions 0.85-0.9; and how much of them bears on "
        "transit (0 for listings of persons, 1 for bans on hauliers, shipping and payments). "
        "Every regime's severity has its band's range in estimate_ranges.csv, and its transit "
        "share the range its note gives.",
    ),
    DataEstimate(
        "corridors.csv",
        ("sanctions_exposure",),
        0.2,
        "0..1",
        "How much of a transit state's sanctions the measures make bear on the corridor; each "
        "row's note gives its reason and its own range, copied to estimate_ranges.csv (the "
        "CPC's Kazakh crude is exempt: 0.1, range 0-0.3); a corridor with no sanctioned state "
        "on it (exposure 1) takes the default rule.",
    ),
    DataEstimate(
        "trade_shares.csv",
        ("share",),
        2.0,
        "percentage points",
        "Shares of trade by pole, rounded from IMF Direction of Trade Statistics; no row has a "
        "range of its own.",
    ),
)
"""Columns of the shipped data that hold estimates rather than recorded facts."""


def assumption(name: str) -> Assumption:
    """The assumption of that name (a parameter, a constant, or ``status `<status>```)."""
    for item in ASSUMPTIONS:
        if item.name == name:
            return item
    raise KeyError(name)


def _figure(value: float) -> str:
    return f"{value:g}"


def markdown_tables() -> str:
    """The two tables of docs/indicators.md, "Assumptions and their reasons"."""
    lines = [
        "| name | kind | value | plausible range | reason |",
        "|---|---|---|---|---|",
    ]
    for a in ASSUMPTIONS:
        name = a.name if a.kind == "status weight" else f"`{a.name}`"
        lines.append(
            f"| {name} | {a.kind} | {_figure(a.value)} | {_figure(a.low)}-{_figure(a.high)} "
            f"| {a.reason} |"
        )
    lines += [
        "",
        "Without a documented range a value is drawn over value ± min(cap, half the value):",
        "",
        "| data | columns | cap ± | reason |",
        "|---|---|---|---|",
    ]
    for d in DATA_ESTIMATES:
        columns = ", ".join(f"`{c}`" for c in d.columns)
        lines.append(f"| `{d.table}` | {columns} | {_figure(d.spread)} ({d.unit}) | {d.reason} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown_tables(), end="")
