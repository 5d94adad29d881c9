"""``check()``: tensions inside a scenario that an analyst should see, shown as warnings.

A tension does not stop evaluation (the literature discusses some of these as real options); it
names the states and blocs involved, and its code and parameters let each reader word why they pull
against each other (``message`` is the English wording, see regio_desktop/problems.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np

from regio_desktop.engine.evaluation import evaluate
from regio_desktop.problems import ParamValue, Problem
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import ALIGNMENTS, POLES

SINGLE_UNION_KINDS = frozenset({"customs_union", "economic_union", "single_market"})
DEEP_BLOC: Final = 0.3
"""Mean depth from which a bloc ties a member to its leading pole, so that aligning with another
pole is a tension (a collective-defence bloc always does); see engine/assumptions.py."""

_POLE_OF_ALIGNMENT = {"russia-led": "russia", "china-centred": "china", "west-oriented": "west"}


@dataclass(frozen=True)
class Tension(Problem):
    """One inconsistency: a stable code, its parameters, and the states and blocs involved."""

    states: tuple[str, ...] = ()
    blocs: tuple[str, ...] = ()

    def __hash__(self) -> int:
        return hash((Problem.__hash__(self), self.states, self.blocs))


def _tension(
    code: str, states: tuple[str, ...], blocs: tuple[str, ...], /, **params: ParamValue
) -> Tension:
    """A tension involving ``states`` and ``blocs``; ``params`` are what its wording needs."""
    return Tension(code, params, states, blocs)


def check(world: World, scenario: Scenario) -> list[Tension]:
    """Every tension in the scenario (after its edits): state by state, then the founding ones."""
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
            blocs = tuple(in_unions)
            tensions.append(
                _tension(
                    "two_customs_unions",
                    (state,),
                    blocs,
                    state=state,
                    count=len(blocs),
                    blocs=blocs,
                )
            )
        alliances = [
            b for b in np.flatnonzero(full[i] & (snap.collective_defence > 0)) if snap.lead[b] >= 0
        ]
        if len({snap.lead[b] for b in alliances}) > 1:
            names = tuple(snap.blocs[b] for b in alliances)
            tensions.append(_tension("rival_alliances", (state,), names, state=state, blocs=names))
        if result.alignment[i] < 0:
            continue
        choice = ALIGNMENTS[result.alignment[i]]
        pole = _POLE_OF_ALIGNMENT.get(choice)
        if pole is None:
            continue
        for b in np.flatnonzero(full[i] & (snap.lead >= 0) & snap.bloc_exists):
            lead = POLES[snap.lead[b]]
            deep = snap.depth_mean[b] >= DEEP_BLOC or snap.collective_defence[b] > 0
            if lead != pole and lead in _POLE_OF_ALIGNMENT.values() and deep:
                bloc = str(snap.blocs[b])
                tensions.append(
                    _tension(
                        "alignment_against_bloc",
                        (state,),
                        (bloc,),
                        state=state,
                        alignment=choice,
                        bloc=bloc,
                        pole=lead,
                    )
                )
    for edit in scenario.memberships:
        if edit.action == "leave" or edit.bloc not in snap.blocs:
            continue
        if not snap.bloc_exists[snap.bloc_index(edit.bloc)]:
            founded = world.blocs.at[edit.bloc, "founded"]
            code = "bloc_not_yet_founded" if founded > snap.date else "bloc_dissolved"
            tensions.append(
                _tension(
                    code,
                    (edit.state,),
                    (edit.bloc,),
                    state=edit.state,
                    bloc=edit.bloc,
                    year=ev.year,
                    founded=founded.isoformat(),
                )
            )
    return tensions
