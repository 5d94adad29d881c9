"""Engine parameters: weights and switches with documented defaults, overridable per scenario.

Parameters are data, not code: a scenario's ``parameters`` override these by name, and the
exploration samples the weights to test how robust a ranking is.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Final


@dataclass(frozen=True)
class ParameterInfo:
    """One parameter: its default, its allowed range and what it does."""

    name: str
    default: float
    low: float
    high: float
    description: str


PARAMETERS: Final = (
    ParameterInfo(
        "sanctions_regime",
        1.0,
        0.0,
        1.0,
        "1 applies the Western sanctions regimes in force; 0 assumes none.",
    ),
    ParameterInfo(
        "weight_trade", 0.5, 0.0, 1.0, "Weight of trade shares in a state's ties to a pole."
    ),
    ParameterInfo(
        "weight_institutions",
        0.3,
        0.0,
        1.0,
        "Weight of bloc memberships led by a pole in a state's ties to it.",
    ),
    ParameterInfo(
        "weight_alignment",
        0.2,
        0.0,
        1.0,
        "Weight of the declared alignment choice in a state's ties to a pole.",
    ),
    ParameterInfo(
        "exposure_trade",
        0.45,
        0.0,
        1.0,
        "Weight of trade with sanctioned poles in sanctions exposure.",
    ),
    ParameterInfo(
        "exposure_institutions",
        0.35,
        0.0,
        1.0,
        "Weight of membership in blocs whose economy is sanctioned in sanctions exposure.",
    ),
    ParameterInfo(
        "exposure_alignment",
        0.2,
        0.0,
        1.0,
        "Weight of aligning with a sanctioned pole in sanctions exposure.",
    ),
    ParameterInfo(
        "dominance_weight",
        0.5,
        0.0,
        1.0,
        "How much a bloc's dominant member magnifies the autonomy a member delegates.",
    ),
    ParameterInfo(
        "alignment_autonomy_cost",
        0.1,
        0.0,
        1.0,
        "Autonomy given up by choosing a single pole instead of balancing.",
    ),
    ParameterInfo(
        "defence_multiplier",
        2.0,
        1.0,
        5.0,
        "How much more a collective-defence promise counts than security cooperation.",
    ),
    ParameterInfo(
        "transit_sanction_factor",
        1.0,
        0.0,
        1.0,
        "How strongly sanctions on a transit state close a corridor.",
    ),
)

DEFAULT_PARAMETERS: Final = MappingProxyType({p.name: p.default for p in PARAMETERS})
_INFO: Final = {p.name: p for p in PARAMETERS}


class ParameterError(ValueError):
    """An unknown parameter name or a value outside its range."""


def resolve(overrides: dict[str, float]) -> dict[str, float]:
    """Defaults with a scenario's overrides applied, each checked against its range."""
    values = dict(DEFAULT_PARAMETERS)
    for name, value in overrides.items():
        info = _INFO.get(name)
        if info is None:
            raise ParameterError(f"unknown parameter '{name}'")
        if not info.low <= value <= info.high:
            raise ParameterError(f"parameter '{name}' = {value} is outside {info.low}..{info.high}")
        values[name] = float(value)
    return values
