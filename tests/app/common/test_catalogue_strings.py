"""Every indicator title, description and unit of the engine's catalogue is marked for translation."""

from __future__ import annotations

from regio_desktop import api
from regio_desktop.app.common.catalogue_strings import (
    INDICATOR_DESCRIPTIONS,
    INDICATOR_TITLES,
    UNITS,
)


def test_every_indicator_title_is_marked() -> None:
    assert {info.title for info in api.INDICATORS} <= set(INDICATOR_TITLES)


def test_every_unit_is_marked() -> None:
    assert {info.unit for info in api.INDICATORS} <= set(UNITS)


def test_every_indicator_description_is_marked() -> None:
    assert {info.description for info in api.INDICATORS} <= set(INDICATOR_DESCRIPTIONS)
