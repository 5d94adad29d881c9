"""Presentation mode: one step of a deck at a time, full screen, for a room.

The slide shows the step's title and question, the map coloured as the step says (the map room's
own ``MapPanel``, on a document of its own so the analyst's scenario stays as it was), the
indicators the step moves most as large bars, the strongest arguments for and against with their
citations, and the room's tally. Keys as presentation clickers send them: Right, PageDown, Space
and Down step on; Left, PageUp, Backspace and Up step back; Home and End; B or . blanks the
screen; 1-9 add a vote for an option and Alt+1-9 take one back; Esc leaves.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontInfo, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from regio_desktop import api
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.map.colouring import (
    COLOUR_BY_ALIGNMENT,
    COLOUR_BY_DELTA,
    COLOUR_BY_MEMBERSHIP,
    COLOUR_BY_VALUE,
)
from regio_desktop.app.map.view import MapPanel
from regio_desktop.app.present.deck_document import DeckDocument
from regio_desktop.app.present.deck_strings import shown_text
from regio_desktop.app.present.present_bars import PresentBars
from regio_desktop.app.present.present_parts import ArgumentsPane, ScaledLegend, TallyBar
from regio_desktop.app.present.present_style import Sizes, style_sheet

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up}
BLANK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}
ARGUMENTS_PER_SIDE = 2


def map_colouring(world: api.World, step: api.Step) -> tuple[str, str]:
    """The map panel's colouring (mode, key) for what a step's map shows."""
    kind = api.colour_kind(world, step.colour_by)
    if kind == "bloc":
        return COLOUR_BY_MEMBERSHIP, step.colour_by
    if kind == "indicator":
        return (COLOUR_BY_VALUE if step.show == "value" else COLOUR_BY_DELTA), step.colour_by
    return COLOUR_BY_ALIGNMENT, ""


def colour_map(panel: MapPanel, step: api.Step) -> None:
    """Colour ``panel`` as ``step`` says. A bloc with no member in the step's year is not in
    the map's list: the map then shows alignments, not another bloc under its own legend."""
    mode, key = map_colouring(panel.document.world, step)
    panel.set_colouring(mode, key)
    if key and panel.key != key:
        panel.set_colouring(COLOUR_BY_ALIGNMENT)


