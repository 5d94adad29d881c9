"""``evaluate(world, scenario)``: every indicator of a scenario with its baseline value and delta.

Evaluation is a pure function of (world, scenario) and is cached by both, in caches that hold no
reference to the World, so a World nobody holds is freed with its cache. The baseline is the same
year and the same parameters with no edits, so a delta shows only what the edits change.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd

from regio_desktop.engine.catalogue import BLOC_INDICATORS, STATE_INDICATORS, indicator_info
from regio_desktop.engine.indicator_values import bloc_values, region_values, state_values
from regio_desktop.engine.snapshot import Snapshot, snapshot, with_bloc_overrides
from regio_desktop.engine.terms import MembershipTerms, membership_terms
from regio_desktop.scenario.model import Scenario
from regio_desktop.scenario.parameters import bloc_overrides, resolve
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import ALIGNMENTS, STATUS_WEIGHT


@dataclass(frozen=True, eq=False)
class Outcome:
    """One side of a comparison (scenario or baseline): its terms and indicator arrays."""

    status: np.ndarray  # (S, B)
    alignment: np.ndarray  # (S,)
    terms: MembershipTerms
    states: dict[str, np.ndarray]
    blocs: dict[str, np.ndarray]
    region: dict[str, float]


def resolve_year(world: World, scenario: Scenario) -> int:
    """The scenario's baseline year, defaulting to the world's latest."""
    return world.latest_year if scenario.year is None else scenario.year


def apply_edits(snap: Snapshot, scenario: Scenario) -> tuple[np.ndarray, np.ndarray]:
    """The status matrix and alignment indices after a scenario's edits (codes are not checked
    here: ``validation.validate`` does that before evaluation)."""
    status = snap.status.copy()
    for edit in scenario.memberships:
        i, b = snap.state_index(edit.state), snap.bloc_index(edit.bloc)
        status[i, b] = "withdrawn" if edit.action == "leave" else (edit.status or "member")
    alignment = snap.alignment.copy()
    for state, choice in scenario.alignments:
        alignment[snap.state_index(state)] = ALIGNMENTS.index(choice)
    return status, alignment


def _status_weights(status: np.ndarray) -> np.ndarray:
    """STATUS_WEIGHT of each status: one comparison per status of the vocabulary, not a
    dictionary look-up per cell of (every state of the world) x (every bloc)."""
    weights = np.zeros(status.shape)
    for name, weight in STATUS_WEIGHT.items():
        if weight:
            weights[status == name] = weight
    return weights


def _edited_weights(snap: Snapshot, status: np.ndarray) -> np.ndarray:
    """The snapshot's status weights with the cells a scenario edited weighed again."""
    if status.shape != snap.status.shape:
        return _status_weights(status)
    weights = snap.weight.copy()
    edited = status != snap.status
    weights[edited] = [STATUS_WEIGHT.get(s, 0.0) for s in status[edited]]
    return weights


def outcome(
    snap: Snapshot, status: np.ndarray, alignment: np.ndarray, params: dict[str, float]
) -> Outcome:
    """Evaluate one status matrix and one alignment vector."""
    terms = membership_terms(snap, _edited_weights(snap, status), params)
    return Outcome(
        status=status,
        alignment=alignment,
        terms=terms,
        states=state_values(snap, terms, params, alignment),
        blocs=bloc_values(snap, terms, alignment),
        region=region_values(snap, alignment),
    )


