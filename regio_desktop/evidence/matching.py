"""``arguments_for()``: the arguments for and against each choice a scenario makes or keeps.

For every state, its alignment and every membership edit are choices; an argument matches a
choice when it targets it, and ranks higher when it names the state (specific) than when it
speaks of the bloc or alignment in general, then by strength.
"""

from __future__ import annotations

import pandas as pd

from regio_desktop.engine.evaluation import evaluate
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import ACTIVE_STATUSES

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


def _choices(world: World, scenario: Scenario, state: str) -> list[tuple[str, str, str]]:
    """(choice label, target kind, target) for a state: its alignment, edits and memberships."""
    ev = evaluate(world, scenario)
    out: list[tuple[str, str, str]] = []
    alignment = ev.alignment.get(state)
    if alignment:
        out.append((f"alignment:{alignment}", "alignment", alignment))
    edited = {e.bloc for e in scenario.memberships if e.state == state}
    row = ev.status.loc[state] if state in ev.status.index else pd.Series(dtype=object)
    blocs = [b for b, s in row.items() if s in ACTIVE_STATUSES] + sorted(edited)
    for bloc in dict.fromkeys(blocs):
        out.append((f"membership:{bloc}", "membership", bloc))
    return out


def arguments_for(world: World, scenario: Scenario, state: str | None = None) -> pd.DataFrame:
    """Arguments matched to the choices of one state (or of every state the scenario edits)."""
    if state is None:
        states = sorted(
            {e.state for e in scenario.memberships} | {s for s, _ in scenario.alignments}
        )
    else:
        states = [state]
    args = world.arguments
    rows = []
    for code in states:
        for label, kind, target in _choices(world, scenario, code):
            kinds = ("membership", "bloc") if kind == "membership" else ("alignment",)
            match = args[args["target_kind"].isin(kinds) & (args["target"] == target)]
            for _, arg in match.iterrows():
                limited = [s for s in str(arg["states"]).split(";") if s]
                if limited and code not in limited:
                    continue
                specificity = 2 if limited else (1 if arg["target_kind"] != "bloc" else 0)
                source = arg["source"]
                rows.append(
                    {
                        "state": code,
                        "choice": label,
                        "id": arg["id"],
                        "claim": arg["claim"],
                        "stance": arg["stance"],
                        "target_kind": arg["target_kind"],
                        "target": arg["target"],
                        "states": arg["states"],
                        "themes": arg["themes"],
                        "strength": int(arg["strength"]),
                        "source": source,
                        "citation": world.source_citation(source),
                        "url": _text(world.sources.at[source, "url"])
                        if source in world.sources.index
                        else "",
                        "location": _text(arg["location"]),
                        "quote": _text(arg["quote"]),
                        "specificity": specificity,
                    }
                )
    frame = pd.DataFrame(rows, columns=COLUMNS)
    if frame.empty:
        return frame
    return frame.sort_values(
        ["state", "choice", "specificity", "strength", "id"],
        ascending=[True, True, False, False, True],
    ).reset_index(drop=True)


def balance(matched: pd.DataFrame) -> pd.DataFrame:
    """Count and balance (for minus against, weighted by strength) per state and choice."""
    if matched.empty:
        return pd.DataFrame(columns=["state", "choice", "for", "against", "balance"])
    signed = matched.assign(
        sign=matched["stance"].map({"for": 1, "against": -1}) * matched["strength"]
    )
    grouped = signed.groupby(["state", "choice"])
    return pd.DataFrame(
        {
            "for": grouped["stance"].apply(lambda s: int((s == "for").sum())),
            "against": grouped["stance"].apply(lambda s: int((s == "against").sum())),
            "balance": grouped["sign"].sum(),
        }
    ).reset_index()
