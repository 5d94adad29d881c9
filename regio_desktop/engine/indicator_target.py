"""ENTITY:INDICATOR, the one rule for reading which indicator of which entity a user means.

The drivers (``--indicator KAZ:autonomy``) and scenario discovery (``--where
"KAZ:autonomy>60"``, the window's condition builder) both name an indicator of a state, a bloc or
the region. They read it here, so that both accept the same spellings: entity codes and
indicator codes in any case (``kaz:Autonomy``, ``Region:region_gdp_russia_led``), spaces around
either, and refuse the same mistakes with the same problems (regio_desktop/problems.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from regio_desktop.engine.catalogue import IndicatorInfo, Level, find_indicator
from regio_desktop.problems import Problem, problem
from regio_desktop.world.loaded_world import World

REGION = "region"


@dataclass(frozen=True)
class Target:
    """An indicator of one entity, both in their canonical spelling (``KAZ``, ``autonomy``)."""

    entity: str
    info: IndicatorInfo

    @property
    def indicator(self) -> str:
        return self.info.code

    @property
    def text(self) -> str:
        return f"{self.entity}:{self.indicator}"


def entity_code(text: str) -> str:
    """An entity as typed, in its canonical spelling: ``region`` in lower case, codes in upper."""
    text = text.strip()
    return REGION if text.lower() == REGION else text.upper()


def entity_level(world: World, entity: str) -> Level | None:
    """Whether a canonical entity code is a state, a bloc or the region (None: none of them)."""
    if entity == REGION:
        return "region"
    if entity in world.state_codes:
        return "state"
    if entity in world.bloc_codes:
        return "bloc"
    return None


def resolve_target(world: World, entity_text: str, indicator_text: str) -> Target | Problem:
    """The indicator ``indicator_text`` of the entity ``entity_text``, or the problem that says
    why it is none (an unknown entity or indicator, or an indicator of another level)."""
    entity = entity_code(entity_text)
    level = entity_level(world, entity)
    if level is None:
        return problem("where_unknown_entity", entity=entity)
    info = find_indicator(indicator_text)
    if info is None:
        return problem("where_unknown_indicator", indicator=indicator_text.strip())
    if info.level != level:
        return problem(
            "where_wrong_level",
            indicator=info.code,
            level=info.level,
            entity=entity,
            entity_level=level,
        )
    return Target(entity, info)
