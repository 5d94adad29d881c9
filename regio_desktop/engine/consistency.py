"""``check()``: tensions inside a scenario that an analyst should see, shown as warnings.

A tension does not stop evaluation (the literature discusses some of these as real options); it
names the states and blocs involved and says in a sentence why they pull against each other.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from regio_desktop.engine.evaluation import evaluate
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import ALIGNMENTS, POLES

SINGLE_UNION_KINDS = frozenset({"customs_union", "economic_union", "single_market"})
_POLE_OF_ALIGNMENT = {"russia-led": "russia", "china-centred": "china", "west-oriented": "west"}


@dataclass(frozen=True)
class Tension:
    """One inconsistency: a stable code, a plain-English message, and who is involved."""

    code: str
    message: str
    states: tuple[str, ...] = ()
    blocs: tuple[str, ...] = ()


def check(world: World, scenario: Scenario) -> list[Tension]:
    """Every tension in the scenario (after its edits), most serious kinds first."""
    ev = evaluate(world, scenario)
    snap, result = ev.snapshot, ev.result
    full = result.terms.full
    tensions: list[Tension] = []
    kinds = world.blocs["kind"].to_numpy()
    unions = np.isin(kinds, list(SINGLE_UNION_KINDS)) & snap.bloc_exists
    for i, state in enumerate(snap.states):
        union_idx = np.flatnonzero(full[i] & unions)
        in_unions = [snap.blocs[b] for b in union_idx]
        # Unions of one pole can nest (the EU and its customs union with Turkey); rival poles cannot.
        if len({int(snap.lead[b]) for b in union_idx}) > 1:
            tensions.append(
                Tension(
                    "two_customs_unions",
                    f"{state} is a full member of {len(in_unions)} customs or economic unions "
                    f"({', '.join(in_unions)}); a state can apply only one common external tariff.",
                    (state,),
                    tuple(in_unions),
                )
            )
        alliances = [
            b for b in np.flatnonzero(full[i] & (snap.collective_defence > 0)) if snap.lead[b] >= 0
        ]
        if len({snap.lead[b] for b in alliances}) > 1:
            names = tuple(snap.blocs[b] for b in alliances)
            tensions.append(
                Tension(
                    "rival_alliances",
                    f"{state} is in collective-defence alliances led by different poles "
                    f"({', '.join(names)}).",
                    (state,),
                    names,
                )
            )
        if result.alignment[i] < 0:
            continue
        choice = ALIGNMENTS[result.alignment[i]]
        pole = _POLE_OF_ALIGNMENT.get(choice)
        if pole is None:
            continue
        for b in np.flatnonzero(full[i] & (snap.lead >= 0) & snap.bloc_exists):
            lead = POLES[snap.lead[b]]
            deep = snap.depth_mean[b] >= 0.3 or snap.collective_defence[b] > 0
            if lead != pole and lead in _POLE_OF_ALIGNMENT.values() and deep:
                tensions.append(
                    Tension(
                        "alignment_against_bloc",
                        f"{state} is {choice} but a full member of {snap.blocs[b]}, which {lead} "
                        f"leads; deep integration with one pole sits uneasily with aligning to another.",
                        (state,),
                        (snap.blocs[b],),
                    )
                )
    for edit in scenario.memberships:
        if edit.action == "leave" or edit.bloc not in snap.blocs:
            continue
        if not snap.bloc_exists[snap.bloc_index(edit.bloc)]:
            founded = world.blocs.at[edit.bloc, "founded"]
            when = "before it existed" if founded > snap.date else "after it was dissolved"
            tensions.append(
                Tension(
                    "bloc_not_in_force",
                    f"{edit.state} joins {edit.bloc} in {ev.year}, {when} "
                    f"(founded {founded.isoformat()}).",
                    (edit.state,),
                    (edit.bloc,),
                )
            )
    return tensions
