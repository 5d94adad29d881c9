"""The words of the exploration table's cells (a toggle's action, a share of weightings) and of
what a streamed table holds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import Localized
from regio_desktop.app.common.problem_texts import problem_text


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


def streamed_texts(
    exploration: api.Exploration, name: Callable[[str], str], pareto_draws: int = 0
) -> list[str]:
    """For a streamed exploration, what its table holds (first) and what it cannot give: the
    drivers, and the Pareto share when it was asked for; empty for one held in memory."""
    notice = api.streamed_notice(exploration)
    if notice is None:
        return []
    codes = ["drivers_need_every_combination"]
    if pareto_draws:
        codes.append("pareto_share_needs_every_combination")
    sizes = {"evaluated": notice.params["evaluated"], "kept": notice.params["kept"]}
    return [problem_text(notice, name)] + [
        problem_text(api.Problem(code, sizes), name) for code in codes
    ]


def run_status_text(evaluated: int, seconds: float, front: int, draws: int, drawn: float) -> str:
    """The status line after a run: how many combinations in how long, how many efficient, and
    with Pareto draws their time apart (they cost far more than the run)."""
    status = QCoreApplication.translate(
        "ExploreDialog",
        "{count:,} combinations evaluated in {seconds:.1f} s; {front:,} are Pareto-efficient.",
    )
    if draws:
        status = QCoreApplication.translate(
            "ExploreDialog",
            "{count:,} combinations evaluated in {seconds:.1f} s; {front:,} are "
            "Pareto-efficient; front tested against {draws:,} draws of the estimates "
            "in {drawn:.1f} s.",
        )
    return status.format(
        count=Localized(evaluated),
        seconds=Localized(max(0.0, seconds - drawn)),
        front=Localized(front),
        draws=Localized(draws),
        drawn=Localized(drawn),
    )
