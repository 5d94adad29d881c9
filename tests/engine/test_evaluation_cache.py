"""The engine's caches let go of a World once nobody else holds it.

Every argument edit makes a new World (``api.with_store_arguments``); a cache whose values keep
their World alive would grow for as long as the program runs.
"""

from __future__ import annotations

import dataclasses
import gc
import weakref

from regio_desktop import api
from regio_desktop.world.loaded_world import World

EDITED = (
    api.Scenario(year=2020)
    .with_alignment("KAZ", "china-centred")
    .with_membership(api.MembershipEdit("UZB", "EAEU", "join", "member"))
)


def _replaced_worlds_alive(tiny_world: World, count: int) -> int:
    """Replace the world ``count`` times as an argument edit does, use each as the window does,
    drop every reference and count the replacements still alive."""
    refs: list[weakref.ref[World]] = []
    world = tiny_world
    for _ in range(count):
        world = dataclasses.replace(world, arguments=world.arguments.copy())
        refs.append(weakref.ref(world))
        for scenario in (api.Scenario(), api.Scenario(year=2023), EDITED):
            evaluation = api.evaluate(world, scenario)
            api.explain(world, scenario, "dependence_russia", "KAZ")
            api.check(world, scenario)
            api.arguments_for(world, scenario, "KAZ", evaluation)
    del world, evaluation
    gc.collect()
    return sum(ref() is not None for ref in refs)


def test_replaced_worlds_are_freed(tiny_world: World) -> None:
    assert _replaced_worlds_alive(tiny_world, 50) <= 1


def test_evaluation_keeps_its_world_for_its_holder(tiny_world: World) -> None:
    world = dataclasses.replace(tiny_world)
    ref = weakref.ref(world)
    evaluation = api.evaluate(world, EDITED)
    del world
    gc.collect()
    assert ref() is not None and evaluation.world is ref()
    assert api.explain(evaluation.world, EDITED, "autonomy", "KAZ").value == evaluation.value(
        "autonomy", "KAZ"
    )


def test_evaluations_are_still_cached(tiny_world: World) -> None:
    first = api.evaluate(tiny_world, EDITED)
    again = api.evaluate(tiny_world, EDITED)
    assert again is first
    # A dropped evaluation is rebuilt from what the cache kept: same arrays, no recomputation.
    result = first.result
    del first, again
    gc.collect()
    assert api.evaluate(tiny_world, EDITED).result is result
