"""``IndicatorInfo.judge``: the one answer to "is this change better or worse for the state"."""

from __future__ import annotations

import math

import pytest

from regio_desktop import api
from regio_desktop.engine.catalogue import DELTA_TOLERANCE, indicator_info


@pytest.mark.parametrize(
    ("code", "delta", "expected"),
    [
        ("autonomy", 2.5, "better"),
        ("autonomy", -0.1, "worse"),
        ("sanctions_exposure", 3.0, "worse"),
        ("sanctions_exposure", -3.0, "better"),
        ("dependence_china", 4.0, "neutral"),
        ("bloc_members", -1.0, "neutral"),
        ("autonomy", 0.0, "same"),
        ("autonomy", DELTA_TOLERANCE, "same"),
        ("sanctions_exposure", -DELTA_TOLERANCE / 2, "same"),
        ("autonomy", 2 * DELTA_TOLERANCE, "better"),
        ("dependence_china", 0.0, "same"),
        ("autonomy", math.nan, "same"),
    ],
)
def test_judge(code: str, delta: float, expected: str) -> None:
    assert indicator_info(code).judge(delta) == expected


def test_every_indicator_judges_a_rise_by_its_direction() -> None:
    for info in api.INDICATORS:
        expected = {"better": "better", "worse": "worse"}.get(info.higher_is, "neutral")
        assert info.judge(1.0) == expected, info.code


def test_exploration_minimises_what_judge_calls_worse(
    tiny_world: api.World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Flip judge for autonomy and the exploration's Pareto front follows: it asks judge which
    way is better instead of reading ``higher_is`` itself."""
    base = api.Scenario(year=2020)
    objectives = ("autonomy",)
    best = api.explore(tiny_world, base, ["KAZ"], objectives=objectives).table
    real = api.IndicatorInfo.judge

    def flipped(self: api.IndicatorInfo, delta: float) -> str:
        verdict = real(self, delta)
        if self.code != "autonomy":
            return verdict
        return {"better": "worse", "worse": "better"}.get(verdict, verdict)

    monkeypatch.setattr(api.IndicatorInfo, "judge", flipped)
    worst = api.explore(tiny_world, base, ["KAZ"], objectives=objectives).table
    assert best.loc[best["pareto"], "autonomy"].max() == best["autonomy"].max()
    assert worst.loc[worst["pareto"], "autonomy"].min() == worst["autonomy"].min()
    assert best["autonomy"].max() > best["autonomy"].min()


def test_is_change_is_the_rule_judge_uses_for_same() -> None:
    from regio_desktop.engine.catalogue import is_change

    assert not is_change(0.0) and not is_change(DELTA_TOLERANCE) and not is_change(float("nan"))
    assert is_change(2 * DELTA_TOLERANCE) and is_change(-0.5)
    info = indicator_info("autonomy")
    for delta in (0.0, DELTA_TOLERANCE / 2, 1e-6, -3.0, float("nan")):
        assert (info.judge(delta) == "same") == (not is_change(delta))
