"""The report's appendix on method, built from the indicator catalogue and the parameters.

A printed report travels without the repository, so it cannot send its reader to
``docs/indicators.md``. The appendix says, from the same records the engine computes with, what
each indicator measures, its unit and which way is better, which parameter values the scenario
ran with, and where the figures come from. Built from the catalogue, it cannot drift from the code.
"""

from __future__ import annotations

from html import escape

from regio_desktop.engine.catalogue import (
    BLOC_INDICATORS,
    REGION_INDICATORS,
    STATE_INDICATORS,
    IndicatorInfo,
)
from regio_desktop.scenario.model import Scenario
from regio_desktop.scenario.parameters import PARAMETERS

_BETTER = {
    "better": "higher is better for the state",
    "worse": "lower is better for the state",
    "neutral": "neither way is better in itself",
}


def _indicator_rows(infos: tuple[IndicatorInfo, ...]) -> str:
    return "".join(
        f"<tr><td>{escape(i.title)}</td><td>{escape(i.unit)}, {escape(i.scale)}</td>"
        f"<td>{escape(_BETTER.get(i.higher_is, _BETTER['neutral']))}</td>"
        f"<td>{escape(i.description)}</td></tr>"
        for i in infos
    )


def _parameter_rows(scenario: Scenario) -> str:
    overrides = scenario.parameter_map
    rows = []
    for p in PARAMETERS:
        used = overrides.get(p.name, p.default)
        mark = " (set by the scenario)" if p.name in overrides else ""
        rows.append(
            f"<tr><td><code>{escape(p.name)}</code></td><td class='num'>{used:g}{mark}</td>"
            f"<td class='num'>{p.low:g}–{p.high:g}</td><td>{escape(p.description)}</td></tr>"
        )
    for name, value in overrides.items():
        if name.startswith("bloc."):
            rows.append(
                f"<tr><td><code>{escape(name)}</code></td><td class='num'>{value:g} "
                "(set by the scenario)</td><td class='num'>0–1</td>"
                "<td>Depth of one bloc, overridden.</td></tr>"
            )
    return "".join(rows)


def method_html(scenario: Scenario, heading: str = "Appendix: method") -> str:
    """The appendix: how the figures are made, the indicators, the parameters, the data."""
    header = (
        "<thead><tr><th width='22%'>Indicator</th><th width='13%'>Unit</th><th width='20%'>Better</th>"
        "<th width='45%'>What it measures</th></tr></thead>"
    )
    return f"""<h2 style="page-break-before: always">{escape(heading)}</h2>
<p>Every figure compares the scenario with the baseline: the world as recorded in the data for
the baseline year (memberships, alignments and sanctions in force on 31 December of that year, or
today if that date is still to come; World Bank figures of that year or the nearest earlier one). The scenario's edits are applied to that world and every indicator
is computed again by the same formulas; the change is scenario minus baseline. Figures are an
analyst's lens on the choices, not a forecast: they say how the recorded ties add up, not what
will happen.</p>
<h3>State indicators</h3>
<table width='100%' cellpadding='3' cellspacing='0'>{header}{_indicator_rows(STATE_INDICATORS)}</table>
<h3>Bloc and region indicators</h3>
<table width='100%' cellpadding='3' cellspacing='0'>{header}{_indicator_rows(BLOC_INDICATORS)}
{_indicator_rows(REGION_INDICATORS)}</table>
<h3>Parameters this report was computed with</h3>
<p>Weights and switches are reasoned estimates; each can be set in a scenario file within the
range shown.</p>
<table width='100%' cellpadding='3' cellspacing='0'><thead><tr><th>Parameter</th><th>Value</th>
<th>Range</th><th width='50%'>What it does</th></tr></thead>{_parameter_rows(scenario)}</table>
<h3>Data</h3>
<p>GDP and population: World Bank, World Development Indicators (current US$; total
population), licensed ODC-PDDL. Memberships: the treaties and the organisations' own records,
each row dated and sourced in the shipped data. Trade shares, bloc depths and sanctions severities
are the project's estimates where the data marks them so. Arguments are summarised in the
project's own words from the cited works; quotations are short and located.</p>"""
