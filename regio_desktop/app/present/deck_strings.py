"""The shipped decks' titles, questions and options in the user's language.

The deck files (resources/decks) hold English text, as every deck file does; what the room reads
(a step's title, its question, the options of its tally) is listed here for lupdate and shown
translated where a translation exists. Speaker notes stay as written: they are the facilitator's.
A test keeps this list equal to the shipped decks' texts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEXTS = (
    QT_TRANSLATE_NOOP("DeckTexts", "From EurAsEC to the EAEU"),
    QT_TRANSLATE_NOOP("DeckTexts", "The Eurasian Economic Community"),
    QT_TRANSLATE_NOOP("DeckTexts", "Why try again after the CIS?"),
    QT_TRANSLATE_NOOP("DeckTexts", "Economics"),
    QT_TRANSLATE_NOOP("DeckTexts", "Security"),
    QT_TRANSLATE_NOOP("DeckTexts", "Russia's pull"),
    QT_TRANSLATE_NOOP("DeckTexts", "Uzbekistan steps in"),
    QT_TRANSLATE_NOOP("DeckTexts", "What makes a member step in and out again?"),
    QT_TRANSLATE_NOOP("DeckTexts", "Its own interests"),
    QT_TRANSLATE_NOOP("DeckTexts", "Outside pressure"),
    QT_TRANSLATE_NOOP("DeckTexts", "The Customs Union"),
    QT_TRANSLATE_NOOP(
        "DeckTexts", "Was a common tariff with Russia a good bargain for Kazakhstan?"
    ),
    QT_TRANSLATE_NOOP("DeckTexts", "A good bargain"),
    QT_TRANSLATE_NOOP("DeckTexts", "A bad bargain"),
    QT_TRANSLATE_NOOP("DeckTexts", "Too early to tell"),
    QT_TRANSLATE_NOOP("DeckTexts", "The Common Economic Space"),
    QT_TRANSLATE_NOOP("DeckTexts", "Who leads Eurasian integration now?"),
    QT_TRANSLATE_NOOP("DeckTexts", "Russia"),
    QT_TRANSLATE_NOOP("DeckTexts", "Kazakhstan"),
    QT_TRANSLATE_NOOP("DeckTexts", "No one"),
    QT_TRANSLATE_NOOP("DeckTexts", "The Eurasian Economic Union"),
    QT_TRANSLATE_NOOP("DeckTexts", "Did the union deliver what the community promised?"),
    QT_TRANSLATE_NOOP("DeckTexts", "Yes"),
    QT_TRANSLATE_NOOP("DeckTexts", "Partly"),
    QT_TRANSLATE_NOOP("DeckTexts", "No"),
    QT_TRANSLATE_NOOP("DeckTexts", "Wider: Uzbekistan joins"),
    QT_TRANSLATE_NOOP("DeckTexts", "Should the union widen to Uzbekistan?"),
    QT_TRANSLATE_NOOP("DeckTexts", "Deeper: more for the Commission"),
    QT_TRANSLATE_NOOP("DeckTexts", "Deeper or wider: which could Kazakhstan accept?"),
    QT_TRANSLATE_NOOP("DeckTexts", "Deeper"),
    QT_TRANSLATE_NOOP("DeckTexts", "Wider"),
    QT_TRANSLATE_NOOP("DeckTexts", "Neither"),
    QT_TRANSLATE_NOOP("DeckTexts", "Kazakhstan's choices after 2022"),
    QT_TRANSLATE_NOOP("DeckTexts", "Where Kazakhstan stands"),
    QT_TRANSLATE_NOOP("DeckTexts", "Is Kazakhstan's multi-vector balance still holding?"),
    QT_TRANSLATE_NOOP("DeckTexts", "Holding"),
    QT_TRANSLATE_NOOP("DeckTexts", "Under strain"),
    QT_TRANSLATE_NOOP("DeckTexts", "Already lost"),
    QT_TRANSLATE_NOOP("DeckTexts", "Leaving the EAEU and the CSTO"),
    QT_TRANSLATE_NOOP("DeckTexts", "Should Kazakhstan leave both Russia-led bodies?"),
    QT_TRANSLATE_NOOP("DeckTexts", "Leave both"),
    QT_TRANSLATE_NOOP("DeckTexts", "Leave the CSTO only"),
    QT_TRANSLATE_NOOP("DeckTexts", "Stay in both"),
    QT_TRANSLATE_NOOP("DeckTexts", "A BRICS partnership"),
    QT_TRANSLATE_NOOP("DeckTexts", "Is a BRICS partnership worth the signal it sends?"),
    QT_TRANSLATE_NOOP("DeckTexts", "Worth it"),
    QT_TRANSLATE_NOOP("DeckTexts", "Not worth it"),
    QT_TRANSLATE_NOOP("DeckTexts", "Makes no difference"),
    QT_TRANSLATE_NOOP("DeckTexts", "Turning to China"),
    QT_TRANSLATE_NOOP(
        "DeckTexts", "Would a China-centred course give Kazakhstan more room or less?"
    ),
    QT_TRANSLATE_NOOP("DeckTexts", "More room"),
    QT_TRANSLATE_NOOP("DeckTexts", "Less room"),
    QT_TRANSLATE_NOOP("DeckTexts", "The same"),
    QT_TRANSLATE_NOOP("DeckTexts", "Armenia's example"),
    QT_TRANSLATE_NOOP("DeckTexts", "Is Armenia's break with the CSTO a model for Kazakhstan?"),
    QT_TRANSLATE_NOOP("DeckTexts", "A model"),
    QT_TRANSLATE_NOOP("DeckTexts", "Not a model"),
)


def shown_text(text: str) -> str:
    """``text`` in the user's language when it is a shipped deck's, else as written."""
    return QCoreApplication.translate("DeckTexts", text) if text else text
