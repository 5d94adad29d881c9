"""Render the pictures in docs/ from the shipped world, offscreen: `make screenshots`.

Every view is shown on the same scenario (Kazakhstan leaves the CSTO and the EAEU), so the
pictures in the README tell one story.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from regio_desktop import api
from regio_desktop.app.diagnostics.scratch import scratch_settings
from regio_desktop.app.shell import launch
from regio_desktop.app.shell.theme import apply_theme
from regio_desktop.world.resource_files import preset_scenario_paths

DOCS = Path(__file__).resolve().parent
SCENARIO = "05_kazakhstan_leaves_csto_eaeu.regio.json"


def _save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    path = DOCS / name
    if not widget.grab().save(str(path), "PNG"):
        raise SystemExit(f"cannot write {path}")
    print(f"wrote {path}")


def _grab_at(widget: QWidget, size: tuple[int, int], name: str) -> None:
    """``widget`` on its own at ``size`` (a panel taken out of its dock, or a dialog)."""
    widget.resize(*size)
    widget.show()
    _save(widget, name)


def _rooms(window: launch.MainWindow) -> None:
    """The map, the bloc lanes, Compare and Explore, each at the size a reader sees in the README."""
    window.docks["map"].raise_()
    _grab_at(window.map_panel, (1200, 800), "screenshot-map.png")
    window.docks["map"].setWidget(window.map_panel)
    window.docks["blocs"].raise_()
    QApplication.processEvents()
    _grab_at(window.blocs_panel, (1200, 800), "screenshot-blocs.png")
    window.docks["blocs"].setWidget(window.blocs_panel)
    compare = window.show_compare()
    names = [entry.scenario.name for entry in window.session.entries]
    wanted = ("Status quo", "Kazakhstan leaves the CSTO and the EAEU", "China-centred Central Asia")
    compare.set_checked([names.index(n) for n in wanted if n in names])
    _grab_at(compare, (1100, 700), "screenshot-compare.png")
    compare.close()
    explore = window.show_explore()
    explore.set_checked_states(["KAZ", "KGZ", "TJK", "TKM", "UZB"])
    explore.inputs.toggle_picker.add_toggle("KAZ", "CSTO")  # a membership toggle, as --toggle
    done: list[bool] = []
    explore.run_finished.connect(lambda *_: done.append(True))
    explore.run()
    while not done:
        QApplication.processEvents()
    explore.weights.set_weight("autonomy", 90)  # a weight moved: the table re-ranked
    _grab_at(explore, (1200, 750), "screenshot-explore.png")
    explore.tabs.setCurrentIndex(explore.results.drivers_tab)
    _grab_at(explore, (1200, 750), "screenshot-explore-drivers.png")
    explore.close()
    window.docks["charts"].raise_()  # the dark picture shows the charts


def _ranges(window: launch.MainWindow) -> None:
    """The baseline chart with its error bars: the Ranges box ticked, the analysis awaited."""
    ranges = window.charts.baseline_bars.ranges
    ranges.box.setChecked(True)
    while ranges.result() is None:
        QApplication.processEvents()
    _save(window.charts, "screenshot-chart-ranges.png")
    ranges.box.setChecked(False)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    world = api.load_world(None)
    window = launch.open_window(world, scratch_settings())
    presets = preset_scenario_paths()
    window.session.open_presets(presets)
    window.session.open_file(next(p for p in presets if p.name == SCENARIO))
    window.resize(1400, 900)
    window.show()
    window.matrix.setFocus()
    _save(window, "screenshot-main.png")  # as the program starts: the map in front
    window.docks["map"].raise_()
    window.resizeDocks([window.docks["map"]], [520], Qt.Orientation.Vertical)
    _save(window, "screenshot-main-map.png")
    window.resizeDocks([window.docks["map"]], [330], Qt.Orientation.Vertical)
    # The charts are built when their tab is first shown, laid out in the dock like a user's.
    window.docks["charts"].raise_()
    QApplication.processEvents()
    for index, name in enumerate(("baseline", "profile", "blocs", "timeline")):
        window.charts.tabs.setCurrentIndex(index)
        _save(window.charts, f"screenshot-chart-{name}.png")
    window.charts.tabs.setCurrentIndex(0)
    _ranges(window)
    _rooms(window)
    apply_theme(app, "dark")
    _save(window, "screenshot-dark.png")
    apply_theme(app, "system")
    window.close_discarding()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
