"""How a citation and an argument's choice are written wherever arguments are listed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from regio_desktop.app.common.vocabulary_labels import alignment_label


def short_citation(citation: str, limit: int = 90) -> str:
    """Authors and year ('Usserova, K. K., ... (n.d.)') when the citation starts that way."""
    closing = citation.find(")")
    if 0 < closing <= limit:
        return citation[: closing + 1]
    if len(citation) <= limit:
        return citation
    # At a word's end, not inside it: 'Minsk, 6 January…' rather than 'Minsk, 6 January 19…'.
    cut = citation[:limit]
    if citation[limit].isalnum() and " " in cut:  # the cut falls inside a word
        cut = cut.rsplit(None, 1)[0]
    return cut.rstrip(" ,;:(") + "…"


def choice_title(choice: str, bloc_name: Callable[[str], str]) -> str:
    """'alignment:multi-vector' -> 'Alignment: Multi-vector'; 'membership:EAEU' -> the bloc.

    ``bloc_name`` gives a bloc's name in the user's language (``ScenarioDocument.name``).
    """
    kind, _, target = choice.partition(":")
    if kind == "alignment":
        return QCoreApplication.translate("ArgumentsPanel", "Alignment: {choice}").format(
            choice=alignment_label(target)
        )
    if kind in ("membership", "bloc"):
        return QCoreApplication.translate("ArgumentsPanel", "Membership: {bloc}").format(
            bloc=bloc_name(target)
        )
    return choice
