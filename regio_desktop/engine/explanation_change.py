"""``explain_change()``: why an indicator moved from the baseline to the scenario, as a waterfall.

The same breakdown as ``explain`` (explanation.py), taken on both sides: a part of the baseline and
a part of the scenario are the same part when their phrases have the same key (the same bloc,
partner, pole, corridor or member). Starting from the baseline's inner sum, each part's difference
is added in turn, the largest first, and the step is what the indicator's own index gains or loses
by it; so the steps telescope to the scenario's value less the baseline's, and a part whose term
did not change makes no step. For a plain sum (a total, a share, a mean) a step is simply the
part's difference. Should the parts ever miss a term, the rest is one explicit step
("not explained by the parts"), never spread over the others.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from regio_desktop.engine.catalogue import DELTA_TOLERANCE, Judgement, indicator_info
from regio_desktop.engine.evaluation import evaluate
from regio_desktop.engine.explanation import breakdown, inputs
from regio_desktop.engine.explanation_parts import Breakdown, Contribution
from regio_desktop.engine.explanation_phrases import Phrase
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World


@dataclass(frozen=True)
class ChangeStep:
    """One step of the waterfall: a part that differs between the baseline and the scenario.

    ``baseline_phrase`` is None for a part the baseline does not have (a bloc joined),
    ``scenario_phrase`` None for one the scenario drops (a bloc left).
    """

    scenario_phrase: Phrase | None
    baseline_phrase: Phrase | None
    value: float
    """What the step adds to the indicator, in its units."""
    source: str = ""

    @property
    def phrase(self) -> Phrase:
        """The part as the scenario has it, or as the baseline had it."""
        phrase = self.scenario_phrase or self.baseline_phrase
        assert phrase is not None
        return phrase

    @property
    def label(self) -> str:
        """The step in English with codes, as the command line prints it (``worded``)."""
        return self.worded(lambda code: code)

    def worded(self, name: Callable[[str], str]) -> str:
        """The step in English, codes named by ``name``: the part, its baseline wording first
        where the two differ, or said to be new or gone (the window's ``step_text`` in English)."""
        now = self.scenario_phrase.worded(name) if self.scenario_phrase else ""
        before = self.baseline_phrase.worded(name) if self.baseline_phrase else ""
        if not now:
            return f"{before} (not in the scenario)"
        if not before:
            if self.scenario_phrase and self.scenario_phrase.code == "change_unexplained":
                return now
            return f"{now} (not in the baseline)"
        if now != before:
            return f"{before} → {now}"
        return now


@dataclass(frozen=True)
class ChangeExplanation:
    """An indicator's change for one entity, split into steps that add up to it."""

    indicator: str
    entity: str
    value: float
    baseline: float
    formula: Phrase
    steps: list[ChangeStep] = field(default_factory=list)
    """The parts that moved, the largest step first; their values sum to ``change``."""
    unchanged: list[Contribution] = field(default_factory=list)
    """The parts that did not move, as ``explain`` gives them for the scenario."""
    inputs: list[Phrase] = field(default_factory=list)

    @property
    def change(self) -> float:
        return self.value - self.baseline

    @property
    def unit(self) -> str:
        return indicator_info(self.indicator).unit

    @property
    def judgement(self) -> Judgement:
        """Whether the change is better or worse (``IndicatorInfo.judge``)."""
        return indicator_info(self.indicator).judge(self.change)


def _terms(parts: Breakdown) -> dict[str, tuple[Phrase, float, str]]:
    """One side's parts by key (the fixed ones, such as a starting 100, as plain terms)."""
    terms = {c.phrase.key: (c.phrase, c.value, c.source) for c in parts.fixed}
    for phrase, amount, source in parts.parts:
        key = phrase.key
        if key in terms:  # the same part twice: add them (no breakdown makes one so far)
            _, before, _ = terms[key]
            amount += before
        terms[key] = (phrase, amount, source)
    return terms


def explain_change(
    world: World, scenario: Scenario, indicator: str, entity: str
) -> ChangeExplanation:
    """Split the change of one indicator for a state, a bloc or the region into steps."""
    ev = evaluate(world, scenario)
    value, base = ev.value(indicator, entity), ev.baseline(indicator, entity)
    after = breakdown(ev, ev.result, indicator, entity)
    before = breakdown(ev, ev.base, indicator, entity)
    now, then = _terms(after), _terms(before)
    moved: list[tuple[str, float]] = []
    for key in dict.fromkeys([*then, *now]):
        difference = (now[key][1] if key in now else 0.0) - (then[key][1] if key in then else 0.0)
        if abs(difference) > DELTA_TOLERANCE:
            moved.append((key, difference))
    moved.sort(key=lambda item: -abs(item[1]))

    index = after.index
    fixed = {c.phrase.key for c in after.fixed}
    running = before.start + sum(a for k, (_, a, _) in then.items() if k not in fixed)
    steps = []
    for key, difference in moved:
        if index is None or key in fixed:
            step = difference
        else:
            start = index(running)
            running += difference
            step = index(running) - start
        if not abs(step) > DELTA_TOLERANCE:
            continue  # a part past a cap: it moves the sum, not the index
        source = now[key][2] if key in now else then[key][2]
        steps.append(
            ChangeStep(
                now[key][0] if key in now else None,
                then[key][0] if key in then else None,
                float(step),
                source,
            )
        )
    steps.sort(key=lambda s: -abs(s.value))
    rest = (value - base) - sum(s.value for s in steps)
    if math.isfinite(rest) and abs(rest) > 1e-9:
        steps.append(ChangeStep(Phrase("change_unexplained"), None, rest))
    unchanged = [c for c in after.contributions() if c.phrase.key not in dict(moved)]
    return ChangeExplanation(
        indicator,
        entity,
        value,
        base,
        after.formula,
        steps,
        unchanged,
        inputs(ev, indicator, entity),
    )
