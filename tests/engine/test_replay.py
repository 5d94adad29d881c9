"""The timeline replay's core: the events of each year read from the dated rows, each citing its
source, and a scenario's edits from its year on (issue #15)."""

from __future__ import annotations

import datetime as dt

import pytest

from regio_desktop import api


@pytest.fixture(scope="module")
def shipped() -> api.World:
    return api.load_world()


@pytest.fixture(scope="module")
def replay(shipped: api.World) -> api.Replay:
    return api.replay_of(shipped, states=shipped.focus_states)


def _events(replay: api.Replay, year: int, kind: str, bloc: str = "") -> list[api.YearEvent]:
    return [e for e in replay.events_in(year) if e.kind == kind and (not bloc or e.bloc == bloc)]


def test_the_replay_runs_from_1991_to_the_latest_year(
    shipped: api.World, replay: api.Replay
) -> None:
    assert replay.years == range(1991, shipped.latest_year + 1)
    assert all(1991 <= e.year <= shipped.latest_year for e in replay.events)
    assert [e.date for e in replay.events] == sorted(e.date for e in replay.events)


def test_georgia_leaves_the_cis_in_2009_citing_its_row(replay: api.Replay) -> None:
    (left,) = _events(replay, 2009, "left", "CIS")
    assert left.states == ("GEO",)
    assert left.date == dt.date(2009, 8, 18)
    assert left.before == "member"
    assert left.source == "cis_georgia_2009"
    assert left.citation and left.citation != left.source
    assert not _events(replay, 2008, "left", "CIS")


def test_uzbekistan_suspends_then_leaves_the_csto_in_2012(replay: api.Replay) -> None:
    (suspended,) = _events(replay, 2012, "suspended", "CSTO")
    (left,) = _events(replay, 2012, "left", "CSTO")
    assert suspended.states == left.states == ("UZB",)
    assert suspended.date < left.date == dt.date(2012, 12, 19)
    assert left.before == "suspended"
    # Its first membership lapsed in 1999 (as Azerbaijan's and Georgia's did), and it came back
    # in 2006.
    lapsed = {s for e in _events(replay, 1999, "left", "CSTO") for s in e.states}
    assert lapsed == {"AZE", "GEO", "UZB"}
    assert [e.states for e in _events(replay, 2006, "joined", "CSTO")] == [("UZB",)]


def test_the_eaeu_is_founded_in_2015_by_its_three_founders(replay: api.Replay) -> None:
    (founded,) = _events(replay, 2015, "bloc_founded", "EAEU")
    assert founded.states == ("BLR", "KAZ", "RUS")
    assert founded.source == "eaeu_treaty_2014" and founded.citation
    # The founders are not told twice; Armenia and Kyrgyzstan join later that year.
    assert not [e for e in _events(replay, 2015, "joined", "EAEU") if "KAZ" in e.states]
    assert {s for e in _events(replay, 2015, "joined", "EAEU") for s in e.states} == {"ARM", "KGZ"}
    # Its predecessors end that day: dissolutions, not each member leaving.
    assert {e.bloc for e in _events(replay, 2015, "bloc_dissolved")} >= {"EURASEC", "CU"}
    assert not _events(replay, 2015, "left", "EURASEC")


def test_sanctions_on_russia_from_2014_tighten_in_2022(replay: api.Replay) -> None:
    (imposed,) = [e for e in _events(replay, 2014, "sanctions_imposed") if e.states == ("RUS",)]
    assert imposed.severity == pytest.approx(0.5) and imposed.source == "eu_reg_269_2014"
    (tighter,) = [e for e in _events(replay, 2022, "sanctions_changed") if e.states == ("RUS",)]
    assert (tighter.before_severity, tighter.severity) == pytest.approx((0.5, 0.9))
    assert not [e for e in _events(replay, 2022, "sanctions_lifted") if e.states == ("RUS",)]


def test_new_observers_of_one_summit_make_one_event(replay: api.Replay) -> None:
    observers = [e for e in _events(replay, 2020, "joined", "EAEU") if e.status == "observer"]
    assert [e.states for e in observers] == [("UZB",)]  # Cuba is not a state the replay shows
    assert observers[0].others == 0


def test_every_data_event_cites_a_source_row(replay: api.Replay, shipped: api.World) -> None:
    assert replay.events
    for event in replay.events:
        assert event.source in shipped.sources.index, event
        assert event.citation == shipped.source_citation(event.source)


def test_events_only_concern_the_states_asked_for(shipped: api.World) -> None:
    only = api.replay_of(shipped, states=["KAZ"])
    member_events = [e for e in only.events if e.kind not in ("bloc_founded", "bloc_dissolved")]
    assert member_events and all(e.states == ("KAZ",) for e in member_events)
    assert not _events(only, 2009, "left", "CIS")


def test_a_scenario_applies_from_its_year_on(shipped: api.World) -> None:
    scenario = api.Scenario(name="Kazakhstan leaves", year=2018).with_status(
        "founding_member", "KAZ", "EAEU", None
    )
    replay = api.replay_of(shipped, scenario, states=shipped.focus_states)
    assert replay.edit_year == 2018
    assert replay.scenario_in(2017) == api.Scenario(name="Kazakhstan leaves", year=2017)
    assert replay.scenario_in(2020).memberships == scenario.memberships
    assert replay.scenario_in(2020).year == 2020
    (edit,) = _events(replay, 2018, "scenario_left", "EAEU")
    assert edit.states == ("KAZ",) and edit.before == "founding_member"
    assert edit.from_scenario and edit.citation == "Kazakhstan leaves" and not edit.source
    assert not [e for e in replay.events if e.from_scenario and e.year != 2018]
    before = api.evaluate(shipped, replay.scenario_in(2017))
    after = api.evaluate(shipped, replay.scenario_in(2019))
    assert before.status_matrix[before.states.index("KAZ"), before.blocs.index("EAEU")] != (
        "withdrawn"
    )
    assert after.status_matrix[after.states.index("KAZ"), after.blocs.index("EAEU")] == "withdrawn"


def test_a_scenario_without_a_year_applies_in_the_latest(shipped: api.World) -> None:
    scenario = api.Scenario().with_alignment("KAZ", "china-centred")
    replay = api.replay_of(shipped, scenario, states=["KAZ"])
    assert replay.edit_year == shipped.latest_year
    (choice,) = _events(replay, shipped.latest_year, "scenario_alignment")
    assert (choice.status, choice.before) == ("china-centred", "multi-vector")
    assert api.replay_of(shipped, api.Scenario()).edit_year is None


def test_replay_problems(shipped: api.World) -> None:
    assert api.replay_problems(shipped, 1991, 2025) == []
    codes = [p.code for p in api.replay_problems(shipped, 2020, 1995)]
    assert codes == ["replay_years_reversed"]
    outside = api.replay_problems(shipped, 1980, 2025)
    assert [p.code for p in outside] == ["year_out_of_range"]
    assert "1980" in outside[0].message
    for size in ((10, 10), (99999, 99999)):
        (too,) = api.replay_problems(shipped, 1991, 1992, size)
        assert too.code == "replay_size_out_of_range"
    assert api.parse_size("1920x1080") == (1920, 1080)
    assert api.parse_size(" 640X480 ") == (640, 480)
    for text in ("1920", "axb", "1920x", "-1x5", "١٩٢٠x1080"):
        found = api.parse_size(text)
        assert isinstance(found, api.Problem) and found.code == "replay_size_syntax"
