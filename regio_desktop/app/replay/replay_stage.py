"""What a replay shows in one year: a document of its own (so the analyst's scenario, history and
year stay as they were) set to the replay's scenario of that year, and the map room's panel on it.

The window's replay and the exported frames both move a stage from year to year; the stage keeps
the previous year's figures so that each view can say what moved since.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from regio_desktop import api
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.map.colouring import (
    COLOUR_BY_ALIGNMENT,
    COLOUR_BY_MEMBERSHIP,
    COLOUR_BY_VALUE,
)
from regio_desktop.app.map.view import MapPanel

INDICATORS = ("dependence_russia", "dependence_china", "dependence_west", "autonomy")
"""The indicators a replay follows for its state: where it stands between the poles."""
DEFAULT_STATE = "KAZ"


class ReplayMapPanel(MapPanel):
    """The map panel, keeping the bloc it colours by through the years before the bloc's
    founding and after its end (the panel's own list has only the blocs with members that
    year, and would fall back to another bloc's legend)."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        self.kept_bloc = ""
        self.lists_blocs = True
        """Whether the bloc list follows the year (off for exported frames, which show no
        list: refilling it reads every status, a tenth of a frame's time)."""
        super().__init__(document, parent)
        self.bloc_combo.activated.connect(self._bloc_chosen)

    def _fill_blocs(self) -> None:
        if self.lists_blocs or not self.bloc_combo.count():
            super()._fill_blocs()

    def _bloc_chosen(self, _index: int) -> None:
        self.kept_bloc = str(self.bloc_combo.currentData() or "")

    @property
    def key(self) -> str:
        if self.mode == COLOUR_BY_MEMBERSHIP and self.kept_bloc:
            return self.kept_bloc
        return super().key

    def colour_by(self, what: str) -> None:
        """Colour as ``regio-desktop replay --colour-by`` says: 'alignment', a bloc code or a
        state indicator code (``api.colour_kind``)."""
        kind = api.colour_kind(self.document.world, what)
        if kind == "bloc":
            self.kept_bloc = what
            self.set_colouring(COLOUR_BY_MEMBERSHIP, what)
        elif kind == "indicator":
            self.kept_bloc = ""
            self.set_colouring(COLOUR_BY_VALUE, what)
        else:
            self.kept_bloc = ""
            self.set_colouring(COLOUR_BY_ALIGNMENT)


class ReplayStage(QObject):
    """A replay's document and map, moved year by year (``show_year``)."""

    year_shown = Signal(int)

    def __init__(
        self,
        replay: api.Replay,
        language: str = "en",
        state: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.replay = replay
        self.year = replay.first
        self.document = ScenarioDocument(
            replay.world, replay.scenario_in(replay.first), language, self
        )
        self.document.state_filter.set_outside(False)
        self.state = state or self._default_state()
        self.document.select_state(self.state)
        self.previous: dict[str, float] = {}
        self.figures: dict[str, float] = self._figures()
        self.map = ReplayMapPanel(self.document)

    def _default_state(self) -> str:
        scenario = self.replay.scenario
        if scenario is not None and scenario.edited_states:
            return scenario.edited_states[0]
        return DEFAULT_STATE

    def _figures(self) -> dict[str, float]:
        found = self.document.evaluation.state_figures(self.state, list(INDICATORS))
        return dict(zip(INDICATORS, found[0], strict=True)) if found else {}

    def show_year(self, year: int) -> None:
        """Show ``year`` (clamped to the replay's years): its scenario, map and figures."""
        year = min(max(year, self.replay.first), self.replay.last)
        step = year - self.year
        self.year = year
        self.document.replace_scenario(self.replay.scenario_in(year), everything=True)
        figures = self._figures()
        # What moved since the year before (the year shown just before when stepping by one).
        if step == 1:
            self.previous = self.figures
        elif year > self.replay.first:
            earlier = api.evaluate(self.replay.world, self.replay.scenario_in(year - 1))
            found = earlier.state_figures(self.state, list(INDICATORS))
            self.previous = dict(zip(INDICATORS, found[0], strict=True)) if found else {}
        else:
            self.previous = {}
        self.figures = figures
        self.year_shown.emit(year)

    def events(self) -> tuple[api.YearEvent, ...]:
        return self.replay.events_in(self.year)

    def name(self, code: str) -> str:
        return self.document.name(code)
