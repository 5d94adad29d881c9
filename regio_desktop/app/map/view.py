"""The map: a choropleth of Eurasia from public-domain country outlines (Natural Earth 1:110m).

States of the world are filled by the chosen colouring (alignment, membership of one bloc, an
indicator's value or its change against the baseline, see ``colouring``); other countries are
drawn light grey as context. States whose shown value the scenario changes get an amber outline,
the selected state a black one. Clicking a state selects it everywhere; the wheel zooms, and the
map fits itself to the panel until the user zooms. The map exports to PNG and SVG with its legend,
so that it can go on a slide as it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsPathItem,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regio_desktop import api
from regio_desktop.api import map_outlines
from regio_desktop.app.common.indicator_labels import indicator_title
from regio_desktop.app.common.palette import NO_DATA
from regio_desktop.app.common.vocabulary_labels import alignment_label
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.map import export as map_export
from regio_desktop.app.map import label_placement
from regio_desktop.app.map.canvas import MapView
from regio_desktop.app.map.colouring import (
    CHANGED,
    COLOUR_BY_ALIGNMENT,
    COLOUR_BY_DELTA,
    COLOUR_BY_MEMBERSHIP,
    COLOUR_BY_VALUE,
    Colouring,
    colours_for,
    legend_title,
)
from regio_desktop.app.map.geometry import united
from regio_desktop.app.map.legend import MapLegend
from regio_desktop.app.map.scene_items import (
    LABEL_POINTS,
    SELECTED_BORDER,
    STATE_BORDER,
    CountryItem,
    MapLabel,
    add_countries,
    pen,
)


class MapPanel(QWidget):
    """The choropleth with its colouring choosers, legend, Fit and Export buttons."""

    def __init__(
        self,
        document: ScenarioDocument,
        parent: QWidget | None = None,
        label_points: float = LABEL_POINTS,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.label_points = label_points
        """The size of the states' names (presentation mode makes them projector-sized)."""
        self.outlines = map_outlines()
        self.scene = QGraphicsScene(self)
        self.view = MapView(self.scene)
        self.legend = MapLegend()
        self.items: dict[str, CountryItem] = {}
        self.labels: dict[str, MapLabel] = {}
        self.anchors: dict[str, QPointF] = {}
        self.colouring = Colouring()
        self._outlined = ""
        self.selection = QGraphicsPathItem()
        """The black outline over the selected state (hidden when it has no outline)."""

        self.colour_label = QLabel()
        self.mode_combo = QComboBox()
        for mode in (COLOUR_BY_ALIGNMENT, COLOUR_BY_MEMBERSHIP, COLOUR_BY_VALUE, COLOUR_BY_DELTA):
            self.mode_combo.addItem("", mode)
        self.colour_label.setBuddy(self.mode_combo)
        self.bloc_combo = QComboBox()
        self.bloc_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.bloc_combo.setMinimumContentsLength(30)
        self.indicator_combo = QComboBox()
        for info in api.INDICATORS:
            if info.level == "state":
                self.indicator_combo.addItem(indicator_title(info.code), info.code)
        self._fill_blocs()
        self.fit_button = QPushButton()
        self.fit_button.clicked.connect(self.view.fit)
        self.export_button = QPushButton()
        export_menu = QMenu(self.export_button)
        self.export_png_action = export_menu.addAction("")
        self.export_png_action.triggered.connect(lambda: self._ask_and_export("png"))
        self.export_svg_action = export_menu.addAction("")
        self.export_svg_action.triggered.connect(lambda: self._ask_and_export("svg"))
        self.export_button.setMenu(export_menu)

        top = QHBoxLayout()
        top.addWidget(self.colour_label)
        top.addWidget(self.mode_combo)
        top.addWidget(self.bloc_combo)
        top.addWidget(self.indicator_combo)
        top.addStretch(1)
        top.addWidget(self.fit_button)
        top.addWidget(self.export_button)
        side = QVBoxLayout()
        side.addWidget(self.legend)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(middle, 1)

        self._build_scene()
        self._retranslate()
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.bloc_combo.currentIndexChanged.connect(lambda _i: self.recolour())
        self.indicator_combo.currentIndexChanged.connect(lambda _i: self.recolour())
        self.view.state_clicked.connect(document.select_state)
        self.view.zoomed.connect(self.place_labels)
        document.changed.connect(self._document_changed)
        document.selection_changed.connect(self._outline_selected)
        document.state_filter.changed.connect(self._shown_changed)
        self._mode_changed()

    def _retranslate(self) -> None:
        """Set every visible text (again after a change of language)."""
        self.view.setAccessibleName(self.tr("Map of Eurasia"))
        self.view.viewport().setAccessibleName(self.tr("Map of Eurasia"))
        self.legend.setAccessibleName(self.tr("Map legend"))
        self.colour_label.setText(self.tr("Colour &by:"))
        for index, text in enumerate(
            (
                self.tr("Alignment"),
                self.tr("Membership of a bloc"),
                self.tr("Indicator value"),
                self.tr("Indicator change (scenario − baseline)"),
            )
        ):
            self.mode_combo.setItemText(index, text)
        self.mode_combo.setAccessibleName(self.tr("Colour the map by"))
        self.mode_combo.setToolTip(self.tr("What the colours of the states show"))
        self.bloc_combo.setAccessibleName(self.tr("Bloc"))
        self.bloc_combo.setToolTip(self.tr("The bloc whose members are coloured"))
        self.indicator_combo.setAccessibleName(self.tr("Indicator"))
        self.indicator_combo.setToolTip(self.tr("The indicator whose value or change is shown"))
        for index in range(self.indicator_combo.count()):
            code = str(self.indicator_combo.itemData(index))
            self.indicator_combo.setItemText(index, indicator_title(code))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setAccessibleName(self.tr("Fit the map"))
        self.fit_button.setToolTip(self.tr("Show all the states of the world again"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export the map"))
        self.export_button.setToolTip(self.tr("Save the map with its legend as PNG or SVG"))
        self.export_png_action.setText(self.tr("As PNG image…"))
        self.export_svg_action.setText(self.tr("As SVG drawing…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._fill_blocs()
            self.recolour()
        super().changeEvent(event)

    # --- building ----------------------------------------------------------------------------
    def _fill_blocs(self) -> None:
        """List the blocs that have members in the scenario's year (EAEU first chosen)."""
        current = self.bloc_combo.currentData()
        self.bloc_combo.blockSignals(True)
        self.bloc_combo.clear()
        for bloc in self.document.world.bloc_codes:
            if self.document.bloc_has_members(bloc):
                name = self.document.name(bloc)
                self.bloc_combo.addItem(f"{bloc} – {name}" if name != bloc else bloc, bloc)
                index = self.bloc_combo.count() - 1
                self.bloc_combo.setItemData(index, name, Qt.ItemDataRole.ToolTipRole)
        preferred = current if isinstance(current, str) else "EAEU"
        self.bloc_combo.setCurrentIndex(max(self.bloc_combo.findData(preferred), 0))
        self.bloc_combo.blockSignals(False)

    def _build_scene(self) -> None:
        """Draw the states the window shows (``state_filter``) as states, every other country
        as context, and make them the home view; again each time the filter changes."""
        for item in [*self.items.values(), *self.labels.values()]:
            self.scene.removeItem(item)
        label_font = QFont(self.font())
        label_font.setPointSizeF(self.label_points)
        label_font.setBold(True)
        self.items, self.anchors, self.labels = add_countries(
            self.scene, self.outlines, set(self.document.state_filter.states), label_font
        )
        if self.selection.scene() is None:
            self._add_selection()
        home = united([i.sceneBoundingRect() for i in self.items.values() if i.is_state])
        if home.isNull():
            home = self.scene.itemsBoundingRect()
        margin = max(home.width(), home.height()) * 0.03
        self.view.home = home.adjusted(-margin, -margin, margin, margin)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-400, -400, 400, 400))

    def _shown_changed(self) -> None:
        self._build_scene()
        self.recolour()
        self.view.fit()

    def _add_selection(self) -> None:
        self.selection.setBrush(Qt.BrushStyle.NoBrush)
        self.selection.setZValue(3)
        self.selection.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.selection.setVisible(False)
        # A selected state the scenario changes keeps its amber line inside the black one.
        self.selection_changed_line = QGraphicsPathItem(self.selection)
        self.selection_changed_line.setPen(pen(CHANGED, 2.0))
        self.selection_changed_line.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.scene.addItem(self.selection)

    # --- reacting ----------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return str(self.mode_combo.currentData())

    @property
    def key(self) -> str:
        """The bloc or the indicator the colouring is about ('' for alignment)."""
        if self.mode == COLOUR_BY_MEMBERSHIP:
            return str(self.bloc_combo.currentData() or "")
        if self.mode in (COLOUR_BY_VALUE, COLOUR_BY_DELTA):
            return str(self.indicator_combo.currentData() or "")
        return ""

    @property
    def outlined_state(self) -> str:
        """The state the selection outline is drawn around ('' when none is)."""
        return self._outlined

    def set_colouring(self, mode: str, key: str = "") -> None:
        """Choose a colouring as the combos would (for menus of other panels and scripts), and
        recolour once, not once per combo that moves."""
        combo = self.bloc_combo if mode == COLOUR_BY_MEMBERSHIP else self.indicator_combo
        combos = (self.mode_combo, combo)
        for each in combos:
            each.blockSignals(True)
        try:
            if key and combo.findData(key) >= 0:
                combo.setCurrentIndex(combo.findData(key))
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        finally:
            for each in combos:
                each.blockSignals(False)
        self._mode_changed()

    def _mode_changed(self) -> None:
        mode = self.mode
        self.bloc_combo.setVisible(mode == COLOUR_BY_MEMBERSHIP)
        self.indicator_combo.setVisible(mode in (COLOUR_BY_VALUE, COLOUR_BY_DELTA))
        self.recolour()

    def _document_changed(self, changes: api.ScenarioChanges) -> None:
        """Recolour the states whose colour can change: the edited ones and those whose
        indicators moved (all of them for a new year or scenario, or a new colour scale)."""
        if changes.whole or changes.cells:
            self._fill_blocs()  # which blocs have members can only change with the cells
        if changes.whole:
            self.recolour()
        else:
            self.recolour(changes.edited_states | changes.states)

    def title(self) -> str:
        """The legend's heading for the current colouring."""
        name = self.document.name(self.key) if self.mode == COLOUR_BY_MEMBERSHIP else ""
        return legend_title(self.mode, self.key, name)

    def recolour(self, states: frozenset[str] | None = None) -> None:
        """Re-read the evaluation and fill the states of the world by the chosen colouring:
        only ``states`` when given and the scale stays the same, else every one.

        A new legend entry ("Changed by the scenario" coming or going) changes no other state's
        fill, outline or tooltip; only a new scale does (every fill is a point on it).
        """
        doc = self.document
        before: Colouring | None = getattr(self, "colouring", None)
        self.colouring = colours_for(doc.evaluation, self.mode, self.key, doc.language, self.labels)
        partial = states is not None and before is not None and before.scale == self.colouring.scale
        for code, item in self.items.items():
            if not item.is_state or (partial and states is not None and code not in states):
                continue
            if partial and before is not None and self._shown_alike(code, before):
                continue  # a moved state whose fill, outline and tooltip stay: no repaint
            fill = self.colouring.colours.get(code, NO_DATA)
            item.setBrush(fill)
            changed = code in self.colouring.changed
            item.setPen(pen(CHANGED, 2.2) if changed else pen(STATE_BORDER, 0.8))
            item.setZValue(2 if changed else 1)
            item.hatch.setVisible(code in self.colouring.hatched)
            item.setToolTip(self._tooltip(code))
            self.labels[code].set_colours(fill)
        self.legend.set_colouring(self.title(), self.colouring, self._note())
        if partial:
            self._outline(doc.selected_state)  # the labels depend on names and zoom alone
            return
        self._outline_selected(doc.selected_state)

    def _shown_alike(self, code: str, before: Colouring) -> bool:
        """Whether ``code`` looks the same under ``before`` as under the current colouring:
        the same fill, outline, hatch and shown value (the tooltip is made of these)."""
        now = self.colouring
        return (
            before.colours.get(code) == now.colours.get(code)
            and (code in before.changed) == (code in now.changed)
            and (code in before.hatched) == (code in now.hatched)
            and before.values.get(code) == now.values.get(code)
        )

    def _note(self) -> str:
        year = self.document.evaluation.year
        return self.tr("Year {year}. Outlines: Natural Earth 1:110m (public domain).").format(
            year=year
        )

    def _tooltip(self, code: str) -> str:
        doc = self.document
        lines = [f"<b>{doc.name(code)}</b>"]
        value = self.colouring.values.get(code, "")
        if self.mode == COLOUR_BY_ALIGNMENT:
            lines.append(self.tr("Alignment: {value}").format(value=value))
            baseline = doc.evaluation.baseline_alignment.get(code)
            if code in self.colouring.changed:
                lines.append(
                    self.tr("Baseline: {value}").format(
                        value=alignment_label(baseline) or self.tr("none")
                    )
                )
        else:
            lines.append(f"{self.title()}: {value}")
            alignment = doc.evaluation.alignment.get(code)
            if alignment:
                lines.append(self.tr("Alignment: {value}").format(value=alignment_label(alignment)))
        return "<br>".join(lines)

    def _outline_selected(self, state: str) -> None:
        self._outline(state)
        self.place_labels()

    def _outline(self, state: str) -> None:
        item = self.items.get(state)
        if item is not None and item.is_state:
            changed = state in self.colouring.changed
            self.selection.setPath(item.path())
            self.selection.setPen(pen(SELECTED_BORDER, 4.6 if changed else 2.6))
            self.selection_changed_line.setPath(item.path())
            self.selection_changed_line.setVisible(changed)
            self.selection.setVisible(True)
            self._outlined = state
        else:
            self.selection.setVisible(False)
            self._outlined = ""

    # --- labels ------------------------------------------------------------------------------
    def place_labels(self) -> None:
        """Name the states wide enough at the current zoom (see ``label_placement``)."""
        label_placement.place_labels(self)

    # --- export (app/map/export.py) -----------------------------------------------------------
    def _ask_and_export(self, kind: str) -> None:
        map_export.ask_and_export(self, kind)

    def export_size(self) -> QSize:
        """The size in pixels (before any scale) of an exported map with its legend."""
        return map_export.export_size(self)

    def export_png(self, path: Path, scale: float = 2.0) -> Path:
        """Write the map and its legend as a PNG image (``scale`` x the screen size)."""
        return map_export.export_png(self, path, scale)

    def export_svg(self, path: Path) -> Path:
        """Write the map and its legend as an SVG drawing (text stays text)."""
        return map_export.export_svg(self, path)
