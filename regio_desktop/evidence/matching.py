"""``arguments_for()``: the arguments for and against each choice a scenario makes or keeps.

A row may also be context (stance ``context``): it describes a choice and is shown with it, but
weighs on neither side of its ``balance``.

For every state, its alignment and every membership edit are choices; an argument matches a
choice when it targets it, and ranks higher when it names the state (specific) than when it
speaks of the bloc or alignment in general, then by strength.
"""

from __future__ import annotations

import weakref

import pandas as pd

from regio_desktop.engine.evaluation import Evaluation, evaluate
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import ACTIVE_STATUSES, STANCE_SIGN

COLUMNS = [
    "state",
    "choice",
    "id",
    "claim",
    "stance",
    "target_kind",
    "target",
    "states",
    "themes",
    "indicators",
    "strength",
    "source",
    "citation",
    "url",
    "location",
    "quote",
    "specificity",
]


def _text(value: object) -> str:
    """Text of an optional cell: None and NaN (missing) become ''."""
    return value if isinstance(value, str) else ""


ArgumentIndex = dict[str, list[dict[str, object]]]
"""The world's arguments by target, in table order, each a record with its citation and url."""

_INDEXES: weakref.WeakKeyDictionary[World, tuple[pd.DataFrame, pd.DataFrame, ArgumentIndex]] = (
    weakref.WeakKeyDictionary()
)


def _argument_index(world: World) -> ArgumentIndex:
    """Arguments grouped by target, read from the frame once per world.

    The window asks for the arguments after every edit; filtering the frame per choice and
    walking it with ``iterrows`` cost tens of milliseconds. The index is rebuilt if the world's
    arguments or sources frame is replaced.
    """
    cached = _INDEXES.get(world)
    if cached is not None and cached[0] is world.arguments and cached[1] is world.sources:
        return cached[2]
    index: ArgumentIndex = {}
    sources = world.sources
    for arg in world.arguments.to_dict("records"):
        source = arg["source"]
        arg["citation"] = world.source_citation(source)
        arg["url"] = _text(sources.at[source, "url"]) if source in sources.index else ""
        index.setdefault(arg["target"], []).append(arg)
    _INDEXES[world] = (world.arguments, world.sources, index)
    return index


def choices(evaluation: Evaluation, state: str) -> list[tuple[str, str, str]]:
    """(choice label, target kind, target) for a state: its alignment, edits and memberships.

    The arguments matched to a state depend only on these and on the world's arguments, so a
    view may keep what it rendered for the same choices.
    """
    out: list[tuple[str, str, str]] = []
    alignment = evaluation.alignment.get(state)
    if alignment:
        out.append((f"alignment:{alignment}", "alignment", alignment))
    edited = {e.bloc for e in evaluation.scenario.memberships if e.state == state}
    snap = evaluation.snapshot
    row = evaluation.result.status[snap.state_index(state)] if state in snap.states else ()
    blocs = [b for b, s in zip(snap.blocs, row, strict=False) if s in ACTIVE_STATUSES]
    for bloc in dict.fromkeys(blocs + sorted(edited)):
        out.append((f"membership:{bloc}", "membership", bloc))
    return out


def arguments_for(
    world: World,
    scenario: Scenario,
    state: str | None = None,
    evaluation: Evaluation | None = None,
) -> pd.DataFrame:
    """Arguments matched to the choices of one state (or of every state the scenario edits).

    ``evaluation`` is ``evaluate(world, scenario)`` when the caller already holds it (the window
    does); without it the scenario is evaluated here. The result is the same either way. Only the
    statuses and alignments are read from it, so an evaluation made before the world's arguments
    were re-read (``api.with_store_arguments``) still serves.
    """
    return pd.DataFrame(argument_records(world, scenario, state, evaluation), columns=COLUMNS)


def matched_to_choice(
    world: World,
    state: str,
    label: str,
    kind: str,
    target: str,
    index: ArgumentIndex | None = None,
) -> list[dict[str, object]]:
    """The rows (keys ``COLUMNS``) of the arguments about one choice of one state, unsorted.

    The one rule of which arguments speak to a choice: a membership choice takes the arguments
    about membership of the bloc and about the bloc itself; an alignment choice, those about the
    alignment; an argument limited to some states speaks only to theirs.
    """
    if index is None:
        index = _argument_index(world)
    kinds = ("membership", "bloc") if kind == "membership" else ("alignment",)
    rows: list[dict[str, object]] = []
    for arg in index.get(target, ()):
        if arg["target_kind"] not in kinds:
            continue
        limited = [s for s in str(arg["states"]).split(";") if s]
        if limited and state not in limited:
            continue
        specificity = 2 if limited else (1 if arg["target_kind"] != "bloc" else 0)
        rows.append(
            {
                "state": state,
                "choice": label,
                "id": arg["id"],
                "claim": arg["claim"],
                "stance": arg["stance"],
                "target_kind": arg["target_kind"],
                "target": arg["target"],
                "states": arg["states"],
                "themes": arg["themes"],
                "indicators": _text(arg.get("indicators")),
                "strength": int(arg["strength"]),  # type: ignore[call-overload]
                "source": arg["source"],
                "citation": arg["citation"],
                "url": arg["url"],
                "location": _text(arg["location"]),
                "quote": _text(arg["quote"]),
                "specificity": specificity,
            }
        )
    return rows


def argument_records(
    world: World,
    scenario: Scenario,
    state: str | None = None,
    evaluation: Evaluation | None = None,
) -> list[dict[str, object]]:
    """The rows of ``arguments_for`` as plain dicts (keys ``COLUMNS``), in the same order.

    For views that render every row after each edit: building and walking a frame costs more
    than the matching itself.
    """
    if evaluation is None:
        evaluation = evaluate(world, scenario)
    elif evaluation.scenario != scenario:
        raise ValueError("the evaluation given to arguments_for is of another scenario")
    states = sorted(set(scenario.edited_states)) if state is None else [state]
    index = _argument_index(world)
    rows: list[dict[str, object]] = []
    for code in states:
        for label, kind, target in choices(evaluation, code):
            rows.extend(matched_to_choice(world, code, label, kind, target, index))
    # The order of sort_values(["state", "choice", "specificity", "strength", "id"], ascending
    # [T, T, F, F, T]); ids are unique within a choice, so the order is total.
    rows.sort(
        key=lambda r: (r["state"], r["choice"], -r["specificity"], -r["strength"], r["id"])  # type: ignore[operator]
    )
    return rows


def balance(matched: pd.DataFrame) -> pd.DataFrame:
    """Count and balance (for minus against, weighted by strength) per state and choice.

    A ``context`` row describes the choice without arguing it: it is counted in ``context`` and
    adds nothing to ``balance``, whatever its strength.
    """
    if matched.empty:
        return pd.DataFrame(columns=["state", "choice", "for", "against", "context", "balance"])
    signed = matched.assign(sign=matched["stance"].map(STANCE_SIGN) * matched["strength"])
    grouped = signed.groupby(["state", "choice"])
    return pd.DataFrame(
        {
            "for": grouped["stance"].apply(lambda s: int((s == "for").sum())),
            "against": grouped["stance"].apply(lambda s: int((s == "against").sum())),
            "context": grouped["stance"].apply(lambda s: int((s == "context").sum())),
            "balance": grouped["sign"].sum(),
        }
    ).reset_index()
