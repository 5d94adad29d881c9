"""Drivers on the shipped world: the shares follow what the model says depends on what."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regio_desktop import api
from regio_desktop.cli import main

WORLD = api.load_world()
BASE = api.Scenario(year=2024)
STATES = ["KAZ", "UZB", "KGZ"]


def test_a_states_autonomy_is_driven_by_its_choices_and_its_c5_neighbours() -> None:
    """Autonomy depends on the state's own alignment and memberships, and (the C5 interaction,
    #14 item 8) on how many other Central Asian states share a multi-vector stance."""
    found = api.drivers(WORLD, BASE, STATES, "autonomy", "KAZ", [("KAZ", "CSTO")])
    shares = found.shares.set_index("factor")
    assert set(shares.index) == {"KAZ", "UZB", "KGZ", "KAZ:CSTO"}
    assert shares.loc["UZB", "total"] > 0.0 and shares.loc["KGZ", "total"] > 0.0
    assert shares.loc["UZB", "total"] < shares.loc["KAZ", "total"]
    assert shares.loc["KAZ:CSTO", "total"] > 0.1  # leaving a defence alliance frees autonomy
    assert (shares["first_order"] <= shares["total"] + 1e-12).all()


def test_corridor_neighbours_drive_exposure() -> None:
    """Uzbekistan shares three corridors with Kazakhstan (the Central Asia-Center, Central
    Asia-China and Bukhara-Tashkent-Bishkek-Almaty gas pipelines), Kyrgyzstan only the last:
    both move Kazakhstan's neighbour term, Uzbekistan more. (Kyrgyzstan moved none before the
    #12 review's second round added the Bukhara-Tashkent-Bishkek-Almaty line.)"""
    shares = api.drivers(WORLD, BASE, STATES, "sanctions_exposure", "KAZ").shares
    found = shares.set_index("factor")
    assert found.loc["UZB", "total"] > found.loc["KGZ", "total"] > 0.0


def test_corridor_neighbours_drive_transit_through_sponsored_routes() -> None:
    """Uzbekistan's choice moves Kazakhstan's route terms on the Central Asia-Center (Russia's)
    and Central Asia-China pipelines. The only line Kyrgyzstan shares with Kazakhstan, the
    Bukhara-Tashkent-Bishkek-Almaty one, has no sponsoring pole (its pole is ``other``; #12
    evidence review), so no choice of Kyrgyzstan's moves it."""
    shares = api.drivers(WORLD, BASE, STATES, "transit_connectivity", "KAZ").shares
    found = shares.set_index("factor")
    assert found.loc["UZB", "total"] > 0.0
    assert found.loc["KGZ", "total"] == pytest.approx(0.0, abs=1e-9)


def test_a_blocs_cohesion_is_driven_by_its_members_choices() -> None:
    shares = api.drivers(WORLD, BASE, STATES, "bloc_cohesion", "EAEU").shares.set_index("factor")
    assert shares.loc["UZB", "total"] == 0.0  # an observer, not a member
    assert shares.loc["KAZ", "total"] > 0 and shares.loc["KGZ", "total"] > 0


@pytest.mark.parametrize(
    ("indicator", "entity", "message"),
    [
        ("bloc_gdp", "KAZ", "bloc indicator"),
        ("nothing", "KAZ", "not an indicator"),
        ("autonomy", "XXX", "not a state code"),
    ],
)
def test_questions_the_model_cannot_answer_are_refused(
    indicator: str, entity: str, message: str
) -> None:
    with pytest.raises(api.DriversError, match=message):
        api.drivers(WORLD, BASE, STATES, indicator, entity)


def test_the_command_line_prints_the_shares_sorted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = tmp_path / "s.regio.json"
    scenario.write_text(json.dumps({"format": "regio-scenario", "version": 1, "year": 2024}))
    args = ["drivers", str(scenario), "--states", "KAZ,UZB", "--toggle", "KAZ:CSTO"]
    assert main([*args, "--indicator", "KAZ:autonomy", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["unit"] == "index" and document["better"] == "higher"
    rows = document["shares"]
    assert [r["factor"] for r in rows][:2] in (["KAZ:CSTO", "KAZ"], ["KAZ", "KAZ:CSTO"])
    totals = [r["total"] for r in rows]
    assert totals == sorted(totals, reverse=True)
    assert main([*args, "--indicator", "autonomy"]) == 2
    assert "ENTITY:INDICATOR" in capsys.readouterr().err


def test_an_explorations_drivers_are_the_decomposition_of_each_objective() -> None:
    """Every objective's shares, straight from the explored table, equal ``drivers`` for a state
    when the exploration judged that state alone, toggles included."""
    toggles = [("KAZ", "CSTO")]
    exploration = api.explore(
        WORLD,
        BASE,
        STATES,
        toggles=toggles,
        objectives=("autonomy", "security_coverage"),
        aggregation=api.Aggregation("state", "KAZ"),
        samples=1,
    )
    shares = api.exploration_drivers(exploration)
    assert list(shares.columns) == ["objective", "factor", "first_order", "total"]
    assert len(shares) == 2 * 4
    for objective in ("autonomy", "security_coverage"):
        mine = shares[shares["objective"] == objective].set_index("factor")
        found = api.drivers(WORLD, BASE, STATES, objective, "KAZ", toggles)
        theirs = found.shares.set_index("factor")
        for factor in theirs.index:
            for column in ("first_order", "total"):
                assert mine.loc[factor, column] == pytest.approx(theirs.loc[factor, column])
