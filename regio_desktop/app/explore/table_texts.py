"""The words of the exploration table's cells: a toggle's action and a share of weightings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def toggle_action_label(action: str) -> str:
    """A toggle's value in a combination: the state keeps its standing, leaves or joins."""
    labels = {
        "keep": QCoreApplication.translate("ExplorationTable", "keeps"),
        "leave": QCoreApplication.translate("ExplorationTable", "leaves"),
        "join": QCoreApplication.translate("ExplorationTable", "joins"),
    }
    return labels.get(action, action)


def share_text(share: float) -> str:
    """A share of weightings as a whole percent; '<1%' rather than a misleading '0%'."""
    if share <= 0:
        return "–"
    if share < 0.005:
        return QCoreApplication.translate("ExplorationTable", "<1%")
    return QCoreApplication.translate("ExplorationTable", "{percent}%").format(
        percent=round(share * 100)
    )
