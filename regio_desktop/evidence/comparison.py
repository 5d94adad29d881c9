"""Comparing two to four scenarios: indicator values side by side, what differs, which arguments.

The first scenario is the reference; every other column's delta is against it. All scenarios are
evaluated on their own baselines, so comparing scenarios of different years is allowed (and the
table says each one's year).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from regio_desktop.engine.evaluation import evaluate
from regio_desktop.evidence.matching import arguments_for
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World


@dataclass(frozen=True)
class Comparison:
    """``values``: one row per (level, entity, indicator), a column per scenario and a delta
    column per non-reference scenario; ``changes``: who differs in alignment or membership;
    ``arguments``: arguments matched by some scenarios and not others."""

    names: tuple[str, ...]
    values: pd.DataFrame
    changes: pd.DataFrame
    arguments: pd.DataFrame


def _labels(scenarios: list[Scenario]) -> list[str]:
    labels: list[str] = []
    for i, scenario in enumerate(scenarios, start=1):
        label = scenario.name or f"Scenario {i}"
        labels.append(label if label not in labels else f"{label} ({i})")
    return labels


def compare(world: World, scenarios: list[Scenario]) -> Comparison:
    """Compare 2 to 4 scenarios; ValueError for fewer or more."""
    if not 2 <= len(scenarios) <= 4:
        raise ValueError(f"compare takes 2 to 4 scenarios, not {len(scenarios)}")
    labels = _labels(scenarios)
    evaluations = [evaluate(world, s) for s in scenarios]
    key = ["level", "entity", "indicator", "unit"]
    values = evaluations[0].indicators[key].copy()
    for label, ev in zip(labels, evaluations, strict=True):
        values[label] = (
            ev.indicators.set_index(["level", "entity", "indicator"])["value"]
            .reindex(pd.MultiIndex.from_frame(values[["level", "entity", "indicator"]]))
            .to_numpy()
        )
    for label in labels[1:]:
        values[f"delta: {label}"] = values[label] - values[labels[0]]

    rows = []
    states = world.state_codes
    for state in states:
        alignments = [ev.alignment.get(state, "") for ev in evaluations]
        if len(set(alignments)) > 1:
            rows.append(
                {"state": state, "what": "alignment", **dict(zip(labels, alignments, strict=True))}
            )
        for bloc in world.bloc_codes:
            statuses = [ev.status.at[state, bloc] for ev in evaluations]
            if len(set(statuses)) > 1:
                rows.append(
                    {
                        "state": state,
                        "what": f"membership:{bloc}",
                        **dict(zip(labels, statuses, strict=True)),
                    }
                )
    changes = pd.DataFrame(rows, columns=["state", "what", *labels])

    matched = []
    for label, scenario in zip(labels, scenarios, strict=True):
        focus = sorted(set(changes["state"])) or sorted(set(scenario.edited_states))
        for state in focus:
            frame = arguments_for(world, scenario, state)
            if not frame.empty:
                matched.append(frame.assign(scenario=label))
    if matched:
        every = pd.concat(matched, ignore_index=True)
        present = every.groupby(["state", "choice", "id"])["scenario"].agg(lambda s: sorted(set(s)))
        differs = present[present.map(len) < len(labels)]
        arguments = (
            every.drop_duplicates(["state", "choice", "id"])
            .set_index(["state", "choice", "id"])
            .loc[differs.index]
            .reset_index()
        )
        arguments["in_scenarios"] = differs.map("; ".join).to_numpy()
        arguments = arguments[
            ["state", "choice", "id", "stance", "claim", "citation", "in_scenarios"]
        ]
    else:
        arguments = pd.DataFrame(
            columns=["state", "choice", "id", "stance", "claim", "citation", "in_scenarios"]
        )
    return Comparison(tuple(labels), values, changes, arguments)
