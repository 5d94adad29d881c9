"""How an exploration turns each combination's per-state values into one value per objective.

An exploration changes the alignment of several states at once, but the Pareto front and the
robust winners need one number per objective and combination. Which number is a choice the
analyst must see and make, not a silent average:

- ``mean``: the average over the explored states (every state counts the same);
- ``worst``: for each objective separately, the value of the state that fares worst on it (the
  lowest where higher is better, the highest where lower is better), so a combination is judged
  by its weakest member; the worst state may differ from one objective to the next;
- a state's ISO3 code: only that state's values, the others' choices still shaping them through
  the blocs they share.

Objectives that take the same value in every combination cannot trade off against anything: they
are named in ``constant_objectives`` and left out of the Pareto front and the weightings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from regio_desktop.engine.catalogue import indicator_info
from regio_desktop.engine.evaluation import Evaluation

AggregationKind = Literal["mean", "worst", "state"]
CONSTANT_TOLERANCE = 1e-9
"""A span at or below this (in the indicator's own unit) counts as no movement at all."""


class AggregationError(ValueError):
    """The aggregation named is not mean, worst or one of the explored states."""


@dataclass(frozen=True)
class Aggregation:
    """``kind`` and, for ``state``, which state. ``text`` is how the command line spells it."""

    kind: AggregationKind = "mean"
    state: str = ""

    @classmethod
    def parse(cls, text: str, states: Sequence[str]) -> Aggregation:
        """``mean``, ``worst`` or the ISO3 code of one of ``states`` (case-insensitive)."""
        word = text.strip()
        if word.lower() in ("mean", "worst"):
            return cls(word.lower())  # type: ignore[arg-type]
        code = word.upper()
        if code in states:
            return cls("state", code)
        raise AggregationError(
            f"aggregate '{text}' is not mean, worst or one of the explored states "
            f"({', '.join(states)})"
        )

    @property
    def text(self) -> str:
        return self.state if self.kind == "state" else self.kind

    def check(self, states: Sequence[str]) -> None:
        """Raise when a ``state`` aggregation names a state that is not explored."""
        if self.kind == "state" and self.state not in states:
            raise AggregationError(
                f"aggregate state '{self.state}' is not one of the explored states "
                f"({', '.join(states)})"
            )


MEAN = Aggregation()


def aggregate(
    values: np.ndarray, sign: np.ndarray, aggregation: Aggregation, states: Sequence[str]
) -> np.ndarray:
    """One value per objective from per-state values.

    ``values`` has the states on its second-to-last axis and the objectives on its last:
    (..., n states, m objectives). ``sign`` is +1 where higher is better and -1 where lower is,
    per objective, so that "worst" means the lowest oriented value. Returns (..., m), in the
    indicators' own units and directions.
    """
    if aggregation.kind == "mean":
        return np.asarray(values.mean(axis=-2))
    if aggregation.kind == "worst":
        return np.asarray((values * sign).min(axis=-2) * sign)
    aggregation.check(states)
    return np.asarray(values[..., list(states).index(aggregation.state), :])


def constant_objectives(values: np.ndarray, objectives: Sequence[str]) -> tuple[str, ...]:
    """The objectives (columns of ``values``, one row per combination) that never move."""
    if values.shape[0] == 0:
        return tuple(objectives)
    span = values.max(axis=0) - values.min(axis=0)
    return tuple(code for code, s in zip(objectives, span, strict=True) if s <= CONSTANT_TOLERANCE)


def objective_signs(objectives: Sequence[str]) -> np.ndarray:
    """+1 for objectives to maximise, -1 for those where a rise is worse (neutral: maximised)."""
    return np.array(
        [-1.0 if indicator_info(code).judge(1.0) == "worse" else 1.0 for code in objectives]
    )


def position(
    evaluation: Evaluation,
    states: Sequence[str],
    objectives: Sequence[str],
    aggregation: Aggregation = MEAN,
) -> dict[str, float]:
    """A scenario's own point in an exploration's space: its values aggregated the same way as
    the combinations', so "change against the current scenario" compares like with like."""
    values = np.array([[evaluation.value(code, s) for code in objectives] for s in states])
    result = aggregate(values, objective_signs(objectives), aggregation, states)
    return {code: float(v) for code, v in zip(objectives, result, strict=True)}


@dataclass(frozen=True)
class WeightedRanking:
    """An exploration's objectives made comparable once, to rank its combinations by weights.

    Each objective is oriented (``signs``: a rise where lower is better counts as a fall) and
    scaled to 0..1 over the combinations, as the robust winners are (``explore``): 0 is the
    worst combination on that objective, 1 the best; one that never moves is 0 everywhere, so
    its weight changes nothing. A combination's score is the weighted mean of its scaled values.
    Made once per exploration, so that re-ranking as the analyst drags a weight costs one
    matrix-vector product and a partial sort (``argpartition``), not a pass over pandas.
    """

    normalised: np.ndarray
    """(combinations, objectives), each column 0..1, higher is better."""

    @classmethod
    def of(
        cls,
        values: np.ndarray,
        signs: np.ndarray,
        bounds: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> WeightedRanking:
        """``bounds``: each objective's least and greatest value over every combination, when
        ``values`` holds only some (a streamed exploration's ``bounds()``)."""
        sign = np.asarray(signs, dtype=float)
        oriented = np.asarray(values, dtype=float) * sign
        if bounds is not None:
            least, most = (np.asarray(b, dtype=float) for b in bounds)
            low = np.where(sign > 0, least, -most)
            span = np.where(sign > 0, most, -least) - low
        else:
            low = oriented.min(axis=0) if len(oriented) else np.zeros(oriented.shape[1])
            span = (oriented.max(axis=0) - low) if len(oriented) else np.zeros(oriented.shape[1])
        normalised = np.divide(
            oriented - low, span, out=np.zeros_like(oriented), where=span > CONSTANT_TOLERANCE
        )
        return cls(normalised)

    def scores(self, weights: np.ndarray) -> np.ndarray:
        """Each combination's weighted mean of its scaled values (0..1; all 0 without weights)."""
        w = np.clip(np.asarray(weights, dtype=float), 0.0, None)
        total = w.sum()
        if total <= 0:
            return np.zeros(self.normalised.shape[0])
        return np.asarray(self.normalised @ (w / total))

    def rank(self, weights: np.ndarray, top: int | None = None) -> np.ndarray:
        """Combination rows by score, best first, ties in table order: all of them, or only the
        ``top`` best (found by a partial sort, then ordered)."""
        return ranked_rows(self.scores(weights), top)


def ranked_rows(scores: np.ndarray, top: int | None = None) -> np.ndarray:
    """Rows by descending ``scores``, ties in row order; only the ``top`` best when given."""
    n = len(scores)
    if top is None or top >= n:
        return np.lexsort((np.arange(n), -scores))
    if top <= 0:
        return np.zeros(0, dtype=int)
    # The top-th best score; every row above it is in, and rows equal to it fill up in row order.
    part = np.argpartition(-scores, top - 1)[:top]
    threshold = scores[part].min()
    above = np.flatnonzero(scores > threshold)
    tied = np.flatnonzero(scores == threshold)[: top - len(above)]
    chosen = np.concatenate([above, tied])
    return chosen[np.lexsort((chosen, -scores[chosen]))]


def weighted_rank(
    values: np.ndarray, signs: np.ndarray, weights: np.ndarray, top: int | None = None
) -> np.ndarray:
    """Combination rows ranked by the weighted mean of their scaled objectives (see
    ``WeightedRanking``), best first, ties in table order; only the ``top`` best when given."""
    return WeightedRanking.of(values, signs).rank(weights, top)
