"""Each estimated data value is drawn over the range documented for it (estimate_ranges.csv), and
a value without one over a default that scales with it (fresh-eyes review of #14 item 3: the CIS
Free Trade Area's delegation of 0.02 was drawn up to 0.17, the Northern Route's documented
exposure range of 0.3-0.8 was drawn over 0.3-0.7)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from regio_desktop import api
from regio_desktop.engine.estimate_ranges import default_range, documented_ranges
from regio_desktop.engine.uncertainty_design import Column, Design, design
from regio_desktop.world.builder import build
from regio_desktop.world.data_files import DataFileError
from tests.conftest import TINY_WORLD_DIR


@pytest.fixture(scope="module")
def shipped_plan() -> tuple[api.World, Design]:
    world = api.load_world()
    ev = api.evaluate(world, api.Scenario(year=2024))
    live = ev.result.terms.full.any(axis=0) | ev.base.terms.full.any(axis=0)
    plan = design(
        ev.snapshot,
        ev.result.status,
        ev.result.alignment,
        ev.params,
        frozenset(),
        live,
        documented_ranges(world, ev.snapshot.date),
    )
    return world, plan


def _column(plan: Design, what: str, index: int) -> Column:
    (found,) = [c for c in plan.columns if c.target[:2] == (what, index)]
    return found


def test_the_default_scales_with_the_value() -> None:
    assert default_range(0.02, 0.15) == pytest.approx((0.01, 0.03))
    assert default_range(0.6, 0.15) == pytest.approx((0.45, 0.75))
    assert default_range(0.95, 0.15) == pytest.approx((0.8, 1.0))


def test_a_near_zero_delegation_stays_near_zero(shipped_plan: tuple[api.World, Design]) -> None:
    _, plan = shipped_plan
    cis_fta = _column(plan, "delegation", plan.snap.bloc_index("CIS_FTA"))
    assert (cis_fta.point, cis_fta.low, cis_fta.high) == pytest.approx((0.02, 0.0, 0.05))
    unit = np.random.default_rng(0).random((500, len(plan.columns)))
    drawn = plan.values(unit)[:, plan.columns.index(cis_fta)]
    assert drawn.max() <= 0.05


def test_the_documented_northern_route_range_is_drawn(
    shipped_plan: tuple[api.World, Design],
) -> None:
    _, plan = shipped_plan
    northern = _column(plan, "corridor_exposure", plan.snap.corridors.index("NORTHERN"))
    assert (northern.low, northern.high) == (0.3, 0.8)
    from scipy.stats import qmc

    unit = qmc.LatinHypercube(d=len(plan.columns), seed=np.random.default_rng(0)).random(1000)
    drawn = plan.values(unit)[:, plan.columns.index(northern)]
    assert drawn.min() < 0.301 and drawn.max() > 0.799


def test_a_regime_in_force_takes_its_rows_ranges(shipped_plan: tuple[api.World, Design]) -> None:
    _, plan = shipped_plan
    rus = plan.snap.state_index("RUS")
    severity = _column(plan, "severity", rus)
    transit = _column(plan, "transit_share", rus)
    assert (severity.low, severity.high) == (0.8, 1.0)  # RUS/2022-02-24, the band 0.85-0.9
    assert (transit.low, transit.high) == (0.8, 1.0)  # the range its note gives


def test_a_value_without_a_documented_range_takes_the_stated_default(
    shipped_plan: tuple[api.World, Design],
) -> None:
    _, plan = shipped_plan
    brics = _column(plan, "depth_politics", plan.snap.bloc_index("BRICS"))
    assert (brics.low, brics.high) == pytest.approx((0.15, 0.45))
    aiib = _column(plan, "depth_politics", plan.snap.bloc_index("AIIB"))
    assert (aiib.low, aiib.high) == pytest.approx((0.025, 0.075))


def test_every_shipped_delegation_and_exposure_has_a_documented_range(
    shipped_plan: tuple[api.World, Design],
) -> None:
    world, _ = shipped_plan
    ranges = world.estimate_ranges
    documented = set(zip(ranges["kind"], ranges["code"], ranges["field"], strict=True))
    for code, delegation in world.blocs["delegation"].items():
        if delegation > 0:
            assert ("bloc", code, "delegation") in documented, code
    for code, exposure in world.corridors["sanctions_exposure"].items():
        if exposure < 1:
            assert ("corridor", code, "sanctions_exposure") in documented, code
    assert ranges["reason"].str.len().min() > 20


def test_the_builder_refuses_a_range_that_leaves_out_the_value(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(TINY_WORLD_DIR, data)
    source = (data / "sources.csv").read_text(encoding="utf-8").splitlines()[1].split(",")[0]
    header = "kind,code,field,low,high,source,reason\n"
    (data / "estimate_ranges.csv").write_text(
        f"{header}bloc,EAEU,delegation,0.1,0.3,{source},too low for the recorded 0.5\n", "utf-8"
    )
    with pytest.raises(DataFileError, match=r"outside its range 0\.1-0\.3"):
        build(data, tmp_path / "w.sqlite")
    (data / "estimate_ranges.csv").write_text(
        f"{header}bloc,NOPE,delegation,0,1,{source},x\n", "utf-8"
    )
    with pytest.raises(DataFileError, match="no bloc 'NOPE'"):
        build(data, tmp_path / "w.sqlite")
