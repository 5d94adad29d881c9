"""The report's words for the uncertainty analysis: each figure's range, and what moves it most.

A figure printed alone reads as more certain than the estimates under it allow; the report
prints the range its draws span ("54.3 (50.1–57.0)") next to it, says once how the range was
made, and names for each state the estimates that move its indices most, so that a reader knows
which assumption to question first.
"""

from __future__ import annotations

from html import escape

from regio_desktop.engine.assumptions import DATA_ESTIMATES
from regio_desktop.engine.catalogue import STATE_INDICATORS, indicator_info
from regio_desktop.engine.estimate_names import ESTIMATE_NAMES
from regio_desktop.engine.uncertainty import PERCENTILES, Uncertainty
from regio_desktop.engine.uncertainty_design import EXPOSURES, SEVERITIES, TRADE
from regio_desktop.io.report_moves import figure
from regio_desktop.world.loaded_world import World

TOP_ESTIMATES = 3
"""Estimates the report names per indicator: more reads as a list, not an answer."""


def estimate_words(world: World, name: str, language: str = "en") -> str:
    """An estimate of ``Uncertainty.estimates`` in English words (a bloc by its name)."""
    if name.startswith("blocs.csv "):
        code = name.split(" ", 1)[1]
        return f"depths and delegation of {world.name(code, language)}"
    if name.startswith("status `"):
        return "weight of the status " + name.split("`")[1].replace("_", " ")
    words = {
        SEVERITIES: "sanctions severities and transit shares",
        EXPOSURES: "corridors' sanctions exposure",
        TRADE: "trade shares",
    }
    return words.get(name) or ESTIMATE_NAMES.get(name, name)


def interval_cell(result: Uncertainty | None, indicator: str, entity: str) -> str:
    """The range of one figure as '(low–high)', or '' without an analysis."""
    if result is None:
        return ""
    _, low, high = result.interval(indicator, entity)
    if figure(low) == figure(high):
        return ""  # not drawn, or narrower than the rounding: a range would say nothing
    return f' <span class="muted">({figure(low)}–{figure(high)})</span>'


def uncertainty_note(result: Uncertainty | None) -> str:
    """One paragraph that says how the ranges in brackets were made."""
    if result is None:
        return ""
    share = PERCENTILES[1] - PERCENTILES[0]
    return (
        f'<p class="muted">In brackets: the range of {share:g} % of {result.draws:,} draws of '
        "the weights, constants and estimated data over their plausible ranges (a Latin "
        f"hypercube, seed {result.seed}); the appendix on method says which values vary. A "
        "narrow range means the figure does not hang on the estimates; a wide one, that it "
        "does.</p>"
    )


def sensitivity_html(
    world: World, result: Uncertainty | None, states: list[str], language: str = "en"
) -> str:
    """For each report state, its indices with the widest ranges and the estimates that move
    them most (Morris effects), in a table."""
    if result is None or result.trajectories == 0:
        return ""
    rows = []
    for state in states:
        for info in STATE_INDICATORS:
            value, low, high = result.interval(info.code, state)
            ranked = result.ranking(info.code, state)[:TOP_ESTIMATES]
            if not ranked or high - low < 0.05:
                continue
            names = "; ".join(
                f"{escape(estimate_words(world, name, language))} ({figure(effect)})"
                for name, effect in ranked
            )
            rows.append(
                f"<tr><td>{escape(world.name(state, language))}</td>"
                f"<td>{escape(indicator_info(info.code).title)}</td>"
                f'<td class="num">{figure(value)} ({figure(low)}–{figure(high)})</td>'
                f"<td>{names}</td></tr>"
            )
    if not rows:
        return ""
    return (
        "<h3>Which estimates matter most</h3><p class='muted'>For each index whose range is "
        "wider than rounding, the estimates that move it most: in brackets, by how many points "
        "on average the index moves when that estimate goes from the low to the high end of its "
        f"range (Morris's elementary effects, {result.trajectories} trajectories).</p>"
        "<table width='100%' cellpadding='3' cellspacing='0'><thead><tr>"
        "<th width='14%'>State</th><th width='22%'>Indicator</th>"
        "<th width='20%'>&nbsp;Scenario (range)</th><th width='44%'>Moved most by</th>"
        f"</tr></thead>{''.join(rows)}</table>"
    )


def method_uncertainty_html(result: Uncertainty | None) -> str:
    """The appendix's paragraph on the ranges, or '' without an analysis."""
    if result is None:
        return ""
    words = {"blocs.csv": "bloc depths and delegation", SEVERITIES: "sanctions severities"}
    words |= {EXPOSURES: "corridors' sanctions exposure", TRADE: "trade shares"}
    caps = ", ".join(
        f"{words.get(d.table, d.table)} ±{d.spread:g}"
        + (" percentage points" if d.unit == "percentage points" else "")
        for d in DATA_ESTIMATES
    )
    return (
        "<h3>Ranges</h3><p>Each range comes from evaluating the scenario again for "
        f"{result.draws:,} draws (seed {result.seed}) of every weight, constant and status "
        "weight over its plausible range and of each estimated data value over the range "
        "documented for it, with its reason, in the data (estimate_ranges.csv: the delegation "
        "of every bloc that has one, the corridors' exposures as their notes give them, each "
        "sanctions regime's severity band and transit share). A value without a documented "
        "range is drawn within half its value either side, at most "
        f"{escape(caps)}; the weights that sum to 1 are rescaled after each draw. The "
        "sanctions switch, values the scenario sets itself and zeros (a recorded absence) are "
        f"held. The range printed runs from the {PERCENTILES[0]:g}th to the {PERCENTILES[1]:g}th "
        "percentile of the draws; <code>regio-desktop uncertainty</code> reproduces it with the "
        "same seed.</p>"
    )
