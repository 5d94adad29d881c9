"""Every estimate the uncertainty analysis draws, named in words (#14 item 3).

The rankings ("which estimates matter most") named a parameter or a constant by its code
(``weight_alignment``, ``CORRIDOR_SCALE``) among prose; a reader of the report or of a chart's
tooltip should not need the scenario file's vocabulary to know which assumption to question. The
window words the same names in the user's language (app/common/estimate_strings.py, kept equal to
this table by a test).
"""

from __future__ import annotations

from typing import Final

ESTIMATE_NAMES: Final[dict[str, str]] = {
    "weight_trade": "weight of trade in the ties to a pole",
    "weight_institutions": "weight of bloc memberships in the ties to a pole",
    "weight_alignment": "weight of the declared alignment in the ties to a pole",
    "exposure_trade": "weight of trade with sanctioned economies in sanctions exposure",
    "exposure_institutions": "weight of blocs with sanctioned members in sanctions exposure",
    "exposure_alignment": "weight of aligning with a sanctioned pole in sanctions exposure",
    "exposure_neighbours": "weight of the corridor neighbours' alignments in sanctions exposure",
    "c5_solidarity": "share of delegated autonomy a shared C5 stance wins back",
    "dominance_weight": "weight of a bloc's dominant member in the autonomy delegated",
    "alignment_autonomy_cost": "autonomy given up by a single-pole alignment",
    "defence_multiplier": "weight of a defence obligation in security coverage",
    "transit_sanction_factor": "how far sanctions close a transit corridor",
    "CORRIDOR_BASE": "worth of a transit corridor being open",
    "CORRIDOR_EASE": "worth of free trade with a corridor's other states",
    "CORRIDOR_AFFINITY": "worth of alignment with a corridor's sponsoring pole",
    "CORRIDOR_SCALE": "open routes at which the transit index reaches 63",
}
"""English names of the drawn parameters and constants, by the name ``Uncertainty.estimates``
gives them."""
