"""The window's words for the estimates the uncertainty analysis draws: each name of
``api.ESTIMATE_NAMES`` marked for translation (a test keeps the two equal), so that a chart's
tooltip names ``weight_alignment`` as "weight of the declared alignment in the ties to a pole" in
the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Estimates"

ESTIMATE_STRINGS: dict[str, str] = {
    "weight_trade": QT_TRANSLATE_NOOP("Estimates", "weight of trade in the ties to a pole"),
    "weight_institutions": QT_TRANSLATE_NOOP(
        "Estimates", "weight of bloc memberships in the ties to a pole"
    ),
    "weight_alignment": QT_TRANSLATE_NOOP(
        "Estimates", "weight of the declared alignment in the ties to a pole"
    ),
    "exposure_trade": QT_TRANSLATE_NOOP(
        "Estimates", "weight of trade with sanctioned economies in sanctions exposure"
    ),
    "exposure_institutions": QT_TRANSLATE_NOOP(
        "Estimates", "weight of blocs with sanctioned members in sanctions exposure"
    ),
    "exposure_alignment": QT_TRANSLATE_NOOP(
        "Estimates", "weight of aligning with a sanctioned pole in sanctions exposure"
    ),
    "exposure_neighbours": QT_TRANSLATE_NOOP(
        "Estimates", "weight of the corridor neighbours' alignments in sanctions exposure"
    ),
    "c5_solidarity": QT_TRANSLATE_NOOP(
        "Estimates", "share of delegated autonomy a shared C5 stance wins back"
    ),
    "dominance_weight": QT_TRANSLATE_NOOP(
        "Estimates", "weight of a bloc's dominant member in the autonomy delegated"
    ),
    "alignment_autonomy_cost": QT_TRANSLATE_NOOP(
        "Estimates", "autonomy given up by a single-pole alignment"
    ),
    "defence_multiplier": QT_TRANSLATE_NOOP(
        "Estimates", "weight of a defence obligation in security coverage"
    ),
    "transit_sanction_factor": QT_TRANSLATE_NOOP(
        "Estimates", "how far sanctions close a transit corridor"
    ),
    "CORRIDOR_BASE": QT_TRANSLATE_NOOP("Estimates", "worth of a transit corridor being open"),
    "CORRIDOR_EASE": QT_TRANSLATE_NOOP(
        "Estimates", "worth of free trade with a corridor's other states"
    ),
    "CORRIDOR_AFFINITY": QT_TRANSLATE_NOOP(
        "Estimates", "worth of alignment with a corridor's sponsoring pole"
    ),
    "CORRIDOR_SCALE": QT_TRANSLATE_NOOP(
        "Estimates", "open routes at which the transit index reaches 63"
    ),
}


def estimate_name(name: str) -> str:
    """A drawn parameter or constant in the user's language (its code when unknown)."""
    english = ESTIMATE_STRINGS.get(name)
    return QCoreApplication.translate(CONTEXT, english) if english else name
