"""What the bloc overlap diagram shows, worked out apart from any painting.

The diagram is a set of lanes (one per main bloc) crossed by columns (one per post-Soviet state,
plus the poles that take part and any state the scenario edits); where a state takes part in a
bloc, at the baseline or in the scenario, its lane holds a chip. ``bloc_lanes`` computes that from
the document, so the layout can be tested without a widget and the canvas only draws it;
``update_cells`` brings a diagram up to date after an edit of a few cells, when its lanes and
columns stay the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor

from regio_desktop.api import MAIN_BLOCS
from regio_desktop.app.common.vocabulary_labels import is_active, is_full_member
from regio_desktop.app.documents.scenario_document import ScenarioDocument

BLOC_COLOURS: dict[str, QColor] = {
    "CIS": QColor("#c9675b"),
    "EURASEC": QColor("#b5463c"),
    "CU": QColor("#a8322a"),
    "EAEU": QColor("#a8322a"),
    "CSTO": QColor("#6e2019"),
    "SCO": QColor("#b07c00"),
    "BRICS": QColor("#7a5aa8"),
    "OTS": QColor("#17806f"),
    "GUAM": QColor("#5a8a2a"),
    "EAP": QColor("#4a8bc9"),
    "EU": QColor("#2a559e"),
    "NATO": QColor("#1b2d5c"),
}
"""Each bloc in a shade of its leading pole's colour, so that families of blocs read together."""
POLE_BLOC_COLOURS = {
    "russia": "#a8322a",
    "china": "#b07c00",
    "turkic": "#17806f",
    "west": "#2a559e",
}
OTHER_BLOC_COLOUR = "#666666"


@dataclass(frozen=True)
class Chip:
    """One state in one bloc's lane: its status in the scenario and at the baseline."""

    state: str
    bloc: str
    status: str
    baseline: str
    edited: bool

    @property
    def full(self) -> bool:
        return is_full_member(self.status)

    @property
    def active(self) -> bool:
        return is_active(self.status)

    @property
    def removed(self) -> bool:
        """The scenario takes the state out of a bloc it takes part in at the baseline."""
        return self.edited and not is_active(self.status) and is_active(self.baseline)


@dataclass
class LaneDiagram:
    """Lanes (blocs), columns (states) and the chips where they meet."""

    blocs: list[str] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    chips: dict[tuple[str, str], Chip] = field(default_factory=dict)
    others: dict[str, list[str]] = field(default_factory=dict)
    """Full members of each bloc that are not columns of the diagram (India in BRICS, ...)."""

    def blocs_of(self, state: str) -> list[str]:
        """The blocs in which ``state`` takes part under the scenario, in lane order."""
        return [
            bloc
            for bloc in self.blocs
            if (state, bloc) in self.chips and self.chips[(state, bloc)].active
        ]

    def full_members(self, bloc: str) -> int:
        """How many full members ``bloc`` has under the scenario, columns and others together."""
        columns = sum(
            1 for s in self.states if (s, bloc) in self.chips and self.chips[s, bloc].full
        )
        return columns + len(self.others.get(bloc, []))

    def partners(self, bloc: str) -> int:
        """How many of the columns take part in ``bloc`` without being full members."""
        return sum(
            1
            for s in self.states
            if (s, bloc) in self.chips
            and self.chips[s, bloc].active
            and not self.chips[s, bloc].full
        )


def _lanes(document: ScenarioDocument) -> list[str]:
    """The main blocs in which some state takes part, at the baseline or in the scenario."""
    world = document.world
    return [
        bloc for bloc in MAIN_BLOCS if bloc in world.bloc_codes and document.bloc_has_members(bloc)
    ]


def _is_column(document: ScenarioDocument, code: str, blocs: list[str]) -> bool:
    """Whether ``code`` has a column: a post-Soviet state, a state the scenario edits in a
    lane, or a pole that takes part in one."""
    frame = document.world.states

    def flag(column: str) -> object:
        return frame.at[code, column] if column in frame.columns else None

    if bool(flag("post_soviet")) or any(document.is_edited(code, b) for b in blocs):
        return True
    takes_part = any(
        is_active(document.status(code, b)) or is_active(document.baseline_status(code, b))
        for b in blocs
    )
    return isinstance(flag("pole"), str) and takes_part


def _chip(document: ScenarioDocument, code: str, bloc: str) -> Chip | None:
    status, baseline = document.status(code, bloc), document.baseline_status(code, bloc)
    if not (status or baseline):
        return None
    return Chip(code, bloc, status, baseline, document.is_edited(code, bloc))


def _others(document: ScenarioDocument, bloc: str, columns: set[str]) -> list[str]:
    return [
        code
        for code in document.world.state_codes
        if code not in columns and is_full_member(document.status(code, bloc))
    ]


def update_cells(
    diagram: LaneDiagram, document: ScenarioDocument, cells: frozenset[tuple[str, str]]
) -> set[str] | None:
    """Bring ``diagram`` up to date after an edit of ``cells`` (same year) and return the lanes
    that now read differently; None when a lane or a column comes or goes, so the diagram must
    be laid out again (``bloc_lanes``). Cells of blocs without a lane change nothing."""
    if _lanes(document) != diagram.blocs:
        return None
    lanes = {bloc for _state, bloc in cells if bloc in diagram.blocs}
    columns = set(diagram.states)
    if any(
        _is_column(document, state, diagram.blocs) != (state in columns)
        for state, bloc in cells
        if bloc in lanes
    ):
        return None
    for state, bloc in cells:
        if bloc not in lanes:
            continue
        if state in columns:
            chip = _chip(document, state, bloc)
            if chip is None:
                diagram.chips.pop((state, bloc), None)
            else:
                diagram.chips[(state, bloc)] = chip
        else:
            diagram.others[bloc] = _others(document, bloc, columns)
    return lanes


def bloc_lanes(document: ScenarioDocument) -> LaneDiagram:
    """Lay out the post-Soviet states (and the poles taking part) across the main blocs.

    Columns are sorted by their baseline memberships lane by lane, so that each bloc's members
    sit together; the baseline (not the scenario) decides the order so that an edit never moves
    a column under the analyst's mouse.
    """
    world = document.world
    blocs = _lanes(document)
    shown = [code for code in world.state_codes if _is_column(document, code, blocs)]

    def weight(status: str) -> int:
        return 2 if is_full_member(status) else 1 if is_active(status) else 0

    def order(code: str) -> tuple[tuple[int, ...], int]:
        lanes = tuple(-weight(document.baseline_status(code, b)) for b in blocs)
        return lanes, shown.index(code)

    diagram = LaneDiagram(blocs=blocs, states=sorted(shown, key=order))
    columns = set(diagram.states)
    for bloc in blocs:
        for code in diagram.states:
            chip = _chip(document, code, bloc)
            if chip is not None:
                diagram.chips[(code, bloc)] = chip
        diagram.others[bloc] = _others(document, bloc, columns)
    return diagram


def bloc_colour(document: ScenarioDocument, bloc: str) -> QColor:
    """The bloc's own colour, or its leading pole's for a bloc outside the main ones."""
    if bloc in BLOC_COLOURS:
        return QColor(BLOC_COLOURS[bloc])
    blocs = document.world.blocs
    pole = blocs.at[bloc, "leading_pole"] if bloc in blocs.index else None
    return QColor(
        POLE_BLOC_COLOURS.get(pole, OTHER_BLOC_COLOUR)
        if isinstance(pole, str)
        else OTHER_BLOC_COLOUR
    )
