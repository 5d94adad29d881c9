"""How the command line prints an explanation and a breakdown of a change (CSV or JSON).

Kept apart from the verbs and their checks so that each stays readable; like the
command line it reads the core only through ``regio_desktop.api``.
"""

from __future__ import annotations

import json

import pandas as pd

from regio_desktop import api


def _scale(indicator: str) -> tuple[str, str]:
    """The indicator's unit and which way is better ("higher is better", "lower is better",
    "no better direction"), so that a printed figure says both."""
    info = api.indicator_info(indicator)
    direction = {"better": "higher is better", "worse": "lower is better"}
    unit = f"{info.unit} 0-100" if info.scale == "0-100" and info.unit == "index" else info.unit
    return unit, direction.get(info.higher_is, "no better direction")


def print_explanation(explanation: api.Explanation, fmt: str) -> None:
    unit, direction = _scale(explanation.indicator)
    if fmt == "json":
        print(
            json.dumps(
                {
                    "indicator": explanation.indicator,
                    "entity": explanation.entity,
                    "unit": unit,
                    "direction": direction,
                    "value": explanation.value,
                    "baseline": explanation.baseline,
                    "summary": explanation.summary,
                    "inputs": [phrase.english for phrase in explanation.inputs],
                    "contributions": [
                        {"label": c.label, "value": float(c.value), "source": c.source}
                        for c in explanation.contributions
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    print("label,value,source")
    for c in explanation.contributions:
        label = c.label.replace('"', "'")
        print(f'"{label}",{float(c.value):.6g},{c.source}')
    print(f'"total in {unit}, {direction} ({explanation.summary})",{explanation.value:.6g},')


def print_change(change: api.ChangeExplanation, fmt: str) -> None:
    """The waterfall from the baseline to the scenario: one row per step, then the total."""
    if fmt == "json":
        print(
            json.dumps(
                {
                    "indicator": change.indicator,
                    "entity": change.entity,
                    "unit": change.unit,
                    "baseline": change.baseline,
                    "value": change.value,
                    "change": change.change,
                    "judgement": change.judgement,
                    "formula": change.formula.english,
                    "inputs": [phrase.english for phrase in change.inputs],
                    "steps": [
                        {"label": s.label, "value": float(s.value), "source": s.source}
                        for s in change.steps
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    print("label,value,source")
    print(f'"baseline",{change.baseline:.6g},')
    for step in change.steps:
        label = step.label.replace('"', "'")
        print(f'"{label}",{float(step.value):+.6g},{step.source}')
    print(f'"scenario ({change.judgement}; {change.formula.english})",{change.value:.6g},')


def column_meta(codes: list[str]) -> dict[str, dict[str, str]]:
    """What JSON output says of each indicator column: its title, unit, scale and which way is
    better ("higher", "lower" or "neither"), the facts a CSV header leaves to
    ``regio-desktop indicators``. Columns that are not indicators are left out."""
    meta = {}
    for code in codes:
        info = api.find_indicator(code)
        if info is not None and info.code == code:
            meta[code] = {
                "title": info.title,
                "unit": info.unit,
                "scale": info.scale,
                "better": info.better,
            }
    return meta


def print_document(document: dict[str, object]) -> None:
    """One JSON object on standard output, as every verb with ``--format json`` prints one."""
    print(json.dumps(document, ensure_ascii=False, indent=2))


def records(frame: pd.DataFrame) -> list[object]:
    """A table as JSON records, with the same number formatting as ``write_table``'s JSON."""
    return list(json.loads(frame.to_json(orient="records", force_ascii=False, double_precision=10)))
