"""The timeline replay window (View > Replay the timeline, Ctrl+Shift+R): the years from 1991 to
the latest played one by one on the map, the bloc lanes and the followed state's indicators,
with the year's events from the data, each citing its source row.

It replays the scenario on show in the main window: the baseline of each year, and the
scenario's edits applied from its year on. It has its own document (``ReplayStage``), so playing
changes neither the analyst's scenario nor its history. Clicking a state on the map follows it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from regio_desktop import api
from regio_desktop.app.blocs.overlap_view import BlocOverlapPanel
from regio_desktop.app.common.indicator_labels import (
    direction_short,
    format_number,
    indicator_title,
    judge,
    judgement_mark,
    unit_text,
)
from regio_desktop.app.common.palette import judgement_hex
from regio_desktop.app.replay.event_texts import captions, year_heading
from regio_desktop.app.replay.replay_control import ReplayControl
from regio_desktop.app.replay.replay_stage import INDICATORS, ReplayStage

SCENARIO_HEX = "#9a5b00"


def replay_for(world: api.World, scenario: api.Scenario) -> api.Replay:
    """The replay of ``scenario`` (of the baseline alone when it edits nothing), with the
    events of the states the window shows."""
    shown = api.shown_states(world, scenario)
    return api.replay_of(world, None if scenario.is_empty else scenario, states=shown)


class ReplayWindow(QWidget):
    """The play control over the replay's map, captions, indicators and bloc lanes."""

    def __init__(
        self,
        world: api.World,
        scenario: api.Scenario,
        language: str = "en",
        state: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("replay_window")
        self.stage = ReplayStage(replay_for(world, scenario), language, state, self)
        replay = self.stage.replay
        self.control = ReplayControl(replay.first, replay.last)
        self.scenario_label = QLabel()
        self.scenario_label.setWordWrap(True)
        self.captions = QTextBrowser()
        self.captions.setOpenLinks(False)
        self.indicators = QLabel()
        self.indicators.setWordWrap(True)
        self.indicators.setTextFormat(Qt.TextFormat.RichText)
        self.indicators.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lanes = BlocOverlapPanel(self.stage.document)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.captions)
        side.addWidget(self.indicators)
        side.setStretchFactor(0, 2)
        side.setStretchFactor(1, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.stage.map)
        top.addWidget(side)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.addWidget(top)
        self.body.addWidget(self.lanes)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)
        # The stretch factors share only the room left over the panes' size hints, and the
        # map's hint is large: the lanes got one lane of 194 px at 1400x920 and the side 311 px.
        # Start the panes in these proportions instead; the splitters still move them.
        top.setSizes([3000, 2000])
        side.setSizes([2000, 1000])
        self.body.setSizes([3000, 2000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.control)
        layout.addWidget(self.scenario_label)
        layout.addWidget(self.body, 1)
        self.close_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        self.close_shortcut.activated.connect(self.close)
        self.control.year_changed.connect(self.show_year)
        self.stage.document.selection_changed.connect(self._follow)
        self.resize(1400, 920)
        self.control.set_year(replay.first)
        self._show()
        self.control.setFocus()

    # --- following the main window -----------------------------------------------------------
    def set_scenario(self, scenario: api.Scenario) -> None:
        """Replay ``scenario`` from now on, at the year on show."""
        current = self.stage.replay.scenario or api.Scenario()
        if scenario == current or (scenario.is_empty and self.stage.replay.scenario is None):
            return
        self.stage.replay = replay_for(self.stage.replay.world, scenario)
        if scenario.edited_states and self.stage.state not in scenario.edited_states:
            self.stage.state = scenario.edited_states[0]
            self.stage.document.select_state(self.stage.state)
        self.show_year(self.control.year)

    # --- showing -----------------------------------------------------------------------------
    def show_year(self, year: int) -> None:
        self.stage.show_year(year)
        self._show()

    def _follow(self, state: str) -> None:
        if state and state != self.stage.state:
            self.stage.state = state
            self.stage.show_year(self.stage.year)
            self._show()

    def _show(self) -> None:
        self._show_title()
        self._show_captions()
        self._show_indicators()

    def _show_title(self) -> None:
        replay = self.stage.replay
        scenario = replay.scenario
        self.setWindowTitle(
            self.tr("Timeline replay {first}–{last} — Regio Desktop").format(
                first=replay.first, last=replay.last
            )
        )
        if scenario is None:
            self.scenario_label.setText(
                self.tr(
                    "The data year by year, as it stood at the end of each year. Open or edit a "
                    "scenario in the main window to replay it with its edits."
                )
            )
            return
        name = QCoreApplication.translate("PresetNames", scenario.name)
        text = self.tr("Scenario “{name}”: its edits apply from {year} on; before, the data.")
        applies = replay.scenario_applies(self.stage.year)
        colour = SCENARIO_HEX if applies else "palette(text)"
        self.scenario_label.setText(
            f"<span style='color:{colour}'>"
            f"{html.escape(text.format(name=name, year=replay.edit_year))}</span>"
        )

    def _show_captions(self) -> None:
        items = captions(self.stage.events(), self.stage.name)
        parts = [f"<h2>{html.escape(year_heading(self.stage.year, len(items)))}</h2>"]
        for item in items:
            style = f" style='color:{SCENARIO_HEX}'" if item.from_scenario else ""
            parts.append(
                f"<p{style}><b>{html.escape(item.text)}</b><br>"
                f"<small><i>{html.escape(item.citation)}</i>"
                "</small></p>"
            )
        self.captions.setHtml("".join(parts))

    def _show_indicators(self) -> None:
        stage = self.stage
        heading = self.tr("{state} in {year}").format(
            state=stage.name(stage.state), year=stage.year
        )
        head = "".join(
            f"<th align='left'>{html.escape(text)}</th>"
            for text in (
                self.tr("Indicator ({unit})").format(unit=unit_text(INDICATORS[0])),
                self.tr("Value"),
                self.tr("Change"),
            )
        )
        rows = []
        for code in INDICATORS:
            value = stage.figures.get(code)
            before = stage.previous.get(code)
            change = ""
            if value is not None and before is not None:
                delta = value - before
                judgement = judge(code, delta)
                mark = judgement_mark(judgement)
                shown = format_number(delta, signed=True) + (f" {mark}" if mark else "")
                change = (
                    f"<span style='color:{judgement_hex(judgement)}'>{html.escape(shown)}</span>"
                )
            title = f"{indicator_title(code)} {direction_short(code)}"
            rows.append(
                f"<tr><td>{html.escape(title)}</td>"
                f"<td align='right'>{html.escape(format_number(value) if value is not None else '–')}</td>"
                f"<td align='right'>{change or '–'}</td></tr>"
            )
        note = self.tr(
            "Change: since the year before, ▲ better and ▼ worse for the state; ↑ higher is "
            "better, ↓ lower is better, – no better direction. Click a state on the map to "
            "follow it."
        )
        self.indicators.setText(
            f"<b>{html.escape(heading)}</b><table cellspacing='0' cellpadding='3'>"
            f"<tr>{head}</tr>{''.join(rows)}</table><small>{html.escape(note)}</small>"
        )

    # --- events ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.control.pause()
        super().closeEvent(event)
