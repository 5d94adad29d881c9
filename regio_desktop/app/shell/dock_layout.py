"""The main window's docks, declared as data, and how they are arranged at first start.

Each dock holds one room's panel. A lazy dock holds a placeholder until it is first shown (or a
caller asks for its panel), so that start-up builds only what is in front. The order of ``DOCKS``
is the order of the View menu and of the Alt+1 ... Alt+9 shortcuts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QTabBar, QWidget

if TYPE_CHECKING:
    from regio_desktop.app.shell.main_window import MainWindow

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea

MIN_DOCK_SIDE = 120
"""The narrowest and lowest a shown dock is let be after a saved layout is restored."""
MIN_DOCK_CAP = 240
"""A panel's own minimum size hint counts up to this many pixels (so that one panel with a
wide hint cannot claim most of the window)."""

WIDE_PANEL_MIN_WIDTH = 320
"""The minimum width of the charts and the map, which could otherwise widen the window past a
laptop screen."""


@dataclass(frozen=True)
class DockSpec:
    key: str
    title: str
    """English; shown translated in the "MainWindow" context."""
    area: Qt.DockWidgetArea
    panel: str
    """The window attribute that holds the panel (a property that builds it, for a lazy dock)."""
    lazy: bool = False
    min_width: int = 0


DOCKS = (
    DockSpec("scenarios", QT_TRANSLATE_NOOP("MainWindow", "Scenarios"), LEFT, "scenario_list"),
    DockSpec("alignment", QT_TRANSLATE_NOOP("MainWindow", "Alignment"), LEFT, "alignment_panel"),
    DockSpec("indicators", QT_TRANSLATE_NOOP("MainWindow", "Indicators"), RIGHT, "indicator_panel"),
    DockSpec("arguments", QT_TRANSLATE_NOOP("MainWindow", "Arguments"), RIGHT, "arguments_panel"),
    DockSpec(
        "spillovers",
        QT_TRANSLATE_NOOP("MainWindow", "Who else moves"),
        RIGHT,
        "spillovers_panel",
        lazy=True,
    ),
    DockSpec("warnings", QT_TRANSLATE_NOOP("MainWindow", "Warnings"), BOTTOM, "warnings_panel"),
    DockSpec(
        "charts",
        QT_TRANSLATE_NOOP("MainWindow", "Charts"),
        BOTTOM,
        "charts",
        lazy=True,
        min_width=WIDE_PANEL_MIN_WIDTH,
    ),
    DockSpec(
        "map",
        QT_TRANSLATE_NOOP("MainWindow", "Map"),
        BOTTOM,
        "map_panel",
        lazy=True,
        min_width=WIDE_PANEL_MIN_WIDTH,
    ),
    DockSpec("blocs", QT_TRANSLATE_NOOP("MainWindow", "Blocs"), BOTTOM, "blocs_panel", lazy=True),
    DockSpec("library", QT_TRANSLATE_NOOP("MainWindow", "Arguments library"), RIGHT, "library"),
    DockSpec("reader", QT_TRANSLATE_NOOP("MainWindow", "Source reader"), RIGHT, "reader"),
    DockSpec("breakdown", QT_TRANSLATE_NOOP("MainWindow", "Breakdown"), RIGHT, "breakdown_panel"),
)


def add_docks(window: MainWindow) -> None:
    """Add every dock of ``DOCKS`` to ``window.docks`` and arrange them as at first start."""
    for spec in DOCKS:
        title = QCoreApplication.translate("MainWindow", spec.title)
        dock = QDockWidget(title, window)
        dock.setObjectName(f"dock_{spec.key}")
        if spec.lazy:
            dock.setWidget(QWidget())
            _build_when_first_shown(window, dock, spec.panel)
        else:
            dock.setWidget(getattr(window, spec.panel))
        if spec.min_width:
            dock.widget().setMinimumWidth(spec.min_width)
        window.addDockWidget(spec.area, dock)
        window.docks[spec.key] = dock
    _arrange(window)


def _build_when_first_shown(window: MainWindow, dock: QDockWidget, panel: str) -> None:
    def first_shown(visible: bool) -> None:
        if visible:
            dock.visibilityChanged.disconnect(first_shown)
            getattr(window, panel)

    dock.visibilityChanged.connect(first_shown)


def _arrange(window: MainWindow) -> None:
    """The first-start layout: scenarios above alignments on the left; the indicators with "Who
    else moves" as a tab behind them on the right, and arguments, breakdown, library and reader
    tabbed under them; warnings, charts, map and blocs tabbed under
    the matrix with the map in front (readable across a room, and it needs no pyqtgraph)."""
    docks = window.docks
    window.tabifyDockWidget(docks["indicators"], docks["spillovers"])
    docks["indicators"].raise_()
    window.splitDockWidget(docks["scenarios"], docks["alignment"], Qt.Orientation.Vertical)
    window.resizeDocks([docks["scenarios"]], [170], Qt.Orientation.Vertical)
    for tab in ("breakdown", "library", "reader"):
        window.tabifyDockWidget(docks["arguments"], docks[tab])
    docks["arguments"].raise_()
    for tab in ("charts", "map", "blocs"):
        window.tabifyDockWidget(docks["warnings"], docks[tab])
    docks["map"].raise_()
    window.resizeDocks([docks["alignment"]], [380], Qt.Orientation.Horizontal)
    window.resizeDocks([docks["indicators"]], [500], Qt.Orientation.Horizontal)
    window.resizeDocks([docks["warnings"]], [280], Qt.Orientation.Vertical)
    window.resizeDocks([docks["indicators"]], [330], Qt.Orientation.Vertical)


def hide_stray_tab_bars(window: MainWindow) -> None:
    """Hide dock tab bars that match no current group of tabbed docks.

    Tabifying docks before the window is shown can leave an intermediate tab bar (e.g. one with
    only two of three tabs) floating over a panel; Qt keeps it but no longer uses it.
    """
    groups = set()
    for dock in window.docks.values():
        others = window.tabifiedDockWidgets(dock)
        if others:
            groups.add(frozenset([dock.windowTitle(), *(o.windowTitle() for o in others)]))
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        texts = frozenset(bar.tabText(i) for i in range(bar.count()))
        if bar.isVisible() and texts not in groups:
            bar.hide()


def enforce_minimum_sizes(window: MainWindow) -> None:
    """Grow every shown, docked panel that is narrower or lower than usable.

    A layout saved with squeezed docks (or at another scale factor) is restored exactly by Qt,
    down to a 70-pixel Scenarios list; each shown dock gets at least its panel's minimum size
    hint (up to ``MIN_DOCK_CAP``) and never less than ``MIN_DOCK_SIDE`` in either direction.
    """
    for dock in window.docks.values():
        # A tab behind another has no region of its own: its group is sized by the front tab.
        if not dock.isVisible() or dock.isFloating() or dock.visibleRegion().isEmpty():
            continue
        hint = dock.minimumSizeHint()
        for orientation, have, wanted in (
            (Qt.Orientation.Horizontal, dock.width(), hint.width()),
            (Qt.Orientation.Vertical, dock.height(), hint.height()),
        ):
            needed = max(MIN_DOCK_SIDE, min(wanted, MIN_DOCK_CAP))
            if have < needed:
                window.resizeDocks([dock], [needed], orientation)
