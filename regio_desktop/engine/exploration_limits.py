"""What an exploration may be asked: states named once, no pole, and a space it can get through.

An exploration holds every combination in memory at once (alignments^states x 2^toggles rows)
while that fits in ``MEMORY_LIMIT``; a larger space is streamed instead (exploration_stream.py:
chunks evaluated on the processor's cores, only the Pareto front and the best rows kept), in
bounded memory but still in time proportional to its size. So 20 states (3.5 billion rows) or
24 toggles are refused: the check here runs before anything is allocated and says how many
combinations that would be against ``STREAM_LIMIT``, so that the command line and the window say
it in one line, with what to do instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from regio_desktop.problems import Problem, problem
from regio_desktop.world.loaded_world import World

if TYPE_CHECKING:
    from regio_desktop.engine.exploration import Exploration

GiB = 1024**3
MEMORY_LIMIT = 2 * GiB
"""The most an exploration may hold in memory: 13 states with no toggles (1.6 million
combinations) fit; a larger space is streamed."""
STREAM_LIMIT = 3**16
"""The most combinations an exploration evaluates (16 states of three choices, 43 million:
about half a minute streamed on two cores, 3^15 in a third of it, benchmarks/engine_bench.py)."""


class ExplorationRefused(ValueError):
    """The exploration cannot run as asked; ``problems`` say why (nothing was computed)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(p.message for p in self.problems))


def combination_count(states: int, choices: int, toggles: int) -> int:
    """How many rows an exploration of that many states, choices and toggles has."""
    return int(choices**states * 2**toggles)


def exploration_bytes(states: int, choices: int, toggles: int, objectives: int) -> int:
    """An upper estimate of the memory an exploration holds at its peak.

    Per row: the index grid, the choice columns and their temporaries (8 bytes a state, four
    times), the objective values, their oriented and normalised copies and the table's column
    (8 bytes an objective, four times), the toggle columns (two object arrays) and the Pareto
    flag and win share. Measured peaks (12 states: 0.2 GB above the loaded world) stay below it.
    """
    per_row = 32 * states + 32 * objectives + 16 * toggles + 16
    return combination_count(states, choices, toggles) * per_row


def streams(states: int, choices: int, toggles: int, objectives: int) -> bool:
    """Whether an exploration of that size is streamed rather than held in memory."""
    return exploration_bytes(states, choices, toggles, objectives) > MEMORY_LIMIT


def exploration_problems(
    world: World,
    states: Sequence[str],
    toggles: Sequence[tuple[str, str]],
    choices: int,
    objectives: int,
) -> list[Problem]:
    """Why ``explore`` would refuse these inputs (empty: it can run). Unknown codes are the
    caller's to check first (the command line names them)."""
    problems: list[Problem] = []
    if not states:
        problems.append(problem("explore_no_state"))
    problems += [
        problem("explore_state_twice", state=s) for s, n in Counter(states).items() if n > 1
    ]
    poles = world.state_poles
    problems += [
        problem("pole_has_no_alignment", state=s) for s in dict.fromkeys(states) if s in poles
    ]
    problems += [
        problem("explore_toggle_twice", state=s, bloc=b)
        for (s, b), n in Counter(toggles).items()
        if n > 1
    ]
    distinct = len(set(states))
    combinations = combination_count(distinct, choices, len(set(toggles)))
    if combinations > STREAM_LIMIT:
        problems.append(
            problem(
                "explore_too_large",
                combinations=f"{combinations:,}",
                limit=f"{STREAM_LIMIT:,}",
            )
        )
    return problems


def streamed_notice(exploration: Exploration) -> Problem | None:
    """For a streamed exploration, what its table holds of the combinations evaluated (shown
    beside the results, so that no one reads the kept rows as the whole space); else None."""
    if not exploration.streamed:
        return None
    return problem(
        "explore_streamed",
        kept=f"{len(exploration.table):,}",
        evaluated=f"{exploration.evaluated:,}",
        front=f"{int(exploration.table['pareto'].sum()):,}",
        top=KEPT_BEST,
    )


KEPT_BEST = 100
"""How many of the best rows on each compared objective a streamed table keeps beside the
front (exploration_stream.py)."""


def streamed_refusal(
    what: str, states: Sequence[str], choices: int, toggles: Sequence[object], objectives: int
) -> str | None:
    """Why ``what`` (the drivers, scenario discovery, the Pareto share: each reads every
    combination) cannot be had for this space, said before anything is computed: a space
    streamed for want of memory keeps only some rows, so computing it first would only end in
    ``require_every_combination``'s refusal, after seconds or minutes. None: it fits."""
    distinct, flips = len(set(states)), len(set(toggles))
    if not streams(distinct, choices, flips, objectives):
        return None
    fit = distinct
    while fit > 1 and streams(fit, choices, flips, objectives):
        fit -= 1
    count = combination_count(distinct, choices, flips)
    fits = (
        ""
        if streams(fit, choices, flips, objectives)
        else (f"; {fit} states with these choices and toggles fit")
    )
    return (
        f"{what} every combination held at once, but the {count:,} combinations of "
        f"{distinct} states would be streamed (more than {MEMORY_LIMIT // GiB} GiB{fits}); "
        "explore fewer states or toggles"
    )


def require_every_combination(exploration: Exploration, code: str) -> None:
    """Raise ExplorationRefused with problem ``code`` when ``exploration`` was streamed: the
    drivers, scenario discovery and the Pareto share read every combination, and computing them
    on the kept rows alone would be silently wrong."""
    if exploration.streamed:
        raise ExplorationRefused(
            [
                problem(
                    code,
                    evaluated=f"{exploration.evaluated:,}",
                    kept=f"{len(exploration.table):,}",
                )
            ]
        )
