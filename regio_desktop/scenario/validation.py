"""Checking a scenario against a world: codes that exist, actions that are possible, a valid year.

These are errors (the scenario cannot be evaluated); tensions that an analyst may still want to
explore (a China-centred state inside the CSTO) are the engine's ``consistency.check``. Each
problem is data (a code and its parameters, regio_desktop/problems.py), worded by whoever shows it.
"""

from __future__ import annotations

from regio_desktop.problems import Problem, problem
from regio_desktop.scenario.model import Scenario
from regio_desktop.scenario.parameters import parameter_problems
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import ACTIVE_STATUSES, SCENARIO_ALIGNMENTS


class ScenarioError(ValueError):
    """A scenario that does not fit the world; the message lists every problem found (in English).

    ``problems`` keeps them as data, so that a window can word them in its own language.
    """

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def baseline_status(world: World, state: str, bloc: str, year: int) -> str:
    """The status a state holds in a bloc on the baseline date ('' for none)."""
    rows = world.memberships_on(year)
    rows = rows[(rows["state"] == state) & (rows["bloc"] == bloc)]
    return str(rows["status"].iloc[0]) if len(rows) else ""


def validate(world: World, scenario: Scenario) -> list[Problem]:
    """Every problem that makes the scenario impossible in this world (empty list: fine)."""
    problems: list[Problem] = []
    year = world.latest_year if scenario.year is None else scenario.year
    if not world.first_year <= year <= world.latest_year:
        problems.append(
            problem(
                "year_out_of_range", year=year, first=world.first_year, latest=world.latest_year
            )
        )
        year = min(max(year, world.first_year), world.latest_year)
    states, blocs = set(world.state_codes), set(world.bloc_codes)
    pole_states = set(world.states.index[world.states["pole"].notna()])
    for edit in scenario.memberships:
        if edit.state not in states:
            problems.append(problem("unknown_state", state=edit.state))
            continue
        if edit.bloc not in blocs:
            problems.append(problem("unknown_bloc", bloc=edit.bloc))
            continue
        current = baseline_status(world, edit.state, edit.bloc, year)
        active = current in ACTIVE_STATUSES
        if edit.action == "leave" and not (active or current == "suspended"):
            problems.append(
                problem("leave_not_member", state=edit.state, bloc=edit.bloc, year=year)
            )
        elif edit.action == "join" and active and current == edit.status:
            problems.append(
                problem(
                    "join_already_holding",
                    state=edit.state,
                    bloc=edit.bloc,
                    status=current,
                    year=year,
                )
            )
        elif edit.action == "set_status" and not active:
            problems.append(
                problem("set_status_without_status", state=edit.state, bloc=edit.bloc, year=year)
            )
    problems += parameter_problems(scenario.parameter_map, world.bloc_codes)
    for state, choice in scenario.alignments:
        if state not in states:
            problems.append(problem("unknown_alignment_state", state=state))
        elif state in pole_states:
            problems.append(problem("pole_has_no_alignment", state=state))
        elif choice not in SCENARIO_ALIGNMENTS:
            problems.append(problem("unknown_alignment", alignment=choice))
    return problems


def require_valid(world: World, scenario: Scenario) -> None:
    """Raise ScenarioError listing the problems, if there are any."""
    problems = validate(world, scenario)
    if problems:
        raise ScenarioError(problems)
