"""What an explored combination says about itself: the details line and the scenario it opens as.

Both read one row of the engine's exploration table; the words are translated in the dialog's
context ("ExploreDialog").
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import (
    Localized,
    format_number,
    indicator_title,
    judge,
    marked_change,
)
from regio_desktop.app.common.palette import judgement_hex
from regio_desktop.app.common.vocabulary_labels import alignment_label
from regio_desktop.app.explore.table import share_text, toggle_action_label


def combination_number(exploration: api.Exploration, row: int) -> int:
    """Row ``row``'s number among every combination evaluated, from 1 (a streamed table keeps
    only some, with their numbers in its ``combination`` column)."""
    if "combination" in exploration.table.columns:
        return int(exploration.table["combination"].iloc[row]) + 1
    return row + 1


def combination_details_html(
    exploration: api.Exploration, row: int, current_values: dict[str, float]
) -> str:
    """Combination ``row`` in a line or three: its flags, its choices, its objective values
    (with the change against the current scenario in brackets)."""
    record = exploration.table.iloc[row]
    efficient = bool(record["pareto"])
    head = QCoreApplication.translate("ExploreDialog", "Combination {row:,} of {total:,}").format(
        row=Localized(combination_number(exploration, row)),
        total=Localized(exploration.evaluated),
    )
    flags = [
        QCoreApplication.translate("ExploreDialog", "Pareto-efficient")
        if efficient
        else QCoreApplication.translate("ExploreDialog", "dominated"),
        QCoreApplication.translate(
            "ExploreDialog", "ranks first under {share} of weightings"
        ).format(share=share_text(float(record["wins"])))
        if record["wins"] > 0
        else QCoreApplication.translate("ExploreDialog", "never ranks first"),
    ]
    if "pareto_share" in record:
        flags.append(
            QCoreApplication.translate(
                "ExploreDialog", "on the front in {share} of the draws of the estimates"
            ).format(
                share=share_text(float(record["pareto_share"])) if record["pareto_share"] else "0%"
            )
        )
    choices = ", ".join(
        f"{html.escape(s)} {html.escape(alignment_label(str(record[f'alignment_{s}'])))}"
        for s in exploration.states
    )
    choices += _toggle_text(exploration, row, escape=True)
    values = []
    for code in exploration.objectives:
        value = float(record[code])
        text = f"{html.escape(indicator_title(code))} <b>{html.escape(format_number(value))}</b>"
        if code in exploration.constant:
            # Greyed and not compared: it is the same for every combination.
            values.append(f"<span style='color:#969696'>{text}</span>")
            continue
        if code in current_values:
            delta = value - current_values[code]
            colour = judgement_hex(judge(code, delta))
            shown = html.escape(marked_change(code, delta))
            text += f" (<span style='color:{colour}'>{shown}</span>)"
        values.append(text)
    change = html.escape(
        QCoreApplication.translate(
            "ExploreDialog", "change against the current scenario in brackets"
        )
    )
    return (
        f"<b>{html.escape(head)}</b> · {html.escape(' · '.join(flags))}<br>{choices}<br>"
        f"{' · '.join(values)} <span style='color:#707070'>({change})</span>"
    )


def _toggle_text(exploration: api.Exploration, row: int, escape: bool) -> str:
    """The toggles that flip in combination ``row``, as ", KAZ leaves CSTO" ('' when none)."""
    record = exploration.table.iloc[row]
    parts = []
    for state, bloc in exploration.toggles:
        action = str(record[f"toggle_{state}_{bloc}"])
        if action != "keep":
            parts.append(f"{state} {toggle_action_label(action)} {bloc}")
    text = "".join(f", {p}" for p in parts)
    return html.escape(text) if escape else text


def combination_scenario(
    exploration: api.Exploration, base: api.Scenario, row: int
) -> api.Scenario:
    """Combination ``row`` as a scenario on the explored base, with a name that says what it is."""
    record = exploration.table.iloc[row]
    scenario = exploration.scenario(base, row)
    choices = ", ".join(
        f"{s} {alignment_label(str(record[f'alignment_{s}']))}" for s in exploration.states
    )
    choices += _toggle_text(exploration, row, escape=False)
    name = QCoreApplication.translate("ExploreDialog", "Explored: {choices}").format(
        choices=choices
    )
    efficiency = (
        QCoreApplication.translate("ExploreDialog", "It is Pareto-efficient")
        if record["pareto"]
        else QCoreApplication.translate("ExploreDialog", "It is dominated")
    )
    description = QCoreApplication.translate(
        "ExploreDialog",
        "Combination {row} of {total} from an exploration of “{base}” on {objectives}. "
        "{efficiency} and ranks first under {share:.1%} of sampled weightings.",
    ).format(
        row=combination_number(exploration, row),
        total=exploration.evaluated,
        base=base.name,
        objectives=", ".join(indicator_title(c) for c in exploration.objectives),
        efficiency=efficiency,
        share=Localized(float(record["wins"])),
    )
    return scenario.renamed(name, description)