@dataclass(frozen=True, eq=False)
class Evaluation:
    """A scenario's indicators next to its baseline's, plus what the views need to show them."""

    world: World
    scenario: Scenario
    year: int
    snapshot: Snapshot
    params: dict[str, float]
    result: Outcome
    base: Outcome

    @cached_property
    def indicators(self) -> pd.DataFrame:
        """Long table: level, entity, indicator, value, baseline, delta, unit."""
        snap = self.snapshot
        frames = []
        for info in STATE_INDICATORS:
            value, base = self.result.states[info.code], self.base.states[info.code]
            frames.append(
                pd.DataFrame(
                    {
                        "level": "state",
                        "entity": snap.states,
                        "indicator": info.code,
                        "value": value,
                        "baseline": base,
                        "unit": info.unit,
                    }
                )
            )
        live = self._live_blocs()
        blocs = np.asarray(snap.blocs)[live]
        for info in BLOC_INDICATORS:
            frames.append(
                pd.DataFrame(
                    {
                        "level": "bloc",
                        "entity": blocs,
                        "indicator": info.code,
                        "value": self.result.blocs[info.code][live],
                        "baseline": self.base.blocs[info.code][live],
                        "unit": info.unit,
                    }
                )
            )
        codes = list(self.result.region)
        frames.append(
            pd.DataFrame(
                {
                    "level": "region",
                    "entity": "region",
                    "indicator": codes,
                    "value": [self.result.region[c] for c in codes],
                    "baseline": [self.base.region[c] for c in codes],
                    "unit": [indicator_info(c).unit for c in codes],
                }
            )
        )
        table = pd.concat(frames, ignore_index=True)
        table["delta"] = table["value"] - table["baseline"]
        return table[["level", "entity", "indicator", "value", "baseline", "delta", "unit"]]

    @property
    def states(self) -> tuple[str, ...]:
        """The state codes, in the order of the state rows of ``indicators``, the rows of
        ``status`` and of ``status_matrix``."""
        return self.snapshot.states

    @property
    def blocs(self) -> tuple[str, ...]:
        """The bloc codes, in the order of the columns of ``status`` and ``status_matrix``."""
        return self.snapshot.blocs

    @property
    def status_matrix(self) -> np.ndarray:
        """Statuses after the edits as a states x blocs array of strings ('' for none): the
        figures behind ``status`` without building a frame, for views that read every cell on
        each repaint. Shared with the evaluation: do not modify."""
        return self.result.status

    @property
    def baseline_status_matrix(self) -> np.ndarray:
        """The baseline's statuses, laid out as ``status_matrix``; do not modify."""
        return self.base.status

    def state_figures(
        self, state: str, indicators: Sequence[str]
    ) -> tuple[list[float], list[float]] | None:
        """The values and baselines of some state indicators for one state, in the order asked,
        read straight from the arrays (filtering ``indicators`` costs a millisecond per edit).
        None when the state was not evaluated or a code is not a state indicator."""
        try:
            i = self.snapshot.state_index(state)
            values = [float(self.result.states[code][i]) for code in indicators]
            baselines = [float(self.base.states[code][i]) for code in indicators]
        except KeyError:
            return None
        return values, baselines

    def value(self, indicator: str, entity: str) -> float:
        """One indicator's value for a state or bloc code (or 'region')."""
        return self._lookup(self.result, indicator, entity)

    def baseline(self, indicator: str, entity: str) -> float:
        return self._lookup(self.base, indicator, entity)

    def _lookup(self, side: Outcome, indicator: str, entity: str) -> float:
        level = indicator_info(indicator).level
        if level == "state":
            return float(side.states[indicator][self.snapshot.state_index(entity)])
        if level == "bloc":
            return float(side.blocs[indicator][self.snapshot.bloc_index(entity)])
        return float(side.region[indicator])

    def moved_states(self, before: Evaluation) -> frozenset[str]:
        """States whose state indicators differ from ``before`` (another scenario's evaluation).

        The views use it to repaint only those states; with other states or indicators (another
        year, another world) every state counts as moved.
        """
        states = self.snapshot.states
        if before.snapshot.states != states or before.result.states.keys() != (
            self.result.states.keys()
        ):
            return frozenset(states)
        moved = np.zeros(len(states), dtype=bool)
        for code, values in self.result.states.items():
            old = before.result.states[code]
            if old is values:
                continue
            moved |= ~((old == values) | (np.isnan(old) & np.isnan(values)))
        return frozenset(code for code, m in zip(states, moved, strict=True) if m)

    def moved_blocs(self, before: Evaluation) -> frozenset[str]:
        """Blocs whose bloc indicators differ from ``before``, or that have full members in one
        of the two and not in the other (their rows of ``indicators`` come or go); every bloc
        with other blocs or indicators."""
        blocs = self.snapshot.blocs
        if before.snapshot.blocs != blocs or before.result.blocs.keys() != (
            self.result.blocs.keys()
        ):
            return frozenset(blocs)
        moved = self._live_blocs() != before._live_blocs()
        for code, values in self.result.blocs.items():
            old = before.result.blocs[code]
            if old is not values:
                moved |= ~((old == values) | (np.isnan(old) & np.isnan(values)))
        return frozenset(code for code, m in zip(blocs, moved, strict=True) if m)

    def region_moved(self, before: Evaluation) -> bool:
        """Whether a region indicator differs from ``before``."""
        now, old = self.result.region, before.result.region
        return now.keys() != old.keys() or any(
            not (now[c] == old[c] or (np.isnan(now[c]) and np.isnan(old[c]))) for c in now
        )

    def _live_blocs(self) -> np.ndarray:
        """Which blocs have full members in the scenario or at the baseline: the blocs that
        ``indicators`` has rows for."""
        return np.asarray(self.result.terms.full.any(axis=0) | self.base.terms.full.any(axis=0))

    @cached_property
    def status(self) -> pd.DataFrame:
        """Statuses after the edits: states x blocs, '' where a state has none."""
        return pd.DataFrame(
            self.result.status, index=self.snapshot.states, columns=self.snapshot.blocs
        )

    @cached_property
    def baseline_status(self) -> pd.DataFrame:
        return pd.DataFrame(
            self.base.status, index=self.snapshot.states, columns=self.snapshot.blocs
        )

    @cached_property
    def alignment(self) -> dict[str, str]:
        """Each state's alignment after the choices (states that are poles are absent)."""
        return _alignment_map(self.snapshot, self.result.alignment)

    @cached_property
    def baseline_alignment(self) -> dict[str, str]:
        return _alignment_map(self.snapshot, self.base.alignment)


