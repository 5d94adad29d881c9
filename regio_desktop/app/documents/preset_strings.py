"""The preset scenarios' names and descriptions in the user's language.

The preset files (resources/scenarios) hold English text, as every scenario file does; a Russian
or Kazakh window showed them in English. The texts are listed here for lupdate, and an opened
preset takes the translated name and description as its own (they are its saved state, so it does
not count as edited). A test keeps this list equal to the shipped presets.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from regio_desktop import api

NAMES = (
    QT_TRANSLATE_NOOP("PresetNames", "Status quo"),
    QT_TRANSLATE_NOOP("PresetNames", "Deeper Russia-led Eurasian Economic Union"),
    QT_TRANSLATE_NOOP("PresetNames", "China-centred Central Asia"),
    QT_TRANSLATE_NOOP(
        "PresetNames", "Kazakhstan's multi-vector balancing with a BRICS partnership"
    ),
    QT_TRANSLATE_NOOP("PresetNames", "Kazakhstan leaves the CSTO and the EAEU"),
    QT_TRANSLATE_NOOP("PresetNames", "Uzbekistan becomes a full EAEU member"),
    QT_TRANSLATE_NOOP("PresetNames", "Armenia leaves the CSTO"),
)
DESCRIPTIONS = (
    QT_TRANSLATE_NOOP(
        "PresetDescriptions",
        "The world as it stands in the latest year: Kazakhstan in the EAEU and the CSTO while declaring a multi-vector foreign policy. The baseline every other preset is compared with.",
    ),
    QT_TRANSLATE_NOOP(
        "PresetDescriptions",
        "The union deepens and widens: Uzbekistan and Tajikistan become full members and members delegate more regulation to the Commission (EAEU regulation depth 0.8, delegation 0.6 instead of the shipped estimates).",
    ),
    QT_TRANSLATE_NOOP(
        "PresetDescriptions",
        "All five Central Asian states turn to a China-centred Greater Asia while keeping their current memberships.",
    ),
    QT_TRANSLATE_NOOP(
        "PresetDescriptions",
        "Kazakhstan, in 2024, keeps its multi-vector balance and becomes a BRICS partner country (which it did from 1 January 2025).",
    ),
    QT_TRANSLATE_NOOP(
        "PresetDescriptions",
        "Kazakhstan withdraws from both Russia-led bodies, which critics of membership see as a source of sanctions and sovereignty risk, and keeps a multi-vector alignment.",
    ),
    QT_TRANSLATE_NOOP(
        "PresetDescriptions",
        "Uzbekistan, an observer since December 2020, becomes a full member of the Eurasian Economic Union.",
    ),
    QT_TRANSLATE_NOOP(
        "PresetDescriptions",
        "Armenia, in 2023, before it froze its CSTO participation in February 2024, withdraws from the CSTO and keeps the multi-vector balance it already has in the data: it loses the treaty's security backing and the Russia-led institutional tie.",
    ),
)


def translated_preset(scenario: api.Scenario) -> api.Scenario:
    """``scenario`` with its name and description in the user's language where known."""
    name = QCoreApplication.translate("PresetNames", scenario.name)
    description = QCoreApplication.translate("PresetDescriptions", scenario.description)
    return scenario.renamed(name, description)