class PresentationWindow(QWidget):
    """A deck shown step by step; ``left`` when the facilitator leaves (Esc or closing)."""

    left = Signal()
    step_shown = Signal(int)

    def __init__(
        self,
        deck: DeckDocument,
        language: str = "en",
        start: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        started = time.perf_counter()
        self.setObjectName("presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.deck = deck
        self.language = language
        self.index = -1
        self.sizes = Sizes.for_height(1080)
        world = deck.document.world
        first = deck.scenarios[start] if deck.scenarios else api.Scenario()
        self.stage = ScenarioDocument(world, first, language, self)
        """The document the slide shows: the step's scenario, never the analyst's."""
        self.title = QLabel()
        self.title.setObjectName("title_band")
        self.title.setWordWrap(True)
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        self.question = QLabel()
        self.question.setObjectName("question")
        for label in (self.title, self.counter, self.question):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a deck's text is never markup
        self.question.setWordWrap(True)
        self.map_panel = MapPanel(self.stage, label_points=14.0)
        for widget in (
            self.map_panel.colour_label,
            self.map_panel.mode_combo,
            self.map_panel.bloc_combo,
            self.map_panel.indicator_combo,
            self.map_panel.fit_button,
            self.map_panel.export_button,
            self.map_panel.legend,
        ):
            widget.setVisible(False)
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.map_panel.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.legend = ScaledLegend(self.map_panel.legend)
        self.bars = PresentBars()
        self.bars.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bars_caption = QLabel()
        self.bars_caption.setObjectName("muted")
        self.bars_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.bars_caption.setWordWrap(True)
        self.arguments = ArgumentsPane()
        self.tally = TallyBar()
        self.tally.vote.connect(self.vote)
        self.blank = QWidget(self)
        self.blank.setObjectName("blank")
        self.blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.blank.hide()
        self._build_layout()
        deck.changed.connect(self._deck_changed)
        self.setWindowTitle(QCoreApplication.translate("Presentation", "Presentation"))
        self.apply_sizes(1080)
        self.show_step(min(max(start, 0), max(len(deck.deck.steps) - 1, 0)))
        self.build_ms = (time.perf_counter() - started) * 1000

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(0)
        top.addWidget(self.title, 1)
        top.addWidget(self.counter)
        map_column = QHBoxLayout()
        map_column.addWidget(self.map_panel, 1)
        map_column.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.addWidget(self.bars, 1)
        right.addWidget(self.bars_caption)
        middle = QHBoxLayout()
        middle.addLayout(map_column, 3)
        middle.addLayout(right, 2)
        self.body = QVBoxLayout()
        self.body.addWidget(self.question)
        self.body.addLayout(middle, 1)
        self.body.addWidget(self.arguments)
        self.body.addWidget(self.tally)
        outer = QVBoxLayout(self)
        # The screen decides the size; the slide's parts share what it has.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(top)
        outer.addLayout(self.body, 1)

    def set_deck(self, deck: DeckDocument, start: int = 0) -> None:
        """Show another deck (or the same one again) in this window, from step ``start``: a
        presentation is built once and shown again, which makes entering it quick."""
        if deck is not self.deck:
            self.deck.changed.disconnect(self._deck_changed)
            self.deck = deck
            deck.changed.connect(self._deck_changed)
        self.set_blank(False)
        self.show_step(start)

    # --- sizes ---------------------------------------------------------------------------------
    def apply_sizes(self, height: int) -> None:
        """Type and spacing for a screen ``height`` pixels high (body text 24 px at 1080)."""
        sizes = Sizes.for_height(height)
        if sizes == self.sizes and self.styleSheet():
            return
        redraw = sizes != self.sizes
        self.sizes = sizes
        self.setStyleSheet(style_sheet(sizes))
        m = sizes.margin
        self.body.setContentsMargins(m, m // 2, m, m // 2)
        self.body.setSpacing(m // 2)
        self.legend.set_factor(
            sizes.body / max(QFontInfo(self.map_panel.legend.font()).pixelSize(), 1)
        )
        if redraw and self.index >= 0:
            self._draw_bars()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.blank.setGeometry(self.rect())
        self.apply_sizes(event.size().height())

    # --- steps ---------------------------------------------------------------------------------
    @property
    def step(self) -> api.Step | None:
        steps = self.deck.deck.steps
        return steps[self.index] if 0 <= self.index < len(steps) else None

    def show_step(self, index: int) -> None:
        """Show step ``index`` (kept within the deck)."""
        steps = self.deck.deck.steps
        if not steps:
            self.index = 0
            self.title.setText(QCoreApplication.translate("Presentation", "The deck is empty"))
            self.counter.setText("")
            self.question.setText("")
            return
        self.index = max(0, min(index, len(steps) - 1))
        step = steps[self.index]
        scenario = self.deck.scenarios[self.index]
        focus = step.focus_state(scenario)
        if scenario != self.stage.scenario:
            self.stage.open_scenario(scenario)
        self.stage.select_state(focus)
        colour_map(self.map_panel, step)
        self.map_panel.bloc_combo.setVisible(False)  # the panel shows its choosers per mode
        self.map_panel.indicator_combo.setVisible(False)
        self.legend.set_factor(self.legend.factor)
        self.title.setText(shown_text(step.title))
        self.counter.setText(f"{self.index + 1} / {len(steps)}")
        self.question.setText(shown_text(step.question))
        self.question.setVisible(bool(step.question))
        self._draw_bars()
        room = api.strongest_arguments(
            self.stage.world,
            scenario,
            focus,
            self.stage.evaluation,
            count=ARGUMENTS_PER_SIDE,
            about=step.colour_by,
        )
        self.arguments.show_arguments(room)
        self.tally.show_options(tuple(_shown_option(o) for o in step.options))
        self.step_shown.emit(self.index)

    def _draw_bars(self) -> None:
        step = self.step
        if step is None:
            return
        focus = self.stage.selected_state
        caption = self.bars.show_state(
            self.stage.evaluation, focus, self.stage.name(focus), self.sizes.body
        )
        self.bars_caption.setText(caption)

    def next_step(self) -> None:
        self.show_step(self.index + 1)

    def previous_step(self) -> None:
        self.show_step(self.index - 1)

    def set_blank(self, blank: bool) -> None:
        """Black out the screen (B), as a presenter does to turn the room's eyes away."""
        self.blank.setGeometry(self.rect())
        self.blank.setVisible(blank)
        if blank:
            self.blank.raise_()

    @property
    def blanked(self) -> bool:
        return self.blank.isVisible()

    def vote(self, option: int, votes: int) -> None:
        """Record one more (or one fewer) for ``option`` of the step on show."""
        step = self.step
        if step is not None and 0 <= option < len(step.options):
            self.deck.add_vote(self.index, option, votes)

    def _deck_changed(self) -> None:
        step = self.step
        if step is not None:
            self.tally.update_counts(tuple(_shown_option(o) for o in step.options))

    # --- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_Escape:
            if self.blanked:
                self.set_blank(False)
            else:
                self.close()
        elif key in BLANK_KEYS:
            self.set_blank(not self.blanked)
        elif self.blanked:
            self.set_blank(False)
        elif key in NEXT_KEYS:
            self.next_step()
        elif key in PREVIOUS_KEYS:
            self.previous_step()
        elif key == Qt.Key.Key_Home:
            self.show_step(0)
        elif key == Qt.Key.Key_End:
            self.show_step(len(self.deck.deck.steps) - 1)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.vote(key - Qt.Key.Key_1, -1 if alt else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        # Tab would move the focus to a button and end the clicker's control of the slides.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            return True
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.left.emit()


def _shown_option(option: api.Option) -> api.Option:
    return api.Option(shown_text(option.label), option.count)