def _alignment_map(snap: Snapshot, alignment: np.ndarray) -> dict[str, str]:
    return {
        code: ALIGNMENTS[int(i)] for code, i in zip(snap.states, alignment, strict=True) if i >= 0
    }


BaselineKey = tuple[int, tuple[tuple[str, float], ...]]
"""A baseline is shared by the scenarios of one year and one set of parameters."""


@dataclass(frozen=True, eq=False)
class _Evaluated:
    """What ``evaluate`` computed for one scenario, everything but the World."""

    year: int
    snapshot: Snapshot
    params: dict[str, float]
    result: Outcome
    base: Outcome


@dataclass(eq=False)
class _WorldCache:
    """One world's cached results. Nothing in it refers to the World, so keying the caches
    weakly by the World lets the World go when its last holder drops it."""

    baselines: dict[BaselineKey, Outcome] = field(default_factory=dict)
    evaluated: dict[Scenario, _Evaluated] = field(default_factory=dict)
    # The Evaluations callers still hold (they hold the World), so a repeated call returns the
    # same object and its tables are built once; held only weakly.
    live: weakref.WeakValueDictionary[Scenario, Evaluation] = field(
        default_factory=weakref.WeakValueDictionary
    )


_CACHES: weakref.WeakKeyDictionary[World, _WorldCache] = weakref.WeakKeyDictionary()
_CACHE_SIZE = 256


def evaluate(world: World, scenario: Scenario) -> Evaluation:
    """Evaluate a scenario against its baseline; results are cached per world and scenario."""
    cache = _CACHES.get(world)
    if cache is None:
        cache = _CACHES[world] = _WorldCache()
    held = cache.live.get(scenario)
    if held is not None:
        return held
    done = cache.evaluated.get(scenario)
    if done is None:
        done = _evaluated(world, scenario, cache.baselines)
        if len(cache.evaluated) >= _CACHE_SIZE:
            cache.evaluated.pop(next(iter(cache.evaluated)))
        cache.evaluated[scenario] = done
    evaluation = Evaluation(
        world, scenario, done.year, done.snapshot, done.params, done.result, done.base
    )
    cache.live[scenario] = evaluation
    return evaluation


def _evaluated(
    world: World, scenario: Scenario, baselines: dict[BaselineKey, Outcome]
) -> _Evaluated:
    year = resolve_year(world, scenario)
    params = resolve(scenario.parameter_map)
    snap = with_bloc_overrides(snapshot(world, year), bloc_overrides(params))
    key = (year, tuple(sorted(params.items())))
    base = baselines.get(key)
    if base is None:
        base = baselines[key] = outcome(snap, snap.status, snap.alignment, params)
    if scenario.memberships or scenario.alignments:
        status, alignment = apply_edits(snap, scenario)
        result = outcome(snap, status, alignment, params)
    else:
        result = base
    return _Evaluated(year, snap, params, result, base)
