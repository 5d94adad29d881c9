"""The report's arguments, framed by the edit as the window's arguments panel frames them.

An analyst who made Kazakhstan leave the EAEU asks what speaks for or against *leaving*; the
literature argues for or against membership. Which argument speaks for the edit is decided once,
in the core (``framed_arguments``, ``stance_on_move``); this module only words it in English: the
choices the scenario changes first ("For leaving the Eurasian Economic Union" / "Against
leaving"), then the state's other choices as they stand, each argument numbered against the
report's reference list. Rows of the ``context`` stance, which describe a choice and argue
neither way, follow both sides under a heading of their own. Choices and sides are headings
(h4), so that the PDF keeps each with the arguments below it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from html import escape
from typing import Final

from regio_desktop.engine.evaluation import Evaluation
from regio_desktop.evidence.framing import FramedChoice, framed_arguments
from regio_desktop.scenario.model import Scenario
from regio_desktop.world.loaded_world import World
from regio_desktop.world.vocabulary import STANCES

MOVE_SIDES: Final[Mapping[str, tuple[str, str]]] = {
    "leave": ("For leaving the {bloc}", "Against leaving the {bloc}"),
    "join": ("For joining the {bloc}", "Against joining the {bloc}"),
    "deepen": (
        "For a closer tie with the {bloc} ({status})",
        "Against a closer tie with the {bloc} ({status})",
    ),
    "loosen": (
        "For a looser tie with the {bloc} ({status})",
        "Against a looser tie with the {bloc} ({status})",
    ),
    "adopt": ("For turning to the {alignment} course", "Against turning to the {alignment} course"),
    "abandon": ("For giving up the {alignment} course", "Against giving up the {alignment} course"),
}
"""The headings of an edited choice's two sides, in the words of the window's panel."""

CONTEXT_HEADING: Final = "Context (describes the choice, argues neither way)"
"""The heading of a choice's context rows, edited or not: context has no side to turn."""


def _words(status: str) -> str:
    return status.replace("_", " ") if status else "none"


def move_sides(choice: FramedChoice, name: Callable[[str], str]) -> dict[str, str]:
    """What speaks for the edit and what against it, as headings ("For leaving the ..."), and
    the heading of the context that only describes the choice."""
    for_text, against_text = MOVE_SIDES.get(choice.move, ("For", "Against"))
    values = {
        "bloc": name(choice.target),
        "alignment": choice.target,
        "status": _words(choice.after),
    }
    return {
        "for": for_text.format(**values),
        "against": against_text.format(**values),
        "context": CONTEXT_HEADING,
    }


def choice_title(choice: FramedChoice, name: Callable[[str], str]) -> str:
    """'Membership: Eurasian Economic Union', 'Alignment: multi-vector', as the panel heads them."""
    if choice.kind == "alignment":
        return f"Alignment: {choice.target}"
    return f"Membership: {name(choice.target)}"


def _items(rows: Sequence[Mapping[str, object]], references: list[str]) -> str:
    items = []
    for r in rows:
        source = str(r["source"])
        if source not in references:
            references.append(source)
        number = references.index(source) + 1
        quote = f" <i>“{escape(str(r['quote']))}”</i>" if r.get("quote") else ""
        where = f", {escape(str(r['location']))}" if r.get("location") else ""
        items.append(
            f'<li>{escape(str(r["claim"]))}{quote} <span class="muted">[{number}{where}]</span></li>'
        )
    return "<ul>" + "".join(items) + "</ul>"


def _sides(
    labels: Mapping[str, str], key: str, rows: Sequence[Mapping[str, object]], refs: list[str]
) -> str:
    out = []
    for side in STANCES:
        chosen = [r for r in rows if r[key] == side]
        if chosen:
            out.append(
                f"<h4>{escape(labels[side])} <span class='muted'>({len(chosen)})</span></h4>"
                + _items(chosen, refs)
            )
    return "".join(out)


def arguments_html(
    world: World,
    scenario: Scenario,
    states: Sequence[str],
    language: str = "en",
    evaluation: Evaluation | None = None,
) -> tuple[str, list[str]]:
    """The arguments section for ``states`` and the source ids it cites, in citation order."""
    name = partial(world.name, language=language)
    references: list[str] = []
    html: list[str] = []
    for state in states:
        framed = framed_arguments(world, scenario, state, evaluation)
        shown = [(c, rows) for c, rows in framed if rows or c.edited]
        edited = [(c, rows) for c, rows in shown if c.edited]
        kept = [(c, rows) for c, rows in shown if not c.edited]
        state_name = escape(name(state))
        if edited:
            html.append(f"<h3>{state_name}: what the scenario changes</h3>")
        for choice, rows in edited:
            change = f"{_words(choice.before)} → {_words(choice.after)}"
            html.append(f"<h4>{escape(choice_title(choice, name))} (edited: {escape(change)})</h4>")
            if not rows:
                html.append("<p>No arguments recorded for this edit.</p>")
            html.append(_sides(move_sides(choice, name), "on_move", rows, references))
        if kept:
            heading = "the other choices, as they stand" if edited else "its choices"
            html.append(f"<h3>{state_name}: {heading}</h3>")
        for choice, rows in kept:
            html.append(f"<h4>{escape(choice_title(choice, name))}</h4>")
            labels = {"for": "For", "against": "Against", "context": CONTEXT_HEADING}
            html.append(_sides(labels, "stance", rows, references))
    if not references and not html:
        return "<p>No arguments in the corpus address these choices.</p>", []
    return "".join(html), references
