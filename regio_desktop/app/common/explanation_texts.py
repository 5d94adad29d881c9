"""The words of a breakdown in the user's language: every phrase code of the core worded here.

The core names the parts of an indicator and its formula by a ``Phrase`` (a code and parameters,
``api.PHRASES`` holds the English); the breakdown panel, tooltips and any other view word them with
``phrase_text``. tests/app/common/test_explanation_texts.py fails when the core gains a code that
is missing here, or a template here asks for a parameter the core's does not give.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from regio_desktop import api
from regio_desktop.app.common.pole_labels import pole_label
from regio_desktop.app.common.vocabulary_labels import alignment_label, status_label

CONTEXT = "Explanations"

TEMPLATES: dict[str, str] = {
    "market_partner": QT_TRANSLATE_NOOP(
        "Explanations",
        "{partner}: GDP {gdp:,.0f} bn at preferential depth {depth:.2f} through {via}",
    ),
    "dependence_trade": QT_TRANSLATE_NOOP(
        "Explanations", "trade share with {pole} {share:.0%} × {weight}"
    ),
    "dependence_bloc": QT_TRANSLATE_NOOP("Explanations", "{bloc} ({status}) × {weight}"),
    "dependence_alignment": QT_TRANSLATE_NOOP("Explanations", "alignment {choice} × {weight}"),
    "dependence_alignment_balanced": QT_TRANSLATE_NOOP(
        "Explanations",
        "multi-vector alignment × {weight}, {share:.0%} of it on {pole}: its weight is shared "
        "out so that the ties with Russia, China and the West end as even as they can",
    ),
    "exposure_trade": QT_TRANSLATE_NOOP(
        "Explanations", "trade with {pole} ({share:.0%}, severity {severity:.2f})"
    ),
    "exposure_bloc": QT_TRANSLATE_NOOP(
        "Explanations", "{bloc}: {share:.0%} of members' GDP sanctioned"
    ),
    "exposure_alignment": QT_TRANSLATE_NOOP("Explanations", "alignment {choice}"),
    "exposure_own": QT_TRANSLATE_NOOP("Explanations", "sanctions on {state} itself"),
    "exposure_neighbours": QT_TRANSLATE_NOOP(
        "Explanations", "alignments of the states sharing {state}'s corridors"
    ),
    "autonomy_start": QT_TRANSLATE_NOOP("Explanations", "starting autonomy"),
    "autonomy_bloc": QT_TRANSLATE_NOOP(
        "Explanations", "{bloc}: delegation {delegation:.2f}, dominance {dominance:.0%}"
    ),
    "autonomy_alignment": QT_TRANSLATE_NOOP("Explanations", "single-pole alignment ({choice})"),
    "autonomy_c5": QT_TRANSLATE_NOOP(
        "Explanations",
        "autonomy won back by the shared multi-vector stance of {share:.0%} of the other C5 states",
    ),
    "security_bloc": QT_TRANSLATE_NOOP("Explanations", "{bloc} ({status})"),
    "diversification_pole": QT_TRANSLATE_NOOP(
        "Explanations", "ties with {pole}: {share:.0%} of the state's ties"
    ),
    "transit_corridor": QT_TRANSLATE_NOOP(
        "Explanations", "{corridor}: open {open:.0%}, eased {ease:.0%}"
    ),
    "member": QT_TRANSLATE_NOOP("Explanations", "{member}"),
    "cohesion_member": QT_TRANSLATE_NOOP("Explanations", "{member}: {share:.0%} on {pole}"),
    "change_unexplained": QT_TRANSLATE_NOOP("Explanations", "not explained by the parts"),
    "formula_market_access": QT_TRANSLATE_NOOP(
        "Explanations",
        "100 × Σ depth × partner's GDP / GDP of the world outside {state} ({outside:,.0f} bn, each state's latest figure up to {year}): the % of the world's economy {state} reaches on preferential terms",
    ),
    "formula_dependence": QT_TRANSLATE_NOOP(
        "Explanations",
        "100 × (weighted trade share + weighted ties to blocs the pole leads, at most 1 + weighted alignment), at most 100",
    ),
    "formula_sanctions_exposure": QT_TRANSLATE_NOOP(
        "Explanations",
        "100 × min(1, trade with sanctioned poles + blocs with sanctioned members + alignment with a sanctioned pole + corridor neighbours' alignments + own sanctions); the parts are taken largest first, each adding what it adds on top",
    ),
    "formula_autonomy": QT_TRANSLATE_NOOP(
        "Explanations",
        "100 × product of (1 − delegation × dominance factor) over blocs, less what a shared C5 stance wins back and the cost of a single-pole alignment; the parts are taken largest first, each adding what it adds on top",
    ),
    "formula_security_coverage": QT_TRANSLATE_NOOP(
        "Explanations",
        "100 × (1 − exp(−Y)), Y = sum over blocs of status × security depth × defence multiplier × partners' share of combined GDP; the parts are taken largest first, each adding what it adds on top",
    ),
    "formula_diversification": QT_TRANSLATE_NOOP(
        "Explanations",
        "100 × Σ q·(1 − q) / (1 − 1/{poles}) = 100 × (1 − Σ q²) / (1 − 1/{poles}), q the shares of the state's ties to the {poles} poles",
    ),
    "formula_transit_connectivity": QT_TRANSLATE_NOOP(
        "Explanations",
        "100 × (1 − exp(−Z / {scale:g})), Z = sum over open corridors of openness × ({base} + {ease} ease + {affinity} alignment of the states on it with the corridor's pole); the parts are taken largest first, each adding what it adds on top",
    ),
    "formula_bloc_members": QT_TRANSLATE_NOOP("Explanations", "count of founding and full members"),
    "formula_bloc_gdp": QT_TRANSLATE_NOOP("Explanations", "sum of the full members' GDP (US$ bn)"),
    "formula_bloc_population": QT_TRANSLATE_NOOP(
        "Explanations", "sum of the full members' population (million)"
    ),
    "formula_bloc_members_partners": QT_TRANSLATE_NOOP(
        "Explanations",
        "count of the partners with an agreement in force with {hub}; {hub}, the hub of these agreements, is not counted",
    ),
    "formula_bloc_gdp_partners": QT_TRANSLATE_NOOP(
        "Explanations",
        "sum of the partners' GDP (US$ bn); {hub}, the hub of these agreements, is not counted",
    ),
    "formula_bloc_population_partners": QT_TRANSLATE_NOOP(
        "Explanations",
        "sum of the partners' population (million); {hub}, the hub of these agreements, is not counted",
    ),
    "formula_bloc_dominance": QT_TRANSLATE_NOOP(
        "Explanations", "the largest full member's share of the full members' GDP (%)"
    ),
    "formula_bloc_cohesion_lead": QT_TRANSLATE_NOOP(
        "Explanations",
        "mean over full members with an alignment of the weight of their alignment on the leading pole",
    ),
    "formula_bloc_cohesion_no_lead": QT_TRANSLATE_NOOP(
        "Explanations",
        "mean over full members with an alignment of the weight of their alignment on the pole they weigh most on together (no lead)",
    ),
    "formula_region": QT_TRANSLATE_NOOP(
        "Explanations", "share of the post-Soviet states' total in states with this alignment"
    ),
    "input_gdp_year": QT_TRANSLATE_NOOP("Explanations", "GDP from {year}"),
    "input_gdp_missing": QT_TRANSLATE_NOOP("Explanations", "no GDP figure"),
    "input_trade_year": QT_TRANSLATE_NOOP("Explanations", "trade shares from {year}"),
    "input_trade_missing": QT_TRANSLATE_NOOP("Explanations", "no trade shares"),
    "input_memberships_on": QT_TRANSLATE_NOOP("Explanations", "memberships on {date}"),
    "input_alignments_on": QT_TRANSLATE_NOOP("Explanations", "alignments on {date}"),
}

_SOURCE_NOTES = {
    "project reading of the literature": QT_TRANSLATE_NOOP(
        "Explanations", "project reading of the literature"
    ),
    "scenario edit": QT_TRANSLATE_NOOP("Explanations", "scenario edit"),
    "parameter": QT_TRANSLATE_NOOP("Explanations", "model parameter"),
    "corridors": QT_TRANSLATE_NOOP("Explanations", "corridor data"),
    "sanctions": QT_TRANSLATE_NOOP("Explanations", "sanctions data"),
}
"""The notes the core gives instead of a source id, worded."""

Namer = Callable[[str], str]


def _word(key: str, value: api.ParamValue, name: Namer) -> api.ParamValue:
    """A parameter as the template shows it: codes as names, vocabulary in words, numbers kept
    (the template formats them)."""
    if key in ("partner", "via", "bloc", "state", "member", "corridor", "hub"):
        return name(str(value))
    if key == "pole":
        return pole_label(str(value))
    if key == "status":
        return status_label(str(value))
    if key == "choice":
        if value == "pole":
            return QCoreApplication.translate("Explanations", "own pole")
        return alignment_label(str(value))
    return value


def phrase_text(phrase: api.Phrase, name: Namer) -> str:
    """The phrase in the user's language, states and blocs named by ``name``."""
    template = TEMPLATES.get(phrase.code)
    if template is None:
        return phrase.english  # a code the window does not know yet: the core's English
    values = {key: _word(key, value, name) for key, value in phrase.params.items()}
    return QCoreApplication.translate(CONTEXT, template).format(**values)


def source_text(world: api.World, source: str) -> str:
    """A part's source: the citation of a source id, or the core's note worded."""
    if source in _SOURCE_NOTES:
        return QCoreApplication.translate(CONTEXT, _SOURCE_NOTES[source])
    return world.source_citation(source) if source else ""


def step_text(step: api.ChangeStep, name: Namer) -> str:
    """A step of a change in words: the part, as the baseline had it and as the scenario has it
    where the two differ, or said to be new or gone."""
    now = phrase_text(step.scenario_phrase, name) if step.scenario_phrase else ""
    before = phrase_text(step.baseline_phrase, name) if step.baseline_phrase else ""
    if not now:
        return QCoreApplication.translate("Explanations", "{part} (not in the scenario)").format(
            part=before
        )
    if not before:
        if step.scenario_phrase and step.scenario_phrase.code == "change_unexplained":
            return now
        return QCoreApplication.translate("Explanations", "{part} (not in the baseline)").format(
            part=now
        )
    if now != before:
        return QCoreApplication.translate("Explanations", "{before} → {after}").format(
            before=before, after=now
        )
    return now
