"""Engine parameters: weights, switches and bloc depths with defaults, overridable per scenario.

Parameters are data, not code: a scenario's ``parameters`` override these by name. Besides the
global weights below, the depth of any bloc can be overridden as ``bloc.<CODE>.<field>`` (for
example ``bloc.EAEU.delegation``), where field is one of BLOC_FIELDS; those values are 0..1.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from regio_desktop.problems import Problem, problem


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
        "exposure_neighbours",
        0.1,
        0.0,
        1.0,
        "Weight of the alignment exposure of the states a state shares transit corridors with.",
    ),
    ParameterInfo(
        "c5_solidarity",
        0.2,
        0.0,
        1.0,
        "Share of a Central Asian state's delegated autonomy won back when all other members "
        "of the C5 consultative format share its multi-vector stance (0 switches it off).",
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


BLOC_FIELDS: Final = (
    "depth_trade",
    "depth_regulation",
    "depth_security",
    "depth_politics",
    "delegation",
)
"""Bloc properties a scenario may override, as ``bloc.<CODE>.<field>``."""


class ParameterError(ValueError):
    """An unknown parameter name or a value outside its range."""


def parameter_problems(
    overrides: dict[str, float], bloc_codes: tuple[str, ...] | None = None
) -> list[Problem]:
    """Every unknown name or out-of-range value among a scenario's overrides."""
    problems = []
    for name, value in overrides.items():
        if name.startswith("bloc."):
            _, _, rest = name.partition(".")
            code, _, field = rest.rpartition(".")
            if field not in BLOC_FIELDS:
                problems.append(
                    problem("bloc_parameter_field", name=name, field=field, fields=BLOC_FIELDS)
                )
            elif bloc_codes is not None and code not in bloc_codes:
                problems.append(problem("bloc_parameter_unknown_bloc", name=name, bloc=code))
            elif not 0.0 <= value <= 1.0:
                problems.append(problem("bloc_parameter_out_of_range", name=name, value=value))
            continue
        info = _INFO.get(name)
        if info is None:
            problems.append(problem("unknown_parameter", name=name))
        elif not info.low <= value <= info.high:
            problems.append(
                problem(
                    "parameter_out_of_range", name=name, value=value, low=info.low, high=info.high
                )
            )
    return problems


def resolve(overrides: dict[str, float]) -> dict[str, float]:
    """Defaults with a scenario's global overrides applied (bloc overrides pass through as given)."""
    problems = parameter_problems(overrides)
    if problems:
        raise ParameterError("; ".join(p.message for p in problems))
    values = dict(DEFAULT_PARAMETERS)
    values.update({name: float(value) for name, value in overrides.items()})
    return values


def bloc_overrides(params: dict[str, float]) -> dict[tuple[str, str], float]:
    """The ``bloc.<CODE>.<field>`` overrides as {(code, field): value}."""
    out = {}
    for name, value in params.items():
        if name.startswith("bloc."):
            code, _, field = name[len("bloc.") :].rpartition(".")
            out[(code, field)] = value
    return out
